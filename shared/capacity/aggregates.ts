// Per-person week and month totals from the day grids, and their share of the role totals.

import type { CapacityState } from '@shared/capacity/state';
import { UNITS_PER_HOUR } from '@shared/capacity/units';

/**
 * Recomputes person p's week and month rows from the day grids and moves the difference into
 * the role aggregates (primary role → supply/free, other roles → otherSupply/otherFree).
 * Sums are exact integers (seconds) until they are written out as hours.
 */
export function aggregatePerson(state: CapacityState, p: number): void {
  const { timeline, week, month, role } = state;
  const n = timeline.days;
  const W = timeline.weeks;
  const M = timeline.months;
  const weekOf = timeline.weekOf;
  const monthOf = timeline.monthOf;
  const cap = state.capacity;
  const conf = state.confirmed;
  const tent = state.tentative;
  const base = p * n;
  const primary = state.personPrimaryRole[p] * W;
  const others = state.personOtherRoles[p];
  const wRow = p * W;
  const mRow = p * M;

  let w = weekOf[0];
  let m = monthOf[0];
  let wc = 0, wa = 0, wt = 0, wf = 0;
  let mc = 0, ma = 0, mt = 0, mf = 0;
  for (let i = 0; i <= n; i++) {
    const last = i === n;
    if (last || weekOf[i] !== w) {
      const k = wRow + w;
      const newCap = wc / UNITS_PER_HOUR;
      const newFree = wf / UNITS_PER_HOUR;
      const dCap = newCap - week.capacity[k];
      const dFree = newFree - week.free[k];
      if (dCap !== 0 || dFree !== 0) {
        role.supply[primary + w] += dCap;
        role.free[primary + w] += dFree;
        for (let o = 0; o < others.length; o++) {
          role.otherSupply[others[o] * W + w] += dCap;
          role.otherFree[others[o] * W + w] += dFree;
        }
      }
      week.capacity[k] = newCap;
      week.confirmed[k] = wa / UNITS_PER_HOUR;
      week.tentative[k] = wt / UNITS_PER_HOUR;
      week.free[k] = newFree;
      wc = wa = wt = wf = 0;
      if (!last) w = weekOf[i];
    }
    if (last || monthOf[i] !== m) {
      const k = mRow + m;
      month.capacity[k] = mc / UNITS_PER_HOUR;
      month.confirmed[k] = ma / UNITS_PER_HOUR;
      month.tentative[k] = mt / UNITS_PER_HOUR;
      month.free[k] = mf / UNITS_PER_HOUR;
      mc = ma = mt = mf = 0;
      if (!last) m = monthOf[i];
    }
    if (last) break;
    const c = cap[base + i];
    const a = conf[base + i];
    const t = tent[base + i];
    const f = c - a - t;
    const free = f > 0 ? f : 0;
    wc += c;
    wa += a;
    wt += t;
    wf += free;
    mc += c;
    ma += a;
    mt += t;
    mf += free;
  }
}
