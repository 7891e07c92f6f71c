// The earliest finish by HiGHS on a time-indexed MILP, the general model (people may share roles,
// phases may overlap on one role). Hours, not seconds, keep it well scaled.
//   y_is ∈ {0,1}: phase i starts on day s      Σ_s y_is = 1 (s ≥ earliest, s + d_i ≤ days)
//   z_idp ∈ {0,1}: p is on demand d's team      Σ_p z_idp ≤ k_id,  Σ_d z_idp ≤ 1
//   x_idpt ≥ 0: hours                           Σ_pt x_idpt = H_id
//   x_idpt ≤ f_pt · Σ_{s ∈ (t − d_i, t]} y_is   (only inside the window)
//   x_idpt ≤ f_pt · z_idp                       Σ_id x_idpt ≤ f_pt
//   start_j ≥ end_i + 1 for each dependency;    M ≥ end_i;  minimise M.
import type { CoreProblem } from '@shared/delivery/core';
import { loadHighs, ModelBuilder } from '../staffing/referee';

export async function highsFinish(problem: CoreProblem): Promise<{ finish: number | null; ms: number }> {
  const highs = await loadHighs();
  const m = new ModelBuilder();
  const { days, phases, free, earliest } = problem;
  const f = (p: number, t: number) => free[p][t] / 3600;
  const M = m.col(1, days);
  const capRows = new Map<number, number>();
  const cap = (p: number, t: number) => {
    const key = p * days + t;
    if (!capRows.has(key)) capRows.set(key, m.row(-Infinity, f(p, t)));
    return capRows.get(key)!;
  };
  const startCols: Map<number, number>[] = [];
  const dur = phases.map((ph) => Math.max(1, ph.duration));
  phases.forEach((ph, i) => {
    const one = m.row(1, 1);
    const ys = new Map<number, number>();
    const mRow = m.row(-Infinity, 0); // end_i − M ≤ 0
    m.set(mRow, M, -1);
    for (let s = earliest; s + dur[i] <= days; s++) {
      const y = m.col(0, 1, true);
      ys.set(s, y);
      m.set(one, y, 1);
      m.set(mRow, y, s + dur[i] - 1);
    }
    startCols.push(ys);
    const teamOf = new Map<number, number[]>();
    ph.demands.forEach((d) => {
      const need = m.row(d.units / 3600, d.units / 3600);
      const teamRow = Number.isFinite(d.maxPeople) ? m.row(-Infinity, d.maxPeople) : -1;
      for (const p of d.eligible) {
        const z = m.col(0, 1, true);
        if (teamRow >= 0) m.set(teamRow, z, 1);
        teamOf.set(p, [...(teamOf.get(p) ?? []), z]);
        for (let t = earliest; t < days; t++) {
          if (f(p, t) <= 0) continue;
          const x = m.col(0, f(p, t));
          m.set(need, x, 1);
          m.set(cap(p, t), x, 1);
          const inWindow = m.row(-Infinity, 0);
          m.set(inWindow, x, 1);
          for (const [s, y] of ys) if (s <= t && t < s + dur[i]) m.set(inWindow, y, -f(p, t));
          const onTeam = m.row(-Infinity, 0);
          m.set(onTeam, x, 1);
          m.set(onTeam, z, -f(p, t));
        }
      }
    });
    for (const zs of teamOf.values()) {
      if (zs.length < 2) continue;
      const r = m.row(-Infinity, 1);
      zs.forEach((z) => m.set(r, z, 1));
    }
  });
  phases.forEach((ph, j) =>
    ph.deps.forEach((i) => {
      // Σ s·y_js − Σ (s + d_i)·y_is ≥ 0
      const r = m.row(0, Infinity);
      for (const [s, y] of startCols[j]) m.set(r, y, s);
      for (const [s, y] of startCols[i]) m.set(r, y, -(s + dur[i]));
    }),
  );
  const numCols = m.cost.length;
  const numRows = m.rowLower.length;
  const inf = highs.infinity;
  const clamp = (a: number[]) => Float64Array.from(a, (v) => (v === Infinity ? inf : v === -Infinity ? -inf : v));
  const model = highs.createModel({
    numCols, numRows,
    colCost: Float64Array.from(m.cost),
    colLower: new Float64Array(numCols),
    colUpper: Float64Array.from(m.upper),
    rowLower: clamp(m.rowLower),
    rowUpper: clamp(m.rowUpper),
    matrix: { format: 'csc', numRows, numCols, ...m.csc() },
    integrality: Int32Array.from(m.integer),
  });
  try {
    model.options.set({ output_flag: false });
    model.options.set('mip_rel_gap', 0);
    model.options.set('time_limit', 60);
    const t0 = performance.now();
    model.run();
    const ms = performance.now() - t0;
    const status = model.getModelStatus();
    if (status === 8) return { finish: null, ms };
    if (status !== 7) throw new Error(`HiGHS ended with status ${status}`);
    return { finish: Math.round(model.getObjectiveValue()), ms };
  } finally {
    model.dispose();
  }
}
