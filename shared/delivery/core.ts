// The scheduling core of "When can we deliver?", on plain numbers: working days 0..days−1 of the
// studio calendar, each person's free grid units (seconds) per working day, and phases with their
// role demands. No dates, no I/O: the exactness tests feed it small instances directly.
//
// Semantics (README "When can we deliver?"): phases are placed one at a time in dependency order
// (ties: list order). A phase of duration d occupies d consecutive working days, starting no
// earlier than the earliest start and the working day after each dependency's last day. It fits
// a window when every role demand can be covered there: the demand's hours come from at most
// `maxPeople` eligible people (its team), each giving at most their free units on each day of the
// window (what is left after the phases placed before it). A person serves one demand per phase.
// The phase takes the first window that fits; its hours are then taken from the free grid.
// A stretching phase (a demand line of no phase) starts on its ready day and its duration is the
// least it lasts: it grows a working day at a time until its hours fit, so it ends on the earliest
// day by which they can be done there (a fixed-length window that only slides might fit nowhere).

export interface CoreDemand {
  /** Grid units (seconds) needed. */
  units: number;
  /** At most this many people (Infinity: no limit). */
  maxPeople: number;
  /** Person indexes who may work on it. */
  eligible: readonly number[];
}

export interface CorePhase {
  duration: number;
  /** Starts on its ready day and lasts `duration` working days or longer, until its hours fit. */
  stretch?: boolean;
  /** First working day it may start on (besides the problem's earliest), if any. */
  notBefore?: number;
  /** Indexes of phases that must finish first. */
  deps: readonly number[];
  demands: readonly CoreDemand[];
}

export interface CoreProblem {
  /** Working days in the horizon. */
  days: number;
  /** Per person, free units per working day. */
  free: readonly ArrayLike<number>[];
  phases: readonly CorePhase[];
  /** The first working day a phase may start on. */
  earliest: number;
}

export interface CoreAssignment {
  demand: number;
  person: number;
  /** Units per day of the window (index 0 = the phase's first day). */
  units: number[];
}

export interface CorePlacement {
  /** First working day allowed by the dependencies and the earliest start. */
  ready: number;
  start: number;
  end: number;
  assignments: CoreAssignment[];
}

export interface CoreSchedule {
  /** Per phase (input order); null when it fits nowhere in the horizon (nor do its dependants). */
  placements: (CorePlacement | null)[];
  /** Last working day of the last phase, or null when some phase was not placed. */
  finish: number | null;
  order: number[];
}

/** Phases in dependency order, ties by list order; throws naming a phase on a cycle. */
export function dependencyOrder(phases: readonly { deps: readonly number[] }[]): number[] {
  const indegree = phases.map((p) => p.deps.length);
  const next: number[][] = phases.map(() => []);
  phases.forEach((p, i) => p.deps.forEach((d) => next[d].push(i)));
  const order: number[] = [];
  const ready = new Set<number>();
  indegree.forEach((n, i) => n === 0 && ready.add(i));
  while (ready.size) {
    const i = Math.min(...ready);
    ready.delete(i);
    order.push(i);
    for (const j of next[i]) if (--indegree[j] === 0) ready.add(j);
  }
  if (order.length < phases.length) throw new CycleError(phases.map((_, i) => i).filter((i) => indegree[i] > 0));
  return order;
}

export class CycleError extends Error {
  constructor(readonly phases: number[]) {
    super('The phases depend on each other in a circle');
  }
}

/** Prefix sums of input rows, kept while the row lives: later runs on the same rows (a later start, a way out) reuse them. */
const prefixCache = new WeakMap<object, Float64Array>();

function prefixInto(row: ArrayLike<number>, pre: Float64Array): Float64Array {
  pre[0] = 0;
  for (let t = 0; t < row.length; t++) pre[t + 1] = pre[t] + row[t];
  return pre;
}

