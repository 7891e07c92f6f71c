import { dayFromIso, isoFromDay, weekStartOfDay, weekdayOfDay } from '@shared/capacity';

/** Monday of the ISO week holding the day. */
export const weekStartIso = (iso: string) => isoFromDay(weekStartOfDay(dayFromIso(iso)));
export const addDaysIso = (iso: string, days: number) => isoFromDay(dayFromIso(iso) + days);
/** 0 = Monday … 6 = Sunday. */
export const weekdayIso = (iso: string): number => weekdayOfDay(dayFromIso(iso));

/** The range widened to whole ISO weeks: Monday of the first to Sunday of the last. */
export function wholeWeeks(range: { start: string; end: string }): { start: string; end: string } {
  return { start: weekStartIso(range.start), end: addDaysIso(weekStartIso(range.end), 6) };
}

/** Whole days between two ISO dates (b − a). */
export const daysBetween = (a: string, b: string) => dayFromIso(b) - dayFromIso(a);
