import { dayFromIso, isoFromDay, roleWeekReport, type CapacityState } from '@shared/capacity';
import type { RoleWeek } from '@shared/contract';
import type { Id } from '@shared/domain';
import { roleBookedByWeek } from './roleBooked';

export interface RoleWeeksQuery {
  range: { start: string; end: string };
  weighted: boolean;
  includeOtherRoles: boolean;
  roleIds?: Id[];
}

/** Demand, supply, free, booked and shortfall per role and ISO week overlapping the range (role-major). */
export function roleWeeksIn(state: CapacityState, { range, weighted, includeOtherRoles, roleIds }: RoleWeeksQuery): RoleWeek[] {
  const booked = roleBookedByWeek(state); // same role-major, week-minor order as the report
  return roleWeekReport(state, { weighted, includeOtherRoles })
    .map((row, i) => ({ ...row, booked: booked[i] }))
    .filter((row) => row.weekStart <= range.end && isoFromDay(dayFromIso(row.weekStart) + 6) >= range.start)
    .filter((row) => !roleIds || roleIds.includes(row.roleId));
}
