// Whole mode: each line goes to at most one person (a MIP).
//
// Method (exact when it terminates with gap 0, otherwise an honest proven gap):
//  1. The split-mode flow is the LP relaxation: its optimum is a lower bound, its duals are prices
//     of each person-week hour.
//  2. Lagrangian relaxation of the person-week capacities: for prices λ ≥ 0 each line picks, on its
//     own, the single best person and weeks. L(λ) is a lower bound and L(LP duals) ≥ LP bound.
//     Subgradient steps raise it.
//  3. Upper bounds: an assignment of one person per line, re-optimised exactly over weeks with the
//     same min-cost flow restricted to that person, improved by local search (move a line to
//     another person when that lowers the objective).
//  4. Branch and bound over the lines the bounds disagree on, when the gap is still open (bounded
//     by time): see branch() below.
import { lnsImprove } from './lns';
import { evaluatePlan, linePenalties, penaltyBase } from './objective';
import { solveFlow } from './split';
import type { SolveResult, StaffingInstance, StaffingPlan } from './types';

export interface WholeOptions {
  /** Stop improving after this many milliseconds (default 4000). */
  maxMs?: number;
  /** Relative gap at which to stop (default 1e-9). */
  gapTolerance?: number;
  /** Lagrangian iterations at the root (default 300). */
  iterations?: number;
  /** Large-neighbourhood search (default true). */
  lns?: boolean;
  /** Lagrangian steps per branch-and-bound node (default 15; 0 = LP bounds only). */
  nodeIterations?: number;
  /** LNS neighbourhood size (default 12 lines). */
  neighbourhood?: number;
  /** Lagrangian steps at the root / nodes of an LNS sub-problem (default 0 / 0). */
  subIterations?: number;
  subNodeIterations?: number;
}

interface Ctx {
  inst: StaffingInstance;
  pen: Float64Array;
  W: number;
  /** Offset of each line's eligible list in the flat slot arrays (length L + 1). */
  lineOff: Int32Array;
}

/** Persons per line in a plan: the one with most hours (ties: cheaper), -2 when none. */
function dominantPerson(ctx: Ctx, plan: StaffingPlan): { only: Int32Array; splitLines: number; rest: Float64Array } {
  const L = ctx.inst.lines.length;
  const only = new Int32Array(L).fill(-2);
  const hours = new Map<number, number>();
  const P = ctx.inst.people.length;
  const count = new Int32Array(L);
  for (let i = 0; i < plan.hours.length; i++) {
    const key = plan.line[i] * P + plan.person[i];
    const prev = hours.get(key);
    if (prev === undefined) count[plan.line[i]]++;
    hours.set(key, (prev ?? 0) + plan.hours[i]);
  }
  const best = new Float64Array(L).fill(-1);
  for (const [key, h] of hours) {
    const l = Math.floor(key / P), p = key % P;
    const b = best[l];
    if (h > b + 1e-9 || (Math.abs(h - b) <= 1e-9 && ctx.inst.people[p].costRate < ctx.inst.people[only[l]].costRate)) {
      best[l] = h;
      only[l] = p;
    }
  }
  let splitLines = 0;
  const rest = new Float64Array(L); // hours not on the dominant person
  for (let i = 0; i < plan.hours.length; i++) rest[plan.line[i]] += plan.hours[i];
  for (let l = 0; l < L; l++) {
    rest[l] = count[l] > 1 ? Math.max(1e-9, rest[l] - best[l]) : 0;
    if (count[l] > 1) splitLines++;
  }
  return { only, splitLines, rest };
}

/** Exact week distribution for a fixed person per line. */
function evalAssignment(ctx: Ctx, only: Int32Array): { plan: StaffingPlan; objective: number } {
  const sol = solveFlow(ctx.inst, ctx.pen, only);
  return { plan: sol.plan, objective: evaluatePlan(ctx.inst, sol.plan, ctx.pen).objective };
}

