// Whole mode: each line goes to at most one person (a MIP).
//
// Method (exact when it terminates with gap 0, otherwise an honest proven gap):
//  0. Independent parts (lines sharing no eligible person, usually one per role) are solved one
//     by one (components.ts); their objectives and bounds add up.
//  1. The split-mode flow is the LP relaxation: its optimum is a lower bound, its duals are prices
//     of each person-week hour.
//  2. A first assignment: each line's main person in that LP, regret greedy, single-line moves
//     (wholeHeuristics.ts). The weeks of an assignment are always re-optimised exactly (min-cost flow).
//  3. Large-neighbourhood search (lns.ts): re-assign a few competing lines at a time by branch and
//     bound. This is what brings the plan to (or very near) the optimum.
//  4. Lagrangian relaxation of the person-week capacities (lagrange.ts), raised by subgradient
//     steps from the LP prices: the proven bound.
//  5. Branch and bound over the lines the bounds disagree on, when the gap is still open (bounded
//     by time).
import { mergePlans, splitComponents } from './components';
import { evaluatePlan } from './objective';
import { PartSolver } from './part';
import type { SolveResult, StaffingInstance } from './types';

export interface WholeOptions {
  /** Stop improving after this many milliseconds (default 4000). */
  maxMs?: number;
  /** Relative gap at which to stop (default 1e-9). */
  gapTolerance?: number;
  /** Lagrangian iterations at the root (default 1000). */
  iterations?: number;
  /** Large-neighbourhood search (default true). */
  lns?: boolean;
  /** Lagrangian steps per branch-and-bound node (default 15; 0 = LP bounds only). */
  nodeIterations?: number;
  /** LNS neighbourhood size (default 8 lines). */
  neighbourhood?: number;
  /** Search nodes and value evaluations per LNS neighbourhood (default 1,000; doubled as it grows). */
  nodeLimit?: number;
  /** Share of the time after which the LNS stops (default 0.7). */
  lnsShare?: number;
  /** Branch and bound after the root (default true). */
  branch?: boolean;
}

/**
 * Solves every independent part, phase by phase (part.ts): the LP and a first assignment, the LNS
 * until `lnsShare` of the time (in two rounds), the Lagrangian bound until 95 %, then branch and
 * bound. Within a phase each part gets its share (by lines) of the time left, so time one part
 * does not need goes to the others. Objectives and bounds add up.
 */
export function solveWhole(inst: StaffingInstance, opts: WholeOptions = {}): SolveResult {
  const t0 = performance.now();
  const maxMs = opts.maxMs ?? 4000;
  const comps = splitComponents(inst);
  const solvers = comps.map((c) => new PartSolver(c.inst, opts));
  // the LNS in two rounds: the second only for parts whose search had not run dry in the first
  const lnsEnd = t0 + maxMs * (opts.lnsShare ?? 0.7);
  phase(solvers, (performance.now() + lnsEnd) / 2, (s, d) => s.lns(d), (s) => s.searching);
  phase(solvers, lnsEnd, (s, d) => s.lns(d), (s) => s.searching);
  phase(solvers, t0 + maxMs * 0.95, (s, d) => s.root(d));
  phase(solvers, t0 + maxMs, (s, d) => s.branch(d));
  const results = solvers.map((s) => s.result());
  const plan = mergePlans(results.map((r, i) => ({ comp: comps[i], plan: r.plan })));
  const parts = evaluatePlan(inst, plan);
  const bound = Math.min(results.reduce((s, r) => s + r.bound, 0), parts.objective);
  const gap = Math.max(0, (parts.objective - bound) / Math.max(1, Math.abs(parts.objective)));
  const stats: Record<string, number> = { parts: comps.length };
  for (const r of results) for (const [k, v] of Object.entries(r.stats)) stats[k] = (stats[k] ?? 0) + v;
  stats.ms = performance.now() - t0;
  return { mode: 'whole', plan, ...parts, bound, gap, optimal: gap <= (opts.gapTolerance ?? 1e-9), stats };
}

/** Runs one phase on the parts that want it, each until its share of the time left. */
function phase(
  solvers: PartSolver[],
  deadline: number,
  run: (s: PartSolver, deadline: number) => void,
  wants: (s: PartSolver) => boolean = (s) => s.open,
): void {
  let left = 0;
  for (const s of solvers) if (wants(s)) left += s.size;
  for (const s of solvers) {
    if (!wants(s)) continue;
    const now = performance.now();
    run(s, now + (Math.max(0, deadline - now) * s.size) / left);
    left -= s.size;
  }
}