function prefixOf(row: ArrayLike<number>): Float64Array {
  let pre = prefixCache.get(row);
  if (!pre) prefixCache.set(row, (pre = prefixInto(row, new Float64Array(row.length + 1))));
  return pre;
}

/** Computes the prefix sums of many rows of one length into one buffer (one allocation, not one per person). */
export function primePrefixes(rows: readonly ArrayLike<number>[]): void {
  const todo = rows.filter((r) => !prefixCache.has(r));
  if (todo.length === 0) return;
  const n = todo[0].length + 1;
  const buf = new Float64Array(todo.length * n);
  todo.forEach((row, i) => prefixCache.set(row, prefixInto(row, buf.subarray(i * n, (i + 1) * n))));
}

/** Free grids with prefix sums, copied per person on first write (the input rows are never changed). */
class FreeGrid {
  private rows: ArrayLike<number>[];
  /** Prefix sums of rows this grid has written (the others come from the cache). */
  private own: (Float64Array | undefined)[];
  private owned: boolean[];
  constructor(free: readonly ArrayLike<number>[]) {
    this.rows = [...free];
    this.own = new Array(free.length);
    this.owned = free.map(() => false);
  }
  at(p: number, t: number): number {
    return this.rows[p][t];
  }
  /** Σ free units of p over [from, from + n). */
  window(p: number, from: number, n: number): number {
    const pre = this.owned[p] ? (this.own[p] ??= prefixInto(this.rows[p], new Float64Array(this.rows[p].length + 1))) : prefixOf(this.rows[p]);
    return pre[from + n] - pre[from];
  }
  take(p: number, t: number, units: number): void {
    if (!this.owned[p]) {
      this.rows[p] = Float64Array.from(this.rows[p]);
      this.owned[p] = true;
    }
    (this.rows[p] as Float64Array)[t] -= units;
    this.own[p] = undefined;
  }
}

/** The team for one demand in a window: up to maxPeople with the most free units (ties: lower index). */
function team(grid: FreeGrid, demand: CoreDemand, start: number, n: number, busy: Set<number>): { people: number[]; units: number } {
  const k = demand.maxPeople;
  const best: { p: number; u: number }[] = [];
  for (const p of demand.eligible) {
    if (busy.has(p)) continue;
    const u = grid.window(p, start, n);
    if (u <= 0) continue;
    if (best.length >= k && u <= best[best.length - 1].u) continue;
    let i = best.length;
    while (i > 0 && (best[i - 1].u < u || (best[i - 1].u === u && best[i - 1].p > p))) i--;
    best.splice(i, 0, { p, u });
    if (best.length > k) best.pop();
  }
  let units = 0;
  for (const b of best) units += b.u;
  return { people: best.map((b) => b.p), units };
}

/** Demands served in order of fewest eligible people (the scarcest first), then list order. */
function demandOrder(phase: CorePhase): number[] {
  return phase.demands.map((_, d) => d).sort((a, b) => phase.demands[a].eligible.length - phase.demands[b].eligible.length || a - b);
}

interface Cover {
  assignments: CoreAssignment[];
  /** Units per demand that the team could not give (0 when covered). */
  missing: number[];
}

/** The assignments that cover a phase in [start, start + duration), and what they leave missing. */
function cover(grid: FreeGrid, phase: CorePhase, start: number, stopWhenShort: boolean): Cover | null {
  const n = phase.duration;
  const busy = new Set<number>();
  const out: CoreAssignment[] = [];
  const missing = phase.demands.map(() => 0);
  for (const d of demandOrder(phase)) {
    const demand = phase.demands[d];
    if (demand.units <= 0) continue;
    const t = team(grid, demand, start, n, busy);
    if (t.units < demand.units && stopWhenShort) return null;
    let left = demand.units;
    for (const p of t.people) {
      if (left <= 0) break;
      busy.add(p);
      const units = new Array<number>(n).fill(0);
      for (let i = 0; i < n && left > 0; i++) {
        const u = Math.min(left, grid.at(p, start + i));
        if (u <= 0) continue;
        units[i] = u;
        left -= u;
      }
      out.push({ demand: d, person: p, units });
    }
    missing[d] = Math.max(0, left);
  }
  return { assignments: out, missing };
}

