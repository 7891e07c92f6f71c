// The date range a capacity view covers: presets counted in whole weeks from this week's Monday,
// or custom dates. Pure: "today" is passed in.

import { addDaysIso, isIsoDate, weekStartIso } from '@shared/dates';

export interface DayRangeIso {
  start: string;
  end: string;
}

export const RANGE_PRESETS = [4, 12, 26, 52] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** The chosen range: a preset number of weeks, or custom dates. */
export type RangeChoice = { kind: 'weeks'; weeks: RangePreset } | { kind: 'custom'; start: string; end: string };

/** The next `weeks` whole weeks, starting on this week's Monday. */
export function weeksFrom(today: string, weeks: number): DayRangeIso {
  const monday = weekStartIso(today);
  return { start: monday, end: addDaysIso(monday, weeks * 7 - 1) };
}

/** Longest span the view accepts (about three years), so one choice cannot ask for a decade of days. */
export const MAX_RANGE_DAYS = 1100;

/** The concrete range of a choice; a custom range is put in order and capped. */
export function resolveRange(choice: RangeChoice, today: string): DayRangeIso {
  if (choice.kind === 'weeks') return weeksFrom(today, choice.weeks);
  const [start, end] = choice.start <= choice.end ? [choice.start, choice.end] : [choice.end, choice.start];
  if (!isIsoDate(start) || !isIsoDate(end)) return weeksFrom(today, 12);
  const cap = addDaysIso(start, MAX_RANGE_DAYS - 1);
  return { start, end: end > cap ? cap : end };
}

export const presetLabel = (weeks: number): string => `${weeks} weeks`;
