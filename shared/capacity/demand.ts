// Demand: a line's open hours spread evenly over the days its role can work in its window.

import { weekdayOfDay, type DayIndex } from '@shared/dates';
import type { CapacityState } from '@shared/capacity/state';

/** How a line's open hours are spread (`lineSpreadMode`). */
export const SPREAD_ROLE_DAYS = 0;
export const SPREAD_STUDIO_DAYS = 1;
export const SPREAD_EVERY_DAY = 2;

/** Studio working day: Monday–Friday and not a closure (region holidays don't count). */
export function isStudioWorkingDay(closureDays: ReadonlySet<DayIndex>, day: DayIndex): boolean {
  return weekdayOfDay(day) < 5 && !closureDays.has(day);
}

/** Number of studio working days in [start, end]. */
export function studioWorkingDaysIn(closureDays: ReadonlySet<DayIndex>, start: DayIndex, end: DayIndex): number {
  let count = 0;
  for (let d = start; d <= end; d++) if (isStudioWorkingDay(closureDays, d)) count++;
  return count;
}

/** Below this many open hours (18 seconds) a line counts as filled, on every screen. */
export const MIN_OPEN_HOURS = 0.005;

/** Open hours of line l: hours − booked against it, floored at 0. */
export function lineOpenHours(state: CapacityState, l: number): number {
  const open = state.lines[l].hours - state.lineBooked[l];
  return open > 0 ? open : 0;
}

/** Role indexes person p holds: the primary role, then the other roles. */
export function personRoleIndexes(state: CapacityState, p: number): readonly number[] {
  return [state.personPrimaryRole[p], ...state.personOtherRoles[p]];
}

/** Adds (sign 1) or takes away (−1) person p's days with capacity to the roles they hold. */
export function countRoleWorkers(state: CapacityState, p: number, sign: 1 | -1): void {
  const n = state.timeline.days;
  const base = p * n;
  const { capacity, roleDayWorkers } = state;
  for (const r of personRoleIndexes(state, p)) {
    const row = r * n;
    for (let i = 0; i < n; i++) if (capacity[base + i] > 0) roleDayWorkers[row + i] += sign;
  }
}

/**
 * Chooses the days line l's open hours spread over: the days of its window when someone who
 * holds its role (primary or other role) has capacity; outside the planning range, where
 * capacity isn't known, the studio's working days stand in. When no day qualifies: the studio's
 * working days of the window, and when there are none either, every day of it.
 */
export function planLineSpread(state: CapacityState, l: number): void {
  const start = state.lineStart[l];
  const end = state.lineEnd[l];
  const { timeline, closureDays, roleDayWorkers } = state;
  const rs = timeline.range.start;
  const re = timeline.range.end;
  let days = 0;
  if (end >= start) {
    const row = state.lineRole[l] * timeline.days - rs;
    for (let d = Math.max(start, rs), to = Math.min(end, re); d <= to; d++) if (roleDayWorkers[row + d] > 0) days++;
    if (start < rs) days += studioWorkingDaysIn(closureDays, start, Math.min(end, rs - 1));
    if (end > re) days += studioWorkingDaysIn(closureDays, Math.max(start, re + 1), end);
  }
  let mode = SPREAD_ROLE_DAYS;
  if (days === 0) {
    days = end >= start ? studioWorkingDaysIn(closureDays, start, end) : 0;
    mode = SPREAD_STUDIO_DAYS;
  }
  if (days === 0) {
    days = Math.max(0, end - start + 1);
    mode = SPREAD_EVERY_DAY;
  }
  state.lineSpreadDays[l] = days;
  state.lineSpreadMode[l] = mode;
}

/** Whether line l's open hours go on day i of the timeline (an offset from the range start). */
export function isLineSpreadDay(state: CapacityState, l: number, i: number): boolean {
  const mode = state.lineSpreadMode[l];
  if (mode === SPREAD_ROLE_DAYS) return state.roleDayWorkers[state.lineRole[l] * state.timeline.days + i] > 0;
  if (mode === SPREAD_STUDIO_DAYS) return state.timeline.weekday[i] < 5 && state.closureMask[i] === 0;
  return true;
}

/** The days in [from, to] (timeline offsets) that line l's open hours go on. */
export function lineSpreadDaysIn(state: CapacityState, l: number, from: number, to: number): number {
  let days = 0;
  for (let i = Math.max(0, from); i <= Math.min(to, state.timeline.days - 1); i++) if (isLineSpreadDay(state, l, i)) days++;
  return days;
}

/**
 * Adds `openDelta` open hours of line l to its role's weekly demand (weighted and unweighted),
 * evenly over the days `planLineSpread` chose.
 */
export function spreadLineDemand(state: CapacityState, l: number, openDelta: number): void {
  if (openDelta === 0) return;
  const line = state.lines[l];
  const c = state.campaignIndexById.get(line.campaignId);
  if (c === undefined) return;
  const weighted = state.campaignWeight[c];
  const unweighted = state.campaignWeightUnweighted[c];
  if (unweighted === 0) return;
  const start = state.lineStart[l];
  const end = state.lineEnd[l];
  const days = state.lineSpreadDays[l];
  if (end < start || days === 0) return;
  const perDay = openDelta / days;
  const { timeline } = state;
  const rs = timeline.range.start;
  const from = Math.max(start, rs) - rs;
  const to = Math.min(end, timeline.range.end) - rs;
  const row = state.lineRole[l] * timeline.weeks;
  const demand = state.role.demand;
  const demandUnweighted = state.role.demandUnweighted;
  for (let i = from; i <= to; i++) {
    if (!isLineSpreadDay(state, l, i)) continue;
    const w = row + timeline.weekOf[i];
    demand[w] += perDay * weighted;
    demandUnweighted[w] += perDay * unweighted;
  }
}

/** Lines whose role is one of `roles`. */
function linesOfRoles(state: CapacityState, roles: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (let l = 0; l < state.lines.length; l++) if (roles.has(state.lineRole[l])) out.push(l);
  return out;
}

/**
 * After person p's capacity row changed (from `before`): updates the role workers, and when a
 * role gains its first or loses its last worker on a day, re-spreads that role's lines.
 */
export function recountRoleWorkers(state: CapacityState, p: number, before: Int32Array): void {
  const n = state.timeline.days;
  const base = p * n;
  const { capacity, roleDayWorkers } = state;
  const roles = personRoleIndexes(state, p);
  const flipped = new Set<number>();
  for (let i = 0; i < n; i++) {
    const was = before[i] > 0;
    if (was === capacity[base + i] > 0) continue;
    for (const r of roles) {
      const count = roleDayWorkers[r * n + i];
      if (count === (was ? 1 : 0)) flipped.add(r);
    }
  }
  const lines = flipped.size ? linesOfRoles(state, flipped) : [];
  for (const l of lines) spreadLineDemand(state, l, -lineOpenHours(state, l));
  for (let i = 0; i < n; i++) {
    const was = before[i] > 0;
    if (was === capacity[base + i] > 0) continue;
    for (const r of roles) roleDayWorkers[r * n + i] += was ? -1 : 1;
  }
  for (const l of lines) {
    planLineSpread(state, l);
    spreadLineDemand(state, l, lineOpenHours(state, l));
  }
}
