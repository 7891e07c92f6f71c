import { useEffect, useState } from 'react';
import { errorMessage } from '../../api';
import { Dialog, FormButtons } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { useDirty } from '../../lib/useDirty';
import { useStore } from '../../store';
import { TimeOffFieldsEditor } from './TimeOffFieldsEditor';
import { TIME_OFF_FIELDS, timeOffFieldsOf, type TimeOffOpen } from './timeOffDraft';

export type { TimeOffOpen };
import { deleteTimeOff, saveTimeOff, type Report } from './timeOffWrites';
import './timeoff.css';

/**
 * Time off in a dialog, for the Schedule and the Calendar: the person, then the same fields as the
 * People page. Saving, and Delete for a saved period, are each one undoable step.
 */
export function TimeOffDialog({ initial, onClose, report }: { initial: TimeOffOpen; onClose(): void; /** Where the write is said (default: a toast). */ report?: Report }) {
  const [talentId, setTalentId] = useState(initial.talentId);
  const [draft, setDraft] = useState(initial.draft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const people = useStore((s) => s.allPeople);
  const dirty = useDirty({ talentId, draft });
  const editing = initial.id !== null;
  useEffect(() => {
    const s = useStore.getState();
    if (!s.allPeopleLoaded) void s.loadAllPeople();
  }, []);

  async function save() {
    if (talentId === null) return setErrors({ talentId: 'Choose a person' });
    const checked = timeOffFieldsOf(draft);
    if ('errors' in checked) return setErrors(checked.errors);
    setBusy(true);
    try {
      await saveTimeOff(talentId, initial.id, checked.fields, undefined, report);
      onClose();
    } catch (e) {
      setErrors(mapApiError(e, ['talentId', ...TIME_OFF_FIELDS], errorMessage(e)));
      setBusy(false);
    }
  }
  async function remove() {
    if (initial.id === null || initial.talentId === null) return;
    setBusy(true);
    try {
      await deleteTimeOff({ id: initial.id, talentId: initial.talentId, ...initial.draft }, undefined, report);
      onClose();
    } catch (e) {
      setErrors({ '': errorMessage(e) });
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={editing ? 'Edit time off' : 'Add time off'}
      size="wide"
      onClose={onClose}
      onSubmit={() => void save()}
      busy={busy}
      dirty={dirty}
      footer={
        <FormButtons busy={busy} onCancel={onClose} submit={editing ? 'Save' : 'Add time off'} remove={editing ? { label: 'Delete', onClick: () => void remove() } : undefined} />
      }
    >
      <div className="to-dialog">
        <FormError message={errors['']} />
        <Field label="Person" error={errors.talentId}>
          <select
            className="select"
            data-autofocus={talentId === null ? true : undefined}
            value={talentId ?? ''}
            onChange={(e) => {
              setTalentId(e.target.value === '' ? null : Number(e.target.value));
              setErrors({});
            }}
          >
            <option value="">Choose a person…</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <TimeOffFieldsEditor
          draft={draft}
          errors={errors}
          onChange={(patch) => {
            setDraft((d) => ({ ...d, ...patch }));
            setErrors({});
          }}
        />
      </div>
    </Dialog>
  );
}
