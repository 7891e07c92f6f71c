import type { CampaignPhase, CampaignPhaseView, Handlers } from '@shared/contract';
import { dayFromIso, formatLongDate } from '@shared/capacity';
import { countHandoffs, handoffState, movePhase, slaDue, studioCalendar, type StudioCalendar } from '@shared/phases';
import { AppError } from '@shared/errors';
import { getCampaign } from '../db/repos/campaigns';
import { listClosures } from '../db/repos/closures';
import { listDemandLines } from '../db/repos/demandLines';
import { recordChange } from '../db/repos/history';
import { getCampaignPhase, listCampaignPhases, setHandoffDone } from '../db/repos/phases';
import { listRoles } from '../db/repos/roles';
import { getTalent } from '../db/repos/talent';
import type { Db } from '../db/open';
import type { CapacityModel } from '../capacity/model';
import { localIsoDate, type HandlerContext } from './context';
import { hasHandoff, planMove, writeMove } from './phaseMoves';
import { found } from './found';

export const calendarOf = (db: Db) => studioCalendar(listClosures(db));

function handoffOf(cal: StudioCalendar, p: CampaignPhase, today: string): Pick<CampaignPhaseView, 'handoffDue' | 'handoffState'> {
  if (!hasHandoff(p) || p.handoffPlanned === null) return { handoffDue: null, handoffState: null };
  return {
    handoffDue: slaDue(cal, p.handoffPlanned, p.handoffSlaDays),
    handoffState: handoffState(cal, { planned: p.handoffPlanned, slaDays: p.handoffSlaDays, done: p.handoffDone }, today),
  };
}

/** A campaign's phases as the campaign page shows them. */
export function phaseViews(db: Db, today: string, campaignId: number): CampaignPhaseView[] {
  const cal = calendarOf(db);
  const roles = new Map(listRoles(db).map((r) => [r.id, r.name]));
  const lines = listDemandLines(db, { campaignIds: [campaignId] });
  return listCampaignPhases(db, { campaignIds: [campaignId] }).map((p) => {
    const own = lines.filter((l) => l.phaseId === p.id);
    const to = p.handoffRoleId !== null ? (roles.get(p.handoffRoleId) ?? '') : p.handoffTalentId !== null ? (getTalent(db, p.handoffTalentId)?.name ?? '') : '';
    return {
      ...p,
      durationDays: cal.count(dayFromIso(p.start), dayFromIso(p.end)),
      demandLineIds: own.map((l) => l.id),
      demandHours: own.reduce((s, l) => s + l.hours, 0),
      handoffTo: to,
      ...handoffOf(cal, p, today),
    };
  });
}

export function phaseHandlers(ctx: HandlerContext, model: CapacityModel) {
  const { db } = ctx;
  const today = () => localIsoDate(ctx.now());
  const stamp = () => ctx.now().toISOString();
  return {
    'phases:list': ({ campaignId }) => {
      found(getCampaign(db, campaignId), 'campaign', 'campaignId');
      return phaseViews(db, today(), campaignId);
    },
    'phases:move': ({ id, start, end, moveBookings, allowOverAllocation }) => {
      const phase = found(getCampaignPhase(db, id), 'phase', 'id');
      const campaign = found(getCampaign(db, phase.campaignId), 'campaign');
      const all = listCampaignPhases(db, { campaignIds: [phase.campaignId] });
      const index = new Map(all.map((p, i) => [p.id, i]));
      const placed = all.map((p) => ({ name: p.name, start: p.start, end: p.end, dependsOn: p.dependsOn.map((d) => index.get(d)!) }));
      const cal = calendarOf(db);
      const result = movePhase(placed, index.get(id)!, { start, end }, cal);
      if (!result.ok) {
        const blocker = placed[result.blocker];
        throw new AppError('invalid_input', `Start: ${result.message} on ${formatLongDate(blocker.end)}.`, 'start');
      }
      const plan = planMove(db, cal, campaign, all, result, moveBookings, stamp());
      const n = result.moved.length;
      recordChange(db, n > 1 ? `Move ${phase.name} and ${n - 1} ${n === 2 ? 'phase' : 'phases'} after it` : `Move ${phase.name}`, () =>
        writeMove(db, model, plan, allowOverAllocation, stamp(), Number(today().slice(0, 4))),
      );
      return { phases: phaseViews(db, today(), campaign.id), movedPhaseIds: result.moved.map((i) => all[i].id), movedBookings: plan.bookings.length };
    },
    'phases:handoffDone': ({ id, done: sent }) => {
      const done = sent === undefined ? today() : sent;
      const phase = found(getCampaignPhase(db, id), 'phase', 'id');
      if (!hasHandoff(phase)) throw new AppError('invalid_input', `${phase.name} has no handoff to mark.`, 'id');
      recordChange(db, done ? `Handoff after ${phase.name} done` : `Handoff after ${phase.name} not done`, () => setHandoffDone(db, id, done));
      return phaseViews(db, today(), phase.campaignId).find((p) => p.id === id)!;
    },
    'phases:handoffCounts': ({ campaignIds }) => {
      const cal = calendarOf(db);
      const byCampaign = new Map<number, ReturnType<typeof handoffState>[]>();
      for (const p of listCampaignPhases(db, { campaignIds })) {
        const { handoffState: state } = handoffOf(cal, p, today());
        if (state) byCampaign.set(p.campaignId, [...(byCampaign.get(p.campaignId) ?? []), state]);
      }
      return {
        total: countHandoffs([...byCampaign.values()].flat()),
        campaigns: [...byCampaign].map(([campaignId, states]) => ({ campaignId, ...countHandoffs(states) })),
      };
    },
  } satisfies Partial<Handlers>;
}
