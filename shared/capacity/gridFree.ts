// Figures the Capacity heatmap adds to capacity and bookings: free hours per cell (as "Who's free?"
// counts them: Σ per day max(0, capacity − booked)), the share of each cell's days outside the
// person's contract (drawn apart from a 0 % cell), and the order of people by free hours.

import { dayFromIso } from '@shared/capacity/days';
import type { CapacityState } from '@shared/capacity/state';
import { hoursFromUnits } from '@shared/capacity/units';

/** Free grid units of person p over offsets [from, to] (tentative bookings taken). */
export function freeUnitsOver(state: CapacityState, p: number, from: number, to: number): number {
  const { capacity, confirmed, tentative } = state;
  const base = p * state.timeline.days;
  let free = 0;
  for (let k = base + Math.max(0, from), last = base + Math.min(to, state.timeline.days - 1); k <= last; k++) {
    const f = capacity[k] - confirmed[k] - tentative[k];
    if (f > 0) free += f;
  }
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
