// Staffing: an optimal plan for all open demand (split or whole lines), the greedy baseline,
// the proposal the UI shows, and candidate ranking for one line.
import { solveGreedy } from './greedy';
import { buildProposal, type StaffingProposal } from './proposal';
import { solveSplit } from './split';
import type { SolveResult, StaffingInstance, StaffingMode } from './types';
import { solveWhole, type WholeOptions } from './whole';

export * from './types';
export { buildStaffingInstance, type BuildLine, type BuildOptions, type BuildPerson } from './builder';
export { checkPlan, evaluatePlan, linePenalties, penaltyBase } from './objective';
export { solveGreedy } from './greedy';
export { solveSplit } from './split';
export { solveWhole, type WholeOptions } from './whole';
export * from './proposal';
export * from './rankCandidates';

/** Solves in the given mode (exact in split mode; whole mode reports its proven gap). */
export function solveStaffing(inst: StaffingInstance, mode: StaffingMode, opts: WholeOptions = {}): SolveResult {
  return mode === 'split' ? solveSplit(inst) : solveWhole(inst, opts);
}

/** Solve and shape the result for the UI in one call. */
export function proposeStaffing(
  inst: StaffingInstance,
  mode: StaffingMode,
  opts: WholeOptions & { baseline?: boolean } = {},
): { proposal: StaffingProposal; result: SolveResult; greedy?: SolveResult } {
  const result = solveStaffing(inst, mode, opts);
  const proposal = buildProposal(inst, result);
  return opts.baseline ? { proposal, result, greedy: solveGreedy(inst, mode) } : { proposal, result };
}
export { layoutPlan, MAX_QUARTERS_PER_DAY, type DayRun, type Layout, type LayoutPeriod, type LayoutPerson, type QuarterEntry } from './layout';
export { keepPlaced, planOfEntries, quartersOf, roundedResult, roundPlanToQuarters, type RoundedResult } from './quarters';
