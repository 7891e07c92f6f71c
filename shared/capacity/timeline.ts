// The lookup tables of a planning range: for each day offset its weekday, ISO week and month.
// Offsets (0..days−1) are what the grids are indexed by.

import { isoFromDay, monthOfDay, monthStartDay, weekdayOfDay, weekStartOfDay, type DayIndex } from '@shared/dates';
import type { DayRange } from '@shared/capacity/range';

export interface Timeline {
  readonly range: DayRange;
  readonly days: number;
  /** Weekday (Monday = 0) per day offset. */
  readonly weekday: Uint8Array;
  /** Week number (0 = the ISO week holding range.start) per day offset. */
  readonly weekOf: Int32Array;
  /** Month number (0 = range.start's month) per day offset. */
  readonly monthOf: Int32Array;
  /** Monday of week 0 (may be before range.start). */
  readonly firstWeekStart: DayIndex;
  readonly weeks: number;
  /** Month index (year × 12 + month − 1) of month 0. */
  readonly firstMonth: number;
  readonly months: number;
  /** Week w covers day offsets weekStartOffset[w] .. weekStartOffset[w + 1] − 1 (length weeks + 1). */
  readonly weekStartOffset: Int32Array;
}

export function timelineOf(range: DayRange): Timeline {
  if (range.end < range.start) throw new RangeError('range end is before its start');
  const days = range.end - range.start + 1;
  const weekday = new Uint8Array(days);
  const weekOf = new Int32Array(days);
  const monthOf = new Int32Array(days);
  const firstWeekStart = weekStartOfDay(range.start);
  const firstMonth = monthOfDay(range.start);
  let wd = weekdayOfDay(range.start) as number;
  let month = 0;
  let nextMonthStart = monthStartDay(firstMonth + 1);
  for (let i = 0; i < days; i++) {
    const day = range.start + i;
    if (day === nextMonthStart) {
      month++;
      nextMonthStart = monthStartDay(firstMonth + month + 1);
    }
    weekday[i] = wd;
    weekOf[i] = ((day - firstWeekStart) / 7) | 0;
    monthOf[i] = month;
    wd = wd === 6 ? 0 : wd + 1;
  }
  const weeks = weekOf[days - 1] + 1;
  const weekStartOffset = new Int32Array(weeks + 1);
  for (let w = 1; w < weeks; w++) weekStartOffset[w] = firstWeekStart + w * 7 - range.start;
  weekStartOffset[weeks] = days;
  return {
    range,
    days,
    weekStartOffset,
    weekday,
    weekOf,
    monthOf,
    firstWeekStart,
    weeks,
    firstMonth,
    months: month + 1,
  };
}

/** Day range of week w, clipped to the timeline's range. */
export function timelineWeekRange(timeline: Timeline, week: number): DayRange {
  const start = timeline.firstWeekStart + week * 7;
  return { start: Math.max(start, timeline.range.start), end: Math.min(start + 6, timeline.range.end) };
}

/** Day range of month m, clipped to the timeline's range. */
export function timelineMonthRange(timeline: Timeline, month: number): DayRange {
  const start = monthStartDay(timeline.firstMonth + month);
  const end = monthStartDay(timeline.firstMonth + month + 1) - 1;
  return { start: Math.max(start, timeline.range.start), end: Math.min(end, timeline.range.end) };
}

/** Week number of a day (may be < 0 or ≥ weeks when the day is outside the range). */
export function timelineWeekOfDay(timeline: Timeline, day: DayIndex): number {
  return Math.floor((day - timeline.firstWeekStart) / 7);
}

export function timelineWeekStartIso(timeline: Timeline, week: number): string {
  return isoFromDay(timeline.firstWeekStart + week * 7);
}
