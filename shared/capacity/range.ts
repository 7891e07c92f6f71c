// Closed intervals of days [start, end], both inclusive.

import type { IsoDate } from '@shared/domain';
import { dayFromIso, isoFromDay, type DayIndex } from '@shared/dates';

export interface DayRange {
  start: DayIndex;
  end: DayIndex;
}

export interface IsoRange {
  start: IsoDate;
  end: IsoDate;
}

export function dayRangeFromIso(range: IsoRange): DayRange {
  return { start: dayFromIso(range.start), end: dayFromIso(range.end) };
}

export function isoRangeFromDays(range: DayRange): IsoRange {
  return { start: isoFromDay(range.start), end: isoFromDay(range.end) };
}

/** Number of days; 0 when end < start. */
export function dayRangeLength(range: DayRange): number {
  return range.end >= range.start ? range.end - range.start + 1 : 0;
}

export function dayRangeIsEmpty(range: DayRange): boolean {
  return range.end < range.start;
}

export function dayRangeContains(range: DayRange, day: DayIndex): boolean {
  return day >= range.start && day <= range.end;
}

/** Touching ranges ([1,3] and [3,5]) overlap; adjacent ones ([1,3] and [4,5]) do not. */
export function dayRangesOverlap(a: DayRange, b: DayRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** The common days; possibly empty (end < start). */
export function dayRangeIntersection(a: DayRange, b: DayRange): DayRange {
  return { start: Math.max(a.start, b.start), end: Math.min(a.end, b.end) };
}
