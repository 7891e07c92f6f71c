// Whole mode on one independent part, in phases that the caller runs with deadlines, so that the
// time of every phase can be shared across parts (whole.ts): start (LP and first assignment),
// lns, root (Lagrangian bound), branch (branch and bound).
import { lagrangian } from './lagrange';
import { lnsImprove } from './lns';
import { evaluatePlan, linePenalties } from './objective';
import { solveFlow, type FlowSolution } from './split';
import type { SolveResult, StaffingInstance, StaffingPlan } from './types';
import type { WholeOptions } from './whole';
import { dominantPerson, evalAssignment, localSearch, regretGreedy, type Ctx } from './wholeHeuristics';

interface Node {
  allowed: Uint8Array;
  /** Bound inherited from the parent (valid for this node). */
  bound: number;
  depth: number;
}

export class PartSolver {
  readonly stats: Record<string, number> = {};
  private readonly ctx: Ctx;
  private readonly tol: number;
  private readonly lp: FlowSolution;
  private readonly lpValue: number;
  private readonly dom: ReturnType<typeof dominantPerson>;
  private best: { plan: StaffingPlan; objective: number };
  private lb: number;
  private readonly lastTried: Int32Array;
  private readonly sub: Float64Array;
  private readonly only: Int32Array;
  private readonly rootLambda: Float64Array;
  private iterations = 0;
  private proven = false;
  private lnsExhausted = false;

  constructor(readonly inst: StaffingInstance, private readonly opts: WholeOptions) {
    const t0 = performance.now();
    const L = inst.lines.length, W = inst.weeks;
    const lineOff = new Int32Array(L + 1);
    for (let l = 0; l < L; l++) lineOff[l + 1] = lineOff[l] + inst.lines[l].eligible.length;
    this.ctx = { inst, pen: linePenalties(inst), W, lineOff };
    this.tol = opts.gapTolerance ?? 1e-9;
    this.lastTried = new Int32Array(L).fill(-3);
    this.sub = new Float64Array(inst.people.length * W);
    this.only = new Int32Array(L);
    this.lp = solveFlow(inst, this.ctx.pen);
    this.lpValue = evaluatePlan(inst, this.lp.plan, this.ctx.pen).objective;
    this.rootLambda = this.lp.price.slice();
    this.lb = this.stats.lpBound = this.lpValue;
    this.dom = dominantPerson(this.ctx, this.lp.plan);
    this.stats.splitLines = this.dom.splitLines;
    this.best = { plan: this.lp.plan, objective: this.lpValue };
    if (this.dom.splitLines > 0) {
      this.best = evalAssignment(this.ctx, this.dom.only);
      this.tryImprove(this.dom.only, this.best.plan);
      this.tryImprove(regretGreedy(this.ctx, this.lp.price), null);
    }
    this.stats.startMs = performance.now() - t0;
  }

  /** Lines in the part: what its share of time is measured by. */
  get size(): number {
    return this.inst.lines.length;
  }

  get open(): boolean {
    return !this.proven && this.best.objective - this.lb > this.absTol();
  }

  /** Whether more LNS time could still pay off. */
  get searching(): boolean {
    return this.open && this.opts.lns !== false && !this.lnsExhausted;
  }

  /** Large-neighbourhood search on the incumbent's assignment (may be called again). */
  lns(deadline: number): void {
    if (!this.searching) return;
    const t0 = performance.now();
    const res = lnsImprove(this.inst, this.ctx.pen, dominantPerson(this.ctx, this.best.plan).only, {
      deadline,
      neighbourhood: this.opts.neighbourhood ?? 8,
      nodeLimit: this.opts.nodeLimit ?? 1000,
      patience: Math.max(50, 6 * this.size),
      seed: 12345,
    });
    const cand = evalAssignment(this.ctx, res.only);
    if (cand.objective < this.best.objective) this.best = cand;
    this.lnsExhausted = res.exhausted;
    this.add('lnsImproved', res.improved);
    this.add('lnsTried', res.tried);
    this.add('lnsMs', performance.now() - t0);
  }

  /** Subgradient ascent of the Lagrangian bound from the LP prices. */
  root(deadline: number): void {
    if (!this.open) return;
    const t0 = performance.now();
    // without the LNS, the Lagrangian's own assignments are worth trying as plans
    const probe = this.opts.lns === false;
    this.lb = Math.max(this.lb, this.ascend(this.rootLambda, null, this.opts.iterations ?? 1000, this.lb, deadline, probe));
    if (probe && this.open) {
      this.tryImprove(regretGreedy(this.ctx, this.rootLambda, true), null);
      this.tryImprove(regretGreedy(this.ctx, this.rootLambda, false), null);
    }
    this.stats.rootBound = this.lb;
    this.add('rootMs', performance.now() - t0);
  }

  /**
   * Branch and bound, depth first. Node bound: the split-flow LP with the node's exclusions
   * (exact, by network simplex), raised by a few Lagrangian steps from that LP's prices.
   * Branch on the split line with most hours off its main person: main person / anyone else.
   * A node whose LP splits no line is solved by its LP plan, so the search is exact.
   */
  branch(deadline: number): void {
    if (!this.open || this.opts.branch === false) return;
    const { inst, ctx } = this;
    const stack: Node[] = [{ allowed: new Uint8Array(ctx.lineOff[inst.lines.length]).fill(1), bound: this.lb, depth: 0 }];
    let nodes = 0;
    for (;;) {
      const node = stack.pop();
      if (!node) { this.proven = true; break; }
      if (node.bound >= this.best.objective - this.absTol()) continue;
      if (performance.now() > deadline) {
        let open = node.bound;
        for (const n of stack) open = Math.min(open, n.bound);
        this.lb = Math.max(this.lb, open);
        break;
      }
      nodes++;
      const on = this.node(node);
      if (on) stack.push(...this.children(node, on.line, on.person));
    }
    this.add('nodes', nodes);
  }

