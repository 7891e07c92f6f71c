import { useStore } from '../../store';
import { deleteTimeOff, saveTimeOff } from '../timeoff/timeOffWrites';
import { TimeOffList, type TimeOffFields } from './TimeOffList';

/** A saved person's time off: each change saved (and undoable) at once. */
export function TimeOffPanel({ talentId, talentName }: { talentId: number; talentName: string }) {
  // The open person's time off, from the store (TalentDialog opens the person; announced changes refresh it).
  const items = useStore((s) => (s.personId === talentId ? s.personTimeOff : null));
  const loadError = useStore((s) => (s.personId === talentId ? s.personError : null));

  async function save(id: number | null, fields: TimeOffFields) {
    await saveTimeOff(talentId, id, fields, talentName);
  }

  async function remove(id: number) {
    const entry = items?.find((t) => t.id === id);
    if (entry) await deleteTimeOff({ ...entry, talentId }, talentName);
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
