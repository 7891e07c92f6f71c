import { z } from 'zod';
import type { Id, IsoDate, Priority, TalentKind } from '../domain';
import { DEFAULT_NEAR_LIMIT_SHARE, DEFAULT_PRIORITY_WEIGHTS } from '../staffing/types';
import { channel } from './channel';
import { limitedRange, VIEW_MAX_DAYS } from './limits';
import type { WrittenFile } from './io';
import { bookingStatus, filePath, id, isoDate, none, talentKind } from './schemas';

// Staffing: "who can do this, and when?" — ranked candidates for one demand line, and a proposed
// plan for all open demand in a range that changes nothing until the planner accepts it.

const kinds = z.array(talentKind).min(1, 'Choose at least one kind of talent').max(3);
const weight = z.number().finite('Must be a number').min(0, 'Cannot be negative').max(100, 'At most 100');

/** The penalty weights of the plan (workspace settings; see the README, "Staffing"). */
export const staffingSettingsSchema = z
  .object({
    /** Cost of one open hour of a certain P1 line; null = 2 × the dearest rate in the plan. */
    unstaffedPenalty: z.number().finite('Must be a number').gt(0, 'Must be more than 0').max(1e6, 'At most 1,000,000').nullable(),
    /** Weights for priorities 1..5. */
    priorityWeights: z.tuple([weight, weight, weight, weight, weight]),
    /** Share (0..1) of a week's free hours from which a person counts as near their limit. */
    nearLimitShare: z.number().finite().min(0.5, 'At least 0.5').max(1, 'At most 1'),
  })
  .strict();

export type StaffingSettingsValue = z.output<typeof staffingSettingsSchema>;

/** What a workspace uses until its settings are changed (and what "Restore defaults" puts back). */
export const DEFAULT_STAFFING_SETTINGS: StaffingSettingsValue = {
  unstaffedPenalty: null,
  priorityWeights: [...DEFAULT_PRIORITY_WEIGHTS],
  nearLimitShare: DEFAULT_NEAR_LIMIT_SHARE,
};

/** How a candidate qualifies for the line. */
export type CandidateMatch = 'primary role' | 'other role' | 'skills';

/** The one booking a click on "Book" makes: over the (sub-)window where the person is free. */
export interface SuggestedBooking {
  start: IsoDate;
  end: IsoDate;
  hoursPerDay: number;
  /** hoursPerDay × the person's working days in start..end. */
  totalHours: number;
  /** Working days the booking's hours fall on. */
  days: number;
}

export interface StaffingCandidate {
  talentId: Id;
  name: string;
  kind: TalentKind;
  primaryRoleId: Id;
  match: CandidateMatch;
  /** Free hours inside the line's window (from today). */
  freeHours: number;
  /** min(free, open): what this person could cover. */
  coverHours: number;
  /** coverHours ÷ open hours, 0..1. */
  coverage: number;
  /** The person's own rate, in their currency, per hour or per day as entered. */
  costRate: number;
  costRateUnit: 'hour' | 'day';
  currency: string;
  /** Their hourly cost over the window in the reporting currency (null without an exchange rate). */
  hourlyCostReporting: number | null;
  reportingCurrency: string;
  /** coverHours × the hourly cost, in the reporting currency (0 without an exchange rate). */
  cost: number;
  /** Booked ÷ capacity inside the window, and the target (shares 0..1); target null when none. */
  utilisation: number;
  target: number | null;
  /** Already booked on the same campaign. */
  continuity: boolean;
  /** Share of the line's required skills met at the level asked, 0..1. */
  skillMatch: number;
  /** A near match (listed below every full match, never proposed by a plan): what they lack, in words; null for a full match. */
  missing: string | null;
  score: number;
  /** In words and numbers, e.g. "Covers 100% (40 of 40 h) · £45/h · 62% of 80% target". */
  reason: string;
  /** null when the person has no free working day in the window. */
  booking: SuggestedBooking | null;
}

export interface StaffingRankResult {
  line: {
    id: Id;
    campaignId: Id;
    campaignName: string;
    roleId: Id | null;
    start: IsoDate;
    end: IsoDate;
    /** The part of the window that is still ahead (from today). */
    from: IsoDate;
    hours: number;
    openHours: number;
    priority: Priority;
  };
  /** People who can work on the line (role and every skill at its level), before the limit; near matches not counted. */
  eligible: number;
  candidates: StaffingCandidate[];
  /** Time spent ranking, in milliseconds. */
  ms: number;
}

export interface ProposedBookingView {
  /** Stable within the proposal. */
  key: number;
  talentId: Id;
  name: string;
  kind: TalentKind;
  demandLineId: Id;
  campaignId: Id;
  start: IsoDate;
  end: IsoDate;
  hoursPerDay: number;
  totalHours: number;
  costRate: number;
  cost: number;
}

export interface ProposedLineView {
  demandLineId: Id;
  campaignId: Id;
  campaignName: string;
  roleId: Id | null;
  roleName: string;
  start: IsoDate;
  end: IsoDate;
  priority: Priority;
  /** 0..100 (the campaign's, for pipeline campaigns). */
  probability: number;
  /** Open hours of the line inside the planned range, before the plan. */
  openBefore: number;
  staffed: number;
  unstaffed: number;
  cost: number;
  /** Already accepted (line by line) from this proposal. */
  accepted: boolean;
}

