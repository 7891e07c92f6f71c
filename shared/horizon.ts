// The planning horizon: how long a range a request or a booking may cover. The capacity model in
// the main process keeps people × days grids for the years asked for, so this bounds its memory.
// One limit for every channel whose range reaches the model; export kinds may set tighter ones.

/** The longest range, in years, that a capacity view, a check, a plan or a booking may cover. */
export const MAX_RANGE_YEARS = 10;

import { formatLongDate } from './capacity/warnings';

const DAY_MS = 86_400_000;

const utcOf = (iso: string): number => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const isoOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The day `years` years after `iso` (29 February moves to 1 March in a common year). */
function addYears(iso: string, years: number): number {
  return Date.UTC(Number(iso.slice(0, 4)) + years, Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** The last day a range starting on `start` may end on: MAX_RANGE_YEARS years later, less a day. */
export function lastDayWithinHorizon(start: string): string {
  return isoOf(addYears(start, MAX_RANGE_YEARS) - DAY_MS);
}

/** How long [start, end] is, in words: "300 years", "10 years and 1 day", "45 days". */
export function spanInWords(start: string, end: string): string {
  const after = utcOf(end) + DAY_MS;
  let years = 0;
  while (addYears(start, years + 1) <= after) years++;
  const days = Math.round((after - addYears(start, years)) / DAY_MS);
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
  const monday = (iso: string) => utcOf(iso) - ((new Date(utcOf(iso)).getUTCDay() + 6) % 7) * DAY_MS;
  if (bucket === 'week') return Math.round((monday(end) - monday(start)) / (7 * DAY_MS)) + 1;
  return Math.round((utcOf(end) - utcOf(start)) / DAY_MS) + 1;
}

/** Null when `rows` rows of the range's buckets fit in one answer; else what to ask for instead. */
