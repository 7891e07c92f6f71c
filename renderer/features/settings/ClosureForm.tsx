import { useState } from 'react';
import type { Closure } from '@shared/domain';
import { errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { Field, FormError } from '../../components/Field';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { todayIso } from '../../lib/format';
import { useStore } from '../../store';

const FIELDS = ['name', 'date', 'endDate', 'repeatsYearly'] as const;

interface Draft {
  name: string;
  date: string;
  endDate: string;
  repeatsYearly: boolean;
}

const draftOf = (c: Closure | null): Draft =>
  c ? { name: c.name, date: c.date, endDate: c.endDate, repeatsYearly: c.repeatsYearly } : { name: '', date: todayIso(), endDate: todayIso(), repeatsYearly: false };

/** Adds a closure, or edits the one given: its name, first and last day, and whether it comes round every year. */
export function ClosureForm({ editing, onDone }: { editing: Closure | null; onDone: () => void }) {
  const saveClosure = useStore((s) => s.saveClosure);
  const [draft, setDraft] = useState<Draft>(() => draftOf(editing));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const edit = (patch: Partial<Draft>) => {
    setDraft((d) => {
      const next = { ...d, ...patch };
      // Moving the first day past the last takes the last day along (a one-day closure stays one day).
      if (patch.date && (d.endDate === d.date || next.endDate < patch.date)) next.endDate = patch.date;
      return next;
    });
    setErrors({});
  };

  async function save() {
    if (!draft.name.trim()) return setErrors({ name: 'Give the closure a name, such as “Christmas”' });
    setBusy(true);
    try {
      await saveClosure({ id: editing?.id, name: draft.name.trim(), date: draft.date, endDate: draft.endDate, repeatsYearly: draft.repeatsYearly });
      onDone();
    } catch (e) {
      setErrors(mapApiError(e, FIELDS, errorMessage(e)));
      setBusy(false);
    }
  }

  return (
    <form
      className="settings-form"
      aria-label={editing ? `Edit closure ${editing.name}` : 'Add a closure'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <FormError message={errors['']} />
      <div className="settings-form-row">
        <Field label="Name" error={errors.name} className="grow">
          <input className="input" value={draft.name} onChange={(e) => edit({ name: e.target.value })} placeholder="Christmas" data-autofocus autoFocus />
        </Field>
        <Field label="First day" error={errors.date}>
          <input className="input" type="date" value={draft.date} onChange={(e) => edit({ date: e.target.value })} required />
        </Field>
        <Field label="Last day" error={errors.endDate}>
          <input className="input" type="date" value={draft.endDate} min={draft.date} onChange={(e) => edit({ endDate: e.target.value })} required />
        </Field>
      </div>
      <div className="settings-form-foot">
        <label className="checkbox">
          <input type="checkbox" checked={draft.repeatsYearly} onChange={(e) => edit({ repeatsYearly: e.target.checked })} />
          Repeats every year on these days
        </label>
        <span className="settings-form-buttons">
          <Button onClick={onDone} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {editing ? 'Save closure' : 'Add closure'}
          </Button>
        </span>
      </div>
    </form>
  );
}
