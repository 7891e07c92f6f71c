import { useMemo, useRef, useState } from 'react';
import type { BookingCheckResult, BookingView, Input } from '@shared/contract';
import { campaignNeedsPeople, NO_ROLE_YET, type Id } from '@shared/domain';
import type { OverAllocationRefusal } from '@shared/errors';
import { call } from '../../api';
import { Dialog, FormButtons } from '../../components/Dialog';
import { Field, FieldMessage, FormError } from '../../components/Field';
import { mapApiError, type FieldErrors } from '../../lib/fieldErrors';
import { formatDateRange, formatHours, formatNumber, todayIso } from '../../lib/format';
import { useStore } from '../../store';
import { useDemandLines } from './useDemandLines';
import { checkDraft, checkInputOf, demandLinePatch, fieldsOf, hoursPerDayOf, shareIsCapped, type AmountMode, type BookingDraft } from './draft';
import { OverAllocationNotice } from './OverAllocationNotice';
import { overAllocationIn } from './saveAnyway';
import { useBookingCheck } from './useBookingCheck';
import { useEditorOptions } from './useEditorOptions';
import './editor.css';

export type BookingFields = Input<'bookings:create'>;

export interface BookingEditorProps {
  initial: BookingDraft;
  onClose(): void;
  /** After a save (the booking as saved) or a delete (null), with words for a toast. */
  onDone(booking: BookingView | null, message: string): void;
  /** How the booking is written; by default bookings:create or bookings:update. The Schedule's draws the bar at once. */
  write?(fields: BookingFields, draft: BookingDraft, allowOverAllocation: boolean): Promise<BookingView>;
  /** How a booking is deleted; by default bookings:delete. */
  remove?(id: number): Promise<void>;
  /** Why it was filled in as it is, shown under the amount (e.g. a demand line's open hours). */
  hint?: string;
}

const FORM_FIELDS = ['talentId', 'campaignId', 'demandLineId', 'start', 'end', 'hoursPerDay', 'amount', 'status', 'note'];
const MODES: { mode: AmountMode; label: string; field: string }[] = [
  { mode: 'perDay', label: 'Hours a day', field: 'Hours a day' },
  { mode: 'total', label: 'Total', field: 'Total hours' },
  { mode: 'share', label: '% of capacity', field: 'Share of capacity (%)' },
];
const idOrNull = (v: string): Id | null => (v === '' ? null : Number(v));

function defaultWrite(fields: BookingFields, d: BookingDraft, allowOverAllocation: boolean): Promise<BookingView> {
  return d.id === null
    ? call('bookings:create', { ...fields, allowOverAllocation })
    : call('bookings:update', { ...fields, id: d.id, expectedUpdatedAt: d.expectedUpdatedAt, allowOverAllocation });
}

/**
 * The one booking editor: person, campaign and demand line; dates; hours a day, a total or a share
 * of capacity; the working days and total before saving; the days it would over-allocate and why,
 * with "Save anyway". Enter saves, Escape cancels.
 */
