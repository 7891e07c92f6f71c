import { useEffect, useState } from 'react';
import { call } from '../../api';
import { Field } from '../../components/Field';

export type IcsWho = { kind: 'talent' | 'campaign'; id: number | null; name: string };

/** Whose bookings go in the calendar file: a person or a campaign. */
export function IcsTarget({ value, onChange }: { value: IcsWho; onChange: (next: IcsWho) => void }) {
  const [options, setOptions] = useState<{ id: number; name: string }[]>([]);
  useEffect(() => {
    let live = true;
    const load = value.kind === 'talent' ? call('talent:list', {}) : call('campaigns:list', {});
    void load.then((list) => live && setOptions(list.map((x) => ({ id: x.id, name: x.name })))).catch(() => live && setOptions([]));
    return () => {
      live = false;
    };
  }, [value.kind]);
  return (
    <div className="io-row">
      <Field label="Bookings of">
        <select className="select" value={value.kind} onChange={(e) => onChange({ kind: e.target.value as IcsWho['kind'], id: null, name: '' })}>
          <option value="talent">a person</option>
          <option value="campaign">a campaign</option>
        </select>
      </Field>
      <Field label={value.kind === 'talent' ? 'Person' : 'Campaign'}>
        <select className="select"
          value={value.id ?? ''}
          onChange={(e) => {
            const id = Number(e.target.value) || null;
            onChange({ ...value, id, name: options.find((o) => o.id === id)?.name ?? '' });
          }}
        >
          <option value="">Choose…</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}
