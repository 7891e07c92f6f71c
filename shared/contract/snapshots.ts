import { z } from 'zod';
import type { CampaignStatus, Id, IsoDate, TalentKind } from '../domain';
import { channel } from './channel';
import { limitedRange, SNAPSHOT_MAX_DAYS } from './limits';
import { filePath, id, longText, name, none, shortText, talentKind } from './schemas';

// Capacity snapshots: the figures of a moment, stored immutably, for executives to review,
// compare and share. Every figure is in hours unless its name says otherwise.

const range = limitedRange(SNAPSHOT_MAX_DAYS, 'A snapshot');

/** Which people (and roles) a snapshot covers. Demand is per role, so kinds and tags narrow supply only. */
export const snapshotFilter = z
  .object({
    roleId: id.optional(),
    kinds: z.array(talentKind).max(3).optional(),
    tag: shortText.optional(),
  })
  .strict()
  .default({});
export type SnapshotFilter = z.output<typeof snapshotFilter>;

export interface SnapshotSettings {
  /** Whole ISO weeks: Monday of the first week to Sunday of the last. */
  range: { start: IsoDate; end: IsoDate };
  /** As asked for, before it was widened to whole weeks. */
  requestedRange: { start: IsoDate; end: IsoDate };
  filter: SnapshotFilter;
  /** Headline demand and shortfall are pipeline-weighted (probability / 100); unweighted figures are kept beside them. */
  weighting: 'weighted';
  /** Supply counts only people whose primary role it is. */
  includeOtherRoles: false;
  /** The day the snapshot counts from (the next 4, 8, 12 weeks start in its week). */
  today: IsoDate;
}

export interface SnapshotCounts {
  people: number;
  roles: number;
  /** Bookings of the people in scope overlapping the range. */
  bookings: number;
  /** Demand lines (of roles in scope) overlapping the range. */
  lines: number;
  /** Campaigns overlapping the range. */
  campaigns: number;
  overAllocationRuns: number;
}

/** Booked or supply against demand over the range, for all roles in scope. */
export interface Coverage {
  /** Open demand: hours of demand lines not yet booked (pipeline weighted or not). */
  openDemand: number;
  /** Hours booked by the roles' people (confirmed + tentative). */
  booked: number;
  supply: number;
  /** booked ÷ (booked + openDemand): the share of the work in range already staffed. Null without work. */
  bookedCoverage: number | null;
  /** supply ÷ (booked + openDemand): ≥ 1 means the team's hours could carry all of it. */
  supplyCoverage: number | null;
  /** Σ per role-week min(free, open demand) ÷ openDemand: the open demand free capacity could still take. */
  openCoverable: number | null;
}

/** Hours short in the weeks ahead. Demand with no role yet is never a shortfall: it is counted apart. */
export interface ShortfallAhead {
  weeks: 4 | 8 | 12;
  /** Σ of positive role-week shortfalls (weighted) of real roles. */
  hours: number;
  unweighted: number;
  /** The roles short in these weeks (weighted), most hours first. */
  byRole: { roleId: Id; roleName: string; hours: number }[];
  /** Open demand with no role yet in these weeks, weighted and not. */
  noRole: number;
  noRoleUnweighted: number;
}

export interface SnapshotHeadline {
  /** Booked ÷ capacity of the people in scope over the range; null without capacity. */
  utilisation: number | null;
  /** Capacity-weighted utilisation target, 0..1; null when nobody has one. */
  target: number | null;
  capacity: number;
  booked: number;
  /** Over the next 4, 8 and 12 weeks from `today`'s week. */
  shortfall: ShortfallAhead[];
  coverage: { weighted: Coverage; unweighted: Coverage };
  /** Most over-allocated people: hours above capacity in the range. */
  topOverAllocated: { talentId: Id; name: string; excess: number; days: number }[];
  counts: SnapshotCounts;
}

/** One role's weekly series; arrays are indexed like SnapshotFigures.weeks. */
export interface SnapshotRoleSeries {
  roleId: Id;
  roleName: string;
  colour: string;
  /** Percent, or null. */
  target: number | null;
  /** People in scope whose primary role it is. */
  people: number;
  /** Demand lines of this role overlapping the range. */
  lines: number;
  demand: number[];
  demandUnweighted: number[];
  supply: number[];
  free: number[];
  booked: number[];
  /** demand − free (negative: spare hours). */
  shortfall: number[];
  shortfallUnweighted: number[];
}

export interface SnapshotPerson {
  talentId: Id;
  name: string;
  kind: TalentKind;
  roleId: Id;
  target: number | null;
  capacity: number[];
  booked: number[];
  /** Bookings overlapping the range. */
  bookings: number;
}

export interface SnapshotDemandLine {
  lineId: Id;
  campaignId: Id;
  campaignName: string;
  campaignStatus: CampaignStatus;
  probability: number;
  roleId: Id | null;
  start: IsoDate;
  end: IsoDate;
  hours: number;
  booked: number;
  open: number;
  /** open × the campaign's demand weight. */
  openWeighted: number;
}

export interface SnapshotCampaign {
  campaignId: Id;
  name: string;
  client: string;
  status: CampaignStatus;
  probability: number;
  start: IsoDate;
  end: IsoDate;
  currency: string;
  budget: number;
  confirmedCost: number;
  tentativeCost: number;
  plannedCost: number;
  /** The planned cost in the workspace's reporting currency (absent in snapshots taken before it existed). */
  plannedCostReporting?: number;
  reportingCurrency?: string;
  /** Booked hours left out of the costs for want of an exchange rate. */
  missingRateHours?: number;
  bookedHours: number;
  overBudget: boolean;
  /** Overlaps the snapshot's range. */
  inRange: boolean;
  lines: number;
  bookings: number;
  /** The campaign's brief as it was when the snapshot was taken (absent: none, or taken before briefs existed). */
  brief?: import('./briefs').BriefInWords;
}

