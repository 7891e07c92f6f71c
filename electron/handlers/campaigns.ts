import { formatLongDate, MIN_OPEN_HOURS } from '@shared/capacity';
import { campaignRecords } from '@shared/contract/campaigns';
import type { CampaignSummary, DemandLineSummary, Handlers, ParsedInput } from '@shared/contract';
import { campaignNeedsPeople, type Campaign } from '@shared/domain';
import { AppError } from '@shared/errors';
import { deleteBookingsOf, detachBookingsFromLine } from '../db/repos/bookings';
import {
  deleteCampaign, getCampaign, insertCampaign, listCampaigns, listClients, updateCampaign,
} from '../db/repos/campaigns';
import {
  deleteDemandLine, deleteDemandLinesOfCampaign, getDemandLine, insertDemandLine, listDemandLines, updateDemandLine,
} from '../db/repos/demandLines';
import { recordChange } from '../db/repos/history';
import { deletePhasesOfCampaign } from '../db/repos/phases';
import { getRole } from '../db/repos/roles';
import { getSkill } from '../db/repos/skills';
import type { Db } from '../db/open';
import type { CapacityModel } from '../capacity/model';
import type { HandlerContext } from './context';
import { bookedFigures, costFigures } from './figures';
import { getReportingCurrency } from '../db/repos/money';
import { found } from './found';
import { mergePatch } from './patch';
import { bookingImpact } from './impact';

/** Whether a campaign still needs people (`campaignNeedsPeople`): others have no open demand. */
function needsPeopleIn(model: CapacityModel): (campaignId: number) => boolean {
  const state = model.state();
  return (campaignId) => {
    const c = state.campaignIndexById.get(campaignId);
    return c !== undefined && campaignNeedsPeople(state.campaigns[c].status);
  };
}

function summarise(db: Db, model: CapacityModel, campaigns: Campaign[]): CampaignSummary[] {
  if (campaigns.length === 0) return [];
  const figures = bookedFigures(model);
  const needsPeople = needsPeopleIn(model);
  const lines = new Map<number, { demand: number; booked: number; open: number }>();
  for (const line of listDemandLines(db, { campaignIds: campaigns.map((c) => c.id) })) {
    const sum = lines.get(line.campaignId) ?? { demand: 0, booked: 0, open: 0 };
    const booked = figures.hoursByLine.get(line.id) ?? 0;
    sum.demand += line.hours;
    sum.booked += booked;
    if (needsPeople(line.campaignId)) sum.open += Math.max(0, line.hours - booked);
    lines.set(line.campaignId, sum);
  }
  const reporting = getReportingCurrency(db);
  return campaigns.map((c) => ({
    ...c,
    demandHours: lines.get(c.id)?.demand ?? 0,
    bookedHours: figures.hoursByCampaign.get(c.id) ?? 0,
    lineBookedHours: lines.get(c.id)?.booked ?? 0,
    openHours: lines.get(c.id)?.open ?? 0,
    outsideHours: figures.outsideByCampaign.get(c.id) ?? 0,
    ...costFigures(c, figures.costs.get(c.id), reporting),
  }));
}

function checkLine(db: Db, line: ParsedInput<'demandLines:create'>): void {
  const campaign = found(getCampaign(db, line.campaignId), 'campaign', 'campaignId');
  if (line.roleId !== null && !getRole(db, line.roleId)) throw new AppError('invalid_input', 'Role: choose a role from the list', 'roleId');
  line.skills.forEach((s, i) => {
    if (!getSkill(db, s.skillId)) throw new AppError('invalid_input', 'Skills: one of them no longer exists', `skills.${i}.skillId`);
  });
  if (line.roleId === null && line.skills.length === 0) throw new AppError('invalid_input', 'Role: a demand line needs a role or at least one skill', 'roleId');
  if (line.start < campaign.start || line.end > campaign.end) {
    throw new AppError('invalid_input', `Window: the line must start and end within the campaign, which runs from ${formatLongDate(campaign.start)} to ${formatLongDate(campaign.end)}.`, 'start');
  }
}

export function campaignHandlers(ctx: HandlerContext, model: CapacityModel) {
  const { db } = ctx;
  const now = () => ctx.now().toISOString();
  return {
    'campaigns:list': (filter) => summarise(db, model, listCampaigns(db, filter)),
    'campaigns:get': ({ id }) => summarise(db, model, [found(getCampaign(db, id), 'campaign')])[0],
    'campaigns:create': (f) => found(getCampaign(db, recordChange(db, `Add campaign ${f.name}`, () => insertCampaign(db, f))), 'campaign'),
    'campaigns:update': ({ id, ...patch }) => {
      const f = mergePatch(campaignRecords.campaign, found(getCampaign(db, id), 'campaign'), patch);
      recordChange(db, `Edit campaign ${f.name}`, () => updateCampaign(db, id, f));
      return found(getCampaign(db, id), 'campaign');
    },
    'campaigns:deleteImpact': ({ id }) => bookingImpact(db, model, { campaignId: id }, found(getCampaign(db, id), 'campaign').name),
    'campaigns:delete': ({ id }) => {
      const campaign = found(getCampaign(db, id), 'campaign');
      const impact = bookingImpact(db, model, { campaignId: id }, campaign.name);
      recordChange(db, `Delete campaign ${campaign.name}`, () => {
        deleteBookingsOf(db, { campaignId: id });
        deletePhasesOfCampaign(db, id);
        deleteDemandLinesOfCampaign(db, id);
        deleteCampaign(db, id);
      });
      return impact;
    },
    'campaigns:clients': () => listClients(db),

    'demandLines:list': ({ openOnly, ...filter }) => {
      const lines = listDemandLines(db, filter);
      const figures = bookedFigures(model);
      // Open demand as every screen counts it: hours still to book, on campaigns that still need people.
      const needsPeople = needsPeopleIn(model);
      const summaries: DemandLineSummary[] = lines.map((l) => {
        const booked = figures.hoursByLine.get(l.id) ?? 0;
        return { ...l, bookedHours: booked, openHours: needsPeople(l.campaignId) ? Math.max(0, l.hours - booked) : 0 };
      });
      return openOnly ? summaries.filter((l) => l.openHours >= MIN_OPEN_HOURS) : summaries;
    },
    'demandLines:create': (f) => {
      checkLine(db, f);
      return found(getDemandLine(db, recordChange(db, 'Add demand line', () => insertDemandLine(db, f))), 'demand line');
    },
    'demandLines:update': ({ id, ...patch }) => {
      const f = mergePatch(campaignRecords.demandLine, found(getDemandLine(db, id), 'demand line'), patch);
      checkLine(db, f);
      recordChange(db, 'Edit demand line', () => updateDemandLine(db, id, f));
      return found(getDemandLine(db, id), 'demand line');
    },
    'demandLines:delete': ({ id }) => {
      found(getDemandLine(db, id), 'demand line');
      const impact = bookingImpact(db, model, { demandLineId: id }, '');
      recordChange(db, 'Delete demand line', () => {
        detachBookingsFromLine(db, id, now());
        deleteDemandLine(db, id);
      });
      return impact;
    },
  } satisfies Partial<Handlers>;
}
