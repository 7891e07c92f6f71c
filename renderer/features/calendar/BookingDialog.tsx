import { useState } from 'react';
import type { Id } from '@shared/domain';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field, FieldMessage } from '../../components/Field';
import { call } from '../../api';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { checkDraft, fieldsOf, type BookingDraft } from './bookingDraft';
import { lineLabel } from './lineLabel';
import type { Lookups } from './lookups';
import { useDemandLines } from './useDemandLines';
import { useOverallocationWarning } from './useOverallocationCheck';

interface Props {
  initial: BookingDraft;
  lookups: Lookups;
  /** Called after a successful create, update or delete, with words for the toast. */
  onDone: (what: string) => void;
  onClose: () => void;
}

const FORM_FIELDS = ['talentId', 'campaignId', 'demandLineId', 'start', 'end', 'hoursPerDay', 'status', 'note'];
const idOrNull = (v: string): Id | null => (v === '' ? null : Number(v));

/** Create or edit one booking. Enter submits, Escape closes, API errors show at their field. */
export function BookingDialog({ initial, lookups, onDone, onClose }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const lines = useDemandLines(draft.campaignId);
  const editing = draft.id !== null;
  const complete = checkDraft(draft) === null;
  const warning = useOverallocationWarning(complete ? { ...fieldsOf(draft), id: draft.id ?? undefined } : null);

  const set = (patch: Partial<BookingDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors((e) => ({ ...e, ...Object.fromEntries(Object.keys(patch).map((k) => [k, ''])), '': '' }));
  };

  const run = async (action: () => Promise<unknown>, done: string) => {
    if (busy) return;
    setBusy(true);
    try {
      await action();
      onDone(done);
    } catch (error) {
      setErrors(mapApiError(error, FORM_FIELDS, 'Something went wrong and the booking was not saved.'));
      setBusy(false);
    }
  };

  const submit = () => {
    const problem = checkDraft(draft);
    if (problem) return setErrors({ [problem.field]: problem.message });
    const fields = fieldsOf(draft);
    void run(
      () => (draft.id === null ? call('bookings:create', fields) : call('bookings:update', { ...fields, id: draft.id, expectedUpdatedAt: draft.expectedUpdatedAt })),
      editing ? 'Booking saved' : 'Booked',
    );
  };
  const remove = () => draft.id !== null && void run(() => call('bookings:delete', { id: draft.id as Id }), 'Booking deleted');

  const person = draft.talentId !== null ? lookups.talentById.get(draft.talentId) : undefined;
  return (
    <Dialog
      title={editing ? `Booking${person ? ` · ${person.name}` : ''}` : 'New booking'}
      onClose={onClose}
      onSubmit={submit}
      busy={busy}
      footer={
        <>
          {editing ? (
            <Button variant="danger" className="left" onClick={remove} disabled={busy}>
              Delete
            </Button>
          ) : null}
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={busy}>
            {editing ? 'Save' : 'Book'}
          </Button>
        </>
      }
    >
      <div className="cp-form">
        <FieldMessage error={errors['']} />
        {warning ? (
          <p className="cp-warning" role="status">
            {warning}
          </p>
        ) : null}
        <Field label="Person" error={errors.talentId}>
          <select className="select" data-autofocus={draft.talentId === null ? true : undefined} value={draft.talentId ?? ''} onChange={(e) => set({ talentId: idOrNull(e.target.value) })}>
            <option value="">Choose a person…</option>
            {lookups.talent.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Campaign" error={errors.campaignId}>
          <select className="select" value={draft.campaignId ?? ''} onChange={(e) => set({ campaignId: idOrNull(e.target.value), demandLineId: null })}>
            <option value="">Choose a campaign…</option>
            {lookups.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.client ? `${c.name} — ${c.client}` : c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Demand line (optional)" error={errors.demandLineId}>
          <select className="select" value={draft.demandLineId ?? ''} onChange={(e) => set({ demandLineId: idOrNull(e.target.value) })} disabled={draft.campaignId === null}>
            <option value="">No demand line</option>
            {draft.demandLineId !== null && !lines.some((l) => l.id === draft.demandLineId) ? <option value={draft.demandLineId}>Line #{draft.demandLineId}</option> : null}
            {lines.map((l) => (
              <option key={l.id} value={l.id}>
                {lineLabel(l, lookups)}
              </option>
            ))}
          </select>
        </Field>
        <div className="cp-form-row">
          <Field label="From" error={errors.start}>
            <input className="input" type="date" value={draft.start} onChange={(e) => set({ start: e.target.value })} />
          </Field>
          <Field label="To" error={errors.end}>
            <input className="input" type="date" value={draft.end} onChange={(e) => set({ end: e.target.value })} />
          </Field>
          <Field label="Hours a day" error={errors.hoursPerDay}>
            <input className="input num" type="number" inputMode="decimal" min="0.25" max="24" step="0.25" value={draft.hoursPerDay} onChange={(e) => set({ hoursPerDay: e.target.value })} />
          </Field>
        </div>
        <div className="field" role="group" aria-labelledby="cp-status-label">
          <span className="field-label" id="cp-status-label">
            Status
          </span>
          <div className="segmented">
            {(['tentative', 'confirmed'] as const).map((s) => (
              <button key={s} type="button" aria-pressed={draft.status === s} onClick={() => set({ status: s })}>
                {s === 'tentative' ? 'Tentative' : 'Confirmed'}
              </button>
            ))}
          </div>
          <FieldMessage error={errors.status} />
        </div>
        <Field label="Note" error={errors.note}>
          <input className="input" type="text" value={draft.note} placeholder="Optional" onChange={(e) => set({ note: e.target.value })} />
        </Field>
      </div>
    </Dialog>
  );
}
