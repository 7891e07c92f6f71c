import { useState } from 'react';
import { addDaysIso, weekStartIso } from '@shared/dates';
import { TALENT_KINDS, type TalentKind } from '@shared/domain';
import { ApiCallError, errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { RoleSelect } from '../../components/RoleSelect';
import { Dialog } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { todayIso } from '../../lib/format';
import { useDirty } from '../../lib/useDirty';
import { useStore } from '../../store';

/** Name, range and filter of a new snapshot; it is computed and stored when taken. */
export function TakeSnapshotDialog({ onClose }: { onClose: () => void }) {
  const roles = useStore((s) => s.roles);
  const take = useStore((s) => s.takeSnapshot);
  const busy = useStore((s) => s.snapshotsBusy === 'take');
  const monday = weekStartIso(todayIso());
  const [name, setName] = useState(`Capacity review, ${new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date())}`);
  const [start, setStart] = useState(monday);
  const [end, setEnd] = useState(addDaysIso(monday, 26 * 7 - 1));
  const [roleId, setRoleId] = useState<number | null>(null);
  const [kinds, setKinds] = useState<TalentKind[]>([]);
  const [tag, setTag] = useState('');
  const [error, setError] = useState<{ field?: string; message: string } | null>(null);
  const dirty = useDirty({ name, start, end, roleId, kinds, tag });

  async function submit() {
    setError(null);
    try {
      await take({
        name, range: { start, end },
        filter: { ...(roleId !== null ? { roleId } : {}), ...(kinds.length ? { kinds } : {}), ...(tag.trim() ? { tag: tag.trim() } : {}) },
      });
      onClose();
    } catch (e) {
      setError({ field: e instanceof ApiCallError ? e.field : undefined, message: errorMessage(e) });
    }
  }
  const errorFor = (prefix: string) => (error?.field?.startsWith(prefix) ? error.message : undefined);
  const toggleKind = (k: TalentKind) => setKinds((ks) => (ks.includes(k) ? ks.filter((x) => x !== k) : [...ks, k]));

  return (
    <Dialog
      title="Take a snapshot"
      onClose={onClose}
      onSubmit={() => void submit()}
      busy={busy}
      dirty={dirty}
      changesTo="the new snapshot"
      footer={
        <>
          <Button onClick={onClose} disabled={busy}>Cancel</Button>
          <Button variant="primary" disabled={busy} onClick={() => void submit()}>
            {busy ? 'Taking…' : 'Take snapshot'}
          </Button>
        </>
      }
    >
      <p className="snap-hint">The figures are computed now and kept as they are: later changes to bookings or demand don’t alter them.</p>
      <div className="form-grid">
        <Field label="Name" error={errorFor('name')} className="span-2">
          <input className="input" value={name} onChange={(e) => setName(e.target.value)} data-autofocus />
        </Field>
        <Field label="From" error={errorFor('range.start')} hint="Widened to whole weeks, Monday to Sunday">
          <input className="input" type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </Field>
        <Field label="To" error={errorFor('range.end')}>
          <input className="input" type="date" value={end} onChange={(e) => setEnd(e.target.value)} />
        </Field>
        <Field label="Role">
          <RoleSelect roles={roles} value={roleId} onChange={setRoleId} anyLabel="All roles" />
        </Field>
        <Field label="Tag" hint="Only people with this tag">
          <input className="input" value={tag} onChange={(e) => setTag(e.target.value)} placeholder="Any" />
        </Field>
        <fieldset className="snap-kinds span-2">
          <legend>Kinds of talent</legend>
          {TALENT_KINDS.map((k) => (
            <label key={k} className="checkbox">
              <input type="checkbox" checked={kinds.includes(k)} onChange={() => toggleKind(k)} /> {k === 'staff' ? 'Staff' : k === 'freelancer' ? 'Freelancers' : 'Agencies'}
            </label>
          ))}
          <span className="snap-hint">{kinds.length ? 'Supply counts only these; demand stays per role.' : 'Everyone'}</span>
        </fieldset>
      </div>
      <FormError message={error && !error.field ? error.message : null} />
    </Dialog>
  );
}
