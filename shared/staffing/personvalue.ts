// What one person is worth to the lines given to them in whole mode. With the assignment fixed,
// the objective splits by person: Σ_l pen_l·H_l − Σ_p value_p(lines of p), where value_p is the
// best Σ (pen_l − cost_p)·hours_l with each line's hours inside its window and the person's free
// hours per week respected. That is a max-weight flow over a polymatroid, so the greedy order
// (highest margin first, each line pushed as far as augmenting paths allow, earlier lines keeping
// their totals) is optimal, and value_p is submodular in the set of lines.
import type { StaffingInstance } from './types';

export class PersonValue {
  private readonly W: number;
  private readonly cap: Float64Array;
  /** hold[i * W + w]: hours of the i-th placed line in week w. */
  private hold: Float64Array;
  private readonly order: number[] = [];
  private readonly prevWeek: Int32Array;
  private readonly viaLine: Int32Array;
  private readonly queue: Int32Array;

  constructor(private readonly inst: StaffingInstance, private readonly pen: Float64Array) {
    this.W = inst.weeks;
    this.cap = new Float64Array(this.W);
    this.hold = new Float64Array(this.W * 8);
    this.prevWeek = new Int32Array(this.W);
    this.viaLine = new Int32Array(this.W);
    this.queue = new Int32Array(this.W);
  }

  /** value_p of lines[0..n). */
  value(p: number, lines: ArrayLike<number>, n = lines.length): number {
    const person = this.inst.people[p];
    const { W, cap, order } = this;
    order.length = 0;
    for (let i = 0; i < n; i++) if (this.pen[lines[i]] > person.costRate && this.inst.lines[lines[i]].openHours > 0) order.push(lines[i]);
    if (order.length === 0) return 0;
    if (order.length === 1) return this.single(p, order[0]);
    order.sort((a, b) => this.pen[b] - this.pen[a]);
    for (let w = 0; w < W; w++) cap[w] = person.free[w] > 0 ? person.free[w] : 0;
    if (this.hold.length < order.length * W) this.hold = new Float64Array(order.length * W * 2);
    this.hold.fill(0, 0, order.length * W);
    let total = 0;
    for (let i = 0; i < order.length; i++) {
      const placed = this.place(i);
      total += placed * (this.pen[order[i]] - person.costRate);
    }
    return total;
  }

  /** value_p(held + l) − value_p(held), given heldValue = value_p(held). */
  margin(p: number, held: number[], l: number, heldValue: number): number {
    const line = this.inst.lines[l];
    let overlaps = false;
    for (const h of held) {
      const o = this.inst.lines[h];
      if (o.weekFrom <= line.weekTo && line.weekFrom <= o.weekTo) { overlaps = true; break; }
    }
    // no week in common with the held lines: the line is worth what it is worth alone
    if (!overlaps) return this.pen[l] > this.inst.people[p].costRate && line.openHours > 0 ? this.single(p, l) : 0;
    held.push(l);
    const v = this.value(p, held) - heldValue;
    held.pop();
    return v;
  }

  private single(p: number, l: number): number {
    const line = this.inst.lines[l], free = this.inst.people[p].free;
    let avail = 0;
    for (let w = Math.max(0, line.weekFrom); w <= Math.min(this.W - 1, line.weekTo); w++) if (free[w] > 0) avail += free[w];
    return Math.min(line.openHours, avail) * (this.pen[l] - this.inst.people[p].costRate);
  }

  /** Pushes the i-th line's hours: free weeks first, then along augmenting paths. */
  private place(i: number): number {
    const { W, cap, hold } = this;
    const line = this.inst.lines[this.order[i]];
    const w0 = Math.max(0, line.weekFrom), w1 = Math.min(W - 1, line.weekTo);
    let need = line.openHours;
    for (let w = w0; w <= w1 && need > 1e-9; w++) {
      const t = cap[w] < need ? cap[w] : need;
      if (t <= 0) continue;
      cap[w] -= t;
      hold[i * W + w] += t;
      need -= t;
    }
    while (need > 1e-9) {
      const t = this.augment(i, need);
      if (t <= 1e-9) break;
      need -= t;
    }
    return line.openHours - need;
  }

  /** One augmenting path from line i through earlier lines to a week with spare hours. */
  private augment(i: number, need: number): number {
    const { W, cap, hold, prevWeek, viaLine, queue } = this;
    const line = this.inst.lines[this.order[i]];
    prevWeek.fill(-2);
    let head = 0, tail = 0;
    for (let w = Math.max(0, line.weekFrom); w <= Math.min(W - 1, line.weekTo); w++) { prevWeek[w] = -1; queue[tail++] = w; }
    while (head < tail) {
      const w = queue[head++];
      for (let j = 0; j < i; j++) {
        if (hold[j * W + w] <= 1e-9) continue;
        const lj = this.inst.lines[this.order[j]];
        for (let v = Math.max(0, lj.weekFrom); v <= Math.min(W - 1, lj.weekTo); v++) {
          if (prevWeek[v] !== -2) continue;
          prevWeek[v] = w;
          viaLine[v] = j;
          if (cap[v] > 1e-9) return this.push(i, v, need);
          queue[tail++] = v;
        }
      }
    }
    return 0;
  }

  /** Moves hours along the path found by augment, ending in week `end`. */
  private push(i: number, end: number, need: number): number {
    const { W, cap, hold, prevWeek, viaLine } = this;
    let t = Math.min(need, cap[end]);
    for (let v = end; prevWeek[v] >= 0; v = prevWeek[v]) t = Math.min(t, hold[viaLine[v] * W + prevWeek[v]]);
    cap[end] -= t;
    let v = end;
    for (; prevWeek[v] >= 0; v = prevWeek[v]) {
      const j = viaLine[v], u = prevWeek[v];
      hold[j * W + v] += t;
      hold[j * W + u] -= t;
    }
    hold[i * W + v] += t;
    return t;
  }
}

/**
 * Each person's value for the lines they hold now, and each line's margin on top of that, kept
 * until the person's lines change (touch). Slots are (line, index in its eligible list).
 */
export class ValueCache {
  private readonly val: Float64Array;
  private readonly valVer: Int32Array;
  private readonly marg: Float64Array;
  private readonly margVer: Int32Array;
  private readonly version: Int32Array;
  private readonly scratch: number[] = [];

  constructor(
    private readonly inst: StaffingInstance,
    private readonly pv: PersonValue,
    private readonly linesOf: number[][],
    private readonly lineOff: Int32Array,
  ) {
    const P = inst.people.length, slots = lineOff[inst.lines.length];
    this.val = new Float64Array(P);
    this.valVer = new Int32Array(P);
    this.marg = new Float64Array(slots);
    this.margVer = new Int32Array(slots);
    this.version = new Int32Array(P).fill(1);
  }

  value(p: number): number {
    if (this.valVer[p] !== this.version[p]) {
      this.val[p] = this.pv.value(p, this.linesOf[p]);
      this.valVer[p] = this.version[p];
    }
    return this.val[p];
  }

  /** What line l adds to the c-th person eligible for it (l not held by them). */
  margin(l: number, c: number): number {
    const slot = this.lineOff[l] + c, p = this.inst.lines[l].eligible[c];
    if (this.margVer[slot] !== this.version[p]) {
      const s = this.scratch;
      s.length = 0;
      for (const x of this.linesOf[p]) s.push(x);
      this.marg[slot] = this.pv.margin(p, s, l, this.value(p));
      this.margVer[slot] = this.version[p];
    }
    return this.marg[slot];
  }

  touch(p: number): void {
    this.version[p]++;
  }
}