/** Units the phase would be short in [start, start + duration) (0: it fits). */
function shortfall(grid: FreeGrid, phase: CorePhase, start: number): number {
  const busy = new Set<number>();
  let short = 0;
  for (const d of demandOrder(phase)) {
    const demand = phase.demands[d];
    if (demand.units <= 0) continue;
    const t = team(grid, demand, start, phase.duration, busy);
    t.people.forEach((p) => busy.add(p));
    short += Math.max(0, demand.units - t.units);
  }
  return short;
}

export interface HelpOptions {
  /** Per phase, the last working day it may start on to meet the date; hours it lacks there are "missing" (bought in). */
  latestStart: readonly number[];
}

/** Topological orders of the phases (list order first), at most `limit` of them. */
export function dependencyOrders(phases: readonly CorePhase[], limit: number): number[][] {
  const out: number[][] = [];
  const placed = new Set<number>();
  const order: number[] = [];
  const rec = () => {
    if (out.length >= limit) return;
    if (order.length === phases.length) { out.push([...order]); return; }
    for (let i = 0; i < phases.length; i++) {
      if (placed.has(i) || !phases[i].deps.every((d) => placed.has(d))) continue;
      placed.add(i); order.push(i);
      rec();
      placed.delete(i); order.pop();
    }
  };
  rec();
  return out;
}

/** Orders tried outside the exact case (fewer on big pools, to answer while a phase is dragged). */
export const ORDERS_TRIED = 24;
const ORDERS_TRIED_BIG = 6;
/** Past this many eligible people, fewer alternatives are tried (orders, phases to split). */
export const BIG_POOL = 500;

/**
 * The earliest finish: one pass in dependency order in the exact case (it is then optimal);
 * otherwise the best of up to ORDERS_TRIED placement orders (ORDERS_TRIED_BIG past BIG_POOL people), since a phase placed first may take
 * people a parallel phase needed more.
 */
export function bestSchedule(problem: CoreProblem): CoreSchedule & { missing: number[][] } {
  const first = schedule(problem);
  if (isExactCase(problem.phases)) return first;
  let best = first;
  const limit = problem.free.length > BIG_POOL ? ORDERS_TRIED_BIG : ORDERS_TRIED;
  for (const order of dependencyOrders(problem.phases, limit).slice(1)) {
    const s = schedule(problem, undefined, order);
    if (s.finish !== null && (best.finish === null || s.finish < best.finish)) best = s;
  }
  return best;
}

/**
 * Earliest placement of every phase, in dependency order, on the free grid. With `help`, each
 * phase instead starts where it lacks the fewest hours between its ready day and its latest start
 * (earliest on ties), and `missing` says what it lacks per demand.
 */
export function schedule(problem: CoreProblem, help?: HelpOptions, placeOrder?: readonly number[]): CoreSchedule & { missing: number[][] } {
  const order = placeOrder ? [...placeOrder] : dependencyOrder(problem.phases);
  const { placements, missing, finish } = run(problem, order, help);
  return { placements, finish: finish === -1 ? problem.earliest - 1 : finish, order, missing };
}

