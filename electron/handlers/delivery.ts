import type { Campaign, DemandLine } from '@shared/domain';
import type { DeliveryPhase } from '@shared/delivery/types';
import { answerDelivery, deliveryHorizon } from '@shared/delivery/answer';
import { weekdaysIn, dayFromIso } from '@shared/dates';
import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { getCampaign } from '../db/repos/campaigns';
import { listDemandLines } from '../db/repos/demandLines';
import type { CapacityModel } from '../capacity/model';
import type { HandlerContext } from './context';
import { found } from './found';

/** A campaign's demand lines with a role, one phase each (no dependencies), lasting their windows' weekdays. */
export function phasesOfLines(lines: readonly DemandLine[]): DeliveryPhase[] {
  return lines
    .filter((l) => l.roleId !== null && l.hours > 0)
    .map((l) => ({
      id: `line-${l.id}`,
      name: l.note.trim() || `Demand line ${l.id}`,
      durationDays: Math.max(1, weekdaysIn(dayFromIso(l.start), dayFromIso(l.end)).length),
      dependsOn: [],
      roles: [{ roleId: l.roleId!, hours: l.hours, skills: l.skills, maxPeople: null }],
    }));
}

function phasesOfCampaign(ctx: HandlerContext, campaign: Campaign): DeliveryPhase[] {
  const phases = phasesOfLines(listDemandLines(ctx.db, { campaignIds: [campaign.id] }));
  if (phases.length === 0) throw new AppError('invalid_input', `${campaign.name} has no demand lines with a role to plan. Add phases or demand lines first.`, 'campaignId');
  return phases;
}

/** "When can we deliver?" for a phase list or a campaign's demand lines, on the capacity model's state. */
export function deliveryHandlers(ctx: HandlerContext, model: CapacityModel) {
  return {
    'delivery:answer': (q) => {
      const campaign = q.campaignId === null ? null : found(getCampaign(ctx.db, q.campaignId), 'campaign', 'campaignId');
      const phases = q.phases ?? phasesOfCampaign(ctx, campaign!);
      const state = model.stateFor(deliveryHorizon(q.earliestStart));
      const query = { ...q, phases, campaignId: campaign?.id ?? null };
      return answerDelivery(state, query, campaign?.priority ?? q.priority);
    },
  } satisfies Partial<Handlers>;
}
