// Small word helpers for delivery answers: weeks, people counts and role plurals.

import { isoWeekOfDay, type DayIndex } from '@shared/dates';
import { formatLongDate } from '@shared/capacity/warnings';

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

/** "delivers on 12 March 2027, 9 working days earlier" (working days t; dayOf[t] is the day), against the answer's finish `base`. */
export function deliversWords(dayOf: ArrayLike<number>, base: number | null, finish: number | null): string {
  if (finish === null) return 'still nothing fits within the year';
  const d = formatLongDate(dayOf[finish]);
  const gain = base === null ? 0 : base - finish;
  return gain > 0 ? `delivers on ${d}, ${gain} working day${gain === 1 ? '' : 's'} earlier` : `delivers on ${d}`;
}
