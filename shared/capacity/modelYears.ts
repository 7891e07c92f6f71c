// Which calendar years the capacity model's grids hold: the default window around today, grown in
// whole years to what requests and bookings touch, never more than MAX_MODEL_YEARS at once.

import { MAX_RANGE_YEARS } from '@shared/horizon';

/** Whole calendar years, first to last, both included. */
export interface YearSpan {
  first: number;
  last: number;
}

/** A range within the horizon touches at most MAX_RANGE_YEARS + 1 calendar years. */
export const MAX_MODEL_YEARS = MAX_RANGE_YEARS + 1;

export const yearsOf = (range: { start: string; end: string }): YearSpan => ({
  first: Number(range.start.slice(0, 4)),
  last: Number(range.end.slice(0, 4)),
});

export const rangeOfYears = (years: YearSpan) => ({ start: `${years.first}-01-01`, end: `${years.last}-12-31` });

export const yearCount = (years: YearSpan): number => years.last - years.first + 1;

export const sameYears = (a: YearSpan | null, b: YearSpan): boolean => a !== null && a.first === b.first && a.last === b.last;

const union = (a: YearSpan, b: YearSpan): YearSpan => ({ first: Math.min(a.first, b.first), last: Math.max(a.last, b.last) });

/** The default window: from the year before today's to the end of the year after next. */
export function defaultYears(today: string): YearSpan {
  const year = Number(today.slice(0, 4));
  return { first: year - 1, last: year + 2 };
}

/** The years held, grown to include `needed`; null when that would be more than MAX_MODEL_YEARS. */
export function grownYears(held: YearSpan, needed: YearSpan): YearSpan | null {
  const grown = union(held, needed);
  return yearCount(grown) <= MAX_MODEL_YEARS ? grown : null;
}

/**
 * The years to hold to answer for `needed`: those held, grown to include it; when that would be too
 * many, the default window with it; else only its own years (a request far from today).
 */
export function yearsToCover(held: YearSpan, needed: YearSpan, base: YearSpan): YearSpan {
  return grownYears(held, needed) ?? grownYears(base, needed) ?? needed;
}
