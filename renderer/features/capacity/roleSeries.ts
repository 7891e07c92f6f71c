// Shapes capacity:roleWeeks rows for the charts and the shortfall table. Pure.

import type { RoleWeek } from '@shared/contract';

export interface WeekPoint {
  weekStart: string;
  demand: number;
  supply: number;
  booked: number;
  free: number;
  /** Demand above free capacity; 0 when covered. */
  shortfall: number;
  /** Hours logged (weeks that ended, with "Actual for past weeks"). */
  actual?: number;
}

export interface RoleSeries {
  roleId: number;
  roleName: string;
  points: WeekPoint[];
  totalShortfall: number;
  peakShortfall: number;
  /** Σ demand over the weeks: for "No role yet", the figure shown instead of a shortfall. */
  totalDemand: number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** One series per role, in the order rows arrive; weeks in order within each. */
export function roleSeries(rows: RoleWeek[]): RoleSeries[] {
  const byRole = new Map<number, RoleSeries>();
  for (const row of rows) {
    let s = byRole.get(row.roleId);
    if (!s) {
      s = { roleId: row.roleId, roleName: row.roleName, points: [], totalShortfall: 0, peakShortfall: 0, totalDemand: 0 };
      byRole.set(row.roleId, s);
    }
    const shortfall = Math.max(0, r1(row.shortfall));
    s.points.push({ weekStart: row.weekStart, demand: r1(row.demand), supply: r1(row.supply), booked: r1(row.booked), free: r1(row.free), shortfall, ...(row.actual === undefined ? {} : { actual: r1(row.actual) }) });
    s.totalShortfall += shortfall;
    s.totalDemand += row.demand;
    s.peakShortfall = Math.max(s.peakShortfall, shortfall);
  }
  for (const s of byRole.values()) s.points.sort((a, b) => a.weekStart.localeCompare(b.weekStart));
  return [...byRole.values()];
}

/** The role-weeks with the largest shortfall, worst first. Demand with no role yet (role −1) is nobody's shortfall. */
export function worstShortfalls(rows: RoleWeek[], limit = 10): RoleWeek[] {
  return rows
    .filter((r) => r.roleId >= 0 && r.shortfall > 0.05)
    .sort((a, b) => b.shortfall - a.shortfall || a.weekStart.localeCompare(b.weekStart))
    .slice(0, limit);
}
