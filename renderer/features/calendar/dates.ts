// Day arithmetic between FullCalendar's Date objects (local midnight, exclusive all-day ends)
// and the workspace's inclusive ISO days 'YYYY-MM-DD'.

import { addDaysIso, isoDaysIn, isoOfLocalDate as isoOfDate } from '@shared/dates';
import type { IsoDate } from '@shared/domain';

export { addDaysIso, daysBetween, isoOfLocalDate as isoOfDate } from '@shared/dates';

/** Our inclusive last day → FullCalendar's exclusive all-day end. */
export function exclusiveEnd(inclusiveEnd: IsoDate): IsoDate {
  return addDaysIso(inclusiveEnd, 1);
}

/** FullCalendar's exclusive all-day end (or null for a one-day event) → our inclusive last day. */
export function inclusiveEnd(start: Date, exclusive: Date | null): IsoDate {
  if (!exclusive) return isoOfDate(start);
  return addDaysIso(isoOfDate(exclusive), -1);
}

/** A FullCalendar range [start, end) as our inclusive {from, to}. */
export function rangeOf(start: Date, end: Date): { from: IsoDate; to: IsoDate } {
  return { from: isoOfDate(start), to: inclusiveEnd(start, end) };
}

/** Every day of an inclusive range (for per-day summaries; callers keep ranges short). */
export const daysOf = (from: IsoDate, to: IsoDate): IsoDate[] => isoDaysIn(from, to, 800);
