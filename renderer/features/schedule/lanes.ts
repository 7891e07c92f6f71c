import type { BookingView } from '@shared/contract';

/** Stacks overlapping bookings of one row into lanes; returns booking id → lane and the lane count. */
export function assignLanes(bookings: BookingView[]): { lane: Map<number, number>; count: number } {
  const sorted = [...bookings].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id - b.id));
  const ends: string[] = [];
  const lane = new Map<number, number>();
  for (const b of sorted) {
    let l = ends.findIndex((end) => end < b.start);
    if (l < 0) {
      l = ends.length;
      ends.push(b.end);
    } else ends[l] = b.end;
    lane.set(b.id, l);
  }
  return { lane, count: Math.max(1, ends.length) };
}