/** Places the phases in `order` on a fresh grid; with `stopBefore`, stops when that phase's turn comes (its grid as it would see it). */
function run(problem: CoreProblem, order: readonly number[], help?: HelpOptions, stopBefore?: number) {
  const grid = new FreeGrid(problem.free);
  const placements: (CorePlacement | null)[] = problem.phases.map(() => null);
  const missing = problem.phases.map((p) => p.demands.map(() => 0));
  let finish: number | null = -1;
  for (const i of order) {
    if (i === stopBefore) break;
    const phase = { ...problem.phases[i], duration: Math.max(1, problem.phases[i].duration) };
    const ready = readyDay(problem, placements, i);
    if (ready === null) { finish = null; continue; }
    const placed = help ? placeWithHelp(grid, phase, ready, Math.min(help.latestStart[i], problem.days - phase.duration)) : place(grid, phase, ready, problem.days);
    if (placed) missing[i] = placed.missing;
    placements[i] = placed && { ready, start: placed.start, end: placed.end, assignments: placed.assignments };
    if (!placed) { finish = null; continue; }
    if (finish !== null) finish = Math.max(finish, placed.end);
  }
  return { grid, placements, missing, finish };
}

/** The first working day phase i may start on, given the placements so far (null: a dependency is not placed). */
function readyDay(problem: CoreProblem, placements: readonly (CorePlacement | null)[], i: number): number | null {
  const phase = problem.phases[i];
  let ready = Math.max(problem.earliest, phase.notBefore ?? 0);
  for (const d of phase.deps) {
    const dep = placements[d];
    if (!dep) return null;
    ready = Math.max(ready, dep.end + 1);
  }
  return ready;
}

function take(grid: FreeGrid, start: number, c: Cover): Cover & { start: number } {
  for (const a of c.assignments) a.units.forEach((u, i) => u > 0 && grid.take(a.person, start + i, u));
  return { ...c, start };
}

function place(grid: FreeGrid, phase: CorePhase, ready: number, days: number): (Cover & { start: number; end: number }) | null {
  if (phase.stretch) return stretchFrom(grid, phase, ready, days);
  for (let s = ready; s + phase.duration <= days; s++) {
    const c = cover(grid, phase, s, true);
    if (c) return { ...take(grid, s, c), end: s + phase.duration - 1 };
  }
  return null;
}

/** A stretching phase from its ready day: the shortest length, from its duration up, whose window covers it. */
function stretchFrom(grid: FreeGrid, phase: CorePhase, ready: number, days: number): (Cover & { start: number; end: number }) | null {
  for (let n = phase.duration; ready + n <= days; n++) {
    const c = cover(grid, { ...phase, duration: n }, ready, true);
    if (c) return { ...take(grid, ready, c), end: ready + n - 1 };
  }
  return null;
}

/** Working days a placed phase ends later than its duration from its ready day allows (its wait for capacity). */
export function heldBack(phase: CorePhase, pl: CorePlacement): number {
  return pl.end - (pl.ready + Math.max(1, phase.duration) - 1);
}

function placeWithHelp(grid: FreeGrid, phase: CorePhase, ready: number, latest: number): (Cover & { start: number; end: number }) | null {
  if (latest < ready) return null;
  let best = ready;
  let bestShort = Infinity;
  for (let s = ready; s <= latest && bestShort > 0; s++) {
    const short = shortfall(grid, phase, s);
    if (short < bestShort) [best, bestShort] = [s, short];
  }
  return { ...take(grid, best, cover(grid, phase, best, false)!), end: best + phase.duration - 1 };
}

/** Per phase, the latest start that lets every phase end by working day `last` (durations only). */
export function latestStarts(phases: readonly CorePhase[], last: number): number[] {
  const order = dependencyOrder(phases);
  const latestEnd = phases.map(() => last);
  const out = phases.map(() => last);
  for (let k = order.length - 1; k >= 0; k--) {
    const i = order[k];
    out[i] = latestEnd[i] - Math.max(1, phases[i].duration) + 1;
    for (const d of phases[i].deps) latestEnd[d] = Math.min(latestEnd[d], out[i] - 1);
  }
  return out;
}

