import { call } from '../../api';
import { useStore } from '../../store';
import { TimeOffList, type TimeOffFields } from './TimeOffList';

/** A saved person's time off: each change saved (and undoable) at once. */
export function TimeOffPanel({ talentId, talentName }: { talentId: number; talentName: string }) {
  // The open person's time off, from the store (TalentDialog opens the person; announced changes refresh it).
  const items = useStore((s) => (s.personId === talentId ? s.personTimeOff : null));
  const loadError = useStore((s) => (s.personId === talentId ? s.personError : null));
  const announce = useStore((s) => s.announceChange);

  async function save(id: number | null, fields: TimeOffFields) {
    const input = { talentId, ...fields };
    if (id === null) await call('timeOff:create', input);
    else await call('timeOff:update', { ...input, id });
    await announce(id === null ? `Time off added for ${talentName}` : `Time off saved for ${talentName}`);
  }

  async function remove(id: number) {
    await call('timeOff:delete', { id });
    await announce(`Time off removed for ${talentName}`);
  }

  return (
    <TimeOffList
      items={items}
      onSave={save}
      onDelete={remove}
      error={loadError}
      intro="Vacation, sickness and other absence. Each change is saved straight away and can be undone."
    />
  );
}
