// Demand: a line's open hours spread evenly over the studio's working days of its window.

import { weekdayOfDay, type DayIndex } from '@shared/capacity/days';
import type { CapacityState } from '@shared/capacity/state';

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

/** Open hours of line l: hours − booked against it, floored at 0. */
export function lineOpenHours(state: CapacityState, l: number): number {
  const open = state.lines[l].hours - state.lineBooked[l];
  return open > 0 ? open : 0;
}

/**
 * Adds `openDelta` open hours of line l to its role's weekly demand (weighted and unweighted):
 * evenly over the studio working days of its window, or over every day of it when it has none.
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
  if (end < start) return;
  const studioDays = state.lineStudioDays[l];
  const perDay = openDelta / (studioDays > 0 ? studioDays : end - start + 1);
  const { timeline, closureMask } = state;
  const rs = timeline.range.start;
  const from = Math.max(start, rs) - rs;
  const to = Math.min(end, timeline.range.end) - rs;
  const W = timeline.weeks;
  const row = state.lineRole[l] * W;
  const demand = state.role.demand;
  const demandUnweighted = state.role.demandUnweighted;
  for (let i = from; i <= to; i++) {
    if (studioDays > 0 && (timeline.weekday[i] >= 5 || closureMask[i] === 1)) continue;
    const w = row + timeline.weekOf[i];
    demand[w] += perDay * weighted;
    demandUnweighted[w] += perDay * unweighted;
  }
}
