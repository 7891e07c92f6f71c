// Re-assign a handful of lines (whole mode) with every other line's person fixed: a depth-first
// branch and bound over "line -> person or nobody". A line's worth to a person is its marginal
// value given the lines that person already holds (PersonValue); since that value is submodular,
// each line's best marginal given the current partial assignment bounds what it can still add.
// Called thousands of times per solve, so it works in flat buffers reused between calls.
import type { PersonValue, ValueCache } from './personvalue';
import type { StaffingInstance } from './types';

export interface Assignment {
  /** Person per line, -2 = nobody. */
  only: Int32Array;
  /** Lines held per person. */
  linesOf: number[][];
  /** Values over linesOf; told when a person's lines change. */
  cache: ValueCache;
}

export class Reassigner {
  private readonly localOf: Int32Array;
  private readonly inS: Uint8Array;
  // per local person
  private people: number[] = [];
  private held: number[][] = [];
  private val: number[] = [];
  private slotsOf: number[][] = [];
  // per position j in S: its slots are [start[j], start[j + 1]); rank = place in the search order
  private S: number[] = [];
  private start: number[] = [];
  private ord: number[] = [];
  private rank: number[] = [];
  private pick: Int32Array = new Int32Array(0);
  private bestPick: Int32Array = new Int32Array(0);
  // per slot: local person, position j, margin
  private slotLocal: number[] = [];
  private slotPos: number[] = [];
  private marg: Float64Array = new Float64Array(64);
  private order: Int32Array = new Int32Array(64);
  private undo: number[] = [];
  private best = 0;
  private nodes = 0;
  private limit = 0;

  constructor(private readonly inst: StaffingInstance, private readonly pv: PersonValue) {
    this.localOf = new Int32Array(inst.people.length).fill(-1);
    this.inS = new Uint8Array(inst.lines.length);
  }

  /**
   * Finds the best re-assignment of the lines in S (within `nodeLimit` search nodes and value
   * evaluations together) and
   * applies it to `a` when it gains more than `eps` (relative). Returns the gain (0 when unchanged).
   */
  run(a: Assignment, S: number[], nodeLimit: number, eps = 1e-7): number {
    this.nodes = 0;
    this.limit = nodeLimit;
    this.setup(a, S);
    const current = this.currentGain(a);
    this.best = current;
    this.bestPick.set(this.pick);
    this.search(0, 0);
    const gain = this.best - current;
    const changed = gain > eps * Math.max(1, Math.abs(current));
    if (changed) this.apply(a);
    this.clear();
    return changed ? gain : 0;
  }

  private setup(a: Assignment, S: number[]): void {
    this.S = S;
    for (const l of S) this.inS[l] = 1;
    const k = S.length;
    this.start.length = 0;
    this.slotLocal.length = 0;
    this.slotPos.length = 0;
    for (let j = 0; j < k; j++) {
      this.start.push(this.slotLocal.length);
      for (const p of this.inst.lines[S[j]].eligible) {
        this.slotLocal.push(this.local(a, p));
        this.slotPos.push(j);
      }
    }
    this.start.push(this.slotLocal.length);
    const n = this.slotLocal.length;
    if (this.marg.length < n) { this.marg = new Float64Array(2 * n); this.order = new Int32Array(2 * n); }
    this.pick = new Int32Array(k).fill(-1);
    this.bestPick = new Int32Array(k);
    const bestOf = new Float64Array(k);
    for (let j = 0; j < k; j++) {
      const l = S[j];
      for (let s = this.start[j]; s < this.start[j + 1]; s++) {
        const q = this.slotLocal[s], c = s - this.start[j];
        // people holding none of S keep their lines: their margins come from the cache
        this.marg[s] = this.held[q].length === a.linesOf[this.people[q]].length ? a.cache.margin(l, c) : this.margin(q, l);
        this.slotsOf[q].push(s);
        if (this.marg[s] > bestOf[j]) bestOf[j] = this.marg[s];
        if (a.only[l] === this.people[q]) this.pick[j] = s;
      }
    }
    // most valuable lines first: they decide most, and the bound tightens early
    this.ord = Array.from(S.keys()).sort((x, y) => bestOf[y] - bestOf[x]);
    this.rank = new Array(k);
    this.ord.forEach((j, r) => (this.rank[j] = r));
  }

  /** Local index of person p, made on first sight with p's lines outside S and their value. */
  private local(a: Assignment, p: number): number {
    if (this.localOf[p] >= 0) return this.localOf[p];
    const q = this.people.length;
    this.localOf[p] = q;
    this.people.push(p);
    const mine = a.linesOf[p];
    let outside = mine.length;
    for (const l of mine) if (this.inS[l]) outside--;
    const held = outside === mine.length ? mine.slice() : mine.filter((l) => !this.inS[l]);
    this.held.push(held);
    this.val.push(outside === mine.length ? a.cache.value(p) : this.pv.value(p, held));
    this.slotsOf.push([]);
    return q;
  }