/**
 * Local search: move a line to another eligible person (or give an open line one) when the hours
 * that person still has free in the window make the objective lower. Returns the improved
 * assignment (the plan is re-optimised by the caller).
 */
function localSearch(ctx: Ctx, only: Int32Array, plan: StaffingPlan, passes = 4): Int32Array {
  const { inst, pen, W } = ctx;
  const P = inst.people.length, L = inst.lines.length;
  const used = new Float64Array(P * W);
  const lineHours = new Float64Array(L);
  // per line: its hours per week (dense, only for the assigned person)
  const lineWeek = new Float64Array(L * W);
  for (let i = 0; i < plan.hours.length; i++) {
    used[plan.person[i] * W + plan.week[i]] += plan.hours[i];
    lineHours[plan.line[i]] += plan.hours[i];
    lineWeek[plan.line[i] * W + plan.week[i]] += plan.hours[i];
  }
  const out = only.slice();
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    for (let l = 0; l < L; l++) {
      const line = inst.lines[l];
      const open = Math.max(0, line.openHours);
      if (!(open > 0)) continue;
      const cur = out[l];
      const curGain = cur >= 0 ? (pen[l] - inst.people[cur].costRate) * lineHours[l] : 0;
      if (cur >= 0 && lineHours[l] >= open - 1e-9) {
        // fully staffed: only a cheaper person can help
      }
      const w0 = Math.max(0, line.weekFrom), w1 = Math.min(W - 1, line.weekTo);
      let bestQ = -3, bestGain = curGain + 1e-7 * Math.max(1, Math.abs(curGain)), bestH = 0;
      for (const q of line.eligible) {
        if (q === cur) continue;
        const cq = inst.people[q].costRate;
        if (!(cq < pen[l])) continue;
        if ((pen[l] - cq) * open <= bestGain) continue;
        let avail = 0;
        const f = inst.people[q].free;
        for (let w = w0; w <= w1; w++) {
          const r = f[w] - used[q * W + w];
          if (r > 0) avail += r;
        }
        const h = Math.min(open, avail);
        const g = (pen[l] - cq) * h;
        if (g > bestGain) {
          bestGain = g;
          bestQ = q;
          bestH = h;
        }
      }
      if (bestQ === -3) continue;
      // apply: release the current person's weeks, fill the new person's weeks front to back
      if (cur >= 0)
        for (let w = w0; w <= w1; w++) {
          used[cur * W + w] -= lineWeek[l * W + w];
          lineWeek[l * W + w] = 0;
        }
      let left = bestH;
      const f = inst.people[bestQ].free;
      for (let w = w0; w <= w1 && left > 1e-12; w++) {
        const r = f[w] - used[bestQ * W + w];
        if (r <= 0) continue;
        const t = Math.min(r, left);
        used[bestQ * W + w] += t;
        lineWeek[l * W + w] = t;
        left -= t;
      }
      lineHours[l] = bestH - Math.max(0, left);
      out[l] = bestQ;
      improved = true;
    }
    if (!improved) break;
  }
  return out;
}