export interface SnapshotOverAllocation {
  talentId: Id;
  name: string;
  start: IsoDate;
  end: IsoDate;
  days: number;
  /** Σ (booked − capacity) over the run's days. */
  excess: number;
  peakBooked: number;
  peakCapacity: number;
}

export interface SnapshotFigures {
  /** Monday of each week of the range. */
  weeks: IsoDate[];
  roles: SnapshotRoleSeries[];
  people: SnapshotPerson[];
  openDemand: SnapshotDemandLine[];
  campaigns: SnapshotCampaign[];
  overAllocations: SnapshotOverAllocation[];
}

export interface SnapshotSummary {
  id: Id;
  name: string;
  note: string;
  takenAt: string;
  takenOn: IsoDate;
  appVersion: string;
  automatic: boolean;
  settings: SnapshotSettings;
  headline: SnapshotHeadline;
  /** Compressed size of the stored figures. */
  bytes: number;
}

export interface Snapshot extends SnapshotSummary {
  figures: SnapshotFigures;
}

export interface RoleWeekChange {
  roleId: Id;
  roleName: string;
  weekStart: IsoDate;
  /** null where that snapshot has no such role-week. */
  before: { demand: number; supply: number; shortfall: number; utilisation: number | null } | null;
  after: { demand: number; supply: number; shortfall: number; utilisation: number | null } | null;
  demand: number;
  supply: number;
  shortfall: number;
  /** Change in utilisation, in points of 1 (0.1 = ten percentage points); null when either is unknown. */
  utilisation: number | null;
}

/** What happened to a campaign, most important first: a lost pitch leads. */
export const CAMPAIGN_CHANGE_KINDS = ['lost', 'cancelled', 'on_hold', 'won', 'resumed', 'reopened', 'started', 'done', 'added', 'removed', 'probability', 'budget', 'moved'] as const;
export type CampaignChangeKind = (typeof CAMPAIGN_CHANGE_KINDS)[number];

export interface CampaignSide {
  start: IsoDate;
  end: IsoDate;
  status: CampaignStatus;
  probability: number;
  budget: number;
  currency: string;
}

export interface CampaignChange {
  campaignId: Id;
  name: string;
  /** Every kind that applies, most important first; `change` is the first. */
  kinds: CampaignChangeKind[];
  change: CampaignChangeKind;
  /** One plain sentence per kind, in the same order ("Lost: was a pitch at 60%, now lost."). */
  sentences: string[];
  before: CampaignSide | null;
  after: CampaignSide | null;
}

export interface PersonLoadChange {
  talentId: Id;
  name: string;
  roleId: Id;
  bookedBefore: number;
  bookedAfter: number;
  delta: number;
  utilisationBefore: number | null;
  utilisationAfter: number | null;
}

export interface SnapshotComparison {
  base: SnapshotSummary;
  current: SnapshotSummary;
  /** Weeks both snapshots cover. */
  weeks: IsoDate[];
  roleWeeks: RoleWeekChange[];
  /** Per week, all roles: the totals before and after (shortfall: Σ of roles' positive shortfall). */
  weekTotals: { weekStart: IsoDate; demandBefore: number; demandAfter: number; supplyBefore: number; supplyAfter: number; shortfallBefore: number; shortfallAfter: number }[];
  campaigns: CampaignChange[];
  /** Largest changes in booked hours over the common weeks, largest first. */
  people: PersonLoadChange[];
  /** Changes in the headline figures; shortfalls and no-role demand counted from the newer snapshot's today. */
  headline: { utilisation: number | null; shortfall4: number; shortfall12: number; noRole12: number; overAllocatedPeople: number };
}

export interface SnapshotSchedule {
  enabled: boolean;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
}

export interface AutoCheckResult {
  /** The snapshot taken now because the schedule was due, else null. */
  taken: SnapshotSummary | null;
  /** No schedule, and the last snapshot is more than a week old (or there is none yet). */
  offer: boolean;
  lastTakenAt: string | null;
}

export interface WrittenReport {
  path: string;
  bytes: number;
}

const output = z
  .object({
    id,
    /** Compare with this (older or newer) snapshot in the report. */
    compareWith: id.optional(),
    /** Given by tests; otherwise the edge asks where to save. */
    path: filePath.optional(),
  })
  .strict();

export const snapshotChannels = {
  'snapshots:list': channel<SnapshotSummary[]>()(none),
  'snapshots:take': channel<SnapshotSummary>()(z.object({ name, range, filter: snapshotFilter }).strict()),
  'snapshots:get': channel<Snapshot>()(z.object({ id }).strict()),
  'snapshots:rename': channel<SnapshotSummary>()(z.object({ id, name }).strict()),
  'snapshots:annotate': channel<SnapshotSummary>()(z.object({ id, note: longText }).strict()),
  'snapshots:delete': channel<{ id: Id }>()(z.object({ id }).strict()),
  'snapshots:compare': channel<SnapshotComparison>()(z.object({ baseId: id, id }).strict()),
  'snapshots:exportHtml': channel<WrittenReport>()(output),
  'snapshots:exportPdf': channel<WrittenReport>()(output),
  'snapshots:schedule': channel<SnapshotSchedule>()(none),
  'snapshots:setSchedule': channel<SnapshotSchedule>()(
    /** Like every update, only the fields sent change. */
    z.object({ enabled: z.boolean().optional(), weekday: z.number().int().min(0).max(6).optional() }).strict(),
  ),
  'snapshots:autoCheck': channel<AutoCheckResult>()(none),
};
