import type { DemandLineSummary } from '@shared/contract';
import { draftOfBooking as editorDraftOf, newBookingDraft } from '../bookings/draft';
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
 * dropped before it) to the line's end; the open hours spread over the working days, at most 8 h a day.
 */
export function draftFromDemand(line: DemandLineSummary, talentId: number, day: number): BookingDraft {
  const ls = dayFromIso(line.start);
  const le = dayFromIso(line.end);
  const start = day >= ls && day <= le ? day : ls;
  const working = Math.max(1, weekdaysBetween(start, le));
  const spread = Math.round((line.openHours / working) * 2) / 2;
  const hoursPerDay = Math.min(MAX_SPREAD_HOURS, Math.max(0.5, spread));
  const capped = line.openHours / working > MAX_SPREAD_HOURS;
  return {
    ...newBookingDraft({ talentId, campaignId: line.campaignId, demandLineId: line.id, start: isoFromDay(start), end: line.end, amount: String(hoursPerDay), note: line.note }),
    hint: `${Math.round(line.openHours * 10) / 10} h open spread over ${working} working day${working === 1 ? '' : 's'}${capped ? `, capped at ${MAX_SPREAD_HOURS} h a day` : ''}.`,
  };
}
