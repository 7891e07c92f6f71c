// One person's days in a "Who's free?" answer: what each day is (working, time off, weekend,
// holiday, closure, outside the contract), and the booking its Book button proposes.

import type { FreeBookingSuggestion, FreeDayStatus } from '@shared/contract/availability';
import { dayFromIso, isoFromDay } from '@shared/dates';
import { freeUnitsAt } from '@shared/capacity/gridFree';
import type { CapacityState } from '@shared/capacity/state';

const QUARTER = 900; // grid units (seconds) in a quarter hour
const MAX_QUARTERS = 96; // a booking holds at most 24 h a day

/** What grid offset i is for person p. */
export function freeDayStatus(state: CapacityState, p: number, i: number): FreeDayStatus {
  const day = state.timeline.range.start + i;
  if (day < state.personActiveFrom[p] || day > state.personActiveTo[p]) return 'inactive';
  if (state.closureMask[i]) return 'closed';
  if (state.personBlocked[p][i]) return 'holiday';
  if (!state.working[p * state.timeline.days + i]) return 'off';
  const away = state.personTimeOff[p].some((t) => dayFromIso(t.start) <= day && day <= dayFromIso(t.end));
  return away ? 'timeOff' : 'work';
}

/**
 * The largest booking at one steady number of hours a day (whole quarter hours) that fits p's free
 * hours on consecutive working days of [from, to] without over-allocating any of them; days that are
 * not working days (weekends, holidays, closures) carry no hours and don't break the run. The earliest
 * of equal ones, and of those the one with more hours a day. Null when no working day has a free
 * quarter hour.
 */
export function steadyBooking(state: CapacityState, p: number, from: number, to: number, tentativeIsFree: boolean): FreeBookingSuggestion | null {
  const base = p * state.timeline.days;
  const offsets: number[] = [];
  const h: number[] = [];
  for (let i = from; i <= to; i++) {
    const k = base + i;
    if (!state.working[k]) continue;
    offsets.push(i);
    h.push(Math.min(MAX_QUARTERS, Math.floor(freeUnitsAt(state, k, tentativeIsFree) / QUARTER)));
  }
  const m = h.length;
  const left = new Array<number>(m);
  const right = new Array<number>(m);
  const stack: number[] = [];
  for (let i = 0; i < m; i++) {
    while (stack.length && h[stack[stack.length - 1]] >= h[i]) stack.pop();
    left[i] = stack.length ? stack[stack.length - 1] + 1 : 0;
    stack.push(i);
  }
  stack.length = 0;
  for (let i = m - 1; i >= 0; i--) {
    while (stack.length && h[stack[stack.length - 1]] >= h[i]) stack.pop();
    right[i] = stack.length ? stack[stack.length - 1] - 1 : m - 1;
    stack.push(i);
  }
  let best = -1;
  let bestArea = 0;
  for (let i = 0; i < m; i++) {
    const area = h[i] * (right[i] - left[i] + 1);
    if (area === 0) continue;
    const better = area > bestArea || (area === bestArea && (left[i] < left[best] || (left[i] === left[best] && h[i] > h[best])));
    if (better) [best, bestArea] = [i, area];
  }
  if (best < 0) return null;
  const rs = state.timeline.range.start;
  const days = right[best] - left[best] + 1;
  return {
    start: isoFromDay(rs + offsets[left[best]]),
    end: isoFromDay(rs + offsets[right[best]]),
    hoursPerDay: h[best] / 4,
    days,
    totalHours: (h[best] * days) / 4,
  };
}
