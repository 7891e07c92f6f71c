import { overAllocationRuns, personUtilisationTarget, utilisationGrid } from '@shared/capacity';
import { byFreeHours, freeAndInactive } from '@shared/capacity/gridFree';
import type { Handlers } from '@shared/contract';
import type { CapacityModel } from '../capacity/model';
import { personIndexesFor } from '../capacity/people';
import { roleWeeksIn } from '@shared/capacity/views/roleWeeks';
import { localIsoDate, type HandlerContext } from './context';

const round = (values: Float64Array) => Array.from(values, (v) => Math.round(v * 1000) / 1000);

/** Capacity, utilisation, demand against supply, and over-allocation. */
export function capacityHandlers(ctx: HandlerContext, model: CapacityModel) {
  const { db } = ctx;
  // Warnings about another year than today's name it: "on 4 March 2031".
  const thisYear = () => Number(localIsoDate(ctx.now()).slice(0, 4));
  return {
    'capacity:grid': ({ range, bucket, filter, offset, limit, sort }) => {
      const state = model.stateFor(range);
      const matching = personIndexesFor(db, state, filter);
      const all = sort === 'free' ? byFreeHours(state, matching, range) : matching;
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
        ...freeAndInactive(state, rows, grid.buckets),
      };
    },
    'capacity:roleWeeks': (query) => roleWeeksIn(model.stateFor(query.range), query),
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
