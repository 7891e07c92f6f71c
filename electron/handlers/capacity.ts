import {
  checkBookingChange, dayFromIso, isoFromDay, overAllocationRuns, personUtilisationTarget, roleWeekReport, utilisationGrid,
} from '@shared/capacity';
import type { Handlers } from '@shared/contract';
import type { CapacityModel } from '../capacity/model';
import { personIndexesFor } from '../capacity/people';
import { roleBookedByWeek } from '../capacity/roleBooked';
import type { HandlerContext } from './context';

const round = (values: Float64Array) => Array.from(values, (v) => Math.round(v * 1000) / 1000);

/** Capacity, utilisation, demand against supply, and over-allocation. */
export function capacityHandlers(ctx: HandlerContext, model: CapacityModel) {
  const { db } = ctx;
  return {
    'capacity:grid': ({ range, bucket, filter, offset, limit }) => {
      const state = model.state();
      const all = personIndexesFor(db, state, filter);
      const rows = all.slice(offset, offset + limit);
      const grid = utilisationGrid(state, { range, bucket, personIndexes: rows });
      return {
        totalRows: all.length,
        offset,
        people: rows.map((p) => {
          const t = state.people[p];
          return { id: t.id, name: t.name, kind: t.kind, primaryRoleId: t.primaryRoleId, team: t.team, target: personUtilisationTarget(state, p) };
        }),
        buckets: grid.buckets,
        capacity: round(grid.capacity),
        confirmed: round(grid.confirmed),
        tentative: round(grid.tentative),
      };
    },
    'capacity:roleWeeks': ({ range, weighted, includeOtherRoles, roleIds }) => {
      const state = model.state();
      const booked = roleBookedByWeek(state); // same role-major, week-minor order as the report
      return roleWeekReport(state, { weighted, includeOtherRoles })
        .map((row, i) => ({ ...row, booked: booked[i] }))
        .filter((row) => row.weekStart <= range.end && isoFromDay(dayFromIso(row.weekStart) + 6) >= range.start)
        .filter((row) => !roleIds || roleIds.includes(row.roleId));
    },
    'capacity:overallocations': ({ range, filter }) => {
      const state = model.state();
      const runs = overAllocationRuns(state, { range, personIndexes: personIndexesFor(db, state, filter), messages: true });
      return runs.map((run) => ({
        talentId: run.talentId,
        name: state.people[run.personIndex].name,
        start: run.start,
        end: run.end,
        days: run.days,
        message: `${state.people[run.personIndex].name}: ${run.message ?? ''}`,
      }));
    },
    'bookings:check': (input) => {
      const state = model.state();
      const now = ctx.now().toISOString();
      const check = checkBookingChange(state, { note: '', createdAt: now, updatedAt: now, ...input, id: input.id ?? -1 });
      const name = state.people[state.personIndexById.get(input.talentId) ?? -1]?.name ?? 'This person';
      return {
        message: check.message ? `${name}: ${check.message}` : null,
        days: check.days,
        totalHours: check.totalHours,
      };
    },
  } satisfies Partial<Handlers>;
}
