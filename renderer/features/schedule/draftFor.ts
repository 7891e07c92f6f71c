import type { BookingView, DemandLineSummary } from '@shared/contract';
import { dayFromIso, isoFromDay, weekdaysBetween } from './days';
import type { BookingDraft } from './state';

export const MAX_SPREAD_HOURS = 8;

export function draftOfBooking(b: BookingView): BookingDraft {
  return { id: b.id, talentId: b.talentId, campaignId: b.campaignId, demandLineId: b.demandLineId, start: b.start, end: b.end, hoursPerDay: b.hoursPerDay, status: b.status, note: b.note };
}

export function newDraft(talentId: number, from: number, to: number): BookingDraft {
  return { talentId, campaignId: null, demandLineId: null, start: isoFromDay(from), end: isoFromDay(to), hoursPerDay: 7.5, status: 'tentative', note: '' };
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
    talentId,
    campaignId: line.campaignId,
    demandLineId: line.id,
    start: isoFromDay(start),
    end: line.end,
    hoursPerDay,
    status: 'tentative',
    note: line.note,
    hoursHint: `${Math.round(line.openHours * 10) / 10} h open spread over ${working} working day${working === 1 ? '' : 's'}${capped ? `, capped at ${MAX_SPREAD_HOURS} h a day` : ''}.`,
  };
}
