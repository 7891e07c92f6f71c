// Lagrangian relaxation of whole mode's person-week capacities: for prices λ ≥ 0 each line picks,
// on its own, the single best person and weeks. L(λ) is a lower bound on the optimum.
import type { Ctx } from './wholeHeuristics';

/** L(λ) and the per-line best single-person choice under prices λ. */
export function lagrangian(
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
      const k = weeksByReducedCost(c, f, lambda, p * W, w0, w1, rw, fw, ww);
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
      const k = weeksByReducedCost(c, f, lambda, p * W, w0, w1, rw, fw, ww);
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
 * The weeks w0..w1 where the person has free hours and a negative reduced cost (c + λ), sorted by
 * that cost into rw (cost), fw (free hours) and ww (week) by insertion; returns how many.
 */
function weeksByReducedCost(
  c: number, f: ArrayLike<number>, lambda: Float64Array, row: number, w0: number, w1: number,
  rw: Float64Array, fw: Float64Array, ww: Int32Array,
): number {
  let k = 0;
  for (let w = w0; w <= w1; w++) {
    if (!(f[w] > 0)) continue;
    const r = c + lambda[row + w];
    if (r >= 0) continue;
    let j = k++;
    while (j > 0 && rw[j - 1] > r) {
      rw[j] = rw[j - 1]; fw[j] = fw[j - 1]; ww[j] = ww[j - 1];
      j--;
    }
    rw[j] = r; fw[j] = f[w]; ww[j] = w;
  }
  return k;
}
