import type { BookingView } from '@shared/contract';
import type { GridRow } from './types';

/** What the pointer and keyboard handlers need to know about the grid as drawn now. */
export interface GridContext {
  scroller: HTMLDivElement | null;
  body: HTMLDivElement | null;
  rows: GridRow[];
  /** talent id → row index */
  rowOf: Map<number, number>;
  /** talent id → its loaded bookings, by start */
  byTalent: Map<number, BookingView[]>;
  axisStart: number;
  dayW: number;
}

/**
 * Bookings by person, sorted by start. Lists equal (same bookings) to the previous index's are kept
 * as they were, so rows whose bookings didn't change don't re-render.
 */
export function indexByTalent(bookings: Map<number, BookingView>, prev?: Map<number, BookingView[]>): Map<number, BookingView[]> {
  const out = new Map<number, BookingView[]>();
  for (const b of bookings.values()) {
    const list = out.get(b.talentId);
    if (list) list.push(b);
    else out.set(b.talentId, [b]);
  }
  for (const [talentId, list] of out) {
    list.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id - b.id));
    const old = prev?.get(talentId);
    if (old && old.length === list.length && old.every((b, i) => b === list[i])) out.set(talentId, old);
  }
  return out;
}
