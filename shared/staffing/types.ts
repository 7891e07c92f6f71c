// The staffing problem as the solvers see it: people and open demand lines over week indexes.
// Built by the caller (see builder.ts) from capacity and demand; no dates in here.
import type { Priority, TalentKind } from '@shared/domain';

export interface StaffingPerson {
  id: number;
  /** Cost per hour. */
  costRate: number;
  kind: TalentKind;
  /** Free hours per week index, length = instance.weeks. */
  free: Float64Array;
}

export interface StaffingLine {
  id: number;
  /** Hours still to staff. */
  openHours: number;
  /** First and last week index (inclusive) in which the hours may be worked. */
  weekFrom: number;
  weekTo: number;
  /** 1 = most important. */
  priority: Priority;
  /** 0..1 (the campaign's probability). */
  probability: number;
  /** Indexes into `people` allowed on this line (role/skill/kind eligibility already applied). */
  eligible: Int32Array;
}

export interface StaffingSettings {
  /**
   * Base penalty per unstaffed hour. The penalty of a line is
   * base × priorityWeights[priority-1] × probability. `null`/absent: 2 × the highest cost rate
   * (at least 1), so that a certain P1 line is always worth staffing with anyone.
   */
  unstaffedPenalty?: number | null;
  /** Weights for priorities 1..5. Default [1, 0.8, 0.6, 0.4, 0.2]. */
  priorityWeights?: readonly [number, number, number, number, number];
  /** Share of a week's free hours above which a person is reported near their limit. Default 0.9. */
  nearLimitShare?: number;
}

export interface StaffingInstance {
  /** Week indexes 0..weeks-1. */
  weeks: number;
  people: StaffingPerson[];
  lines: StaffingLine[];
  settings?: StaffingSettings;
}

export type StaffingMode = 'split' | 'whole';

/**
 * A plan in compact form: one entry per (line, person, week) with positive hours.
 * Indexes refer to instance.lines / instance.people.
 */
export interface StaffingPlan {
  line: Int32Array;
  person: Int32Array;
  week: Int32Array;
  hours: Float64Array;
}

export interface ObjectiveParts {
  cost: number;
  penalty: number;
  objective: number;
  staffedHours: number;
  unstaffedHours: number;
}

export interface SolveResult extends ObjectiveParts {
  mode: StaffingMode;
  plan: StaffingPlan;
  /** A proven lower bound on the optimal objective of this mode (equal to objective when proven optimal). */
  bound: number;
  /** (objective - bound) / max(1, |objective|); 0 when proven optimal. */
  gap: number;
  /** Whether the plan is proven optimal for its mode (gap ≤ 1e-9). */
  optimal: boolean;
  stats: Record<string, number>;
}

export const DEFAULT_PRIORITY_WEIGHTS = [1, 0.8, 0.6, 0.4, 0.2] as const;
export const DEFAULT_NEAR_LIMIT_SHARE = 0.9;
