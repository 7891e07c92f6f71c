import { bucketsIn, isWeekend } from './days';
import { loadFill, loadLevel } from './load';
import type { Load, LoadLevel, Zoom } from './types';

/** One bucket of a row that is drawn: its background and its load strip. */
export interface ShadeCell {
  start: number;
  days: number;
  /** 'hol': a public holiday or studio closure; 'off': a day the person doesn't work. */
  bg: 'hol' | 'off' | null;
  level: LoadLevel | null;
  /** 0..4 for a free bucket: how much of it is booked. */
  fill: number;
}

export interface RowShadeInput {
  loads: Map<number, Load> | undefined;
  holidays: Map<number, string> | undefined;
  closures: Map<number, string>;
}

/**
 * The buckets of one row in [from, to] that need more than the grid lines: holidays and closures,
 * days the person doesn't work, and buckets with hours booked (their load level). A working day with
 * nothing booked is not listed.
 */
export function shadeCells(row: RowShadeInput, from: number, to: number, zoom: Zoom): ShadeCell[] {
  const out: ShadeCell[] = [];
  for (const { start, days } of bucketsIn(from, to, zoom)) {
    const load = row.loads?.get(start);
    const booked = load ? load.conf + load.tent > 0.001 : false;
    let bg: ShadeCell['bg'] = null;
    if (zoom === 'day' && (row.closures.has(start) || row.holidays?.has(start))) bg = 'hol';
    else if (load && load.cap <= 0 && !(zoom === 'day' && isWeekend(start))) bg = 'off';
    if (!bg && !booked) continue;
    const level = loadLevel(load);
    out.push({ start, days, bg, level, fill: level === 'free' ? loadFill(load) : 0 });
  }
  return out;
}
