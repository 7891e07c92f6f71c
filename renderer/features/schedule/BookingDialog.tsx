import { useEffect, useMemo, useState } from 'react';
import { campaignNeedsPeople, NO_ROLE_YET } from '@shared/domain';
import type { DemandLineSummary } from '@shared/contract';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { Dialog, FormButtons } from '../../components/Dialog';
import { Field, FormError } from '../../components/Field';
import { errorFor, mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { formatHours } from '../../lib/format';
import { commitBookings, deleteBooking } from './changes';
import { dayFromIso, fmtRange } from './days';
import { useStore } from '../../store';
import { getSchedule, setSchedule, type BookingDraft } from './state';

const FIELDS = ['campaignId', 'demandLineId', 'start', 'end', 'hoursPerDay', 'status', 'note', 'talentId'] as const;

function validate(d: BookingDraft): FieldErrors {
  const e: FieldErrors = {};
  if (!d.campaignId) e.campaignId = 'Choose a campaign';
  if (!d.start) e.start = 'Enter a date';
  if (!d.end) e.end = 'Enter a date';
  else if (d.start && d.end < d.start) e.end = 'Must be on or after the start';
  if (!(d.hoursPerDay > 0)) e.hoursPerDay = 'More than 0';
  else if (d.hoursPerDay > 24) e.hoursPerDay = 'At most 24';
  return e;
}

/** New booking (after a drag or a drop from open demand) or an existing one: hours, status, note, delete. */
export function BookingDialog({ initial }: { initial: BookingDraft }) {
  const [d, setD] = useState(initial);
  const [hoursText, setHoursText] = useState(String(initial.hoursPerDay));
  const [lines, setLines] = useState<DemandLineSummary[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const campaigns = useStore((s) => s.campaignById);
  const roles = useStore((s) => s.roles);
  const person = useStore((s) => s.personById.get(d.talentId));
  const editing = d.id !== undefined;

  const campaignList = useMemo(
    () => [...campaigns.values()].filter((c) => c.id === d.campaignId || campaignNeedsPeople(c.status)).sort((a, b) => a.name.localeCompare(b.name)),
    [campaigns, d.campaignId],
  );
  useEffect(() => {
    if (!d.campaignId) return setLines([]);
    let live = true;
    void call('demandLines:list', { campaignIds: [d.campaignId] })
      .then((l) => live && setLines(l))
      .catch(() => live && setLines([]));
    return () => {
      live = false;
    };
  }, [d.campaignId]);

  const close = () => setSchedule({ draft: null });
  const set = (patch: Partial<BookingDraft>) => setD((x) => ({ ...x, ...patch }));
  const roleName = (id: number | null) => roles.find((r) => r.id === id)?.name ?? NO_ROLE_YET;

  async function save() {
    const draft = { ...d, hoursPerDay: Number(hoursText.replace(',', '.')) };
    const local = validate(draft);
    setErrors(local);
    if (Object.keys(local).length) return;
    setBusy(true);
    try {
      const ok = await commitBookings(
        [{ id: draft.id, talentId: draft.talentId, campaignId: draft.campaignId as number, demandLineId: draft.demandLineId, start: draft.start, end: draft.end, hoursPerDay: draft.hoursPerDay, status: draft.status, note: draft.note }],
        editing ? 'Updated' : 'Booked',
        { rethrow: true },
      );
      if (ok) close();
      else setBusy(false);
    } catch (e) {
      setErrors(mapApiError(e, FIELDS, 'The booking could not be saved.'));
      setBusy(false);
    }
  }

  async function remove() {
    const b = d.id !== undefined ? getSchedule().bookings.get(d.id) : undefined;
    if (!b) return;
    setBusy(true);
    try {
      await deleteBooking(b);
      close();
    } catch (e) {
      setErrors(mapApiError(e, FIELDS, 'The booking could not be deleted.'));
      setBusy(false);
    }
  }

  const days = d.start && d.end && d.end >= d.start ? fmtRange(dayFromIso(d.start), dayFromIso(d.end)) : '';
  return (
    <Dialog
      title={editing ? 'Booking' : 'New booking'}
      onClose={close}
      onSubmit={save}
      busy={busy}
      footer={
        <FormButtons busy={busy} onCancel={close} submit={editing ? 'Save' : 'Book'}>
          {editing && (
            <Button variant="ghost" icon="trash" onClick={remove} disabled={busy} className="sch-delete">
              Delete
            </Button>
          )}
        </FormButtons>
      }
    >
      <div className="sch-form">
        <FormError message={errors['']} />
        <div className="sch-who">
          <b>{person?.name ?? 'Person'}</b>
          {days && <span>{days}</span>}
        </div>
        <Field label="Campaign" error={errorFor(errors, 'campaignId')}>
          <select className="select" value={d.campaignId ?? ''} onChange={(e) => set({ campaignId: e.target.value ? Number(e.target.value) : null, demandLineId: null })} data-autofocus>
            <option value="">Choose a campaign…</option>
            {campaignList.map((c) => (
              <option key={c.id} value={c.id}>
                {c.client ? `${c.name} — ${c.client}` : c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Demand line (optional)" error={errorFor(errors, 'demandLineId')}>
          <select className="select" value={d.demandLineId ?? ''} onChange={(e) => set({ demandLineId: e.target.value ? Number(e.target.value) : null })} disabled={!d.campaignId}>
            <option value="">No demand line</option>
            {lines.map((l) => (
              <option key={l.id} value={l.id}>
                {roleName(l.roleId)} · {fmtRange(dayFromIso(l.start), dayFromIso(l.end))} · {formatHours(l.openHours)} open
              </option>
            ))}
          </select>
        </Field>
        <div className="sch-form-row">
          <Field label="From" error={errorFor(errors, 'start')}>
            <input className="input" type="date" value={d.start} onChange={(e) => set({ start: e.target.value })} />
          </Field>
          <Field label="To" error={errorFor(errors, 'end')}>
            <input className="input" type="date" value={d.end} onChange={(e) => set({ end: e.target.value })} />
          </Field>
          <Field label="Hours a day" error={errorFor(errors, 'hoursPerDay')} hint={d.hoursHint}>
            <input className="input num" inputMode="decimal" value={hoursText} onChange={(e) => setHoursText(e.target.value)} />
          </Field>
        </div>
        <div className="field">
          <span className="field-label">Status</span>
          <div className="segmented" role="group" aria-label="Status">
            {(['tentative', 'confirmed'] as const).map((s) => (
              <button key={s} type="button" aria-pressed={d.status === s} onClick={() => set({ status: s })}>
                {s === 'tentative' ? 'Tentative' : 'Confirmed'}
              </button>
            ))}
          </div>
        </div>
        <Field label="Note" error={errorFor(errors, 'note')}>
          <input className="input" value={d.note} onChange={(e) => set({ note: e.target.value })} placeholder="Optional" />
        </Field>
      </div>
    </Dialog>
  );
}