/** L(λ) and the per-line best single-person choice under prices λ. */
function lagrangian(
  ctx: Ctx,
  lambda: Float64Array,
  sub: Float64Array,
  only: Int32Array,
  allowed: Uint8Array | null = null,
): number {
  const { inst, pen, W } = ctx;
  const P = inst.people.length;
  let value = 0;
  sub.fill(0);
  for (let p = 0; p < P; p++) {
    const f = inst.people[p].free;
    for (let w = 0; w < W; w++) {
      const fr = f[w] > 0 ? f[w] : 0;
      value -= lambda[p * W + w] * fr;
      sub[p * W + w] = -fr;
    }
  }
  const rw = new Float64Array(W);
  const fw = new Float64Array(W);
  const ww = new Int32Array(W);
  for (let l = 0; l < inst.lines.length; l++) {
    const line = inst.lines[l];
    const open = Math.max(0, line.openHours);
    value += pen[l] * open;
    only[l] = -2;
    if (!(open > 0)) continue;
    const w0 = Math.max(0, line.weekFrom), w1 = Math.min(W - 1, line.weekTo);
    let best = 0, bestP = -2;
    const el = line.eligible;
    const off = ctx.lineOff[l];
    for (let i = 0; i < el.length; i++) {
      if (allowed && allowed[off + i] === 0) continue;
      const p = el[i];
      const c = inst.people[p].costRate - pen[l];
      if (!(c < 0)) continue;
      const f = inst.people[p].free;
      // insertion-sort the weeks by reduced cost
      let k = 0;
      for (let w = w0; w <= w1; w++) {
        if (!(f[w] > 0)) continue;
        const r = c + lambda[p * W + w];
        if (r >= 0) continue;
        let j = k++;
        while (j > 0 && rw[j - 1] > r) {
          rw[j] = rw[j - 1]; fw[j] = fw[j - 1]; ww[j] = ww[j - 1];
          j--;
        }
        rw[j] = r; fw[j] = f[w]; ww[j] = w;
      }
      let left = open, v = 0;
      for (let j = 0; j < k && left > 0; j++) {
        const t = fw[j] < left ? fw[j] : left;
        v += rw[j] * t;
        left -= t;
      }
      if (v < best) {
        best = v;
        bestP = p;
      }
    }
    value += best;
    only[l] = bestP;
    if (bestP >= 0) {
      // recompute the chosen person's hours for the subgradient
      const p = bestP, c = inst.people[p].costRate - pen[l], f = inst.people[p].free;
      let k = 0;
      for (let w = w0; w <= w1; w++) {
        if (!(f[w] > 0)) continue;
        const r = c + lambda[p * W + w];
        if (r >= 0) continue;
        let j = k++;
        while (j > 0 && rw[j - 1] > r) {
          rw[j] = rw[j - 1]; fw[j] = fw[j - 1]; ww[j] = ww[j - 1];
          j--;
        }
        rw[j] = r; fw[j] = f[w]; ww[j] = w;
      }
      let left = open;
      for (let j = 0; j < k && left > 0; j++) {
        const t = fw[j] < left ? fw[j] : left;
        sub[p * W + ww[j]] += t;
        left -= t;
      }
    }
  }
  return value;
}

/**
 * Regret greedy (as for generalised assignment): repeatedly give the line that would lose most by
 * not getting its best person that person; each line's hours take the person's least-contested
 * weeks first (lowest price). Only lines sharing the assigned person are re-evaluated.
 */
