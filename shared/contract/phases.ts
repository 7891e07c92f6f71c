import { z } from 'zod';
import type { Campaign, Id, IsoDate, SkillRequirement } from '../domain';
import { describeCycle, findCycle } from '../phases/dag';
import type { HandoffCounts, HandoffState } from '../phases/handoffs';
import { channel } from './channel';
import { campaignStatus, colour, currency, id, idInput, isoDate, level, longText, name, none, patchOf, percent, positiveHours, priority, shortText } from './schemas';

// Campaign templates (phases with durations, dependencies, role hours and handoffs), the phases
// of campaigns made from them, and their handoffs.

/** The longest a phase may last: five years of working days (5 × 261). */
export const MAX_PHASE_DAYS = 1305;
/** Phases in one template. */
export const MAX_TEMPLATE_PHASES = 100;

const workingDays = (max: number, what: string) =>
  z.number().int('Must be a whole number of working days').min(0, 'Cannot be negative').max(max, `${what} at most ${max.toLocaleString('en-GB')} working days (5 years)`);

const phaseRole = z
  .object({
    roleId: id,
    hours: positiveHours(100_000),
    skills: z.array(z.object({ skillId: id, minLevel: level }).strict()).max(20).default([]),
    /** At most this many people of the role at once; null: no limit. */
    maxPeople: z.number().int('Must be a whole number').min(1, 'At least 1 person').max(1000, 'At most 1,000').nullable().default(null),
  })
  .strict();

/** Who receives a phase's work at its end (a role or a person, not both) and the SLA in working days. */
const handoff = {
  handoffRoleId: id.nullable(),
  handoffTalentId: id.nullable(),
  handoffSlaDays: workingDays(MAX_PHASE_DAYS, 'An SLA is').nullable(),
};
const handoffByDefault = { handoffRoleId: handoff.handoffRoleId.default(null), handoffTalentId: handoff.handoffTalentId.default(null), handoffSlaDays: handoff.handoffSlaDays.default(null) };
const oneReceiver = (p: { handoffRoleId?: Id | null; handoffTalentId?: Id | null }, ctx: z.RefinementCtx) => {
  if (p.handoffRoleId != null && p.handoffTalentId != null) ctx.addIssue({ code: 'custom', path: ['handoffTalentId'], message: 'A handoff goes to a role or to a person, not both' });
};

const templatePhase = z
  .object({
    name,
    durationDays: workingDays(MAX_PHASE_DAYS, 'A phase lasts').min(1, 'A phase lasts at least 1 working day'),
    /** The positions (0-based) in the template's list of the phases that must finish first. */
    dependsOn: z.array(z.number().int('Must be a whole number').min(0, 'Choose a phase of this template')).max(MAX_TEMPLATE_PHASES).default([]),
    roles: z.array(phaseRole).max(20, 'At most 20 roles a phase').default([]),
    ...handoffByDefault,
  })
  .strict()
  .superRefine(oneReceiver);

/** A template's phases: dependencies name phases of the list, once, never themselves, and never in a circle. */
export const templatePhases = z
  .array(templatePhase)
  .min(1, 'A template needs at least one phase')
  .max(MAX_TEMPLATE_PHASES, `A template has at most ${MAX_TEMPLATE_PHASES} phases`)
  .superRefine((phases, ctx) => {
    const names = new Map<string, number>();
    phases.forEach((p, i) => {
      const key = p.name.toLowerCase();
      if (names.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `Another phase is already called “${p.name}”` });
      names.set(key, i);
      p.dependsOn.forEach((d, k) => {
        const at = [i, 'dependsOn', k];
        if (d >= phases.length) ctx.addIssue({ code: 'custom', path: at, message: `There is no phase ${d + 1}; the template has ${phases.length}` });
        else if (d === i) ctx.addIssue({ code: 'custom', path: at, message: `${p.name} can't depend on itself` });
        else if (p.dependsOn.indexOf(d) !== k) ctx.addIssue({ code: 'custom', path: at, message: `${p.name} already depends on ${phases[d].name}` });
      });
    });
    const cycle = findCycle(phases.map((p, i) => p.dependsOn.filter((d) => d < phases.length && d !== i)));
    if (cycle) {
      const { first, message } = describeCycle(cycle, phases.map((p) => p.name));
      ctx.addIssue({ code: 'custom', path: [first, 'dependsOn'], message });
    }
  });

const templateBase = z.object({ name, description: longText.default(''), phases: templatePhases }).strict();

export interface TemplatePhaseRole {
  roleId: Id;
  hours: number;
  skills: SkillRequirement[];
  maxPeople: number | null;
}

export interface TemplatePhase {
  id: Id;
  name: string;
  durationDays: number;
  /** Positions in the template's phase list. */
  dependsOn: number[];
  roles: TemplatePhaseRole[];
  handoffRoleId: Id | null;
  handoffTalentId: Id | null;
  handoffSlaDays: number | null;
}

export interface Template {
  id: Id;
  name: string;
  description: string;
  phases: TemplatePhase[];
}

export type TemplateFields = z.output<typeof templateBase>;

/** A phase of a campaign, as stored (campaign_phases). */
export interface CampaignPhase {
  id: Id;
  campaignId: Id;
  position: number;
  name: string;
  start: IsoDate;
  end: IsoDate;
  /** Ids of the campaign's phases that must finish first. */
  dependsOn: Id[];
  handoffRoleId: Id | null;
  handoffTalentId: Id | null;
  handoffSlaDays: number | null;
  /** The phase's last day; null for a phase with no handoff. */
  handoffPlanned: IsoDate | null;
  handoffDone: IsoDate | null;
}

