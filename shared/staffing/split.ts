// Split mode: a line's hours may go to several people. A transportation problem solved exactly as a
// min-cost flow: line -> (person, week) -> sink, plus line -> sink for unstaffed hours.
import { solveMinCostFlow } from './netsimplex';
import { evaluatePlan, linePenalties, PlanBuilder } from './objective';
import type { SolveResult, StaffingInstance, StaffingPlan } from './types';

export interface FlowSolution {
  plan: StaffingPlan;
  /** Dual price of an hour of person p in week w (≥ 0), index p * weeks + w. */
  price: Float64Array;
  pivots: number;
  arcs: number;
  nodes: number;
}

/**
 * Solves the flow model. `only` (optional): for each line, the single person index it is
 * restricted to (-1 = any eligible person; -2 = nobody, the line stays open). `allowed`
 * (optional): one flag per eligible slot, lines' eligible lists laid end to end; 0 = excluded.
 */
export function solveFlow(
  inst: StaffingInstance,
  pen: Float64Array,
  only: Int32Array | null = null,
  allowed: Uint8Array | null = null,
): FlowSolution {
  const L = inst.lines.length;
  const W = inst.weeks;
  const P = inst.people.length;
  const pwNode = new Int32Array(P * W).fill(-1);
  // count arcs first
  let lineArcs = 0;
  let pwCount = 0;
  let slot = 0;
  for (let l = 0; l < L; l++) {
    const line = inst.lines[l];
    const off = slot;
    slot += line.eligible.length;
    if (!(line.openHours > 0)) continue;
    const o = only ? only[l] : -1;
    if (o === -2) continue;
    const w0 = Math.max(0, line.weekFrom), w1 = Math.min(W - 1, line.weekTo);
    const el = line.eligible;
    for (let i = 0; i < el.length; i++) {
      const p = el[i];
      if (o >= 0 && p !== o) continue;
      if (allowed && allowed[off + i] === 0) continue;
      const person = inst.people[p];
      if (!(person.costRate < pen[l])) continue;
      const free = person.free;
      for (let w = w0; w <= w1; w++) {
        if (free[w] > 0) {
          lineArcs++;
          if (pwNode[p * W + w] < 0) pwNode[p * W + w] = L + pwCount++;
        }
      }
    }
  }
  const n = L + pwCount + 1;
  const root = n - 1;
  const m = lineArcs + pwCount + L;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  const cost = new Float64Array(m);
  const cap = new Float64Array(m);
  const flow = new Float64Array(m);
  const treeArc = new Int32Array(n);
  const arcPerson = new Int32Array(lineArcs);
  const arcWeek = new Int32Array(lineArcs);
  let e = 0;
  slot = 0;
  for (let l = 0; l < L; l++) {
    const line = inst.lines[l];
    const off = slot;
    slot += line.eligible.length;
    if (!(line.openHours > 0)) continue;
    const o = only ? only[l] : -1;
    if (o === -2) continue;
    const w0 = Math.max(0, line.weekFrom), w1 = Math.min(W - 1, line.weekTo);
    const el = line.eligible;
    for (let i = 0; i < el.length; i++) {
      const p = el[i];
      if (o >= 0 && p !== o) continue;
      if (allowed && allowed[off + i] === 0) continue;
      const person = inst.people[p];
      const c = person.costRate;
      if (!(c < pen[l])) continue;
      const free = person.free;
      for (let w = w0; w <= w1; w++) {
        if (free[w] > 0) {
          from[e] = l;
          to[e] = pwNode[p * W + w];
          cost[e] = c;
          cap[e] = Infinity;
          arcPerson[e] = p;
          arcWeek[e] = w;
          e++;
        }
      }
    }
  }
  // (person, week) -> sink
  const pwOfNode = new Int32Array(pwCount);
  for (let k = 0; k < P * W; k++) {
    const v = pwNode[k];
    if (v < 0) continue;
    pwOfNode[v - L] = k;
    from[e] = v;
    to[e] = root;
    cost[e] = 0;
    cap[e] = inst.people[(k / W) | 0].free[k % W];
    treeArc[v] = e;
    e++;
  }
  // line -> sink: unstaffed hours
  for (let l = 0; l < L; l++) {
    from[e] = l;
    to[e] = root;
    cost[e] = pen[l];
    cap[e] = Infinity;
    flow[e] = Math.max(0, inst.lines[l].openHours);
    treeArc[l] = e;
    e++;
  }
  const res = solveMinCostFlow({ nodeCount: n, root, arcCount: m, from, to, cost, cap, flow, treeArc });
  const pb = new PlanBuilder();
  for (let a = 0; a < lineArcs; a++) {
    const f = res.flow[a];
    if (f > 1e-9) pb.push(from[a], arcPerson[a], arcWeek[a], f);
  }
  const price = new Float64Array(P * W);
  for (let v = 0; v < pwCount; v++) {
    // reduced cost of (p,w)->root is pi[v] - pi[root]; the hour's price is its negative part
    const r = res.potential[L + v] - res.potential[root];
    price[pwOfNode[v]] = r < 0 ? -r : 0;
  }
  return { plan: pb.build(), price, pivots: res.pivots, arcs: m, nodes: n };
}

/** The optimal split-mode plan (exact). */
export function solveSplit(inst: StaffingInstance): SolveResult {
  const t0 = performance.now();
  const pen = linePenalties(inst);
  const sol = solveFlow(inst, pen);
  const parts = evaluatePlan(inst, sol.plan, pen);
  return {
    mode: 'split',
    plan: sol.plan,
    ...parts,
    bound: parts.objective,
    gap: 0,
    optimal: true,
    stats: { ms: performance.now() - t0, pivots: sol.pivots, arcs: sol.arcs, nodes: sol.nodes },
  };
}
