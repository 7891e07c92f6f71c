// Per-person week and month totals from the day grids, and their share of the role totals.

import type { CapacityState } from '@shared/capacity/state';
import { UNITS_PER_HOUR } from '@shared/capacity/units';

/**
 * Recomputes person p's week and month rows from the day grids and moves the difference into
 * the role aggregates (primary role → supply/free, other roles → otherSupply/otherFree).
 * Sums are exact integers (seconds) until they are written out as hours. The days are walked
 * in segments (a week cut at month boundaries) so that the inner loop has no branches.
 */
export function aggregatePerson(state: CapacityState, p: number): void {
  const { timeline, week, month, role } = state;
  const n = timeline.days;
  const W = timeline.weeks;
  const M = timeline.months;
  const { segmentStart, segmentWeek, segmentMonth } = timeline;
  const segments = segmentWeek.length;
  const cap = state.capacity;
  const conf = state.confirmed;
  const tent = state.tentative;
  const base = p * n;
  const primary = state.personPrimaryRole[p] * W;
  const others = state.personOtherRoles[p];
  const wRow = p * W;
  const mRow = p * M;
  // Months are re-summed from zero.
  for (let m = 0; m < M; m++) {
    month.capacity[mRow + m] = 0;
    month.confirmed[mRow + m] = 0;
    month.tentative[mRow + m] = 0;
    month.free[mRow + m] = 0;
  }

  const weekOverDays = state.weekOverDays;
  let wc = 0, wa = 0, wt = 0, wf = 0, wo = 0;
  for (let k = 0; k < segments; k++) {
    let c = 0, a = 0, t = 0, f = 0, o = 0;
    for (let i = base + segmentStart[k], last = base + segmentStart[k + 1]; i < last; i++) {
      const ci = cap[i];
      const ai = conf[i];
      const ti = tent[i];
      const fi = ci - ai - ti;
      c += ci;
      a += ai;
      t += ti;
      f += fi > 0 ? fi : 0;
      o += fi < 0 ? 1 : 0;
    }
    const m = mRow + segmentMonth[k];
    month.capacity[m] += c / UNITS_PER_HOUR;
    month.confirmed[m] += a / UNITS_PER_HOUR;
    month.tentative[m] += t / UNITS_PER_HOUR;
    month.free[m] += f / UNITS_PER_HOUR;
    wc += c;
    wa += a;
    wt += t;
    wf += f;
    wo += o;
    const w = segmentWeek[k];
    if (k + 1 < segments && segmentWeek[k + 1] === w) continue;
    // Week w is complete.
    const wk = wRow + w;
    const newCap = wc / UNITS_PER_HOUR;
    const newFree = wf / UNITS_PER_HOUR;
    const dCap = newCap - week.capacity[wk];
    const dFree = newFree - week.free[wk];
    if (dCap !== 0 || dFree !== 0) {
      role.supply[primary + w] += dCap;
      role.free[primary + w] += dFree;
      for (let o = 0; o < others.length; o++) {
        role.otherSupply[others[o] * W + w] += dCap;
        role.otherFree[others[o] * W + w] += dFree;
      }
    }
    week.capacity[wk] = newCap;
    week.confirmed[wk] = wa / UNITS_PER_HOUR;
    week.tentative[wk] = wt / UNITS_PER_HOUR;
    week.free[wk] = newFree;
    weekOverDays[wk] = wo;
    wc = wa = wt = wf = wo = 0;
  }
}
