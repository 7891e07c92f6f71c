// Day arithmetic between FullCalendar's Date objects (local midnight, exclusive all-day ends)
// and the workspace's inclusive ISO days 'YYYY-MM-DD'.

import type { IsoDate } from '@shared/domain';
import { toIsoDate } from '../../lib/format';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a Date, as FullCalendar hands them out with timeZone 'local'. */
export const isoOfDate: (date: Date) => IsoDate = toIsoDate;

/** `iso` plus `days` calendar days (negative allowed). Pure string/UTC arithmetic, no DST. */
export function addDaysIso(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

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
export function daysOf(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to && out.length < 800; d = addDaysIso(d, 1)) out.push(d);
  return out;
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  const t = (iso: IsoDate) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((t(b) - t(a)) / 86_400_000);
}
