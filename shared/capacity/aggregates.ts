// Per-person week totals from the day grids, and their share of the role totals.

import type { CapacityState } from '@shared/capacity/state';
import { UNITS_PER_HOUR } from '@shared/capacity/units';

/**
 * Recomputes person p's week row from the day grids, and moves their share of the role aggregates
 * (primary role → supply/free, other roles → otherSupply/otherFree) from the old row to the new.
 */
export function aggregatePerson(state: CapacityState, p: number): void {
  moveRoleShare(state, p, -1);
  writeWeekRow(state, p);
  moveRoleShare(state, p, 1);
}

/** Every person's week row and the role aggregates, which must be zero before (the build). */
export function aggregateEveryone(state: CapacityState): void {
  const P = state.people.length;
  for (let p = 0; p < P; p++) writeWeekRow(state, p);
  for (let p = 0; p < P; p++) moveRoleShare(state, p, 1);
}

/**
 * Person p's week row: capacity, confirmed, tentative and free hours, and over-allocated days.
 * Sums are exact integers (seconds) until they are written out as hours.
 *
 * Free is Σ max(0, capacity − booked) per day, taken as (capacity − booked) summed plus the excess
 * of the rare over-allocated days: that keeps the inner loop to sums and one unlikely branch,
 * which is what makes this pass over 3 × people × days cells cheap.
 */
function writeWeekRow(state: CapacityState, p: number): void {
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
    week.capacity[wk] = c / UNITS_PER_HOUR;
    week.confirmed[wk] = a / UNITS_PER_HOUR;
    week.tentative[wk] = t / UNITS_PER_HOUR;
    week.free[wk] = (c - a - t + excess) / UNITS_PER_HOUR;
    state.weekOverDays[wk] = over;
  }
}

/** Adds (sign 1) or takes out (sign −1) person p's week row in the role aggregates. */
function moveRoleShare(state: CapacityState, p: number, sign: 1 | -1): void {
  const { role, week } = state;
  const W = state.timeline.weeks;
  const row = p * W;
  addRow(role.supply, role.free, state.personPrimaryRole[p] * W, week.capacity, week.free, row, W, sign);
  const others = state.personOtherRoles[p];
  for (let o = 0; o < others.length; o++) addRow(role.otherSupply, role.otherFree, others[o] * W, week.capacity, week.free, row, W, sign);
}

function addRow(supply: Float64Array, free: Float64Array, at: number, cap: Float64Array, capFree: Float64Array, row: number, W: number, sign: number): void {
  for (let w = 0; w < W; w++) {
    supply[at + w] += sign * cap[row + w];
    free[at + w] += sign * capFree[row + w];
  }
}