export interface UnstaffedCell {
  roleId: Id;
  roleName: string;
  weekStart: IsoDate;
  hours: number;
}

export interface NearLimitView {
  talentId: Id;
  name: string;
  weekStart: IsoDate;
  used: number;
  free: number;
  share: number;
}

export interface StaffingProposalView {
  id: string;
  mode: 'split' | 'whole';
  range: { start: IsoDate; end: IsoDate };
  createdAt: string;
  bookings: ProposedBookingView[];
  lines: ProposedLineView[];
  unstaffed: UnstaffedCell[];
  nearLimit: NearLimitView[];
  /**
   * Days that accepting the whole plan would over-allocate, counting tentative bookings too (only
   * when the plan was made with tentative bookings counted as free; 0 otherwise).
   */
  overAllocatedDays: number;
  totalCost: number;
  totalPenalty: number;
  /** The plan's objective in whole quarter hours (what accepting it books). */
  objective: number;
  /** The solver's objective before rounding to quarter hours. */
  solverObjective: number;
  staffedHours: number;
  unstaffedHours: number;
  /** Proven lower bound and relative gap (0 = proven best). */
  bound: number;
  gap: number;
  optimal: boolean;
  /** The greedy baseline's objective on the same instance, for comparison. */
  greedyObjective: number;
  /** The reporting currency: every cost of the proposal is converted into it, day by day. */
  currency: string;
  /** Booked hours left out of the costs for want of an exchange rate, one warning per currency pair. */
  costWarnings: string[];
  /** Penalty per open hour of a certain P1 line actually used. */
  penaltyBase: number;
  ms: number;
  /** "Within 0.3 % of the best possible plan", or "The best possible plan". */
  quality: string;
}

export interface StaffingAcceptResult {
  created: Id[];
  label: string;
  backup: string;
  /** Lines of the proposal still open for acceptance (line by line). */
  remainingLineIds: Id[];
}

/** A line planned on its own days: all its open hours inside start..end. */
const planLine = z
  .object({ id, start: isoDate, end: isoDate })
  .strict()
  .refine((l) => l.end >= l.start, { message: 'The end is before the start', path: ['end'] });

export const staffingChannels = {
  /** Candidates for one demand line, best first, each with a reason and the booking a click would make. */
  'staffing:rank': channel<StaffingRankResult>()(
    z
      .object({
        demandLineId: id,
        /** Tentative bookings count as taken (default true). */
        includeTentative: z.boolean().default(true),
        kinds: kinds.default(['staff', 'freelancer', 'agency']),
        limit: z.number().int().min(1).max(500).default(30),
      })
      .strict(),
  ),
  /** A plan for all open demand in the range. Writes nothing; the proposal is kept under its id. */
  'staffing:propose': channel<StaffingProposalView>()(
    z
      .object({
        range: limitedRange(VIEW_MAX_DAYS, 'A staffing plan'),
        mode: z.enum(['split', 'whole']).default('split'),
        includeTentative: z.boolean().default(true),
        kinds: kinds.default(['staff', 'freelancer']),
        settings: staffingSettingsSchema.partial().optional(),
        /** Whole mode's time limit in seconds. */
        maxSeconds: z.number().min(0.05).max(60).default(4),
        /** Only these demand lines, each with all its open hours inside its own days (e.g. a phase's dates from "When can we deliver?"). */
        lines: z.array(planLine).min(1, 'Give at least one line').max(10_000, 'At most 10000 lines').optional(),
      })
      .strict()
      .superRefine((q, ctx) => {
        const seen = new Set<number>();
        q.lines?.forEach((l, i) => {
          if (seen.has(l.id)) ctx.addIssue({ code: 'custom', message: 'This line is given twice', path: ['lines', i, 'id'] });
          seen.add(l.id);
          if (l.start < q.range.start || l.end > q.range.end) ctx.addIssue({ code: 'custom', message: "The line's days must be inside the plan's range", path: ['lines', i, 'start'] });
        });
      }),
  ),
  /** Writes the proposal's bookings (all, or the given lines') in one undoable step, after a backup. */
  'staffing:accept': channel<StaffingAcceptResult>()(
    z
      .object({
        proposalId: z.string().min(1).max(64),
        lineIds: z.array(id).max(100_000).optional(),
        status: bookingStatus.default('tentative'),
      })
      .strict(),
  ),
  /** The proposal as it stands (accepted or not) to a file, for review: XLSX, or PDF printed by the app. Without a path, the edge asks where. */
  'staffing:exportProposal': channel<WrittenFile>()(
    z.object({ proposalId: z.string().min(1).max(64), format: z.enum(['xlsx', 'pdf']), path: filePath.optional() }).strict(),
  ),
  'staffing:settings': channel<StaffingSettingsValue>()(none),
  'staffing:saveSettings': channel<StaffingSettingsValue>()(staffingSettingsSchema.partial()),
};
