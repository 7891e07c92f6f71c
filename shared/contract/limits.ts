import { z } from 'zod';
import { isIsoDate, spanDays } from '@shared/dates';
import { formatLongDate } from '@shared/capacity/warnings';
import { dateRange } from './schemas';

// How much one request may ask for. Every date is already between 1900 and 2199; these caps keep
// a single request's time and memory bounded (README, "Limits per request"). A refused request
// names the limit and what was asked, so the user knows what to change.

/** Capacity views, staffing plans and holidays: about three years, as the range picker allows. */
export const VIEW_MAX_DAYS = 1100;
/** A snapshot: 104 weeks, so that widened to whole weeks it stays within the 106 it stores. */
export const SNAPSHOT_MAX_DAYS = 728;
/**
 * Staffing plan exports to CSV or XLSX (one row per person and campaign, a column per week): two
 * years. The figures of every person-day of the range are held while the file is written.
 */
export const SHEET_EXPORT_MAX_DAYS = 731;
/** A PDF staffing plan: a year (quarters side by side would print thousands of pages beyond it). */
export const PDF_EXPORT_MAX_DAYS = 366;
/** People in one PDF staffing plan (a year of them prints about 130 pages); filter by role, or export to XLSX, for more. */
export const PDF_EXPORT_MAX_PEOPLE = 250;
/** A bookings calendar (.ics): ten years. */
export const ICS_EXPORT_MAX_DAYS = 3660;
/** Cells (people × columns) in one capacity:grid answer. */
export const GRID_MAX_CELLS = 500_000;


const count = (n: number) => n.toLocaleString('en-GB');

/** "1,100 days (about 3 years)", "366 days (1 year)", "12 days". */
export function describeDays(days: number): string {
  const years = days / 365.25;
  if (years < 0.95) return `${count(days)} ${days === 1 ? 'day' : 'days'}`;
  const rounded = Math.round(years);
  const about = Math.abs(years - rounded) < 0.02 ? '' : 'about ';
  return `${count(days)} days (${about}${rounded} ${rounded === 1 ? 'year' : 'years'})`;
}

/** The message for a range longer than `maxDays`, or null when it fits. */
export function rangeTooLong(range: { start: string; end: string }, maxDays: number, what: string): string | null {
  if (!isIsoDate(range.start) || !isIsoDate(range.end)) return null; // the date fields report those
  const days = spanDays(range.start, range.end);
  if (!(days > maxDays)) return null;
  return `${what} covers at most ${describeDays(maxDays)}; you asked for ${formatLongDate(range.start)} to ${formatLongDate(range.end)}, ${describeDays(days)}. Choose a shorter range.`;
}

/** Adds the issue for a too-long range, at `path` (the field that ends the range). */
export function checkSpan(ctx: z.RefinementCtx, range: { start: string; end: string }, maxDays: number, what: string, path: (string | number)[]): void {
  if (range.end < range.start) return; // withRange reports that one
  const message = rangeTooLong(range, maxDays, what);
  if (message) ctx.addIssue({ code: 'custom', path, message });
}

/** An inclusive range of at most `maxDays` days. */
export function limitedRange(maxDays: number, what: string) {
  return dateRange.superRefine((range, ctx) => checkSpan(ctx, range, maxDays, what, ['end']));
}

/** "Who's free?": a range of at most a year, and at most this many people (each with a day-by-day timeline) per answer. */
export const FREE_SEARCH_MAX_DAYS = 366;
export const FREE_SEARCH_MAX_RESULTS = 200;
