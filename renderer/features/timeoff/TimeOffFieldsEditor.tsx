import { TIME_OFF_TYPES, TIME_OFF_TYPE_WORDS, type TimeOffType } from '@shared/domain';
import { FieldMessage } from '../../components/Field';
import type { FieldErrors } from '../../lib/fieldErrors';
import type { TimeOffDraft } from './timeOffDraft';

interface Props {
  draft: TimeOffDraft;
  errors: FieldErrors;
  onChange(patch: Partial<TimeOffDraft>): void;
}

/**
 * The one set of time-off fields: first and last day, type, whole days or some hours a day, and a
 * note. The People page shows it inline; the Schedule and the Calendar in a dialog.
 */
export function TimeOffFieldsEditor({ draft, errors, onChange }: Props) {
  return (
    <>
      <div className="form-grid-3">
        <label className="field">
          <span className="field-label">First day</span>
          <input
            className="input"
            type="date"
            value={draft.start}
            aria-invalid={!!errors.start || undefined}
            onChange={(e) => onChange({ start: e.target.value, end: draft.end < e.target.value ? e.target.value : draft.end })}
          />
          <FieldMessage error={errors.start} />
        </label>
        <label className="field">
          <span className="field-label">Last day</span>
          <input className="input" type="date" value={draft.end} aria-invalid={!!errors.end || undefined} onChange={(e) => onChange({ end: e.target.value })} />
          <FieldMessage error={errors.end} />
        </label>
        <label className="field">
          <span className="field-label">Type</span>
          <select className="select" value={draft.type} onChange={(e) => onChange({ type: e.target.value as TimeOffType })}>
            {TIME_OFF_TYPES.map((t) => (
              <option key={t} value={t}>
                {TIME_OFF_TYPE_WORDS[t]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="inline-editor-row" style={{ marginTop: 12 }}>
        <div className="segmented" role="group" aria-label="Whole days or hours">
          <button type="button" aria-pressed={draft.whole} onClick={() => onChange({ whole: true })}>
            Whole days
          </button>
          <button type="button" aria-pressed={!draft.whole} onClick={() => onChange({ whole: false })}>
            Some hours a day
          </button>
        </div>
        {!draft.whole && (
          <label className="field" style={{ width: 150, flexDirection: 'row', alignItems: 'center', gap: 6 }}>
            <input className="input num" inputMode="decimal" aria-label="Hours off a day" placeholder="e.g. 4" value={draft.hoursPerDay} onChange={(e) => onChange({ hoursPerDay: e.target.value })} />
            <span className="muted" style={{ whiteSpace: 'nowrap' }}>
              h a day
            </span>
          </label>
        )}
        <input className="input" style={{ flex: 1 }} placeholder="Note (optional)" aria-label="Note" value={draft.note} onChange={(e) => onChange({ note: e.target.value })} />
      </div>
      <FieldMessage error={errors.hoursPerDay ?? errors.note} />
    </>
  );
}
