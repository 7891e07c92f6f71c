// Large-neighbourhood search for whole mode: free a handful of lines that compete for the same
// people, keep everyone else's hours fixed, and re-solve that small MIP exactly (solveWhole on
// the sub-instance). Accept when the freed lines' part of the objective drops.
import { PlanBuilder } from './objective';
import type { StaffingInstance, StaffingPlan } from './types';
import { DEFAULT_PRIORITY_WEIGHTS } from './types';

export type SubSolver = (sub: StaffingInstance, maxMs: number) => { plan: StaffingPlan; objective: number; optimal: boolean; nodes: number };

export interface LnsOptions {
  deadline: number; // performance.now() value
  neighbourhood: number;
  subMs: number;
  /** Stop after this many neighbourhoods in a row without improvement. */
  patience: number;
  seed: number;
}

export function lnsImprove(
  inst: StaffingInstance,
  pen: Float64Array,
  base: number,
  plan: StaffingPlan,
  solveSub: SubSolver,
  o: LnsOptions,
): { plan: StaffingPlan; improved: number; tried: number; proven: number; nodes: number } {
  const W = inst.weeks, L = inst.lines.length, P = inst.people.length;
  let rs = o.seed >>> 0 || 1;
  const rand = () => {
    rs ^= rs << 13; rs >>>= 0; rs ^= rs >>> 17; rs ^= rs << 5; rs >>>= 0;
    return rs / 4294967296;
  };
  // per-line entries and per person-week use
  const entries: { p: number; w: number; h: number }[][] = Array.from({ length: L }, () => []);
  const used = new Float64Array(P * W);
  const personOf = new Int32Array(L).fill(-1);
  for (let i = 0; i < plan.hours.length; i++) {
    const l = plan.line[i], p = plan.person[i], w = plan.week[i], h = plan.hours[i];
    entries[l].push({ p, w, h });
    used[p * W + w] += h;
    personOf[l] = p;
  }
  // lines that may use each person (for neighbourhoods)
  const linesOf: number[][] = Array.from({ length: P }, () => []);
  for (let l = 0; l < L; l++) for (const p of inst.lines[l].eligible) linesOf[p].push(l);

  const lineObj = (l: number) => {
    let staffed = 0, cost = 0;
    for (const e of entries[l]) { staffed += e.h; cost += e.h * inst.people[e.p].costRate; }
    return cost + Math.max(0, inst.lines[l].openHours - staffed) * pen[l];
  };
  const overlaps = (a: number, b: number) =>
    inst.lines[a].weekFrom <= inst.lines[b].weekTo && inst.lines[b].weekFrom <= inst.lines[a].weekTo;

  const inS = new Uint8Array(L);
  const subIndex = new Int32Array(P).fill(-1);
  let improved = 0, tried = 0, streak = 0, proven = 0, nodes = 0;
  const weights = inst.settings?.priorityWeights ?? DEFAULT_PRIORITY_WEIGHTS;
  while (performance.now() < o.deadline && streak < o.patience) {
    tried++;
    // seed: favour lines with open hours left
    let seed = Math.floor(rand() * L);
    for (let t = 0; t < 4; t++) {
      const l = Math.floor(rand() * L);
      let st = 0;
      for (const e of entries[l]) st += e.h;
      if (inst.lines[l].openHours - st > 1e-6 && inst.lines[l].eligible.length > 0) { seed = l; break; }
    }
    const S: number[] = [seed];
    inS[seed] = 1;
    for (let k = 0; k < S.length && S.length < o.neighbourhood; k++) {
      const a = S[k];
      const el = inst.lines[a].eligible;
      // lines currently on (or eligible for) a's candidates, overlapping a's window
      const start = Math.floor(rand() * Math.max(1, el.length));
      for (let j = 0; j < el.length && S.length < o.neighbourhood; j++) {
        const p = el[(start + j) % el.length];
        for (const b of linesOf[p]) {
          if (inS[b] || !overlaps(a, b)) continue;
          if (personOf[b] !== p && rand() < 0.7) continue; // mostly lines that hold p now
          inS[b] = 1;
          S.push(b);
          if (S.length >= o.neighbourhood) break;
        }
      }
    }
    // sub-instance: people eligible for S, free = free - hours of lines outside S
    const people: StaffingInstance['people'] = [];
    const back: number[] = [];
    for (const l of S)
      for (const p of inst.lines[l].eligible)
        if (subIndex[p] < 0) { subIndex[p] = people.length; back.push(p); people.push({ ...inst.people[p], free: new Float64Array(W) }); }
    for (let i = 0; i < back.length; i++) {
      const p = back[i];
      const f = people[i].free;
      for (let w = 0; w < W; w++) f[w] = inst.people[p].free[w] - used[p * W + w];
    }
    let current = 0;
    for (const l of S) {
      current += lineObj(l);
      for (const e of entries[l]) if (subIndex[e.p] >= 0) people[subIndex[e.p]].free[e.w] += e.h;
    }
    for (const person of people) for (let w = 0; w < W; w++) if (person.free[w] < 1e-9) person.free[w] = 0;
    const sub: StaffingInstance = {
      weeks: W,
      people,
      lines: S.map((l) => ({ ...inst.lines[l], eligible: Int32Array.from(inst.lines[l].eligible, (p) => subIndex[p]) })),
      settings: { ...inst.settings, unstaffedPenalty: base, priorityWeights: weights },
    };
    const res = solveSub(sub, o.subMs);
    if (res.optimal) proven++;
    nodes += res.nodes;
    if (res.objective < current - 1e-9 * Math.max(1, current)) {
      for (const l of S) for (const e of entries[l]) used[e.p * W + e.w] -= e.h;
      for (const l of S) { entries[l] = []; personOf[l] = -1; }
      for (let i = 0; i < res.plan.hours.length; i++) {
        const l = S[res.plan.line[i]], p = back[res.plan.person[i]], w = res.plan.week[i], h = res.plan.hours[i];
        entries[l].push({ p, w, h });
        used[p * W + w] += h;
        personOf[l] = p;
      }
      improved++;
      streak = 0;
    } else streak++;
    for (const l of S) inS[l] = 0;
    for (const p of back) subIndex[p] = -1;
  }
  const pb = new PlanBuilder();
  for (let l = 0; l < L; l++) for (const e of entries[l]) pb.push(l, e.p, e.w, e.h);
  return { plan: pb.build(), improved, tried, proven, nodes };
}