/** A campaign phase as the campaign page shows it. */
export interface CampaignPhaseView extends CampaignPhase {
  /** Working days of the studio calendar from start to end. */
  durationDays: number;
  demandLineIds: Id[];
  demandHours: number;
  /** The receiver in words: a role's or a person's name; '' without a handoff. */
  handoffTo: string;
  /** The SLA's last day (null without a handoff). */
  handoffDue: IsoDate | null;
  handoffState: HandoffState | null;
}

export interface PhaseMoveResult {
  phases: CampaignPhaseView[];
  /** The phases that moved (the one asked for and its dependants). */
  movedPhaseIds: Id[];
  movedBookings: number;
}

/** A phase added to a campaign, edited, or removed, and the phases as they are now. */
export interface PhaseEditResult extends PhaseMoveResult {
  /** The phase added or edited (the one removed). */
  phaseId: Id;
  /** Demand lines removed with a phase, and lines kept (booked) as the campaign's plain demand. */
  removedLines: number;
  keptLines: number;
}

/** What removing a phase does, in words, before the planner confirms. */
export interface PhaseDeleteImpact {
  message: string;
  /** Lines of the phase with bookings: kept as plain campaign demand only when the planner says so. */
  bookedLines: number;
  bookings: number;
}

const campaignPhaseDays = workingDays(MAX_PHASE_DAYS, 'A phase lasts').min(1, 'A phase lasts at least 1 working day');
/** Phases (ids of the same campaign's) that must finish first: each once. */
const campaignPhaseDeps = z
  .array(id)
  .max(MAX_TEMPLATE_PHASES, `A campaign has at most ${MAX_TEMPLATE_PHASES} phases to wait for`)
  .superRefine((ids, ctx) => {
    ids.forEach((d, k) => {
      if (ids.indexOf(d) !== k) ctx.addIssue({ code: 'custom', path: [k], message: 'That phase is already in the list' });
    });
  });
const moveOptions = { moveBookings: z.boolean().default(false), allowOverAllocation: z.boolean().default(false) };

const campaignFields = z
  .object({
    name,
    client: shortText.default(''),
    status: campaignStatus.default('pipeline'),
    probability: percent.default(50),
    priority: priority.default(3),
    currency: currency.default('GBP'),
    owner: shortText.default(''),
    colour: colour.default('#2563eb'),
  })
  .strict();

export const phaseChannels = {
  'templates:list': channel<Template[]>()(none),
  'templates:create': channel<Template>()(templateBase),
  'templates:update': channel<Template>()(patchOf(templateBase)),
  'templates:delete': channel<void>()(idInput),
  /** A campaign from a template: phases scheduled from `date` (anchor start) or back from it (anchor launch), each phase's role hours as demand lines in its window. */
  'templates:createCampaign': channel<{ campaign: Campaign; phases: CampaignPhaseView[] }>()(
    z.object({ templateId: id, anchor: z.enum(['start', 'launch']), date: isoDate, campaign: campaignFields }).strict(),
  ),
  'phases:list': channel<CampaignPhaseView[]>()(z.object({ campaignId: id }).strict()),
  /** Moves a phase (its dependants follow, its demand windows move, its bookings too when asked): one undo step. */
  'phases:move': channel<PhaseMoveResult>()(
    z
      .object({ id, start: isoDate, end: isoDate.optional(), moveBookings: z.boolean().default(false), allowOverAllocation: z.boolean().default(false) })
      .strict()
      .superRefine((m, ctx) => {
        if (m.end !== undefined && m.end < m.start) ctx.addIssue({ code: 'custom', path: ['end'], message: 'Must be on or after the start' });
      }),
  ),
  /** Adds a phase to a campaign: dated after the phases it waits for, its role hours as demand lines in its window, its handoff (if any) planned on its last day. */
  'phases:create': channel<PhaseEditResult>()(
    z
      .object({
        campaignId: id,
        name,
        durationDays: campaignPhaseDays,
        dependsOn: campaignPhaseDeps.default([]),
        roles: z.array(phaseRole).max(20, 'At most 20 roles a phase').default([]),
        ...handoffByDefault,
      })
      .strict()
      .superRefine(oneReceiver),
  ),
  /** Renames a phase, changes its working days or what it waits for; phases pushed later move (lines, and bookings when asked) as far as needed. */
  'phases:update': channel<PhaseEditResult>()(
    z
      .object({
        id, name: name.optional(), durationDays: campaignPhaseDays.optional(), dependsOn: campaignPhaseDeps.optional(), ...moveOptions,
        /** The handoff at its end, given whole; left out, it stays as it is. */
        handoffRoleId: handoff.handoffRoleId.optional(),
        handoffTalentId: handoff.handoffTalentId.optional(),
        handoffSlaDays: handoff.handoffSlaDays.optional(),
      })
      .strict()
      .superRefine(oneReceiver),
  ),
  /** Removes a phase and its handoff; the phases after it wait for what it waited for; its unbooked lines go, booked ones stay only when asked. */
  'phases:delete': channel<PhaseEditResult>()(z.object({ id, keepBookedLines: z.boolean().default(false) }).strict()),
  'phases:deleteImpact': channel<PhaseDeleteImpact>()(idInput),
  /** Marks a phase's handoff done on `done` (left out: today; null: not done after all). */
  'phases:handoffDone': channel<CampaignPhaseView>()(z.object({ id, done: isoDate.nullable().optional() }).strict()),
  /** Late handoffs and SLA misses, in total and per campaign (all campaigns when none are named). */
  'phases:handoffCounts': channel<{ total: HandoffCounts; campaigns: (HandoffCounts & { campaignId: Id })[] }>()(
    z.object({ campaignIds: z.array(id).max(10_000).optional() }).strict().default({}),
  ),
};
