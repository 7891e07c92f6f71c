// Small word helpers for delivery answers: weeks, people counts and role plurals.

import { isoWeekOfDay, type DayIndex } from '@shared/dates';

/** "week 14", "weeks 14–16", "weeks 52–2" (ISO weeks; the year is said when it is not the start's). */
export function weeksWords(from: DayIndex, to: DayIndex): string {
  const a = isoWeekOfDay(from);
  const b = isoWeekOfDay(to);
  if (a.year === b.year && a.week === b.week) return `week ${a.week}`;
  return `weeks ${a.week}–${b.week}${a.year !== b.year ? ` of ${b.year}` : ''}`;
}

/** "week 14 of 2027" style key for grouping, and its label. */
export function weekLabel(day: DayIndex): string {
  const w = isoWeekOfDay(day);
  return `week ${w.week} of ${w.year}`;
}

/** "motion designer" / "motion designers". */
export function rolePlural(role: string, n: number): string {
  const lower = role.toLowerCase();
  if (n === 1) return lower;
  return /(s|x|ch|sh)$/.test(lower) ? `${lower}es` : `${lower}s`;
}
