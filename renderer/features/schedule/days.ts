import { dayFromIso, isoFromDay, isoOfLocalDate, monthOfDay, monthStartDay, utcDateOfDay as utc, weekStartOfDay, weekdayOfDay, ymdFromDay } from '@shared/dates';
import type { Zoom } from './types';

export { dayFromIso, isoFromDay, weekdayOfDay, weekStartOfDay };

/** Today as a day index, in local time. */
export function todayDay(): number {
  return dayFromIso(isoOfLocalDate(new Date()));
}

export const isWeekend = (day: number): boolean => weekdayOfDay(day) >= 5;

/** The first day of the bucket that holds `day`. */
export function bucketStart(day: number, zoom: Zoom): number {
  if (zoom === 'day') return day;
  if (zoom === 'week') return weekStartOfDay(day);
  return monthStartDay(monthOfDay(day));
}

/** The first day of the next bucket. */
export function nextBucket(start: number, zoom: Zoom): number {
  if (zoom === 'day') return start + 1;
  if (zoom === 'week') return start + 7;
  return monthStartDay(monthOfDay(start) + 1);
}

/** The buckets (start day, length) that overlap [from, to]. */
export function bucketsIn(from: number, to: number, zoom: Zoom): { start: number; days: number }[] {
  const out: { start: number; days: number }[] = [];
  for (let s = bucketStart(from, zoom); s <= to; ) {
    const n = nextBucket(s, zoom);
    out.push({ start: s, days: n - s });
    s = n;
  }
  return out;
}

/** Monday..Friday between two days, inclusive. */
export function weekdaysBetween(from: number, to: number): number {
  let n = 0;
  for (let d = from; d <= to; d++) if (!isWeekend(d)) n++;
  return n;
}

const monthFmt = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthShort = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' });
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const weekdayNarrow = new Intl.DateTimeFormat(undefined, { weekday: 'narrow', timeZone: 'UTC' });

export const fmtMonthYear = (day: number) => monthFmt.format(utc(day));
export const fmtMonth = (day: number) => monthShort.format(utc(day));
export const fmtDayMonth = (day: number) => dayMonth.format(utc(day));
export const fmtFull = (day: number) => fullDate.format(utc(day));
export const fmtWeekday = (day: number) => weekdayNarrow.format(utc(day));
export const dayOfMonth = (day: number) => ymdFromDay(day).day;
export const yearOf = (day: number) => ymdFromDay(day).year;

/** Short within one year; a range across New Year names both years ("Nov 21, 2026 – Feb 2, 2027"). */
export function fmtRange(start: number, end: number): string {
  if (yearOf(start) !== yearOf(end)) return `${dayMonthYear.format(utc(start))} – ${dayMonthYear.format(utc(end))}`;
  return start === end ? fmtDayMonth(start) : `${fmtDayMonth(start)} – ${fmtDayMonth(end)}`;
}