function regretGreedy(ctx: Ctx, price: Float64Array, useDual = false): Int32Array {
  const { inst, pen, W } = ctx;
  const L = inst.lines.length, P = inst.people.length;
  const resid = new Float64Array(P * W);
  for (let p = 0; p < P; p++) for (let w = 0; w < W; w++) resid[p * W + w] = Math.max(0, inst.people[p].free[w]);
  const linesOf: number[][] = Array.from({ length: P }, () => []);
  for (let l = 0; l < L; l++) for (const p of inst.lines[l].eligible) linesOf[p].push(l);
  const only = new Int32Array(L).fill(-2);
  const done = new Uint8Array(L);
  const regret = new Float64Array(L);
  const bestVal = new Float64Array(L);
  const bestP = new Int32Array(L).fill(-2);
  const wk = new Int32Array(W);
  const evalLine = (l: number) => {
    const line = inst.lines[l];
    const open = Math.max(0, line.openHours);
    const w0 = Math.max(0, line.weekFrom), w1 = Math.min(W - 1, line.weekTo);
    let b1 = 0, b2 = 0, p1 = -2;
    for (const p of line.eligible) {
      const m = pen[l] - inst.people[p].costRate;
      if (!(m > 0)) continue;
      let v: number;
      if (useDual) {
        // profit net of the hours' prices, cheapest weeks first
        let k = 0;
        for (let w = w0; w <= w1; w++) if (resid[p * W + w] > 0) wk[k++] = w;
        const sub = wk.subarray(0, k).sort((a, b) => price[p * W + a] - price[p * W + b]);
        let left = open;
        v = 0;
        for (let j = 0; j < k && left > 1e-12; j++) {
          const w = sub[j];
          const g = m - price[p * W + w];
          if (g <= 0) break;
          const t = Math.min(left, resid[p * W + w]);
          v += g * t;
          left -= t;
        }
      } else {
        let avail = 0;
        for (let w = w0; w <= w1; w++) avail += resid[p * W + w];
        v = m * Math.min(open, avail);
      }
      if (v > b1) { b2 = b1; b1 = v; p1 = p; } else if (v > b2) b2 = v;
    }
    bestVal[l] = b1;
    bestP[l] = p1;
    regret[l] = b1 - b2;
  };
  for (let l = 0; l < L; l++) evalLine(l);
  const ws: number[] = [];
  for (;;) {
    let pick = -1;
    for (let l = 0; l < L; l++) {
      if (done[l] || bestP[l] < 0) continue;
      if (pick < 0 || regret[l] > regret[pick] || (regret[l] === regret[pick] && bestVal[l] > bestVal[pick])) pick = l;
    }
    if (pick < 0) break;
    const p = bestP[pick];
    const line = inst.lines[pick];
    done[pick] = 1;
    only[pick] = p;
    ws.length = 0;
    for (let w = Math.max(0, line.weekFrom); w <= Math.min(W - 1, line.weekTo); w++) if (resid[p * W + w] > 0) ws.push(w);
    ws.sort((a, b) => price[p * W + a] - price[p * W + b] || a - b);
    let left = Math.max(0, line.openHours);
    for (const w of ws) {
      if (left <= 1e-12) break;
      const t = Math.min(left, resid[p * W + w]);
      resid[p * W + w] -= t;
      left -= t;
    }
    for (const l of linesOf[p]) if (!done[l]) evalLine(l);
  }
  return only;
}

interface Node {
  allowed: Uint8Array;
  lambda: Float64Array;
  /** Bound inherited from the parent (valid for this node). */
  bound: number;
  depth: number;
}

