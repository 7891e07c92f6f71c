import type { DemandLineSummary } from '@shared/contract';
import { draftOfBooking as editorDraftOf, newBookingDraft } from '../bookings/draft';
import { formatHours } from '../../lib/format';
import { dayFromIso, isoFromDay, weekdaysBetween } from './days';
import type { BookingDraft } from './state';

export const MAX_SPREAD_HOURS = 8;

export const draftOfBooking = editorDraftOf;

/** A new booking over the days dragged: blank hours follow the person's working pattern. */
export function newDraft(talentId: number, from: number, to: number): BookingDraft {
  return newBookingDraft({ talentId, start: isoFromDay(from), end: isoFromDay(to) });
}

/**
 * A booking against an open demand line dropped on `day`: from the drop (or the line's start, if
 * dropped before it) to the line's end, for the open hours as a total, which the editor spreads
 * over the person's own working days (their pattern, holidays and closures, as its summary shows).
 * Only when that is more than 8 h a weekday does it start from 8 h a day instead.
 */
export function draftFromDemand(line: DemandLineSummary, talentId: number, day: number): BookingDraft {
  const ls = dayFromIso(line.start);
  const le = dayFromIso(line.end);
  const start = day >= ls && day <= le ? day : ls;
  const open = Math.round(line.openHours * 100) / 100;
  const capped = open / Math.max(1, weekdaysBetween(start, le)) > MAX_SPREAD_HOURS;
  const fields = { talentId, campaignId: line.campaignId, demandLineId: line.id, start: isoFromDay(start), end: line.end, note: line.note };
  return {
    ...newBookingDraft(capped ? { ...fields, amount: String(MAX_SPREAD_HOURS) } : { ...fields, mode: 'total', amount: String(open) }),
    hint: capped ? `${formatHours(open)} open: more than ${MAX_SPREAD_HOURS} h a day, so ${MAX_SPREAD_HOURS} h a day to start with.` : `${formatHours(open)} open, spread over their working days.`,
  };
}
