// The greedy baseline: highest priority first (then highest penalty), cheapest eligible person with
// free hours in the window. Only staffs when the person's rate is below the line's penalty, so it is
// judged by the same objective without pointless cost.
import { evaluatePlan, linePenalties, PlanBuilder } from './objective';
import type { SolveResult, StaffingInstance, StaffingMode } from './types';

export function solveGreedy(inst: StaffingInstance, mode: StaffingMode): SolveResult {
  const t0 = performance.now();
  const pen = linePenalties(inst);
  const W = inst.weeks;
  const L = inst.lines.length;
  const used = new Float64Array(inst.people.length * W);
  const order = Array.from({ length: L }, (_, i) => i).sort(
    (a, b) =>
      inst.lines[a].priority - inst.lines[b].priority || pen[b] - pen[a] || inst.lines[a].id - inst.lines[b].id,
  );
  const pb = new PlanBuilder();
  for (const l of order) {
    const line = inst.lines[l];
    let left = Math.max(0, line.openHours);
    if (!(left > 0)) continue;
    const w0 = Math.max(0, line.weekFrom), w1 = Math.min(W - 1, line.weekTo);
    const cands = Array.from(line.eligible)
      .filter((p) => inst.people[p].costRate < pen[l])
      .sort((a, b) => inst.people[a].costRate - inst.people[b].costRate || inst.people[a].id - inst.people[b].id);
    for (const p of cands) {
      const f = inst.people[p].free;
      let avail = 0;
      for (let w = w0; w <= w1; w++) avail += Math.max(0, f[w] - used[p * W + w]);
      if (!(avail > 1e-9)) continue;
      for (let w = w0; w <= w1 && left > 1e-12; w++) {
        const r = f[w] - used[p * W + w];
        if (r <= 1e-12) continue;
        const t = Math.min(r, left);
        used[p * W + w] += t;
        pb.push(l, p, w, t);
        left -= t;
      }
      if (mode === 'whole' || left <= 1e-12) break;
    }
  }
  const plan = pb.build();
  const parts = evaluatePlan(inst, plan, pen);
  return {
    mode,
    plan,
    ...parts,
    bound: -Infinity,
    gap: Infinity,
    optimal: false,
    stats: { ms: performance.now() - t0 },
  };
}
