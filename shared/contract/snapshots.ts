import { z } from 'zod';
import type { CampaignStatus, Id, IsoDate, TalentKind } from '../domain';
import { channel } from './channel';
import { limitedRange, SNAPSHOT_MAX_DAYS } from './limits';
import { id, longText, name, shortText, talentKind } from './schemas';

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

export interface SnapshotHeadline {
  /** Booked ÷ capacity of the people in scope over the range; null without capacity. */
  utilisation: number | null;
  /** Capacity-weighted utilisation target, 0..1; null when nobody has one. */
  target: number | null;
  capacity: number;
  booked: number;
  /** Σ of positive role-week shortfalls (weighted) over the next 4, 8 and 12 weeks from `today`'s week. */
  shortfall: { weeks: 4 | 8 | 12; hours: number; unweighted: number }[];
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
  bookedHours: number;
  overBudget: boolean;
  /** Overlaps the snapshot's range. */
  inRange: boolean;
  lines: number;
  bookings: number;
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

export interface CampaignChange {
  campaignId: Id;
  name: string;
  change: 'added' | 'removed' | 'moved';
  before: { start: IsoDate; end: IsoDate; status: CampaignStatus } | null;
  after: { start: IsoDate; end: IsoDate; status: CampaignStatus } | null;
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
  headline: { utilisation: number | null; shortfall4: number; shortfall12: number; overAllocatedPeople: number };
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
    path: z.string().trim().min(1).max(4096).optional(),
  })
  .strict();

export const snapshotChannels = {
  'snapshots:list': channel<SnapshotSummary[]>()(z.object({}).strict().default({})),
  'snapshots:take': channel<SnapshotSummary>()(z.object({ name, range, filter: snapshotFilter }).strict()),
  'snapshots:get': channel<Snapshot>()(z.object({ id }).strict()),
  'snapshots:rename': channel<SnapshotSummary>()(z.object({ id, name }).strict()),
  'snapshots:annotate': channel<SnapshotSummary>()(z.object({ id, note: longText }).strict()),
  'snapshots:delete': channel<{ id: Id }>()(z.object({ id }).strict()),
  'snapshots:compare': channel<SnapshotComparison>()(z.object({ baseId: id, id }).strict()),
  'snapshots:exportHtml': channel<WrittenReport>()(output),
  'snapshots:exportPdf': channel<WrittenReport>()(output),
  'snapshots:schedule': channel<SnapshotSchedule>()(z.object({}).strict().default({})),
  'snapshots:setSchedule': channel<SnapshotSchedule>()(
    z.object({ enabled: z.boolean(), weekday: z.number().int().min(0).max(6).default(0) }).strict(),
  ),
  'snapshots:autoCheck': channel<AutoCheckResult>()(z.object({}).strict().default({})),
};
