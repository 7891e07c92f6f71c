import type { IsoDate } from '@shared/domain';

// Calendar-day arithmetic on ISO dates through UTC day numbers (no time zones, no Date in loops).

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO 'YYYY-MM-DD'. */
export function dayNumber(iso: IsoDate): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
}

export function isoOfDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoOfDay(dayNumber(iso) + days);
}

/** 0 = Monday .. 6 = Sunday. */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The same day of the month `months` later, clamped to the month's last day. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(d, last))).toISOString().slice(0, 10);
}

/** The Monday on or before `day`. */
export function mondayOnOrBefore(day: number): number {
  return day - weekdayOfDay(day);
}

/** The first weekday (Mon–Fri) on or after `day`. */
export function weekdayOnOrAfter(day: number): number {
  const w = weekdayOfDay(day);
  return w >= 5 ? day + (7 - w) : day;
}

/** Monday–Friday day numbers in [from, to]. */
export function weekdaysBetween(from: number, to: number): number[] {
  const days: number[] = [];
  for (let d = from; d <= to; d++) if (weekdayOfDay(d) < 5) days.push(d);
  return days;
}
