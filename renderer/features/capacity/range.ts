// The date range a capacity view covers: presets counted in whole weeks from this week's Monday,
// or custom dates. Pure: "today" is passed in.

import { addDays, addWeeks, startOfWeek } from 'date-fns';
import { parseIsoDate, toIsoDate } from '../../lib/format';

export interface DayRangeIso {
  start: string;
  end: string;
}

export const RANGE_PRESETS = [4, 12, 26, 52] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];

/** The chosen range: a preset number of weeks, or custom dates. */
export type RangeChoice = { kind: 'weeks'; weeks: RangePreset } | { kind: 'custom'; start: string; end: string };

/** Monday of the week holding `today`, as 'YYYY-MM-DD'. */
export function mondayOf(today: string): string {
  const d = parseIsoDate(today) ?? new Date();
  return toIsoDate(startOfWeek(d, { weekStartsOn: 1 }));
}

/** The next `weeks` whole weeks, starting on this week's Monday. */
export function weeksFrom(today: string, weeks: number): DayRangeIso {
  const monday = parseIsoDate(mondayOf(today)) as Date;
  return { start: toIsoDate(monday), end: toIsoDate(addDays(addWeeks(monday, weeks), -1)) };
}

/** Longest span the view accepts (about three years), so one choice cannot ask for a decade of days. */
export const MAX_RANGE_DAYS = 1100;

/** The concrete range of a choice; a custom range is put in order and capped. */
export function resolveRange(choice: RangeChoice, today: string): DayRangeIso {
  if (choice.kind === 'weeks') return weeksFrom(today, choice.weeks);
  let [start, end] = choice.start <= choice.end ? [choice.start, choice.end] : [choice.end, choice.start];
  const s = parseIsoDate(start);
  const e = parseIsoDate(end);
  if (!s || !e) return weeksFrom(today, 12);
  const cap = addDays(s, MAX_RANGE_DAYS - 1);
  if (e > cap) end = toIsoDate(cap);
  start = toIsoDate(s);
  return { start, end };
}

export const presetLabel = (weeks: number): string => `${weeks} weeks`;
