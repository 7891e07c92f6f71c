import { z } from 'zod';
import type { DeliveryAnswer, DeliveryBookResult } from '../delivery/types';
import { channel } from './channel';
import type { StaffingProposalView } from './staffing';
import { id, isoDate, level, name, priority, shortText } from './schemas';

// "When can we deliver?" (README): the earliest finish of a phase list, or of a campaign's demand
// lines (one phase each), with the binding constraint and the ways out.

export type * from '../delivery/types';

/** A phase may last at most a year of working days (the search looks a year ahead). */
export const DELIVERY_MAX_PHASE_DAYS = 260;
export const DELIVERY_MAX_PHASES = 200;

const roleNeed = z
  .object({
    roleId: id,
    hours: z.number().finite('Must be a number').min(0, 'Cannot be negative').max(100_000, 'At most 100000'),
    skills: z.array(z.object({ skillId: id, minLevel: level.default(1) }).strict()).max(20, 'At most 20 skills').default([]),
    maxPeople: z.number().int('Must be a whole number').min(1, 'At least 1').max(1000, 'At most 1000').nullable().default(null),
  })
  .strict();

const phase = z
  .object({
    id: z.string().trim().min(1, 'Required').max(60, 'At most 60 characters'),
    name,
    durationDays: z
      .number()
      .int('Must be a whole number of working days')
      .min(1, 'At least 1 working day')
      .max(DELIVERY_MAX_PHASE_DAYS, `At most ${DELIVERY_MAX_PHASE_DAYS} working days (a year)`),
    dependsOn: z.array(shortText).max(DELIVERY_MAX_PHASES).default([]),
    /** It may not start before this day, if given. */
    notBefore: isoDate.nullable().default(null),
    roles: z.array(roleNeed).max(20, 'At most 20 roles a phase').default([]),
  })
  .strict();

const deliveryQueryBase = z
  .object({
    /** The campaign asked about: its phases when none are given (its demand lines, one phase each), its priority, and its own bookings (see ownBookingsFree). */
    campaignId: id.nullable().default(null),
    phases: z.array(phase).max(DELIVERY_MAX_PHASES, `At most ${DELIVERY_MAX_PHASES} phases`).optional(),
    earliestStart: isoDate,
    requestedDate: isoDate.nullable().default(null),
    tentativeIsTaken: z.boolean().default(true),
    /** Used without a campaign: which tentative bookings count as lower priority. */
    priority: priority.default(3),
    /**
     * The campaign's own bookings count as free (the answer replaces them); false: as taken, and for
     * the campaign's own plan as progress (only its lines' open hours are planned). Unset: free for a
     * phase list, progress for the campaign's own plan.
     */
    ownBookingsFree: z.boolean().optional(),
  })
  .strict();

type QueryShape = z.output<typeof deliveryQueryBase>;

function checkQuery(q: QueryShape, ctx: z.RefinementCtx) {
  if (!q.phases && q.campaignId === null) ctx.addIssue({ code: 'custom', message: 'Give the phases, or the campaign whose demand lines to plan', path: ['phases'] });
  if (q.requestedDate !== null && q.requestedDate < q.earliestStart) ctx.addIssue({ code: 'custom', message: 'The requested date is before the earliest start', path: ['requestedDate'] });
  const ids = new Set<string>();
  q.phases?.forEach((p, i) => {
    if (ids.has(p.id)) ctx.addIssue({ code: 'custom', message: `Another phase already has the id "${p.id}"`, path: ['phases', i, 'id'] });
    ids.add(p.id);
  });
  q.phases?.forEach((p, i) =>
    p.dependsOn.forEach((d, j) => {
      if (!ids.has(d)) ctx.addIssue({ code: 'custom', message: `No phase has the id "${d}"`, path: ['phases', i, 'dependsOn', j] });
      if (d === p.id) ctx.addIssue({ code: 'custom', message: 'A phase cannot depend on itself', path: ['phases', i, 'dependsOn', j] });
    }),
  );
}

export const deliveryQueryInput = deliveryQueryBase.superRefine(checkQuery);

/** "Book it": the question, and how the staffing optimiser staffs each line (split: several people a line; whole: one). */
export const deliveryProposeInput = deliveryQueryBase
  .extend({ mode: z.enum(['split', 'whole']).default('split'), maxSeconds: z.number().min(0.05).max(60).default(4) })
  .superRefine(checkQuery);

/** "Book it"'s proposal, with the phases (their dates from the answer) whose lines it staffs. */
export type DeliveryProposal = StaffingProposalView & { phases: { name: string; start: string; end: string; lineIds: number[] }[] };

export const deliveryChannels = {
  /** The earliest finish against real free capacity, the binding constraint and the ways out (reads only). */
  'delivery:answer': channel<DeliveryAnswer>()(deliveryQueryInput),
  /** "Book it": the answer for the campaign (its own bookings counted as taken) as tentative bookings, in one undoable step. */
  'delivery:book': channel<DeliveryBookResult>()(deliveryQueryInput),
  /** "Book it" through the staffing optimiser: each phase's demand lines on the phase's dates from the answer, proposed (writes nothing; accept with staffing:accept). */
  'delivery:propose': channel<DeliveryProposal>()(deliveryProposeInput),
};