/** The finish with durations alone (unlimited capacity): the critical path from the earliest start. */
export function durationsFinish(phases: readonly CorePhase[], earliest: number): { ends: number[]; finish: number } {
  const ends = phases.map(() => 0);
  let finish = earliest - 1;
  for (const i of dependencyOrder(phases)) {
    const ready = phases[i].deps.reduce((r, d) => Math.max(r, ends[d] + 1), Math.max(earliest, phases[i].notBefore ?? 0));
    ends[i] = ready + Math.max(1, phases[i].duration) - 1;
    finish = Math.max(finish, ends[i]);
  }
  return { ends, finish };
}

/**
 * True when the earliest finish is exact (the optimum of the time-indexed model): no two demands
 * that can run at the same time (in one phase, or in phases with no dependency path between them)
 * share an eligible person. Then each phase's windows are independent of the others' hours.
 */
export function isExactCase(phases: readonly CorePhase[]): boolean {
  const reach = phases.map(() => new Set<number>());
  for (const i of dependencyOrder(phases)) for (const d of phases[i].deps) { reach[i].add(d); reach[d].forEach((x) => reach[i].add(x)); }
  const pools = phases.map((p) => p.demands.map((d) => new Set(d.eligible)));
  const overlap = (a: Set<number>, b: Set<number>) => [...a].some((x) => b.has(x));
  for (let i = 0; i < phases.length; i++) {
    for (let a = 0; a < pools[i].length; a++) for (let b = a + 1; b < pools[i].length; b++) if (overlap(pools[i][a], pools[i][b])) return false;
    for (let j = i + 1; j < phases.length; j++) {
      if (reach[i].has(j) || reach[j].has(i)) continue;
      for (const a of pools[i]) for (const b of pools[j]) if (overlap(a, b)) return false;
    }
  }
  return true;
}

/** What each demand of phase i lacks in the window starting at `start`, on the free grid as given. */
export function shortAt(problem: CoreProblem, i: number, start: number): number[] {
  const phase = { ...problem.phases[i], duration: Math.max(1, problem.phases[i].duration) };
  if (start + phase.duration > problem.days) return phase.demands.map((d) => d.units);
  return cover(new FreeGrid(problem.free), phase, start, false)!.missing;
}

/**
 * A phase split in two (README "When can we deliver?", a phase split): the first part starts on
 * the phase's ready day and lasts `firstDays`, doing what its team can give there; the second part
 * does the rest, lasting the phase's remaining working days or, when the first part did less than
 * its share, as many as the rest takes at the phase's own pace. Each part has its own team (at most
 * maxPeople each); the phase's dependants wait for the second part.
 */
export interface CoreSplit {
  phase: number;
  ready: number;
  firstDays: number;
  /** Units per demand the first part does. */
  firstUnits: number[];
  secondDays: number;
  secondStart: number;
}

/** How far after its ready day a split phase may end (half a year of working days): the search is quadratic in it. */
export const SPLIT_REACH = 130;

/** Working days of the second part: the phase's remaining days, or the rest at the phase's pace, whichever is more. */
function secondDays(duration: number, firstDays: number, restUnits: number, totalUnits: number): number {
  return Math.max(1, duration - firstDays, Math.ceil((duration * restUnits) / totalUnits - 1e-9));
}

/**
 * The split of phase i (placed in `sched`, or fitting nowhere) whose second part ends earliest,
 * before the phase ends today; null when no split ends sooner. Also the most units a first part
 * could do before the phase starts today (0: nobody is free to start it earlier) and the phase's
 * ready day (null: a dependency fits nowhere).
 */
