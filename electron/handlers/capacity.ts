import { overAllocationRuns, personUtilisationTarget, utilisationGrid } from '@shared/capacity';
import { byFreeHours, freeAndInactive } from '@shared/capacity/gridFree';
import type { CapacityGrid, Handlers, RoleWeek } from '@shared/contract';
import { actualRoleWeeks } from '@shared/actuals/accuracy';
import { actualCells, type ActualCells } from '@shared/actuals/grid';
import type { ActualColumns } from '@shared/actuals/types';
import { dayFromIso, weekStartIso } from '@shared/dates';
import type { Id } from '@shared/domain';
import { actualsModelFor } from '../actuals/model';
import type { CapacityModel } from '../capacity/model';
import { personIndexesFor } from '../capacity/people';
import { primaryRoles } from '../db/repos/talent';
import { roleWeeksIn } from '@shared/capacity/views/roleWeeks';
import { localIsoDate, type HandlerContext } from './context';

const round = (values: Float64Array) => Array.from(values, (v) => Math.round(v * 1000) / 1000);

/** Capacity, utilisation, demand against supply, and over-allocation. */
export function capacityHandlers(ctx: HandlerContext, model: CapacityModel) {
  const { db } = ctx;
  // Warnings about another year than today's name it: "on 4 March 2031".
  const thisYear = () => Number(localIsoDate(ctx.now()).slice(0, 4));
  return {
    'capacity:grid': ({ range, bucket, filter, offset, limit, sort, actualPast }) => {
      const state = model.stateFor(range);
      const matching = personIndexesFor(db, state, filter);
      const all = sort === 'free' ? byFreeHours(state, matching, range) : matching;
      const rows = all.slice(offset, offset + limit);
      const grid = utilisationGrid(state, { range, bucket, personIndexes: rows });
      const answer = {
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
        ...freeAndInactive(state, rows, grid.buckets),
      };
      return actualPast ? withActuals(answer, actualCells(state, actualsModelFor(db).current(), rows, grid.buckets, localIsoDate(ctx.now()))) : answer;
    },
    'capacity:roleWeeks': (query) => {
      const rows = roleWeeksIn(model.stateFor(query.range), query);
      return query.actualPast ? withActualRoleWeeks(rows, actualsModelFor(db).current(), primaryRoles(db), localIsoDate(ctx.now())) : rows;
    },
    'capacity:overallocations': ({ range, filter }) => {
      const state = model.stateFor(range);
      const runs = overAllocationRuns(state, { range, personIndexes: personIndexesFor(db, state, filter), messages: true, currentYear: thisYear() });
      return runs.map((run) => ({
        talentId: run.talentId,
        name: state.people[run.personIndex].name,
        start: run.start,
        end: run.end,
        days: run.days,
        message: `${state.people[run.personIndex].name}: ${run.message ?? ''}`,
      }));
    },
  } satisfies Partial<Handlers>;
}

/**
 * Buckets that ended before today show the hours logged in place of the hours booked: confirmed
 * is what was worked, tentative 0, free the capacity the bucket's work left (per bucket).
 */
function withActuals(grid: CapacityGrid, cells: ActualCells): CapacityGrid {
  const B = grid.buckets.length;
  const confirmed = [...grid.confirmed];
  const tentative = [...grid.tentative];
  const free = [...grid.free];
  for (let r = 0; r < grid.people.length; r++) {
    for (let c = 0; c < cells.past; c++) {
      const i = r * B + c;
      const worked = Math.round(cells.hours[i] * 1000) / 1000;
      confirmed[i] = worked;
      tentative[i] = 0;
      free[i] = Math.max(0, Math.round((grid.capacity[i] - worked) * 1000) / 1000);
    }
  }
  return { ...grid, confirmed, tentative, free, actualBuckets: cells.past };
}

/** Weeks that ended before today get the hours logged by the role's people (by primary role). */
function withActualRoleWeeks(rows: RoleWeek[], actuals: ActualColumns, roleOf: ReadonlyMap<Id, Id>, today: string): RoleWeek[] {
  if (!rows.length) return rows;
  const first = dayFromIso(rows.reduce((a, r) => (r.weekStart < a ? r.weekStart : a), rows[0].weekStart));
  const weeks = Math.max(0, Math.floor((dayFromIso(weekStartIso(today)) - first) / 7));
  const worked = actualRoleWeeks(actuals, roleOf, first, weeks);
  return rows.map((r) => {
    const w = (dayFromIso(r.weekStart) - first) / 7;
    return w < weeks && r.roleId >= 0 ? { ...r, actual: Math.round((worked.get(r.roleId)?.[w] ?? 0) * 1000) / 1000 } : r;
  });
}
