import { useState } from 'react';
import type { HolidayCalendar } from '@shared/contract';
import { errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { Field, FormError } from '../../components/Field';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { useStore } from '../../store';

/** Adds a local holiday to one holiday calendar (a town's fair day, a regional day the library lacks). */
export function LocalHolidayForm({ calendar }: { calendar: HolidayCalendar }) {
  const choose = useStore((s) => s.chooseHoliday);
  const year = useStore((s) => s.holidayYear);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  async function add() {
    if (!date) return setErrors({ date: 'Choose the day' });
    if (!name.trim()) return setErrors({ name: 'Give it a name' });
    setBusy(true);
    try {
      await choose({ country: calendar.country, region: calendar.region, date, kind: 'add', name: name.trim() });
      setDate('');
      setName('');
    } catch (e) {
      setErrors(mapApiError(e, ['date', 'name'], errorMessage(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="settings-form settings-form-inline"
      aria-label={`Add a local holiday in ${calendar.label}`}
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <FormError message={errors['']} />
      <div className="settings-form-row">
        <Field label="Local holiday on" error={errors.date}>
          <input className="input" type="date" value={date} min={`${year}-01-01`} max={`${year}-12-31`} onChange={(e) => (setDate(e.target.value), setErrors({}))} />
        </Field>
        <Field label="Name" error={errors.name} className="grow">
          <input className="input" value={name} placeholder="Town fair day" onChange={(e) => (setName(e.target.value), setErrors({}))} />
        </Field>
        <Button type="submit" icon="plus" disabled={busy}>
          Add local holiday
        </Button>
      </div>
    </form>
  );
}
