import type { Campaign } from '@shared/domain';
import { answerDelivery, deliveryHorizon } from '@shared/delivery/answer';
import type { DeliveryAnswer, Handlers, ParsedInput } from '@shared/contract';
import { AppError } from '@shared/errors';
import { getBooking, insertBookingsBatch } from '../db/repos/bookings';
import { getCampaign } from '../db/repos/campaigns';
import { recordChange } from '../db/repos/history';
import type { CapacityModel } from '../capacity/model';
import type { HandlerContext } from './context';
import { found } from './found';
import { ProposalStore } from '../staffing/proposals';
import { proposePlan } from './staffing';
import { leftOutSentence, plannedPhases } from './deliveryPhases';
import { campaignProgress, underwayAnswer } from '@shared/delivery/underway';
import { dayFromIso } from '@shared/dates';

type Question = ParsedInput<'delivery:answer'>;
type Answered = { answer: DeliveryAnswer; campaign: Campaign | null; lineOf: Map<string, number[]> };

/**
 * The answer: for a phase list, its hours (the campaign's own bookings free: the list is all the
 * work, unless told otherwise); for a campaign, its own phases with its bookings as progress
 * (README "Campaigns under way"): hours booked on its lines count as done or planned, only the open
 * hours are planned. With `toBook` ("Book it", which adds beside the campaign's bookings), every
 * booking on its lines counts, tentative ones too; otherwise tentative ones as the toggle says.
 */
function answer(ctx: HandlerContext, model: CapacityModel, q: Question, toBook = false): Answered {
  const campaign = q.campaignId === null ? null : found(getCampaign(ctx.db, q.campaignId), 'campaign', 'campaignId');
  const horizon = deliveryHorizon(q.earliestStart);
  const state = model.stateFor(horizon);
  const priority = campaign?.priority ?? q.priority;
  const ownBookingsFree = q.ownBookingsFree ?? q.phases !== undefined;
  const base = { ...q, campaignId: campaign?.id ?? null, ownBookingsFree, ownTentativeTaken: toBook };
  if (q.phases) return { answer: { ...answerDelivery(state, { ...base, phases: q.phases }, priority), leftOut: null }, campaign, lineOf: new Map() };
  const progress = ownBookingsFree ? undefined : campaignProgress(state, campaign!.id, q.tentativeIsTaken || toBook, dayFromIso(q.earliestStart));
  const plan = plannedPhases(ctx.db, campaign!, progress, toBook);
  const leftOut = leftOutSentence(plan.roleless);
  const open = plan.phases.length > 0 ? answerDelivery(state, { ...base, phases: plan.phases }, priority) : null;
  if (!progress) return { answer: { ...open!, leftOut }, campaign, lineOf: plan.lineOf };
  const withProgress = open && { ...open, phases: open.phases.map((p) => ({ ...p, progress: plan.progressOf.get(p.id) })) };
  const a = underwayAnswer(state, withProgress, { earliestStart: q.earliestStart, horizonEnd: horizon.end, requestedDate: q.requestedDate }, plan.kept, plan.order, plan.totals!);
  return { answer: { ...a, leftOut }, campaign, lineOf: plan.lineOf };
}

/** The answer's hours as tentative bookings: one per run (days in a row at the same hours a day). */
function bookingsOf(a: DeliveryAnswer, lineOf: Map<string, number[]>, campaignId: number, now: string) {
  const unplaced = a.phases.find((p) => p.start === null);
  if (unplaced) throw new AppError('constraint', `${unplaced.name} fits nowhere within the year searched, so nothing was booked.`, 'phases');
  return a.phases.flatMap((p) =>
    p.roles.flatMap((r, d) =>
      r.people.flatMap((person) =>
        person.runs.map((run) => ({
          talentId: person.id,
          campaignId,
          demandLineId: lineOf.get(p.id)?.[d] ?? null,
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

/**
 * "Book it" through the staffing optimiser: each phase's demand lines restricted to the phase's
 * dates in the answer (the campaign's own bookings counted as taken), tentative bookings counted as
 * the answer did. Writes nothing: the proposal is accepted with staffing:accept.
 */
async function proposeDelivery(ctx: HandlerContext, model: CapacityModel, proposals: ProposalStore, q: ParsedInput<'delivery:propose'>) {
  if (q.campaignId === null) throw new AppError('invalid_input', 'Choose the campaign to book the answer on.', 'campaignId');
  const { answer: a, lineOf } = answer(ctx, model, { ...q, ownBookingsFree: false }, true);
  const unplaced = a.phases.find((p) => p.start === null);
  if (unplaced) throw new AppError('constraint', `${unplaced.name} fits nowhere within the year searched, so there is nothing to book.`, 'phases');
  const lines = a.phases.flatMap((p) => (lineOf.get(p.id) ?? []).map((id) => ({ id, start: p.start!, end: p.end! })));
  if (lines.length === 0) throw new AppError('constraint', 'The answer needs no hours, so there is nothing to book.', 'phases');
  const range = { start: lines.reduce((m, l) => (l.start < m ? l.start : m), lines[0].start), end: lines.reduce((m, l) => (l.end > m ? l.end : m), lines[0].end) };
  const view = await proposePlan(ctx, model, proposals, { range, mode: q.mode, includeTentative: q.tentativeIsTaken, kinds: ['staff', 'freelancer', 'agency'], maxSeconds: q.maxSeconds, lines });
  const phases = a.phases.map((p) => ({ name: p.name, start: p.start!, end: p.end!, lineIds: lineOf.get(p.id) ?? [] })).filter((p) => p.lineIds.length > 0);
  return { ...view, phases };
}

/** "When can we deliver?" for a phase list or a campaign's demand lines, on the capacity model's state; "Book it". */
export function deliveryHandlers(ctx: HandlerContext, model: CapacityModel, proposals = new ProposalStore(ctx.db)) {
  const { db } = ctx;
  return {
    'delivery:answer': (q) => answer(ctx, model, q).answer,
    'delivery:propose': (q) => proposeDelivery(ctx, model, proposals, q),
    'delivery:book': (q) => {
      if (q.campaignId === null) throw new AppError('invalid_input', 'Choose the campaign to book the answer on.', 'campaignId');
      // Booked beside the campaign's existing bookings, so those count as taken here.
      const { answer: a, campaign, lineOf } = answer(ctx, model, { ...q, ownBookingsFree: false }, true);
      const now = ctx.now().toISOString();
      const rows = bookingsOf(a, lineOf, campaign!.id, now);
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
