import type { Campaign, DemandLine } from '@shared/domain';
import type { DeliveryPhase } from '@shared/delivery/types';
import { answerDelivery, deliveryHorizon } from '@shared/delivery/answer';
import { weekdaysIn, dayFromIso } from '@shared/dates';
import type { DeliveryAnswer, Handlers, ParsedInput } from '@shared/contract';
import { AppError } from '@shared/errors';
import { getBooking, insertBookingsBatch } from '../db/repos/bookings';
import { getCampaign } from '../db/repos/campaigns';
import { recordChange } from '../db/repos/history';
import { listDemandLines } from '../db/repos/demandLines';
import type { CapacityModel } from '../capacity/model';
import type { HandlerContext } from './context';
import { found } from './found';

/**
 * A campaign's demand lines with a role, one phase each (no dependencies), starting no earlier than
 * their windows and lasting their windows' weekdays; with `booked`, only the hours still open on each line.
 */
export function phasesOfLines(lines: readonly DemandLine[], booked?: (lineId: number) => number): DeliveryPhase[] {
  return lines
    .map((l) => ({ ...l, hours: booked ? Math.max(0, Math.round((l.hours - booked(l.id)) * 3600) / 3600) : l.hours }))
    .filter((l) => l.roleId !== null && l.hours > 0)
    .map((l) => ({
      id: `line-${l.id}`,
      name: l.note.trim() || `Demand line ${l.id}`,
      durationDays: Math.max(1, weekdaysIn(dayFromIso(l.start), dayFromIso(l.end)).length),
      dependsOn: [],
      notBefore: l.start,
      roles: [{ roleId: l.roleId!, hours: l.hours, skills: l.skills, maxPeople: null }],
    }));
}

function phasesOfCampaign(ctx: HandlerContext, campaign: Campaign, booked?: (lineId: number) => number): DeliveryPhase[] {
  const phases = phasesOfLines(listDemandLines(ctx.db, { campaignIds: [campaign.id] }), booked);
  if (phases.length === 0 && booked) throw new AppError('constraint', `${campaign.name}'s demand lines are fully booked: there is nothing left to book.`, 'campaignId');
  if (phases.length === 0) throw new AppError('invalid_input', `${campaign.name} has no demand lines with a role to plan. Add phases or demand lines first.`, 'campaignId');
  return phases;
}

type Question = ParsedInput<'delivery:answer'>;

/** The answer; the campaign's own bookings counted as taken plan its lines' open hours only (what "Book it" adds). */
function answer(ctx: HandlerContext, model: CapacityModel, q: Question): { answer: DeliveryAnswer; campaign: Campaign | null } {
  const campaign = q.campaignId === null ? null : found(getCampaign(ctx.db, q.campaignId), 'campaign', 'campaignId');
  const state = model.stateFor(deliveryHorizon(q.earliestStart));
  const booked = q.ownBookingsFree ? undefined : (lineId: number) => state.lineBooked[state.lineIndexById.get(lineId) ?? -1] ?? 0;
  const phases = q.phases ?? phasesOfCampaign(ctx, campaign!, booked);
  const query = { ...q, phases, campaignId: campaign?.id ?? null };
  return { answer: answerDelivery(state, query, campaign?.priority ?? q.priority), campaign };
}

/** The answer's hours as tentative bookings: one per run (days in a row at the same hours a day). */
function bookingsOf(a: DeliveryAnswer, campaignId: number, now: string) {
  const unplaced = a.phases.find((p) => p.start === null);
  if (unplaced) throw new AppError('constraint', `${unplaced.name} fits nowhere within the year searched, so nothing was booked.`, 'phases');
  return a.phases.flatMap((p) =>
    p.roles.flatMap((r) =>
      r.people.flatMap((person) =>
        person.runs.map((run) => ({
          talentId: person.id,
          campaignId,
          demandLineId: /^line-\d+$/.test(p.id) ? Number(p.id.slice(5)) : null,
          start: run.start,
          end: run.end,
          hoursPerDay: run.hoursPerDay,
          status: 'tentative' as const,
          note: `${p.name}, from "When can we deliver?" (${now.slice(0, 10)})`,
        })),
      ),
    ),
  );
}

/** "When can we deliver?" for a phase list or a campaign's demand lines, on the capacity model's state; "Book it". */
export function deliveryHandlers(ctx: HandlerContext, model: CapacityModel) {
  const { db } = ctx;
  return {
    'delivery:answer': (q) => answer(ctx, model, q).answer,
    'delivery:book': (q) => {
      if (q.campaignId === null) throw new AppError('invalid_input', 'Choose the campaign to book the answer on.', 'campaignId');
      // Booked beside the campaign's existing bookings, so those count as taken here.
      const { answer: a, campaign } = answer(ctx, model, { ...q, ownBookingsFree: false });
      const now = ctx.now().toISOString();
      const rows = bookingsOf(a, campaign!.id, now);
      if (rows.length === 0) throw new AppError('constraint', 'The answer needs no hours, so there is nothing to book.', 'phases');
      const label = `Book ${campaign!.name}'s delivery: ${rows.length} tentative ${rows.length === 1 ? 'booking' : 'bookings'}`;
      let created: number[] = [];
      model.applyWrite(
        () => (created = recordChange(db, label, () => insertBookingsBatch(db, rows, now))),
        () => ({ bookings: created.map((id) => getBooking(db, id)!) }),
      );
      return { created, label };
    },
  } satisfies Partial<Handlers>;
}