export function BookingEditor({ initial, onClose, onDone, write = defaultWrite, remove: removeBooking, hint }: BookingEditorProps) {
  const [d, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<OverAllocationRefusal | null>(null);
  const [busy, setBusy] = useState(false);
  const amountRef = useRef<HTMLInputElement>(null);
  const { people, campaigns } = useEditorOptions();
  const roles = useStore((s) => s.roles);
  const lines = useDemandLines(d.campaignId);
  const editing = d.id !== null;

  // One check: its working days, capacity and pattern don't depend on the hours, so the hours a
  // day come from its last answer and the next one checks them.
  const [lastCheck, setLastCheck] = useState<BookingCheckResult | null>(null);
  const hoursPerDay = hoursPerDayOf(d, lastCheck);
  const { check, pending, problem } = useBookingCheck(checkInputOf(d, hoursPerDay));
  if (check !== lastCheck && check !== null) setLastCheck(check);
  // While a new answer is on its way the last one stands; an answer refused (dates past the horizon) shows none.
  const current = pending ? (check ?? lastCheck) : check;
  const over = check && !pending && check.days.length > 0 ? [{ name: check.personName, days: check.days }] : [];

  const set = (patch: Partial<BookingDraft>) => {
    setDraft((x) => ({ ...x, ...patch }));
    setRefusal(null);
    setErrors((e) => ({ ...e, ...Object.fromEntries(Object.keys(patch).map((k) => [k, ''])), '': '' }));
  };
  const setMode = (mode: AmountMode) => {
    // Keep the amount the booking has now, said the new way.
    const h = hoursPerDay;
    let amount = '';
    if (h !== null && current && current.workingDays > 0) {
      if (mode === 'perDay') amount = String(round2(h));
      else if (mode === 'total') amount = String(round2(h * current.workingDays));
      else if (current.capacityHours > 0) amount = String(Math.round(((h * current.workingDays) / current.capacityHours) * 100));
    }
    set({ mode, amount });
    amountRef.current?.focus();
  };

  async function save(allowOverAllocation: boolean) {
    const local = checkDraft(d, hoursPerDay);
    if (Object.values(local).some(Boolean)) return setErrors(local);
    setBusy(true);
    try {
      const saved = await write(fieldsOf(d, hoursPerDay as number), d, allowOverAllocation);
      onDone(saved, describe(saved));
    } catch (error) {
      const refused = overAllocationIn(error);
      if (refused) setRefusal(refused);
      else setErrors(mapApiError(error, FORM_FIELDS, 'Something went wrong and the booking was not saved.'));
      setBusy(false);
    }
  }
  async function remove() {
    if (d.id === null) return;
    setBusy(true);
    try {
      await (removeBooking ? removeBooking(d.id) : call('bookings:delete', { id: d.id }));
      onDone(null, 'Booking deleted');
    } catch (error) {
      setErrors(mapApiError(error, FORM_FIELDS, 'The booking could not be deleted.'));
      setBusy(false);
    }
  }

  const describe = (b: BookingView) => {
    const who = people.find((p) => p.id === b.talentId)?.name ?? 'Someone';
    const what = campaigns.find((c) => c.id === b.campaignId)?.name ?? 'a campaign';
    return `${editing ? 'Saved' : 'Booked'} ${who} on ${what}: ${formatHours(b.totalHours)}`;
  };
  const campaignList = useMemo(() => campaigns.filter((c) => c.id === d.campaignId || campaignNeedsPeople(c.status)).sort((a, b) => a.name.localeCompare(b.name)), [campaigns, d.campaignId]);
  const roleName = (id: number | null) => (id === null ? NO_ROLE_YET : (roles.find((r) => r.id === id)?.name ?? 'Role'));
  const modeInfo = MODES.find((m) => m.mode === d.mode)!;
  const patternHours = current?.patternHours;
  const placeholder = d.mode === 'perDay' && patternHours ? formatNumber(patternHours.min, 2) : d.mode === 'share' ? 'e.g. 50' : 'e.g. 40';
  const amountHint =
    d.mode === 'perDay' && d.amount.trim() === '' && patternHours
      ? `Left blank: ${formatHours(patternHours.min)} a day from their working pattern${patternHours.max > patternHours.min ? ` (${formatHours(patternHours.min)} to ${formatHours(patternHours.max)} on these days)` : ''}.`
      : shareIsCapped(d, current) && patternHours
        ? `Held at ${formatHours(patternHours.min)} a day, their shortest working day here, so no day goes over; book the longer days apart for more.`
        : undefined;
  const shown = over.length > 0 ? over : (refusal?.people ?? []);

  return (
    <Dialog
      title={editing ? 'Edit booking' : 'New booking'}
      onClose={onClose}
      onSubmit={() => void save(false)}
      busy={busy}
      footer={
        <FormButtons busy={busy} onCancel={onClose} submit={editing ? 'Save' : 'Book'} remove={editing ? { label: 'Delete', onClick: () => void remove() } : undefined} />
      }
    >
      <div className="bk-editor">
        <FormError message={errors['']} />
        <div className="bk-row">
          <Field label="Person" error={errors.talentId}>
            <select className="select" data-autofocus={d.talentId === null ? true : undefined} value={d.talentId ?? ''} onChange={(e) => set({ talentId: idOrNull(e.target.value) })}>
              <option value="">Choose a person…</option>
              {d.talentId !== null && !people.some((p) => p.id === d.talentId) && <option value={d.talentId}>{current?.personName ?? 'Loading…'}</option>}
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Campaign" error={errors.campaignId}>
            <select
              className="select"
              data-autofocus={d.talentId !== null && d.campaignId === null ? true : undefined}
              value={d.campaignId ?? ''}
              onChange={(e) => set({ campaignId: idOrNull(e.target.value), demandLineId: null })}
            >
              <option value="">Choose a campaign…</option>
              {d.campaignId !== null && !campaignList.some((c) => c.id === d.campaignId) && <option value={d.campaignId}>Loading…</option>}
              {campaignList.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.client ? `${c.name} — ${c.client}` : c.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label="Demand line" error={errors.demandLineId}>
          <select className="select" value={d.demandLineId ?? ''} onChange={(e) => set(demandLinePatch(d, lines.find((l) => l.id === idOrNull(e.target.value)) ?? null, todayIso()))} disabled={d.campaignId === null}>
            <option value="">None (outside the plan)</option>
            {d.demandLineId !== null && !lines.some((l) => l.id === d.demandLineId) && <option value={d.demandLineId}>Loading…</option>}
            {lines.map((l) => (
              <option key={l.id} value={l.id}>
                {roleName(l.roleId)} · {formatDateRange(l.start, l.end)} · {formatHours(l.openHours)} open
              </option>
            ))}
          </select>
        </Field>
        <div className="bk-row">
          <Field label="From" error={errors.start}>
            <input className="input" type="date" value={d.start} onChange={(e) => set({ start: e.target.value })} />
          </Field>
          <Field label="To" error={errors.end}>
            <input className="input" type="date" value={d.end} onChange={(e) => set({ end: e.target.value })} />
          </Field>
        </div>
        <div className="field">
          <span className="field-label" id="bk-amount-as">
            Amount
          </span>
          <div className="bk-amount">
            <div className="segmented" role="group" aria-labelledby="bk-amount-as">
              {MODES.map((m) => (
                <button key={m.mode} type="button" aria-pressed={d.mode === m.mode} onClick={() => setMode(m.mode)}>
                  {m.label}
                </button>
              ))}
            </div>
            <input
              ref={amountRef}
              data-autofocus={d.talentId !== null && d.campaignId !== null ? true : undefined}
              className="input num bk-amount-input"
              inputMode="decimal"
              aria-label={modeInfo.field}
              aria-invalid={errors.amount || errors.hoursPerDay ? true : undefined}
              value={d.amount}
              placeholder={placeholder}
              onChange={(e) => set({ amount: e.target.value })}
            />
            <span className="bk-unit">{d.mode === 'share' ? '%' : 'h'}</span>
          </div>
          <FieldMessage error={errors.amount || errors.hoursPerDay} />
          {!errors.amount && (hint || amountHint) && <div className="hint">{hint ?? amountHint}</div>}
        </div>
        <Summary check={current} hoursPerDay={hoursPerDay} mode={d.mode} asked={checkInputOf(d, null) !== null} pending={pending} problem={Object.values(errors).some(Boolean) ? 'Correct what is marked to see the working days and total.' : problem} />
        <OverAllocationNotice people={shown} onSaveAnyway={() => void save(true)} busy={busy} />
        <div className="bk-row">
          <div className="field" role="group" aria-labelledby="bk-status-label">
            <span className="field-label" id="bk-status-label">
              Status
            </span>
            <div className="segmented">
              {(['tentative', 'confirmed'] as const).map((s) => (
                <button key={s} type="button" aria-pressed={d.status === s} onClick={() => set({ status: s })}>
                  {s === 'tentative' ? 'Tentative' : 'Confirmed'}
                </button>
              ))}
            </div>
          </div>
          <Field label="Note" error={errors.note}>
            <input className="input" type="text" value={d.note} placeholder="Optional" onChange={(e) => set({ note: e.target.value })} />
          </Field>
        </div>
      </div>
    </Dialog>
  );
}

const round2 = (h: number) => Math.round(h * 100) / 100;

/** "6 working days · 45 h", with hours a day and the share of capacity when they aren't what was typed. */
function Summary(props: { check: BookingCheckResult | null; hoursPerDay: number | null; mode: AmountMode; asked: boolean; pending: boolean; problem: string | null }) {
  const { check, hoursPerDay, mode, asked, pending, problem } = props;
  if (!check) {
    // The check's refusal in its own words, without the field's name ("End: …").
    const words = !asked ? 'Choose a person and dates to see the working days and total.' : pending ? 'Counting working days…' : (problem?.replace(/^[A-Z][\w ]{0,40}: /, '') ?? '');
    return <p className="bk-summary muted">{words}</p>;
  }
  const days = check.workingDays;
  const total = hoursPerDay !== null ? hoursPerDay * days : null;
  // A booking that covers no working day puts its hours on each of its days.
  const dayWords = check.patternHours === null ? `${days} ${days === 1 ? 'day' : 'days'}, none a working day` : `${days} working ${days === 1 ? 'day' : 'days'}`;
  const share = total !== null && check.capacityHours > 0 ? Math.round((total / check.capacityHours) * 100) : null;
  return (
    <p className="bk-summary" aria-live="polite">
      <b>
        {dayWords}
        {total !== null && ` · ${formatHours(total)}`}
      </b>
      {mode !== 'perDay' && hoursPerDay !== null && <span> · {formatHours(hoursPerDay)} a day</span>}
      {share !== null && <span> · {share}% of their {formatHours(check.capacityHours)} capacity</span>}
    </p>
  );
}
