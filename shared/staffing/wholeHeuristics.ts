// Whole mode's primal heuristics over assignments (one person per line): the plan's main person
// per line, the exact weeks for an assignment, single-line moves, and regret greedy.
import { evaluatePlan } from './objective';
import { solveFlow } from './split';
import type { StaffingInstance, StaffingPlan } from './types';

export interface Ctx {
  inst: StaffingInstance;
  pen: Float64Array;
  W: number;
  /** Offset of each line's eligible list in the flat slot arrays (length L + 1). */
  lineOff: Int32Array;
}

/** Persons per line in a plan: the one with most hours (ties: cheaper), -2 when none. */
export function dominantPerson(ctx: Ctx, plan: StaffingPlan): { only: Int32Array; splitLines: number; rest: Float64Array } {
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
export function evalAssignment(ctx: Ctx, only: Int32Array): { plan: StaffingPlan; objective: number } {
  const sol = solveFlow(ctx.inst, ctx.pen, only);
  return { plan: sol.plan, objective: evaluatePlan(ctx.inst, sol.plan, ctx.pen).objective };
}

/**
 * Local search: move a line to another eligible person (or give an open line one) when the hours
 * that person still has free in the window make the objective lower. Returns the improved
 * assignment (the plan is re-optimised by the caller).
 */
export function localSearch(ctx: Ctx, only: Int32Array, plan: StaffingPlan, passes = 4): Int32Array {
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

/**
 * Regret greedy (as for generalised assignment): repeatedly give the line that would lose most by
 * not getting its best person that person; each line's hours take the person's least-contested
 * weeks first (lowest price). Only lines sharing the assigned person are re-evaluated.
 */
export function regretGreedy(ctx: Ctx, price: Float64Array, useDual = false): Int32Array {
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
