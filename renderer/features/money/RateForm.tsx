import { useEffect, useState } from 'react';
import type { ExchangeRate } from '@shared/domain';
import { errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { CurrencySelect } from '../../components/CurrencySelect';
import { Field, FormError } from '../../components/Field';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { toIsoDate } from '../../lib/format';
import { useDirty } from '../../lib/useDirty';
import { useStore } from '../../store';
import { parseNumber } from '../people/talentDraft';

const FIELDS = ['fromCurrency', 'toCurrency', 'rate', 'effectiveFrom'] as const;

interface Draft {
  fromCurrency: string;
  toCurrency: string;
  rate: string;
  effectiveFrom: string;
}

const draftOf = (r: ExchangeRate | null, reporting: string): Draft =>
  r
    ? { fromCurrency: r.fromCurrency, toCurrency: r.toCurrency, rate: String(r.rate), effectiveFrom: r.effectiveFrom }
    : { fromCurrency: reporting === 'EUR' ? 'USD' : 'EUR', toCurrency: reporting, rate: '', effectiveFrom: toIsoDate(new Date()) };

/** Adds an exchange rate, or edits the one given: "1 EUR = 0.86 GBP from 1 January 2026". */
export function RateForm({ editing, reporting, onDone, onDirty }: {
  editing: ExchangeRate | null; reporting: string; onDone: () => void;
  /** Told whether the form holds a rate typed but not saved, for the dialog to ask before closing. */
  onDirty?: (dirty: boolean) => void;
}) {
  const saveRate = useStore((s) => s.saveRate);
  const [draft, setDraft] = useState<Draft>(() => draftOf(editing, reporting));
  const dirty = useDirty(draft);
  useEffect(() => onDirty?.(dirty), [dirty, onDirty]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const edit = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors({});
  };

  async function save() {
    const rate = parseNumber(draft.rate, Number.NaN) as number;
    if (!(rate > 0)) return setErrors({ rate: 'Enter a rate above 0, such as 0.86' });
    setBusy(true);
    try {
      await saveRate({ id: editing?.id, fromCurrency: draft.fromCurrency, toCurrency: draft.toCurrency, rate, effectiveFrom: draft.effectiveFrom });
      setDraft(draftOf(null, reporting));
      onDone();
    } catch (e) {
      setErrors(mapApiError(e, FIELDS, errorMessage(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="rate-form"
      aria-label={editing ? 'Edit exchange rate' : 'Add an exchange rate'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <FormError message={errors['']} />
      <div className="rate-form-row">
        <Field label="1 unit of" error={errors.fromCurrency}>
          <CurrencySelect value={draft.fromCurrency} onChange={(fromCurrency) => edit({ fromCurrency })} />
        </Field>
        <Field label="is worth" error={errors.rate}>
          <input className="input num" inputMode="decimal" value={draft.rate} onChange={(e) => edit({ rate: e.target.value })} placeholder="0.86" />
        </Field>
        <Field label="of" error={errors.toCurrency}>
          <CurrencySelect value={draft.toCurrency} onChange={(toCurrency) => edit({ toCurrency })} />
        </Field>
        <Field label="from" error={errors.effectiveFrom}>
          <input className="input" type="date" value={draft.effectiveFrom} onChange={(e) => edit({ effectiveFrom: e.target.value })} />
        </Field>
        <div className="rate-form-buttons">
          {editing && (
            <Button onClick={onDone} disabled={busy}>
              Cancel
            </Button>
          )}
          <Button type="submit" variant="primary" icon={editing ? undefined : 'plus'} disabled={busy}>
            {busy ? 'Saving…' : editing ? 'Save rate' : 'Add rate'}
          </Button>
        </div>
      </div>
    </form>
  );
}
