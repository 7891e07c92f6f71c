// Working patterns: which WeekHours are in force on a day.

import type { WeekHours, WorkPattern } from '@shared/domain';
import { dayFromIso, weekdayOfDay, type DayIndex } from '@shared/dates';

/** A pattern period as day indexes, in force from `from` until the next period's `from`. */
export interface PatternPeriod {
  from: DayIndex;
  hours: WeekHours;
}

/** Periods sorted by start; equal starts keep the later-listed one (last write wins). */
export function patternPeriodsOf(patterns: readonly WorkPattern[]): PatternPeriod[] {
  const periods = patterns.map((p, i) => ({ from: dayFromIso(p.effectiveFrom), hours: p.hours, i }));
  periods.sort((a, b) => a.from - b.from || a.i - b.i);
  const out: PatternPeriod[] = [];
  for (const p of periods) {
    if (out.length > 0 && out[out.length - 1].from === p.from) out[out.length - 1] = { from: p.from, hours: p.hours };
    else out.push({ from: p.from, hours: p.hours });
  }
  return out;
}

/**
 * The period in force on a day: the one with the latest `from` <= day; before the first
 * period, the earliest applies; null when there are no periods.
 */
export function patternPeriodOnDay(periods: readonly PatternPeriod[], day: DayIndex): PatternPeriod | null {
  if (periods.length === 0) return null;
  let lo = 0;
  let hi = periods.length - 1;
  if (day < periods[0].from) return periods[0];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (periods[mid].from <= day) lo = mid;
    else hi = mid - 1;
  }
  return periods[lo];
}

/** Hours the pattern in force gives for the day's weekday (0 without patterns). */
export function patternHoursOnDay(periods: readonly PatternPeriod[], day: DayIndex): number {
  const period = patternPeriodOnDay(periods, day);
  return period === null ? 0 : period.hours[weekdayOfDay(day)];
}

/** Sum of a week's hours. */
export function weekHoursTotal(hours: WeekHours): number {
  return hours[0] + hours[1] + hours[2] + hours[3] + hours[4] + hours[5] + hours[6];
}
