import { dayFromIso, timelineWeekOfDay, type CapacityState } from '@shared/capacity';

export interface RoleSupply {
  supply: number[];
  free: number[];
  booked: number[];
}

/**
 * Supply, free and booked hours per primary role and week, summed over the given people only:
 * what the role aggregates hold when a snapshot narrows its people by kind or tag.
 */
export function roleSeriesFromPeople(state: CapacityState, personIndexes: readonly number[], weeks: readonly string[]): Map<number, RoleSupply> {
  const W = state.timeline.weeks;
  const columns = weeks.map((w) => timelineWeekOfDay(state.timeline, dayFromIso(w)));
  const out = new Map<number, RoleSupply>();
  const { capacity, free, confirmed, tentative } = state.week;
  for (const p of personIndexes) {
    const roleId = state.people[p].primaryRoleId;
    let series = out.get(roleId);
    if (!series) {
      series = { supply: weeks.map(() => 0), free: weeks.map(() => 0), booked: weeks.map(() => 0) };
      out.set(roleId, series);
    }
    columns.forEach((w, i) => {
      const k = p * W + w;
      series.supply[i] += capacity[k];
      series.free[i] += free[k];
      series.booked[i] += confirmed[k] + tentative[k];
    });
  }
  return out;
}