export function solveWhole(inst: StaffingInstance, opts: WholeOptions = {}): SolveResult {
  const t0 = performance.now();
  const maxMs = opts.maxMs ?? 4000;
  const tol = opts.gapTolerance ?? 1e-9;
  const rootIterations = opts.iterations ?? 300;
  const nodeIterations = opts.nodeIterations ?? 15;
  const L = inst.lines.length, W = inst.weeks, P = inst.people.length, PW = P * W;
  const lineOff = new Int32Array(L + 1);
  for (let l = 0; l < L; l++) lineOff[l + 1] = lineOff[l] + inst.lines[l].eligible.length;
  const ctx: Ctx = { inst, pen: linePenalties(inst), W, lineOff };
  const stats: Record<string, number> = {};
  const elapsed = () => performance.now() - t0;

  const lp = solveFlow(inst, ctx.pen);
  const lpValue = evaluatePlan(inst, lp.plan, ctx.pen).objective;
  stats.lpMs = elapsed();
  stats.lpBound = lpValue;
  const dom = dominantPerson(ctx, lp.plan);
  stats.splitLines = dom.splitLines;

  let best: { plan: StaffingPlan; objective: number };
  let lb = lpValue;
  const lastTried = new Int32Array(L).fill(-3);
  if (dom.splitLines === 0) {
    best = { plan: lp.plan, objective: lpValue };
  } else {
    best = evalAssignment(ctx, dom.only);
    tryImprove(dom.only, best.plan);
  }
  const absTol = () => tol * Math.max(1, Math.abs(best.objective));
  if (dom.splitLines > 0) {
    const before = best.objective;
    tryImprove(regretGreedy(ctx, lp.price), null);
    stats.regretGain = before - best.objective;
  }
  stats.heuristicMs = elapsed();

  function tryImprove(only: Int32Array, plan: StaffingPlan | null): void {
    let same = true;
    for (let l = 0; l < L; l++) if (lastTried[l] !== only[l]) { same = false; break; }
    if (same) return;
    lastTried.set(only);
    let cand = plan ? { plan, objective: evaluatePlan(inst, plan, ctx.pen).objective } : evalAssignment(ctx, only);
    if (cand.objective < best.objective) best = cand;
    const ls = localSearch(ctx, only, cand.plan);
    cand = evalAssignment(ctx, ls);
    if (cand.objective < best.objective) best = cand;
  }

  const sub = new Float64Array(PW);
  const only = new Int32Array(L);
  let iterTotal = 0;

  /** Subgradient ascent from lambda (in place); returns the best bound seen. */
  function ascend(lambda: Float64Array, allowed: Uint8Array | null, iters: number, start: number, until = maxMs): number {
    let bound = start;
    let theta = 0.5;
    let since = 0;
    const bestLambda = lambda.slice();
    const bestOnly = new Int32Array(L).fill(-2);
    for (let it = 0; it < iters; it++) {
      if (elapsed() > until) break;
      iterTotal++;
      const v = lagrangian(ctx, lambda, sub, only, allowed);
      if (v > bound + 1e-12 * Math.abs(v)) {
        bound = v;
        bestLambda.set(lambda);
        bestOnly.set(only);
        since = 0;
      } else if (++since >= 8) {
        theta /= 2;
        since = 0;
      }
      if (bound >= best.objective - absTol()) break;
      if (it % 20 === 10) tryImprove(only, null);
      let norm = 0;
      let violated = false;
      for (let k = 0; k < PW; k++) {
        const s = sub[k];
        if (s > 1e-9) violated = true;
        if (s > 0 || lambda[k] > 0) norm += s * s;
      }
      if (!violated) tryImprove(only, null);
      if (norm < 1e-12) break;
      const step = (theta * (best.objective - v)) / norm;
      for (let k = 0; k < PW; k++) {
        const x = lambda[k] + step * sub[k];
        lambda[k] = x > 0 ? x : 0;
      }
      if (theta < 1e-5) break;
    }
    lambda.set(bestLambda);
    only.set(bestOnly);
    return bound;
  }

  // root
  const rootAllowed = new Uint8Array(lineOff[L]).fill(1);
  const rootLambda = lp.price.slice();
  if (best.objective - lb > absTol()) {
    lb = Math.max(lb, ascend(rootLambda, null, rootIterations, lb, maxMs * 0.45));
  }
  if (best.objective - lb > absTol() && rootIterations > 0) {
    const before = best.objective;
    tryImprove(regretGreedy(ctx, rootLambda, true), null);
    tryImprove(regretGreedy(ctx, rootLambda, false), null);
    stats.regretDualGain = before - best.objective;
  }
  stats.rootBound = lb;
  stats.rootMs = elapsed();

  // large-neighbourhood search on the incumbent
  if (opts.lns !== false && best.objective - lb > absTol()) {
    const base = penaltyBase(inst);
    const res = lnsImprove(inst, ctx.pen, base, best.plan, (sub, ms) => {
      const r = solveWhole(sub, { maxMs: ms, lns: false, iterations: opts.subIterations ?? 0, nodeIterations: opts.subNodeIterations ?? 0 });
      return { plan: r.plan, objective: r.objective, optimal: r.optimal, nodes: r.stats.nodes ?? 0 };
    }, {
      deadline: t0 + maxMs * 0.9,
      neighbourhood: opts.neighbourhood ?? 12,
      subMs: 25,
      patience: Math.max(50, 2 * L),
      seed: 12345,
    });
    // re-optimise the weeks of the new assignment globally
    const onlyNow = dominantPerson(ctx, res.plan).only;
    const cand = evalAssignment(ctx, onlyNow);
    const v = evaluatePlan(inst, res.plan, ctx.pen).objective;
    if (v < best.objective) best = { plan: res.plan, objective: v };
    if (cand.objective < best.objective) best = cand;
    stats.lnsImproved = res.improved;
    stats.lnsTried = res.tried;
    stats.lnsProven = res.proven;
    stats.lnsNodes = res.nodes;
    stats.lnsMs = elapsed();
  }

  // Branch and bound, depth first. Node bound: the split-flow LP with the node's exclusions
  // (exact, by network simplex), raised by a few Lagrangian steps from that LP's prices.
  // Branch on the split line with most hours off its main person: main person / anyone else.
  // A node whose LP splits no line is solved by its LP plan, so the search is exact.
  let nodes = 0;
  let openBound = Infinity;
  let exhausted = false;
  if (best.objective - lb > absTol()) {
    const stack: Node[] = [{ allowed: rootAllowed, lambda: rootLambda, bound: lb, depth: 0 }];
    for (;;) {
      const node = stack.pop();
      if (!node) { exhausted = true; break; }
      if (node.bound >= best.objective - absTol()) continue;
      if (elapsed() > maxMs) {
        openBound = node.bound;
        for (const n of stack) openBound = Math.min(openBound, n.bound);
        break;
      }
      nodes++;
      const sol = node.depth === 0 ? lp : solveFlow(inst, ctx.pen, null, node.allowed);
      const value = node.depth === 0 ? lpValue : evaluatePlan(inst, sol.plan, ctx.pen).objective;
      let bound = Math.max(node.bound, value);
      if (bound >= best.objective - absTol()) continue;
      const d = node.depth === 0 ? dom : dominantPerson(ctx, sol.plan);
      if (d.splitLines === 0) {
        if (value < best.objective) best = { plan: sol.plan, objective: value };
        continue;
      }
      if (nodeIterations > 0 || node.depth === 0) tryImprove(d.only, null);
      if (node.depth > 0 && bound < best.objective - absTol()) {
        // the Lagrangian at the node LP's prices is never below the LP bound
        bound = Math.max(bound, lagrangian(ctx, sol.price, sub, only, node.allowed));
      }
      if (node.depth > 0 && nodeIterations > 0 && bound < best.objective - absTol()) {
        const lam = sol.price.slice();
        bound = Math.max(bound, ascend(lam, node.allowed, nodeIterations, bound));
      }
      if (bound >= best.objective - absTol()) continue;
      let bl = -1, bScore = -1;
      for (let l = 0; l < L; l++) {
        const sc = d.rest[l] * ctx.pen[l];
        if (sc > bScore) { bScore = sc; bl = l; }
      }
      const p = d.only[bl];
      const el = inst.lines[bl].eligible;
      const off = lineOff[bl];
      const a = node.allowed.slice(); // only p
      const b = node.allowed.slice(); // anyone but p
      for (let i = 0; i < el.length; i++) {
        if (el[i] === p) b[off + i] = 0;
        else a[off + i] = 0;
      }
      stack.push({ allowed: b, lambda: node.lambda, bound, depth: node.depth + 1 });
      stack.push({ allowed: a, lambda: node.lambda, bound, depth: node.depth + 1 });
    }
    if (exhausted) lb = best.objective;
    else lb = Math.max(lb, Math.min(openBound, best.objective));
  } else {
    lb = best.objective;
  }
  stats.nodes = nodes;
  stats.lagrangeIterations = iterTotal;
  const parts = evaluatePlan(inst, best.plan, ctx.pen);
  const bound = Math.min(lb, parts.objective);
  const gap = Math.max(0, (parts.objective - bound) / Math.max(1, Math.abs(parts.objective)));
  stats.ms = elapsed();
  return { mode: 'whole', plan: best.plan, ...parts, bound, gap, optimal: gap <= tol, stats };
}
