// Calendar days, the one module for day arithmetic in main, the window and the capacity core.
// A day is an ISO 'YYYY-MM-DD' string (a local calendar day, no time zone) or its day index: the
// integer number of days since 1970-01-01, computed arithmetically (no Date objects, no DST).
// Weekdays count from Monday = 0. Date objects appear only at the edges (a Date's local day, a
// day for Intl or a spreadsheet), in the last section.

import type { IsoDate } from '@shared/domain';

/** Days since 1970-01-01. */
export type DayIndex = number;
/** 0 = Monday … 6 = Sunday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
/** year × 12 + (month − 1). */
export type MonthIndex = number;

export interface YearMonthDay {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

/** Days from the civil date (proleptic Gregorian), after H. Hinnant's days_from_civil. */
export function dayFromYmd(year: number, month: number, day: number): DayIndex {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function ymdFromDay(dayIndex: DayIndex): YearMonthDay {
  const z = dayIndex + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Parses 'YYYY-MM-DD' into its parts with char codes (hot path: no RegExp, no Date); null if malformed. */
function parseIso(value: string): YearMonthDay | null {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  let year = 0;
  for (let k = 0; k < 4; k++) {
    const c = value.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return null;
    year = year * 10 + c;
  }
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48;
  const d2 = value.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return null;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return typeof value === 'string' && parseIso(value) !== null;
}

/** 'YYYY-MM-DD' → day index. Throws on anything else. Hot path: no allocation, no RegExp. */
export function dayFromIso(iso: IsoDate): DayIndex {
  if (typeof iso === 'string' && iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y0 = iso.charCodeAt(0) - 48, y1 = iso.charCodeAt(1) - 48, y2 = iso.charCodeAt(2) - 48, y3 = iso.charCodeAt(3) - 48;
    const m1 = iso.charCodeAt(5) - 48, m2 = iso.charCodeAt(6) - 48, d1 = iso.charCodeAt(8) - 48, d2 = iso.charCodeAt(9) - 48;
    // Every digit in 0..9: (x >>> 0) < 10 rejects negatives too.
    if (((y0 >>> 0) < 10) && ((y1 >>> 0) < 10) && ((y2 >>> 0) < 10) && ((y3 >>> 0) < 10) &&
        ((m1 >>> 0) < 10) && ((m2 >>> 0) < 10) && ((d1 >>> 0) < 10) && ((d2 >>> 0) < 10)) {
      const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const month = m1 * 10 + m2;
      const day = d1 * 10 + d2;
      if (month >= 1 && month <= 12 && day >= 1 && (day <= 28 || day <= daysInMonth(year, month))) {
        return dayFromYmd(year, month, day);
      }
    }
  }
  throw new RangeError(`not an ISO calendar day: ${JSON.stringify(iso)}`);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoFromDay(dayIndex: DayIndex): IsoDate {
  const { year, month, day } = ymdFromDay(dayIndex);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function weekdayOfDay(dayIndex: DayIndex): Weekday {
  // 1970-01-01 was a Thursday (3 when Monday = 0).
  return ((((dayIndex + 3) % 7) + 7) % 7) as Weekday;
}

/** The Monday on or before the day (ISO weeks start on Monday). */
export function weekStartOfDay(dayIndex: DayIndex): DayIndex {
  return dayIndex - weekdayOfDay(dayIndex);
}

export function monthOfDay(dayIndex: DayIndex): MonthIndex {
  const { year, month } = ymdFromDay(dayIndex);
  return year * 12 + month - 1;
}

export function monthStartDay(month: MonthIndex): DayIndex {
  return dayFromYmd(Math.floor(month / 12), (month % 12) + 1, 1);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function yearOfDay(dayIndex: DayIndex): number {
  return ymdFromDay(dayIndex).year;
}

// ISO days: arithmetic on 'YYYY-MM-DD' strings through day indexes.

/** `iso` plus `days` calendar days (negative allowed). */
export const addDaysIso = (iso: IsoDate, days: number): IsoDate => isoFromDay(dayFromIso(iso) + days);

/** Whole days from `a` to `b` (b − a). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => dayFromIso(b) - dayFromIso(a);

/** Days in the inclusive range [start, end]. */
export const spanDays = (start: IsoDate, end: IsoDate): number => daysBetween(start, end) + 1;

/** 0 = Monday … 6 = Sunday. */
export const weekdayIso = (iso: IsoDate): Weekday => weekdayOfDay(dayFromIso(iso));

/** Monday of the ISO week holding the day. */
export const weekStartIso = (iso: IsoDate): IsoDate => isoFromDay(weekStartOfDay(dayFromIso(iso)));

/** The range widened to whole ISO weeks: Monday of the first to Sunday of the last. */
export function wholeWeeks(range: { start: IsoDate; end: IsoDate }): { start: IsoDate; end: IsoDate } {
  return { start: weekStartIso(range.start), end: addDaysIso(weekStartIso(range.end), 6) };
}

/** Every day of the inclusive range [from, to], at most `limit` of them. */
export function isoDaysIn(from: IsoDate, to: IsoDate, limit = Number.POSITIVE_INFINITY): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = dayFromIso(from), last = dayFromIso(to); d <= last && out.length < limit; d++) out.push(isoFromDay(d));
  return out;
}

/** The same day of the month `months` later, clamped to that month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonthsIso(iso: IsoDate, months: number): IsoDate {
  const { year, month, day } = ymdFromDay(dayFromIso(iso));
  const m = year * 12 + month - 1 + months;
  const y = Math.floor(m / 12), mo = (m % 12) + 1;
  return isoFromDay(dayFromYmd(y, mo, Math.min(day, daysInMonth(y, mo))));
}

/** The same day `years` later, as the calendar counts it: 29 February moves to 1 March in a common year. */
export function addYearsIso(iso: IsoDate, years: number): IsoDate {
  const { year, month, day } = ymdFromDay(dayFromIso(iso));
  return isoFromDay(dayFromYmd(year + years, month, day));
}

/** The first Monday–Friday on or after the day. */
export function weekdayOnOrAfter(dayIndex: DayIndex): DayIndex {
  const w = weekdayOfDay(dayIndex);
  return w >= 5 ? dayIndex + (7 - w) : dayIndex;
}

/** Monday–Friday day indexes in [from, to]. */
export function weekdaysIn(from: DayIndex, to: DayIndex): DayIndex[] {
  const out: DayIndex[] = [];
  for (let d = from; d <= to; d++) if (weekdayOfDay(d) < 5) out.push(d);
  return out;
}

// The edges where a Date is needed.

/** Milliseconds in a calendar day of UTC (a local day may be 23 or 25 hours). */
export const DAY_MS = 86_400_000;

/** The local calendar day of a Date (what the user's clock says today, a date picker's day). */
export function isoOfLocalDate(date: Date): IsoDate {
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}`;
}

/** The day as a local Date at midnight (for Intl formatting in the user's zone); null when not an ISO day. */
export function localDateOfIso(iso: string | null | undefined): Date | null {
  if (!iso || !isIsoDate(iso)) return null;
  const { year, month, day } = ymdFromDay(dayFromIso(iso));
  return new Date(year, month - 1, day);
}

/** The day index at UTC midnight (for Intl with timeZone 'UTC', spreadsheets, iCalendar). */
export const utcDateOfDay = (dayIndex: DayIndex): Date => new Date(dayIndex * DAY_MS);

/** The ISO day at UTC midnight. */
export const utcDateOfIso = (iso: IsoDate): Date => utcDateOfDay(dayFromIso(iso));

/** ISO 8601 week number and its year (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOfDay(dayIndex: DayIndex): { year: number; week: number } {
  const thursday = weekStartOfDay(dayIndex) + 3;
  const year = yearOfDay(thursday);
  return { year, week: Math.floor((thursday - dayFromYmd(year, 1, 1)) / 7) + 1 };
}
