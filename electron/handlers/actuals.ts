import { forecastAccuracy } from '@shared/actuals/accuracy';
import { plannedVsActual } from '@shared/actuals/compare';
import type { Handlers, ParsedInput } from '@shared/contract';
import { formatLongDate } from '@shared/capacity/warnings';
import { exportActuals } from '../actuals/exportActuals';
import { actualsModelFor } from '../actuals/model';
import type { CapacityModel } from '../capacity/model';
import { personIndexesFor } from '../capacity/people';
import { actualsByKey, deleteActualByKey, listActuals, upsertActuals } from '../db/repos/actuals';
import { getCampaign } from '../db/repos/campaigns';
import { recordChange } from '../db/repos/history';
import { snapshotPlans } from '../db/repos/snapshots';
import { getTalent, primaryRoles } from '../db/repos/talent';
import type { IoTasks } from '../io/task';
import { localIsoDate, type HandlerContext } from './context';
import { found } from './found';

/** A hand entry's key: one per person, campaign and day (setting it again replaces it). */
const handKey = (talentId: number, campaignId: number, date: string) => `hand:${talentId}:${campaignId}:${date}`;
const hoursText = (h: number) => `${Number(h.toFixed(2))} h`;

/** Actuals entered by hand, listed, and compared with the plan. Imports go through io:importCommit. */
export function actualsHandlers(ctx: HandlerContext, model: CapacityModel, tasks: IoTasks) {
  const { db } = ctx;
  const actuals = actualsModelFor(db);
  const compare = ({ range, filter, campaignId, confirmedOnly }: ParsedInput<'actuals:compare'>) => {
    const state = model.stateFor(range);
    const personIndexes = personIndexesFor(db, state, filter);
    return plannedVsActual(state, actuals.current(), { range, today: localIsoDate(ctx.now()), personIndexes, confirmedOnly, campaignId });
  };
  return {
    'actuals:list': ({ range, talentId, campaignId }) =>
      listActuals(db, { from: range.start, to: range.end, talentIds: talentId ? [talentId] : undefined, campaignIds: campaignId ? [campaignId] : undefined }),
    'actuals:set': ({ talentId, campaignId, date, hours, note }) => {
      const person = found(getTalent(db, talentId), 'person', 'talentId');
      const campaign = found(getCampaign(db, campaignId), 'campaign', 'campaignId');
      const key = handKey(talentId, campaignId, date);
      const where = `${person.name} on ${campaign.name}, ${formatLongDate(date)}`;
      // Nothing in the capacity state depends on actuals: the write keeps it current.
      return model.applyWrite(
        () =>
          recordChange(db, hours === 0 ? `Remove the hours logged for ${where}` : `Log ${hoursText(hours)} for ${where}`, () => {
            if (hours === 0) {
              deleteActualByKey(db, key);
              return { actual: null };
            }
            upsertActuals(db, [{ talentId, campaignId, date, hours, source: 'hand', sourceKey: key, note, cost: null, currency: null }]);
            return { actual: actualsByKey(db, { keys: [key] }).get(key) ?? null };
          }),
        () => ({}),
      );
    },
    'actuals:compare': compare,
    // The same comparison the view shows, written to a file.
    'actuals:export': (input) => exportActuals(ctx, input, compare(input), tasks),
    'actuals:accuracy': () => forecastAccuracy(snapshotPlans(db), actuals.current(), primaryRoles(db), localIsoDate(ctx.now())),
  } satisfies Partial<Handlers>;
}
