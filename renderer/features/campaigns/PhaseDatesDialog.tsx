import { useState } from 'react';
import type { CampaignPhaseView } from '@shared/contract';
import { errorMessage } from '../../api';
import { Dialog, FormButtons } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { useDirty } from '../../lib/useDirty';

/** A phase's first and last day, typed: the phases after it follow (onSave moves it). */
export function PhaseDatesDialog({ phase, onClose, onSave }: { phase: CampaignPhaseView; onClose: () => void; onSave: (start: string, end: string) => Promise<void> }) {
  const [draft, setDraft] = useState({ start: phase.start, end: phase.end });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = useDirty(draft);

  async function submit() {
    if (!draft.start || !draft.end) return setError('Enter both days.');
    if (draft.end < draft.start) return setError('The last day must be on or after the first.');
    setBusy(true);
    try {
      await onSave(draft.start, draft.end);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog title={`Dates of ${phase.name}`} onClose={onClose} onSubmit={submit} busy={busy} dirty={dirty} footer={<FormButtons busy={busy} onCancel={onClose} submit="Move phase" />}>
      <FormError message={error} />
      <div className="form-grid">
        <Field label="First day">
          <input className="input" type="date" value={draft.start} onChange={(e) => setDraft({ ...draft, start: e.target.value })} data-autofocus />
        </Field>
        <Field label="Last day">
          <input className="input" type="date" value={draft.end} onChange={(e) => setDraft({ ...draft, end: e.target.value })} />
        </Field>
      </div>
      <p className="muted" style={{ marginTop: 12 }}>
        The phases after it move by as many working days, and its demand lines take its new dates.
      </p>
    </Dialog>
  );
}
