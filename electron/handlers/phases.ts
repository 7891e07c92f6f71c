import type { CampaignPhase, CampaignPhaseView, Handlers } from '@shared/contract';
import { dayFromIso, formatLongDate } from '@shared/capacity';
import { countHandoffs, handoffState, movePhase, shiftSpan, slaDue, studioCalendar, type StudioCalendar } from '@shared/phases';
import type { Booking } from '@shared/domain';
import { AppError } from '@shared/errors';
import { listBookings, updateBooking } from '../db/repos/bookings';
import { getCampaign, updateCampaign } from '../db/repos/campaigns';
import { listClosures } from '../db/repos/closures';
import { listDemandLines, setPhaseLineWindows } from '../db/repos/demandLines';
import { recordChange } from '../db/repos/history';
import { getCampaignPhase, listCampaignPhases, setHandoffDone, setPhaseDates } from '../db/repos/phases';
import { listRoles } from '../db/repos/roles';
import { getTalent } from '../db/repos/talent';
import type { Db } from '../db/open';
import type { CapacityModel } from '../capacity/model';
import { localIsoDate, type HandlerContext } from './context';
import { found } from './found';
import { refuseOverAllocation } from './overAllocation';

const calendarOf = (db: Db) => studioCalendar(listClosures(db));
const hasHandoff = (p: CampaignPhase) => p.handoffRoleId !== null || p.handoffTalentId !== null;

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
      const last = result.dates.reduce((m, d) => (d.end > m ? d.end : m), campaign.end);
      if (last >= '2200-01-01') throw new AppError('invalid_input', 'Start: the phases would run past 2199, beyond the years the app plans.', 'start');
      const first = result.dates.reduce((m, d) => (d.start < m ? d.start : m), campaign.start);
      const movedLines = new Map<number, number>(); // line id → phase index
      for (const l of listDemandLines(db, { campaignIds: [campaign.id] })) {
        const i = l.phaseId != null ? index.get(l.phaseId) : undefined;
        if (i !== undefined && result.moved.includes(i)) movedLines.set(l.id, i);
      }
      const bookings: Booking[] = !moveBookings || movedLines.size === 0 ? [] : listBookings(db, { demandLineIds: [...movedLines.keys()] })
        .map((b) => ({ ...b, ...shiftSpan(cal, b, result.shift[movedLines.get(b.demandLineId!)!]), updatedAt: stamp() }));
      const n = result.moved.length;
      recordChange(db, n > 1 ? `Move ${phase.name} and ${n - 1} ${n === 2 ? 'phase' : 'phases'} after it` : `Move ${phase.name}`, () => {
        if (!allowOverAllocation && bookings.length > 0) {
          const span = { start: bookings.reduce((m, b) => (b.start < m ? b.start : m), bookings[0].start), end: bookings.reduce((m, b) => (b.end > m ? b.end : m), bookings[0].end) };
          refuseOverAllocation(db, model.stateFor(span), bookings, Number(today().slice(0, 4)));
        }
        if (first !== campaign.start || last !== campaign.end) updateCampaign(db, campaign.id, { ...campaign, start: first, end: last });
        for (const i of result.moved) {
          const d = result.dates[i];
          setPhaseDates(db, all[i].id, d.start, d.end, hasHandoff(all[i]) ? d.end : null);
          setPhaseLineWindows(db, all[i].id, d.start, d.end);
        }
        for (const { id: bookingId, createdAt: _c, updatedAt: _u, ...b } of bookings) updateBooking(db, bookingId, b, stamp());
      });
      return { phases: phaseViews(db, today(), campaign.id), movedPhaseIds: result.moved.map((i) => all[i].id), movedBookings: bookings.length };
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
