// Studio closures as days: a closure covers date..endDate, and one that repeats yearly covers the
// same month-days in every year from its first on (a 29 February start only in leap years).

import type { Closure } from '@shared/domain';
import { dayFromIso, dayFromYmd, isIsoDate, isLeapYear, isoFromDay, yearOfDay, ymdFromDay, type DayIndex } from '@shared/dates';

/** The longest a closure may last, in days (a repeating one must also be shorter than a year). */
export const CLOSURE_MAX_DAYS = 366;

/** Why a closure's first and last days can't be used, or null. */
export function closureSpanProblem(date: string, endDate: string): string | null {
  if (!isIsoDate(date) || !isIsoDate(endDate)) return null; // each date's own check says why
  if (endDate < date) return 'Must be on or after the first day';
  const days = dayFromIso(endDate) - dayFromIso(date) + 1;
  return days > CLOSURE_MAX_DAYS ? `A closure covers at most a year; this one covers ${days} days` : null;
}

type ClosureDays = Pick<Closure, 'date' | 'endDate' | 'repeatsYearly'>;

/** The closure's [first, last] days in the year `shift` years after its own, or null (29 February). */
function occurrence(c: ClosureDays, shift: number): [DayIndex, DayIndex] | null {
  const start = ymdFromDay(dayFromIso(c.date));
  const end = ymdFromDay(dayFromIso(c.endDate));
  if (start.month === 2 && start.day === 29 && !isLeapYear(start.year + shift)) return null;
  const endDay = end.month === 2 && end.day === 29 && !isLeapYear(end.year + shift) ? 28 : end.day;
  return [dayFromYmd(start.year + shift, start.month, start.day), dayFromYmd(end.year + shift, end.month, endDay)];
}

/** Calls `visit` for each closed day in [from, to] (a day may come twice from two closures). */
export function forEachClosureDay(closures: readonly ClosureDays[], from: DayIndex, to: DayIndex, visit: (day: DayIndex, index: number) => void): void {
  closures.forEach((c, index) => {
    const first = dayFromIso(c.date);
    const last = c.repeatsYearly ? yearOfDay(to) - yearOfDay(first) : 0;
    // A span that crosses New Year starts in the year before the one it reaches into.
    for (let shift = c.repeatsYearly ? Math.max(0, yearOfDay(from) - yearOfDay(first) - 1) : 0; shift <= last; shift++) {
      const span = occurrence(c, shift);
      if (!span) continue;
      for (let d = Math.max(span[0], from); d <= Math.min(span[1], to); d++) visit(d, index);
    }
  });
}

/** The closed days in [from, to], each with the name of (the first) closure covering it. */
export function closureDaysIn(closures: readonly Closure[], from: DayIndex, to: DayIndex): Map<DayIndex, string> {
  const out = new Map<DayIndex, string>();
  forEachClosureDay(closures, from, to, (day, i) => {
    if (!out.has(day)) out.set(day, closures[i].name);
  });
  return out;
}

/** Each time a closure falls (a repeating one once a year) that meets [from, to], as a closure with those days. */
export function closureSpansIn(closures: readonly Closure[], from: string, to: string): Closure[] {
  const [a, b] = [dayFromIso(from), dayFromIso(to)];
  const out: Closure[] = [];
  for (const c of closures) {
    const first = dayFromIso(c.date);
    const shifts = c.repeatsYearly ? yearOfDay(b) - yearOfDay(first) : 0;
    for (let shift = c.repeatsYearly ? Math.max(0, yearOfDay(a) - yearOfDay(first) - 1) : 0; shift <= shifts; shift++) {
      const span = occurrence(c, shift);
      if (span && span[1] >= a && span[0] <= b) out.push({ ...c, date: isoFromDay(span[0]), endDate: isoFromDay(span[1]) });
    }
  }
  return out;
}