export function bestSplit(problem: CoreProblem, sched: CoreSchedule, i: number): { best: CoreSplit | null; mostFirst: number; ready: number | null } {
  const { grid, placements } = run(problem, sched.order, undefined, i);
  const ready = readyDay(problem, placements, i);
  const base = problem.phases[i];
  const total = base.demands.reduce((s, d) => s + Math.max(0, d.units), 0);
  if (ready === null || total <= 0) return { best: null, mostFirst: 0, ready };
  const duration = Math.max(1, base.duration);
  // The second part must end before the phase ends today (or the horizon, when it fits nowhere), and within SPLIT_REACH of its ready day.
  let endBefore = Math.min(sched.placements[i]?.end ?? problem.days, ready + SPLIT_REACH);
  let best: CoreSplit | null = null;
  let mostFirst = 0;
  const bounds = base.demands.map((d) => teamBound(grid, d, ready, endBefore, problem.days));
  for (let k = 1; ready + k < endBefore; k++) {
    const c = cover(grid, { ...base, duration: k }, ready, false)!;
    const firstUnits = base.demands.map((d, n) => Math.max(0, d.units) - c.missing[n]);
    const done = firstUnits.reduce((s, u) => s + u, 0);
    if (ready + k <= (sched.placements[i]?.start ?? problem.days)) mostFirst = Math.max(mostFirst, done);
    if (done <= 0 || done >= total) continue;
    const n2 = secondDays(duration, k, total - done, total);
    const second: CorePhase = { ...base, duration: n2, demands: base.demands.map((d, n) => ({ ...d, units: Math.max(0, d.units) - firstUnits[n] })) };
    // The second part's window lies after the first part's days, so the first part's hours do not change it.
    for (let s = ready + k; s + n2 - 1 < endBefore && s + n2 <= problem.days; s++) {
      if (bounds.some((b, n) => second.demands[n].units > b[s + n2] - b[s]) || shortfall(grid, second, s) > 0) continue;
      best = { phase: i, ready, firstDays: k, firstUnits, secondDays: n2, secondStart: s };
      endBefore = s + n2 - 1;
      break;
    }
  }
  return { best, mostFirst, ready };
}

/**
 * Prefix sums over days [from, to) of the most a team of the demand could give each day (its
 * maxPeople largest free units that day): a window whose sum is below the units needed cannot
 * fit, which spares the team search on most windows of a large pool.
 */
function teamBound(grid: FreeGrid, demand: CoreDemand, from: number, to: number, days: number): Float64Array {
  const k = Math.min(demand.maxPeople, demand.eligible.length);
  const pre = new Float64Array(days + 1);
  const top: number[] = [];
  for (let t = from; t < to; t++) {
    top.length = 0;
    for (const p of demand.eligible) {
      const u = grid.at(p, t);
      if (u <= 0 || (top.length >= k && u <= top[top.length - 1])) continue;
      let i = top.length;
      while (i > 0 && top[i - 1] < u) i--;
      top.splice(i, 0, u);
      if (top.length > k) top.pop();
    }
    let sum = 0;
    for (const u of top) sum += u;
    pre[t + 1] = pre[t] + sum;
  }
  pre.fill(pre[to], to + 1);
  return pre;
}

/**
 * The problem with phase i split as `split` says: the first part keeps index i, the second part
 * is appended (index phases.length) and the phase's dependants wait for it. With the order to place
 * them in (the second part right after the first).
 */
export function splitProblem(problem: CoreProblem, order: readonly number[], split: CoreSplit): { problem: CoreProblem; order: number[]; second: number } {
  const i = split.phase;
  const base = problem.phases[i];
  const second = problem.phases.length;
  const first: CorePhase = { ...base, duration: split.firstDays, demands: base.demands.map((d, n) => ({ ...d, units: split.firstUnits[n] })) };
  const rest: CorePhase = { ...base, duration: split.secondDays, notBefore: split.secondStart, deps: [i], demands: base.demands.map((d, n) => ({ ...d, units: Math.max(0, d.units) - split.firstUnits[n] })) };
  const phases = problem.phases.map((p, j) => (j === i ? first : p.deps.includes(i) ? { ...p, deps: p.deps.map((d) => (d === i ? second : d)) } : p));
  return { problem: { ...problem, phases: [...phases, rest] }, order: order.flatMap((j) => (j === i ? [i, second] : [j])), second };
}