  /** Bounds a node (raising node.bound); returns what to branch on, or null when done with it. */
  private node(node: Node): { line: number; person: number } | null {
    const { inst, ctx } = this;
    const root = node.depth === 0;
    const sol = root ? this.lp : solveFlow(inst, ctx.pen, null, node.allowed);
    const value = root ? this.lpValue : evaluatePlan(inst, sol.plan, ctx.pen).objective;
    const cut = () => node.bound >= this.best.objective - this.absTol();
    node.bound = Math.max(node.bound, value);
    if (cut()) return null;
    const d = root ? this.dom : dominantPerson(ctx, sol.plan);
    if (d.splitLines === 0) {
      if (value < this.best.objective) this.best = { plan: sol.plan, objective: value };
      return null;
    }
    const nodeIterations = this.opts.nodeIterations ?? 15;
    if (nodeIterations > 0 || root) this.tryImprove(d.only, null);
    if (!root && !cut()) {
      // the Lagrangian at the node LP's prices is never below the LP bound
      node.bound = Math.max(node.bound, lagrangian(ctx, sol.price, this.sub, this.only, node.allowed));
      if (nodeIterations > 0 && !cut()) node.bound = Math.max(node.bound, this.ascend(sol.price.slice(), node.allowed, nodeIterations, node.bound));
    }
    if (cut()) return null;
    let bl = -1, bScore = -1;
    for (let l = 0; l < inst.lines.length; l++) {
      const sc = d.rest[l] * ctx.pen[l];
      if (sc > bScore) { bScore = sc; bl = l; }
    }
    return { line: bl, person: d.only[bl] };
  }

  /** Children of a node on line l, searched in this order: anyone but p / only p (popped first). */
  private children(node: Node, l: number, p: number): [Node, Node] {
    const el = this.inst.lines[l].eligible, off = this.ctx.lineOff[l];
    const a = node.allowed.slice();
    const b = node.allowed.slice();
    for (let i = 0; i < el.length; i++) {
      if (el[i] === p) b[off + i] = 0;
      else a[off + i] = 0;
    }
    const depth = node.depth + 1;
    return [{ allowed: b, bound: node.bound, depth }, { allowed: a, bound: node.bound, depth }];
  }

  result(): SolveResult {
    const parts = evaluatePlan(this.inst, this.best.plan, this.ctx.pen);
    const bound = this.proven || !this.open ? parts.objective : Math.min(this.lb, parts.objective);
    const gap = Math.max(0, (parts.objective - bound) / Math.max(1, Math.abs(parts.objective)));
    this.stats.lagrangeIterations = this.iterations;
    return { mode: 'whole', plan: this.best.plan, ...parts, bound, gap, optimal: gap <= this.tol, stats: this.stats };
  }

  private absTol(): number {
    return this.tol * Math.max(1, Math.abs(this.best.objective));
  }

  private add(key: string, v: number): void {
    this.stats[key] = (this.stats[key] ?? 0) + v;
  }

  /** Takes an assignment (and its plan, if known) and its single-line-move improvement. */
  private tryImprove(only: Int32Array, plan: StaffingPlan | null): void {
    const { ctx, lastTried } = this;
    let same = true;
    for (let l = 0; l < only.length; l++) if (lastTried[l] !== only[l]) { same = false; break; }
    if (same) return;
    lastTried.set(only);
    let cand = plan ? { plan, objective: evaluatePlan(this.inst, plan, ctx.pen).objective } : evalAssignment(ctx, only);
    if (cand.objective < this.best.objective) this.best = cand;
    cand = evalAssignment(ctx, localSearch(ctx, only, cand.plan));
    if (cand.objective < this.best.objective) this.best = cand;
  }

  /** Subgradient ascent from lambda (in place); returns the best bound seen. */
  private ascend(lambda: Float64Array, allowed: Uint8Array | null, iters: number, start: number, deadline = Infinity, probe = true): number {
    const { ctx, sub, only } = this;
    const PW = sub.length;
    let bound = start, theta = 1, since = 0;
    const bestLambda = lambda.slice();
    for (let it = 0; it < iters && performance.now() < deadline; it++) {
      this.iterations++;
      const v = lagrangian(ctx, lambda, sub, only, allowed);
      if (v > bound + 1e-12 * Math.abs(v)) {
        bound = v;
        bestLambda.set(lambda);
        since = 0;
      } else if (++since >= 20) {
        theta /= 2;
        since = 0;
      }
      if (bound >= this.best.objective - this.absTol()) break;
      if (probe && it % 20 === 10) this.tryImprove(only, null);
      let norm = 0, violated = false;
      for (let k = 0; k < PW; k++) {
        const s = sub[k];
        if (s > 1e-9) violated = true;
        if (s > 0 || lambda[k] > 0) norm += s * s;
      }
      if (probe && !violated) this.tryImprove(only, null);
      if (norm < 1e-12 || theta < 1e-5) break;
      const step = (theta * (this.best.objective - v)) / norm;
      for (let k = 0; k < PW; k++) {
        const x = lambda[k] + step * sub[k];
        lambda[k] = x > 0 ? x : 0;
      }
    }
    lambda.set(bestLambda);
    return bound;
  }
}
