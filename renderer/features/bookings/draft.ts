// The booking editor's working copy: how it starts (empty, from a selection, a demand line or a
// booking), how its amount becomes hours a day, what it checks before asking the API, and the
// fields it sends.

import type { BookingCheckResult, BookingView, DemandLineSummary, Input } from '@shared/contract';
import type { BookingStatus, Id, IsoDate } from '@shared/domain';
import type { FieldErrors } from '../../lib/fieldErrors';

/** How the planner gives the amount: hours each working day, a total over the dates, or a share of their capacity. */
export type AmountMode = 'perDay' | 'total' | 'share';

export interface BookingDraft {
  id: Id | null;
  talentId: Id | null;
  campaignId: Id | null;
  demandLineId: Id | null;
  start: IsoDate;
  end: IsoDate;
  mode: AmountMode;
  /** As typed; blank hours a day means "from the person's working pattern". */
  amount: string;
  status: BookingStatus;
  note: string;
  expectedUpdatedAt?: string;
}

const EMPTY: BookingDraft = { id: null, talentId: null, campaignId: null, demandLineId: null, start: '', end: '', mode: 'perDay', amount: '', status: 'tentative', note: '' };

/** A new booking; blank hours follow the person's pattern on the chosen days. */
export function newBookingDraft(fields: Partial<Omit<BookingDraft, 'id'>> = {}): BookingDraft {
  return { ...EMPTY, ...fields };
}

export function draftOfBooking(b: BookingView): BookingDraft {
  return {
    id: b.id, talentId: b.talentId, campaignId: b.campaignId, demandLineId: b.demandLineId, start: b.start, end: b.end,
    mode: 'perDay', amount: String(b.hoursPerDay), status: b.status, note: b.note, expectedUpdatedAt: b.updatedAt,
  };
}

/** A typed number ("7,5" too); NaN when it isn't one. */
export function parseAmount(text: string): number {
  const t = text.trim().replace(',', '.').replace(/\s*(h|%)$/i, '');
  return t === '' ? NaN : Number(t);
}

const toSecond = (h: number) => Math.round(h * 3600) / 3600;

/**
 * Hours a day from the amount, given what the check said about the days (null until it has):
 * blank → the pattern's; a total → spread over the working days; a share → of the capacity on them.
 */
export function hoursPerDayOf(d: BookingDraft, preview: BookingCheckResult | null): number | null {
  const n = parseAmount(d.amount);
  if (d.mode === 'perDay') return d.amount.trim() === '' ? (preview?.patternHours?.min ?? null) : n;
  if (!preview || preview.workingDays === 0 || !Number.isFinite(n)) return null;
  if (d.mode === 'total') return toSecond(n / preview.workingDays);
  const even = ((n / 100) * preview.capacityHours) / preview.workingDays;
  // A booking has one figure a day: spread evenly over uneven days, a share could exceed the shortest one.
  return toSecond(Math.min(even, shortestDay(preview)));
}

const shortestDay = (preview: BookingCheckResult) => preview.patternHours?.min ?? Infinity;

/** Whether a share of capacity was held down to the shortest day (their days differ). */
export function shareIsCapped(d: BookingDraft, preview: BookingCheckResult | null): boolean {
  const n = parseAmount(d.amount);
  if (d.mode !== 'share' || !preview || preview.workingDays === 0 || !(n > 0)) return false;
  return ((n / 100) * preview.capacityHours) / preview.workingDays > shortestDay(preview) + 1e-9;
}

/** What is wrong before the API is asked, by field. */
export function checkDraft(d: BookingDraft, hoursPerDay: number | null): FieldErrors {
  const e: FieldErrors = {};
  if (d.talentId === null) e.talentId = 'Choose a person';
  if (d.campaignId === null) e.campaignId = 'Choose a campaign';
  if (!d.start) e.start = 'Enter a date';
  if (!d.end) e.end = 'Enter a date';
  else if (d.start && d.end < d.start) e.end = 'Must be on or after the start';
  const n = parseAmount(d.amount);
  if (d.amount.trim() !== '' && !(n > 0)) e.amount = d.mode === 'share' ? 'Enter a share above 0 %, e.g. 50' : 'Enter hours above 0, e.g. 7.5';
  else if (d.mode === 'share' && n > 100) e.amount = 'At most 100 %';
  else if (hoursPerDay === null && d.talentId !== null && !e.start && !e.end) e.amount = d.amount.trim() === '' ? 'None of these days is a working day for them: enter the hours a day' : 'None of these days is a working day for them';
  else if (hoursPerDay !== null && hoursPerDay > 24) e.amount = `That is ${Math.round(hoursPerDay * 100) / 100} h a day; a day holds at most 24`;
  return e;
}

/**
 * What choosing `line` as the demand line changes. With no dates given yet, the dates become the
 * line's window (from `today` if it has begun) and a blank amount its open hours as a total, as a
 * drop of the line on the Schedule does; dates already chosen keep the amount as it is.
 */
export function demandLinePatch(d: BookingDraft, line: DemandLineSummary | null, today: IsoDate): Partial<BookingDraft> {
  if (!line) return { demandLineId: null };
  const patch: Partial<BookingDraft> = { demandLineId: line.id };
  if (d.start || d.end) return patch;
  Object.assign(patch, { start: today > line.start && today <= line.end ? today : line.start, end: line.end });
  if (d.amount.trim() === '' && line.openHours > 0) Object.assign(patch, { mode: 'total', amount: String(Math.round(line.openHours * 100) / 100) });
  return patch;
}

/** The booking's fields as bookings:create and bookings:update take them. */
export function fieldsOf(d: BookingDraft, hoursPerDay: number): Input<'bookings:create'> {
  return { talentId: d.talentId as Id, campaignId: d.campaignId as Id, demandLineId: d.demandLineId, start: d.start, end: d.end, hoursPerDay, status: d.status, note: d.note };
}

/** What bookings:check is asked while editing (null until a person and dates are chosen). */
export function checkInputOf(d: BookingDraft, hoursPerDay: number | null): Input<'bookings:check'> | null {
  if (d.talentId === null || !d.start || !d.end || d.end < d.start) return null;
  return {
    talentId: d.talentId, start: d.start, end: d.end, status: d.status, demandLineId: d.demandLineId,
    ...(d.id !== null ? { id: d.id } : {}),
    ...(d.campaignId !== null ? { campaignId: d.campaignId } : {}),
    ...(hoursPerDay !== null && hoursPerDay > 0 && hoursPerDay <= 24 ? { hoursPerDay } : {}),
  };
}

/** The update input for a booking moved or resized to [start, end], everything else kept. */
export function movedBooking(b: BookingView, start: IsoDate, end: IsoDate): Input<'bookings:create'> & { id: number; expectedUpdatedAt: string } {
  return {
    id: b.id, talentId: b.talentId, campaignId: b.campaignId, demandLineId: b.demandLineId, start, end, hoursPerDay: b.hoursPerDay, status: b.status, note: b.note,
    expectedUpdatedAt: b.updatedAt,
  };
}
