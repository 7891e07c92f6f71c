// Free hours as the Capacity view counts them (per day max(0, capacity − booked)): the one place the
// rule is written for "Who's free?" and the heatmap. Also what the heatmap adds to capacity and
// bookings: free hours per cell, the share of each cell's days outside the person's contract (drawn
// apart from a 0 % cell), and the order of people by free hours.

import { dayFromIso } from '@shared/dates';
import type { CapacityState } from '@shared/capacity/state';
import { hoursFromUnits } from '@shared/capacity/units';

/** Free grid units in cell k of the day grids: max(0, capacity − booked), tentative bookings taken unless said. */
export function freeUnitsAt(state: CapacityState, k: number, tentativeIsFree = false): number {
  const f = state.capacity[k] - state.confirmed[k] - (tentativeIsFree ? 0 : state.tentative[k]);
  return f > 0 ? f : 0;
}

/** Free grid units of person p over offsets [from, to]. */
export function freeUnitsOver(state: CapacityState, p: number, from: number, to: number, tentativeIsFree = false): number {
  const base = p * state.timeline.days;
  let free = 0;
  for (let k = base + Math.max(0, from), last = base + Math.min(to, state.timeline.days - 1); k <= last; k++) free += freeUnitsAt(state, k, tentativeIsFree);
  return free;
}

/** People ordered by free hours over the range, most free first; ties keep their order. */
export function byFreeHours(state: CapacityState, people: readonly number[], range: { start: string; end: string }): number[] {
  const rs = state.timeline.range.start;
  const from = dayFromIso(range.start) - rs;
  const to = dayFromIso(range.end) - rs;
  const free = new Float64Array(state.people.length);
  for (const p of people) free[p] = freeUnitsOver(state, p, from, to);
  return [...people].sort((a, b) => free[b] - free[a]);
}

/** Per row and bucket (row-major): free hours, and the share of the bucket's days outside the contract (0..1). */
export function freeAndInactive(state: CapacityState, people: readonly number[], buckets: readonly { start: string; end: string }[]): { free: number[]; inactive: number[] } {
  const rs = state.timeline.range.start;
  const spans = buckets.map((b) => ({ from: dayFromIso(b.start) - rs, to: dayFromIso(b.end) - rs }));
  const free: number[] = [];
  const inactive: number[] = [];
  for (const p of people) {
    const lo = state.personActiveFrom[p] - rs;
    const hi = state.personActiveTo[p] - rs;
    for (const s of spans) {
      free.push(Math.round(hoursFromUnits(freeUnitsOver(state, p, s.from, s.to)) * 1000) / 1000);
      const activeDays = Math.max(0, Math.min(hi, s.to) - Math.max(lo, s.from) + 1);
      inactive.push(1 - activeDays / (s.to - s.from + 1));
    }
  }
  return { free, inactive };
}
