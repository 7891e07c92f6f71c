// The referee: the same staffing model solved by HiGHS (LP for split mode, MIP for whole mode).
// The model is passed as sparse CSC arrays (no LP text to parse), so the referee's time is its solve.
import { linePenalties } from '@shared/staffing/objective';
import type { StaffingInstance, StaffingMode } from '@shared/staffing/types';

type HighsRuntime = Awaited<ReturnType<typeof import('highs').default>>;
let runtime: Promise<HighsRuntime> | null = null;
export function loadHighs(): Promise<HighsRuntime> {
  // One runtime for the process; every model is disposed after its solve.
  runtime ??= import('highs').then((m) => m.default());
  return runtime;
}

export interface RefereeResult {
  status: string;
  objective: number;
  /** Proven lower bound (MIP dual bound; the objective for an LP). */
  bound: number;
  unstaffedHours: number;
  /** HiGHS run time (model already passed). */
  ms: number;
  /** Building and passing the model plus the run. */
  totalMs: number;
  cols: number;
  rows: number;
}

export async function referee(
  inst: StaffingInstance,
  mode: StaffingMode,
  opts: { timeLimit?: number; mipRelGap?: number; relax?: boolean } = {},
): Promise<RefereeResult> {
  const highs = await loadHighs();
  const t0 = performance.now();
  const pen = linePenalties(inst);
  const L = inst.lines.length, W = inst.weeks, P = inst.people.length;
  const whole = mode === 'whole';
  // rows: lines [0, L), capacity rows, then (whole) choose rows [.., +L), link rows
  const capRow = new Int32Array(P * W).fill(-1);
  let nCap = 0;
  let nx = 0, ny = 0;
  for (const line of inst.lines) {
    for (const p of line.eligible) {
      let any = false;
      for (let w = Math.max(0, line.weekFrom); w <= Math.min(W - 1, line.weekTo); w++) {
        if (inst.people[p].free[w] > 0) {
          nx++;
          any = true;
          if (capRow[p * W + w] < 0) capRow[p * W + w] = L + nCap++;
        }
      }
      if (any) ny++;
    }
  }
  const chooseRow0 = L + nCap;
  const linkRow0 = chooseRow0 + L;
  const numRows = whole ? linkRow0 + ny : L + nCap;
  const numCols = nx + L + (whole ? ny : 0);
  const nnz = nx * (whole ? 3 : 2) + L + (whole ? 2 * ny : 0);
  const starts = new Int32Array(numCols + 1);
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  const colCost = new Float64Array(numCols);
  const colLower = new Float64Array(numCols);
  const colUpper = new Float64Array(numCols);
  const integrality = new Int32Array(numCols);
  const rowLower = new Float64Array(numRows);
  const rowUpper = new Float64Array(numRows);
  let c = 0, k = 0, link = 0;
  const yCols: { col: number; row: number; big: number }[] = [];
  for (let l = 0; l < L; l++) {
    const line = inst.lines[l];
    rowLower[l] = rowUpper[l] = Math.max(0, line.openHours);
    for (const p of line.eligible) {
      let avail = 0;
      const first = c;
      for (let w = Math.max(0, line.weekFrom); w <= Math.min(W - 1, line.weekTo); w++) {
        const f = inst.people[p].free[w];
        if (!(f > 0)) continue;
        avail += f;
        starts[c] = k;
        colCost[c] = inst.people[p].costRate;
        colUpper[c] = f;
        indices[k] = l; values[k++] = 1;
        indices[k] = capRow[p * W + w]; values[k++] = 1;
        if (whole) { indices[k] = linkRow0 + link; values[k++] = 1; }
        c++;
      }
      if (c > first) {
        if (whole) yCols.push({ col: -1, row: l, big: Math.min(avail, Math.max(0, line.openHours)) });
        link++;
      }
    }
  }
  for (let l = 0; l < L; l++) {
    starts[c] = k;
    colCost[c] = pen[l];
    colUpper[c] = Math.max(0, inst.lines[l].openHours);
    indices[k] = l; values[k++] = 1;
    c++;
  }
  if (whole) {
    for (let j = 0; j < yCols.length; j++) {
      starts[c] = k;
      colUpper[c] = 1;
      integrality[c] = 1;
      indices[k] = chooseRow0 + yCols[j].row; values[k++] = 1;
      indices[k] = linkRow0 + j; values[k++] = -yCols[j].big;
      c++;
    }
  }
  starts[c] = k;
  for (let p = 0; p < P; p++)
    for (let w = 0; w < W; w++) {
      const row = capRow[p * W + w];
      if (row >= 0) { rowLower[row] = -Infinity; rowUpper[row] = inst.people[p].free[w]; }
    }
  if (whole) {
    for (let l = 0; l < L; l++) { rowLower[chooseRow0 + l] = -Infinity; rowUpper[chooseRow0 + l] = 1; }
    for (let j = 0; j < ny; j++) { rowLower[linkRow0 + j] = -Infinity; rowUpper[linkRow0 + j] = 0; }
  }
  const inf = highs.infinity;
  for (let i = 0; i < numRows; i++) {
    if (rowLower[i] === -Infinity) rowLower[i] = -inf;
    if (rowUpper[i] === Infinity) rowUpper[i] = inf;
  }
  const model = highs.createModel({
    numCols, numRows, colCost, colLower, colUpper, rowLower, rowUpper,
    matrix: { format: 'csc', numRows, numCols, starts, indices, values },
    ...(whole && !opts.relax ? { integrality } : {}),
  });
  try {
    model.options.set({ output_flag: false });
    if (opts.timeLimit) model.options.set('time_limit', opts.timeLimit);
    if (whole && !opts.relax) model.options.set('mip_rel_gap', opts.mipRelGap ?? 1e-6);
    const t1 = performance.now();
    model.run();
    const ms = performance.now() - t1;
    const status = model.getModelStatus();
    const objective = model.getObjectiveValue();
    let bound = objective;
    if (whole && !opts.relax) bound = Number(model.info.get('mip_dual_bound'));
    const sol = model.getSolution();
    let unstaffed = 0;
    for (let l = 0; l < L; l++) unstaffed += sol.colValue[nx + l];
    const names: Record<number, string> = { 7: 'optimal', 8: 'infeasible', 13: 'time-limit' };
    return {
      status: names[status] ?? `status-${status}`,
      objective, bound, unstaffedHours: unstaffed, ms,
      totalMs: performance.now() - t0, cols: numCols, rows: numRows,
    };
  } finally {
    model.dispose();
  }
}
