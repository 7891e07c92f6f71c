// Per-person week totals from the day grids, and their share of the role totals.

import type { CapacityState } from '@shared/capacity/state';
import { UNITS_PER_HOUR } from '@shared/capacity/units';

/**
 * Recomputes person p's week row from the day grids and moves the difference into the role
 * aggregates (primary role → supply/free, other roles → otherSupply/otherFree). Sums are exact
 * integers (seconds) until they are written out as hours.
 *
 * Free is Σ max(0, capacity − booked) per day, taken as (capacity − booked) summed plus the excess
 * of the rare over-allocated days: that keeps the inner loop to sums and one unlikely branch,
 * which is what makes this pass over 3 × people × days cells cheap.
 */
export function aggregatePerson(state: CapacityState, p: number): void {
  const { timeline, week } = state;
  const n = timeline.days;
  const W = timeline.weeks;
  const bounds = timeline.weekStartOffset;
  const cap = state.capacity;
  const conf = state.confirmed;
  const tent = state.tentative;
  const base = p * n;
  const wRow = p * W;
  for (let w = 0; w < W; w++) {
    let c = 0, a = 0, t = 0, excess = 0, over = 0;
    for (let i = base + bounds[w], last = base + bounds[w + 1]; i < last; i++) {
      const ci = cap[i];
      const ai = conf[i];
      const ti = tent[i];
      c += ci;
      a += ai;
      t += ti;
      const fi = ci - ai - ti;
      if (fi < 0) {
        over++;
        excess -= fi;
      }
    }
    const wk = wRow + w;
    const newCap = c / UNITS_PER_HOUR;
    const newFree = (c - a - t + excess) / UNITS_PER_HOUR;
    const dCap = newCap - week.capacity[wk];
    const dFree = newFree - week.free[wk];
    if (dCap !== 0 || dFree !== 0) moveRoleTotals(state, p, w, dCap, dFree);
    week.capacity[wk] = newCap;
    week.confirmed[wk] = a / UNITS_PER_HOUR;
    week.tentative[wk] = t / UNITS_PER_HOUR;
    week.free[wk] = newFree;
    state.weekOverDays[wk] = over;
  }
}

function moveRoleTotals(state: CapacityState, p: number, w: number, dCap: number, dFree: number): void {
  const { role } = state;
  const W = state.timeline.weeks;
  const primary = state.personPrimaryRole[p] * W + w;
  role.supply[primary] += dCap;
  role.free[primary] += dFree;
  const others = state.personOtherRoles[p];
  for (let o = 0; o < others.length; o++) {
    role.otherSupply[others[o] * W + w] += dCap;
    role.otherFree[others[o] * W + w] += dFree;
  }
}
