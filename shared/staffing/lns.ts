// Large-neighbourhood search for whole mode: free a handful of lines that compete for the same
// people, keep every other line's person, and re-assign the freed lines by branch and bound
// (reassign.ts). The weeks are not fixed: a person's value is re-optimised over all their lines.
import { PersonValue, ValueCache } from './personvalue';
import { Reassigner, type Assignment } from './reassign';
import type { StaffingInstance } from './types';

export interface LnsOptions {
  /** performance.now() value at which to stop. */
  deadline: number;
  /** Lines per neighbourhood. */
  neighbourhood: number;
  /** Search nodes and value evaluations per neighbourhood. */
  nodeLimit: number;
  /**
   * After this many neighbourhoods in a row without improvement, grow the neighbourhood by two
   * lines (and double the node limit), up to `maxNeighbourhood`; then stop.
   */
  patience: number;
  maxNeighbourhood?: number;
  seed: number;
  /** Stop after this many neighbourhoods (default: no limit). */
  maxTries?: number;
}

export interface LnsResult {
  only: Int32Array;
  improved: number;
  tried: number;
  gain: number;
  /** Stopped because the largest neighbourhoods found nothing either (not by the deadline). */
  exhausted: boolean;
}

export function lnsImprove(inst: StaffingInstance, pen: Float64Array, only: Int32Array, o: LnsOptions): LnsResult {
  const pv = new PersonValue(inst, pen);
  const held: number[][] = inst.people.map(() => []);
  only.forEach((p, l) => { if (p >= 0) held[p].push(l); });
  const lineOff = new Int32Array(inst.lines.length + 1);
  inst.lines.forEach((line, l) => (lineOff[l + 1] = lineOff[l] + line.eligible.length));
  const a: Assignment = { only: only.slice(), linesOf: held, cache: new ValueCache(inst, pv, held, lineOff) };
  const linesOf: number[][] = inst.people.map(() => []);
  inst.lines.forEach((line, l) => { for (const p of line.eligible) if (pen[l] > inst.people[p].costRate) linesOf[p].push(l); });
  const rand = xorshift(o.seed);
  const re = new Reassigner(inst, pv);
  const inS = new Uint8Array(inst.lines.length);
  let improved = 0, tried = 0, streak = 0, gain = 0;
  let size = o.neighbourhood, nodeLimit = o.nodeLimit, exhausted = false;
  const seeds = new Seeds(inst.lines.length, rand);
  const before: number[] = [];
  while (performance.now() < o.deadline && tried < (o.maxTries ?? Infinity)) {
    if (streak >= o.patience) {
      if (size + 2 > (o.maxNeighbourhood ?? o.neighbourhood + 6)) { exhausted = true; break; }
      size += 2;
      nodeLimit *= 2;
      streak = 0;
      seeds.reset();
    }
    tried++;
    const seed = seeds.next();
    const S = neighbourhood(inst, a, linesOf, inS, rand, size, seed);
    before.length = 0;
    for (const l of S) before.push(a.only[l]);
    const g = S.length > 1 ? re.run(a, S, nodeLimit) : 0;
    for (const l of S) inS[l] = 0;
    if (!(g > 0)) { streak++; seeds.failed(seed); continue; }
    improved++; gain += g; streak = 0;
    S.forEach((l, i) => { for (const p of [before[i], a.only[l]]) if (p >= 0) seeds.refresh(linesOf[p]); });
  }
  return { only: a.only, improved, tried, gain, exhausted };
}

/**
 * Seeds go round a shuffled list of lines. A line whose neighbourhoods failed `tries` times is
 * skipped until a person it could use changes lines (or every line is skipped), so the search
 * dwells where the plan last changed.
 */
class Seeds {
  private readonly order: Int32Array;
  private readonly fails: Uint8Array;
  private pos = 0;
  private stale = 0;

  constructor(n: number, private readonly rand: () => number, private readonly tries = 2) {
    this.order = Int32Array.from({ length: n }, (_, i) => i);
    this.fails = new Uint8Array(n);
  }

  next(): number {
    const n = this.order.length;
    for (;;) {
      if (this.pos % n === 0) {
        shuffle(this.order, this.rand);
        if (this.stale >= n) this.reset();
      }
      const l = this.order[this.pos++ % n];
      if (this.fails[l] < this.tries) return l;
    }
  }

  reset(): void {
    this.fails.fill(0);
    this.stale = 0;
  }

  failed(l: number): void {
    if (this.fails[l] < this.tries && ++this.fails[l] === this.tries) this.stale++;
  }

  refresh(lines: number[]): void {
    for (const l of lines) {
      if (this.fails[l] >= this.tries) this.stale--;
      this.fails[l] = 0;
    }
  }
}

/** A random line and lines that hold (or could take) its candidates in overlapping weeks. */
function neighbourhood(inst: StaffingInstance, a: Assignment, linesOf: number[][], inS: Uint8Array, rand: () => number, size: number, seed: number): number[] {
  const S = [seed];
  inS[seed] = 1;
  const overlaps = (x: number, y: number) =>
    inst.lines[x].weekFrom <= inst.lines[y].weekTo && inst.lines[y].weekFrom <= inst.lines[x].weekTo;
  for (let k = 0; k < S.length && S.length < size; k++) {
    const x = S[k];
    const el = inst.lines[x].eligible;
    const start = Math.floor(rand() * Math.max(1, el.length));
    for (let i = 0; i < el.length && S.length < size; i++) {
      const p = el[(start + i) % el.length];
      for (const y of linesOf[p]) {
        if (inS[y] || !overlaps(x, y)) continue;
        if (a.only[y] !== p && rand() < 0.7) continue; // mostly lines that hold p now
        inS[y] = 1;
        S.push(y);
        if (S.length >= size) break;
      }
    }
  }
  return S;
}

function shuffle(a: Int32Array, rand: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = a[i]; a[i] = a[j]; a[j] = t;
  }
}

function xorshift(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}
