// Day-level figures of one person over a window of the capacity state's grids (offsets, inclusive):
// free hours (tentative bookings taken or not), capacity, booked hours.
import { dayFromIso, hoursFromUnits, isoFromDay, type CapacityState } from '@shared/capacity';

/** A window as offsets into the state's day grids; empty when from > to. */
export interface OffsetWindow {
  from: number;
  to: number;
}

/** [max(start, today), end] clipped to the state's range, as grid offsets. */
export function windowFromToday(state: CapacityState, start: string, end: string, today: string): OffsetWindow {
  const rs = state.timeline.range.start;
  const s = Math.max(dayFromIso(start), dayFromIso(today), rs);
  const e = Math.min(dayFromIso(end), state.timeline.range.end);
  return { from: s - rs, to: e - rs };
}

export const isoOfOffset = (state: CapacityState, offset: number): string => isoFromDay(state.timeline.range.start + offset);

/** Free grid units of person p on day offset i. */
export function freeUnits(state: CapacityState, p: number, i: number, includeTentative: boolean): number {
  const k = p * state.timeline.days + i;
  const f = state.capacity[k] - state.confirmed[k] - (includeTentative ? state.tentative[k] : 0);
  return f > 0 ? f : 0;
}

export interface WindowFigures {
  free: number;
  capacity: number;
  booked: number;
}

/** Free, capacity and booked (confirmed + tentative) hours of person p over the window. */
export function windowFigures(state: CapacityState, p: number, w: OffsetWindow, includeTentative: boolean): WindowFigures {
  const base = p * state.timeline.days;
  const { capacity, confirmed, tentative } = state;
  let free = 0, cap = 0, booked = 0;
  for (let k = base + w.from, last = base + w.to; k <= last; k++) {
    const c = capacity[k], conf = confirmed[k], tent = tentative[k];
    cap += c;
    booked += conf + tent;
    const f = c - conf - (includeTentative ? tent : 0);
    if (f > 0) free += f;
  }
  return { free: hoursFromUnits(free), capacity: hoursFromUnits(cap), booked: hoursFromUnits(booked) };
}
