// Human-readable over-allocation warnings (locale-neutral English).

import type { IsoDate } from '@shared/domain';
import { dayFromIso, ymdFromDay, type DayIndex } from '@shared/dates';

const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** A day in words: "14 May 2029". */
export function formatLongDate(date: IsoDate | DayIndex): string {
  const d = ymdFromDay(typeof date === 'number' ? date : dayFromIso(date));
  return `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

/** "a", "a and b", "a, b and c". */
export function joinWithAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Hours with up to two decimals, no trailing zeros: "10.5 h", "8 h". */
export function formatHours(hours: number): string {
  return `${Number((Math.round(hours * 100) / 100).toFixed(2))} h`;
}

/**
 * Dates as "3, 4 and 5 March", "30, 31 March and 1 April"; with years when the dates span more
 * than one year ("31 December 2026 and 1 January 2027"), or are not in `currentYear` when given
 * ("4 March 2031"). Sorted, duplicates dropped.
 */
export function formatDayList(dates: readonly (IsoDate | DayIndex)[], currentYear?: number): string {
  const days = [...new Set(dates.map((d) => (typeof d === 'number' ? d : dayFromIso(d))))].sort((a, b) => a - b);
  const ymds = days.map(ymdFromDay);
  const manyYears = ymds.some((d) => d.year !== ymds[0].year) || (currentYear !== undefined && ymds[0]?.year !== currentYear);
  const tokens = ymds.map((d, i) => {
    const next = ymds[i + 1];
    const lastOfMonth = !next || next.month !== d.month || next.year !== d.year;
    if (!lastOfMonth) return String(d.day);
    return `${d.day} ${MONTH_NAMES[d.month - 1]}${manyYears ? ` ${d.year}` : ''}`;
  });
  return joinWithAnd(tokens);
}

export interface DayFigures {
  date: IsoDate;
  booked: number;
  capacity: number;
}

/**
 * "10.5 h booked of 7.5 h on 3, 4 and 5 March". Days with different figures are grouped:
 * "10.5 h booked of 7.5 h on 3 and 4 March; 12 h booked of 7.5 h on 5 March".
 */
export function overAllocationMessage(days: readonly DayFigures[], currentYear?: number): string {
  const groups = new Map<string, { booked: number; capacity: number; dates: IsoDate[] }>();
  for (const d of days) {
    const booked = Math.round(d.booked * 100) / 100;
    const capacity = Math.round(d.capacity * 100) / 100;
    const key = `${booked}|${capacity}`;
    let group = groups.get(key);
    if (!group) {
      group = { booked, capacity, dates: [] };
      groups.set(key, group);
    }
    group.dates.push(d.date);
  }
  return [...groups.values()]
    .map((g) => `${formatHours(g.booked)} booked of ${formatHours(g.capacity)} on ${formatDayList(g.dates, currentYear)}`)
    .join('; ');
}
