// The planning horizon: how long a range a request or a booking may cover. The capacity model in
// the main process keeps people × days grids for the years asked for, so this bounds its memory.
// One limit for every channel whose range reaches the model; export kinds may set tighter ones.

/** The longest range, in years, that a capacity view, a check, a plan or a booking may cover. */
export const MAX_RANGE_YEARS = 10;

import { formatLongDate } from './capacity/warnings';
import { addDaysIso, addYearsIso, dayFromIso, daysBetween, weekStartOfDay } from './dates';

/** The last day a range starting on `start` may end on: MAX_RANGE_YEARS years later, less a day. */
export function lastDayWithinHorizon(start: string): string {
  return addDaysIso(addYearsIso(start, MAX_RANGE_YEARS), -1);
}

/** How long [start, end] is, in words: "300 years", "10 years and 1 day", "45 days". */
export function spanInWords(start: string, end: string): string {
  const after = addDaysIso(end, 1);
  let years = 0;
  while (addYearsIso(start, years + 1) <= after) years++;
  const days = daysBetween(addYearsIso(start, years), after);
  const parts = [years > 0 ? `${years} ${years === 1 ? 'year' : 'years'}` : '', days > 0 || years === 0 ? `${days} ${days === 1 ? 'day' : 'days'}` : ''];
  return parts.filter(Boolean).join(' and ');
}

/**
 * Null when [start, end] is within the horizon; else a sentence naming the limit and the range
 * asked for, e.g. "A range can cover at most 10 years; 1 January 1900 to 31 December 2199 is 300
 * years. From 1 January 1900 it can end on 31 December 1909 at the latest."
 */
export function horizonProblem(start: string, end: string, what = 'A range'): string | null {
  const last = lastDayWithinHorizon(start);
  if (end <= last) return null;
  const [from, to] = [formatLongDate(start), formatLongDate(end)];
  return `${what} can cover at most ${MAX_RANGE_YEARS} years; ${from} to ${to} is ${spanInWords(start, end)}. From ${from} it can end on ${formatLongDate(last)} at the latest.`;
}

/** How many day, week (ISO) or month columns [start, end] has. */
export function bucketCount(start: string, end: string, bucket: 'day' | 'week' | 'month'): number {
  if (bucket === 'month') {
    return (Number(end.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(end.slice(5, 7)) - Number(start.slice(5, 7)) + 1;
  }
  const monday = (iso: string) => weekStartOfDay(dayFromIso(iso));
  if (bucket === 'week') return (monday(end) - monday(start)) / 7 + 1;
  return daysBetween(start, end) + 1;
}

/** Null when `rows` rows of the range's buckets fit in one answer; else what to ask for instead. */
