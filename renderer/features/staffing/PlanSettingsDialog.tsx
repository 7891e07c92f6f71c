import { useEffect, useState } from 'react';
import type { StaffingSettingsValue } from '@shared/contract';
import { DEFAULT_STAFFING_SETTINGS } from '@shared/contract/staffing';
import { call, errorMessage } from '../../api';
import { Button } from '../../components/Button';
import { Dialog, FormButtons } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';

const FIELDS = ['unstaffedPenalty', 'priorityWeights', 'nearLimitShare'] as const;

/** The form's text for each setting (what the user typed, kept as typed until saved). */
interface Draft {
  penalty: string;
  weights: string[];
  nearLimit: string;
}

const draftOf = (s: StaffingSettingsValue): Draft => ({
  penalty: s.unstaffedPenalty === null ? '' : String(s.unstaffedPenalty),
  weights: s.priorityWeights.map(String),
  nearLimit: String(Math.round(s.nearLimitShare * 100)),
});

/** A number as typed; NaN stays NaN so that the channel's validation names the field. */
const numberOf = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

function valueOf(d: Draft): StaffingSettingsValue {
  return {
    unstaffedPenalty: d.penalty.trim() === '' ? null : numberOf(d.penalty),
    priorityWeights: d.weights.map(numberOf) as StaffingSettingsValue['priorityWeights'],
    nearLimitShare: numberOf(d.nearLimit) / 100,
  };
}

/** The plan's weights: what an open hour costs, how much each priority counts, and "near the limit". */
export function PlanSettingsDialog({ onClose, onSaved }: { onClose: () => void; onSaved: (s: StaffingSettingsValue) => void }) {
  const [draft, setDraft] = useState<Draft | null>(null);
  // The settings as loaded: a draft that differs from them has changes to lose.
  const [loaded, setLoaded] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    call('staffing:settings', {})
      .then((s) => {
        setDraft(draftOf(s));
        setLoaded(draftOf(s));
      })
      .catch((e: unknown) => setErrors({ '': errorMessage(e) }));
  }, []);

  async function save() {
    if (!draft) return;
    // The share is typed as a percentage: check it in those terms rather than show "at least 0.5".
    const percent = numberOf(draft.nearLimit);
    if (!(percent >= 50 && percent <= 100)) return setErrors({ nearLimitShare: 'Between 50 and 100 %' });
    setBusy(true);
    setErrors({});
    try {
      onSaved(await call('staffing:saveSettings', valueOf(draft)));
      onClose();
    } catch (e) {
      setErrors(mapApiError(e, FIELDS, errorMessage(e)));
    } finally {
      setBusy(false);
    }
  }

  /** Changes the draft; the messages of the last save no longer apply. */
  function edit(patch: Partial<Draft>) {
    setDraft((d) => d && { ...d, ...patch });
    setErrors({});
  }

  const weightError = Object.entries(errors).find(([k]) => k.startsWith('priorityWeights'));
  return (
    <Dialog
      title="Plan settings"
      onClose={onClose}
      onSubmit={() => void save()}
      busy={busy}
      dirty={JSON.stringify(draft) !== JSON.stringify(loaded)}
      changesTo="the plan settings"
      footer={
        <FormButtons busy={busy} onCancel={onClose} submit="Save settings" disabled={!draft}>
          <Button className="left" disabled={busy || !draft} onClick={() => edit(draftOf(DEFAULT_STAFFING_SETTINGS))}>
            Restore defaults
          </Button>
        </FormButtons>
      }
    >
      <FormError message={errors['']} />
      {draft && (
        <div className="sf-settings">
          <Field
            label="Penalty per open hour"
            error={errors.unstaffedPenalty}
            hint="What leaving one hour of a certain, priority 1 line unstaffed costs the plan. Empty: twice the dearest rate in the plan, so that staffing a line always beats leaving it open."
          >
            <input inputMode="decimal" placeholder="Automatic" value={draft.penalty} onChange={(e) => edit({ penalty: e.target.value })} data-autofocus />
          </Field>
          <fieldset className="sf-weights">
            <legend>Priority weights</legend>
            {draft.weights.map((w, i) => (
              <label key={i}>
                <span>P{i + 1}</span>
                <input
                  inputMode="decimal"
                  aria-label={`Weight of priority ${i + 1}`}
                  aria-invalid={weightError?.[0] === `priorityWeights.${i}` ? true : undefined}
                  value={w}
                  onChange={(e) => edit({ weights: draft.weights.map((x, k) => (k === i ? e.target.value : x)) })}
                />
              </label>
            ))}
          </fieldset>
          {weightError ? (
            <div className="field-error" role="alert">
              Priority {Number(weightError[0].split('.')[1]) + 1}: {weightError[1]}
            </div>
          ) : (
            <p className="hint">An open hour costs the penalty × its line&rsquo;s priority weight × its campaign&rsquo;s probability.</p>
          )}
          <Field label="Near the limit from (% of a week's free hours)" error={errors.nearLimitShare} hint="People the plan books this close to their free hours are listed for review.">
            <input inputMode="numeric" value={draft.nearLimit} onChange={(e) => edit({ nearLimit: e.target.value })} />
          </Field>
        </div>
      )}
    </Dialog>
  );
}
