import type { CapacityState } from '@shared/capacity';

/** Booked hours (confirmed + tentative) of each role's primary people, per role key × week. */
export function roleBookedByWeek(state: CapacityState): Float64Array {
  const W = state.timeline.weeks;
  const out = new Float64Array(state.roleIds.length * W);
  const { confirmed, tentative } = state.week;
  for (let p = 0; p < state.people.length; p++) {
    const r = state.personPrimaryRole[p];
    if (r < 0) continue;
    for (let w = 0; w < W; w++) out[r * W + w] += confirmed[p * W + w] + tentative[p * W + w];
  }
  return out;
}
