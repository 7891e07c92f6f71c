import type { VarianceRow, VarianceWeek } from '../actuals/compare';
import type { AccuracyBucket } from '../actuals/accuracy';
import type { HandoffState } from '../phases/handoffs';
import type { Id, IsoDate } from '../domain';

export interface Retro {
  id: Id;
  /** The campaign looked back on; null for a period. */
  campaignId: Id | null;
  campaignName: string | null;
  start: IsoDate;
  end: IsoDate;
  title: string;
  worked: string;
  stalled: string;
  createdAt: string;
  updatedAt: string;
}

export interface RetroAction {
  id: Id;
  retroId: Id;
  retroTitle: string;
  text: string;
  ownerId: Id | null;
  ownerName: string | null;
  due: IsoDate | null;
  done: IsoDate | null;
  /** Not done and due before today. */
  overdue: boolean;
}

export interface RetroSummary extends Retro {
  actions: number;
  openActions: number;
}

export interface RetroPhaseRow extends VarianceRow {
  start: IsoDate;
  end: IsoDate;
}

export interface RetroHandoff {
  phaseName: string;
  to: string;
  planned: IsoDate | null;
  due: IsoDate | null;
  done: IsoDate | null;
  state: HandoffState;
}

export interface RetroOverAllocation {
  talentId: Id;
  name: string;
  start: IsoDate;
  end: IsoDate;
  days: number;
  /** Hours booked above capacity over the run. */
  excess: number;
}

export interface RetroBudget {
  campaignId: Id;
  name: string;
  currency: string;
  budget: number;
  /** The budget in the reporting currency (null without an exchange rate). */
  budgetReporting: number | null;
  plannedCost: number;
  actualCost: number;
}

export interface RetroReport {
  retro: Retro;
  /** Days the figures cover: the retrospective's range. Over-allocations stop at yesterday. */
  range: { start: IsoDate; end: IsoDate };
  currency: string;
  totals: VarianceRow;
  weeks: VarianceWeek[];
  roles: VarianceRow[];
  /** Planned against actual on the campaign during each phase's days (empty without phases). */
  phases: RetroPhaseRow[];
  budgets: RetroBudget[];
  handoffs: RetroHandoff[];
  handoffCounts: { total: number; done: number; late: number; slaMissed: number };
  /** Runs of days booked above capacity before today, most hours over first (the first 200). */
  overAllocations: RetroOverAllocation[];
  /** Person-days over capacity before today, all of them. */
  overAllocatedDays: number;
  hoursWithoutRate: number;
  /** How close the snapshots' plans for the weeks of this range were to what was worked, by how far ahead they were made. */
  forecastAccuracy: AccuracyBucket[];
  actions: RetroAction[];
}