  private margin(q: number, l: number): number {
    this.nodes++;
    return this.pv.margin(this.people[q], this.held[q], l, this.val[q]);
  }

  /** Value of the lines of S as assigned now. */
  private currentGain(a: Assignment): number {
    let g = 0;
    const seen = new Set<number>();
    for (let j = 0; j < this.S.length; j++) {
      if (this.pick[j] < 0) continue;
      const q = this.slotLocal[this.pick[j]];
      if (seen.has(q)) continue;
      seen.add(q);
      const p = this.people[q];
      g += this.pv.value(p, this.held[q].concat(this.S.filter((l) => a.only[l] === p))) - this.val[q];
    }
    return g;
  }

  private search(depth: number, g: number): void {
    const k = this.S.length;
    this.nodes++;
    if (depth === k) {
      if (g > this.best + 1e-9) { this.best = g; this.bestPick.set(this.pick); }
      return;
    }
    let ub = g;
    for (let r = depth; r < k; r++) {
      const j = this.ord[r];
      let b = 0;
      for (let s = this.start[j]; s < this.start[j + 1]; s++) if (this.marg[s] > b) b = this.marg[s];
      ub += b;
    }
    if (ub <= this.best + 1e-9 || this.nodes > this.limit) return;
    const j = this.ord[depth];
    const n = this.sortedPositive(j);
    // deeper levels sort their own ranges of `order`, so this one stays intact
    for (let i = this.start[j]; i < this.start[j] + n; i++) {
      const s = this.order[i];
      const add = this.marg[s];
      const mark = this.assign(depth, s, add);
      this.pick[j] = s;
      this.search(depth + 1, g + add);
      this.restore(s, add, mark);
    }
    this.pick[j] = -1;
    this.search(depth + 1, g);
  }

  /** Slots of position j with a positive margin, best first, into order[start[j]..]; returns how many. */
  private sortedPositive(j: number): number {
    const o = this.order, m = this.marg, s0 = this.start[j];
    let n = 0;
    for (let s = s0; s < this.start[j + 1]; s++) {
      if (!(m[s] > 1e-9)) continue;
      let i = n++;
      while (i > 0 && m[o[s0 + i - 1]] < m[s]) { o[s0 + i] = o[s0 + i - 1]; i--; }
      o[s0 + i] = s;
    }
    return n;
  }

  /** Gives the line at slot s to its person; updates later lines' margins. Returns the undo mark. */
  private assign(depth: number, s: number, add: number): number {
    const q = this.slotLocal[s];
    this.held[q].push(this.S[this.slotPos[s]]);
    this.val[q] += add;
    const mark = this.undo.length;
    for (const t of this.slotsOf[q]) {
      const j = this.slotPos[t];
      if (this.rank[j] <= depth) continue;
      this.undo.push(t, this.marg[t]);
      this.marg[t] = this.margin(q, this.S[j]);
    }
    return mark;
  }

  private restore(s: number, add: number, mark: number): void {
    const q = this.slotLocal[s];
    this.held[q].pop();
    this.val[q] -= add;
    for (let i = this.undo.length - 2; i >= mark; i -= 2) this.marg[this.undo[i]] = this.undo[i + 1];
    this.undo.length = mark;
  }

  private apply(a: Assignment): void {
    for (const l of this.S) {
      const p = a.only[l];
      if (p < 0) continue;
      a.linesOf[p] = a.linesOf[p].filter((x) => x !== l);
      a.cache.touch(p);
    }
    this.S.forEach((l, j) => {
      const s = this.bestPick[j];
      const p = s >= 0 ? this.people[this.slotLocal[s]] : -2;
      a.only[l] = p;
      if (p < 0) return;
      a.linesOf[p].push(l);
      a.cache.touch(p);
    });
  }

  private clear(): void {
    for (const p of this.people) this.localOf[p] = -1;
    for (const l of this.S) this.inS[l] = 0;
    this.people.length = 0;
    this.held.length = 0;
    this.val.length = 0;
    this.slotsOf.length = 0;
  }
}

/** One-off use of Reassigner (see Reassigner.run). */
export function reassign(inst: StaffingInstance, pv: PersonValue, a: Assignment, S: number[], nodeLimit: number, eps = 1e-7): number {
  return new Reassigner(inst, pv).run(a, S, nodeLimit, eps);
}
