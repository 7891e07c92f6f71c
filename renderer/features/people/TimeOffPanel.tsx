import { useCallback, useEffect, useState } from 'react';
import type { TimeOff } from '@shared/domain';
import { call, errorMessage } from '../../api';
import { useStore } from '../../store';
import { TimeOffList, type TimeOffFields } from './TimeOffList';

/** A saved person's time off: each change saved (and undoable) at once. */
export function TimeOffPanel({ talentId, talentName }: { talentId: number; talentName: string }) {
  const [items, setItems] = useState<TimeOff[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dataVersion = useStore((s) => s.dataVersion);
  const announce = useStore((s) => s.announceChange);

  const load = useCallback(async () => {
    try {
      setItems(await call('timeOff:list', { talentIds: [talentId] }));
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [talentId]);
  useEffect(() => {
    void load();
  }, [load, dataVersion]);

  async function save(id: number | null, fields: TimeOffFields) {
    const input = { talentId, ...fields };
    if (id === null) await call('timeOff:create', input);
    else await call('timeOff:update', { ...input, id });
    await load();
    await announce(id === null ? `Time off added for ${talentName}` : `Time off saved for ${talentName}`);
  }

  async function remove(id: number) {
    await call('timeOff:delete', { id });
    await load();
    await announce(`Time off removed for ${talentName}`);
  }

  return (
    <TimeOffList
      items={items}
      onSave={save}
      onDelete={remove}
      error={error}
      intro="Vacation, sickness and other absence. Each change is saved straight away and can be undone."
    />
  );
}
