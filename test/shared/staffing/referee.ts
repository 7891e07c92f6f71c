// The referee: the same staffing model solved by HiGHS (LP for split mode, MIP for whole mode).
// The model is passed as sparse CSC arrays (no LP text to parse), so the referee's time is its solve.
//
// Whole mode (y_lp = 1 when person p takes line l, x_lpw = hours, u_l = unstaffed hours):
//   Σ_pw x_lpw + u_l = H_l              Σ_l x_lpw ≤ f_pw            Σ_p y_lp ≤ 1
//   Σ_w x_lpw ≤ min(H_l, Σ_w f_pw)·y_lp  (the big-M link)
// and, unless `formulation: 'weak'`, the per-week links x_lpw ≤ min(H_l, f_pw)·y_lp. Those are
// implied by the others for integer y, so the optimum is the same; they make the LP relaxation the
// convex hull of each line's choices, which is what lets HiGHS prove optimality quickly.
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

export interface RefereeOptions {
  timeLimit?: number;
  mipRelGap?: number;
  /** Solve the LP relaxation of the whole-mode MIP. */
  relax?: boolean;
  /** 'tight' (default) adds the per-week links; 'weak' is the big-M link alone. */
  formulation?: 'tight' | 'weak';
}

/** Columns and rows as triplets, turned into CSC at the end. */
export class ModelBuilder {
  cost: number[] = [];
  upper: number[] = [];
  integer: number[] = [];
  rowLower: number[] = [];
  rowUpper: number[] = [];
  private cols: [number, number][][] = [];
  col(cost: number, upper: number, integer = false): number {
    this.cost.push(cost);
    this.upper.push(upper);
    this.integer.push(integer ? 1 : 0);
    this.cols.push([]);
    return this.cols.length - 1;
  }
  row(lower: number, upper: number): number {
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    return this.rowLower.length - 1;
  }
  set(row: number, col: number, value: number): void {
    this.cols[col].push([row, value]);
  }
  csc(): { starts: Int32Array; indices: Int32Array; values: Float64Array } {
    const nnz = this.cols.reduce((s, c) => s + c.length, 0);
    const starts = new Int32Array(this.cols.length + 1);
    const indices = new Int32Array(nnz);
    const values = new Float64Array(nnz);
    let k = 0;
    this.cols.forEach((entries, c) => {
      starts[c] = k;
      for (const [r, v] of entries.sort((a, b) => a[0] - b[0])) { indices[k] = r; values[k++] = v; }
    });
    starts[this.cols.length] = k;
    return { starts, indices, values };
  }
}

/** Builds the model; returns it with the unstaffed columns (one per line). */
function buildModel(inst: StaffingInstance, whole: boolean, tight: boolean): { m: ModelBuilder; unstaffedCols: number[] } {
  const m = new ModelBuilder();
  const pen = linePenalties(inst);
  const W = inst.weeks;
  const capRow = new Map<number, number>();
  const cap = (p: number, w: number) => {
    const key = p * W + w;
    let r = capRow.get(key);
    if (r === undefined) { r = m.row(-Infinity, inst.people[p].free[w]); capRow.set(key, r); }
    return r;
  };
  const unstaffedCols: number[] = [];
  inst.lines.forEach((line, l) => {
    const open = Math.max(0, line.openHours);
    const lineRow = m.row(open, open);
    const u = m.col(pen[l], open);
    m.set(lineRow, u, 1);
    unstaffedCols.push(u);
    const chooseRow = whole ? m.row(-Infinity, 1) : -1;
    const w0 = Math.max(0, line.weekFrom), w1 = Math.min(W - 1, line.weekTo);
    for (const p of line.eligible) {
      const weeks: number[] = [];
      for (let w = w0; w <= w1; w++) if (inst.people[p].free[w] > 0) weeks.push(w);
      if (weeks.length === 0) continue;
      const xs = weeks.map((w) => {
        const x = m.col(inst.people[p].costRate, inst.people[p].free[w]);
        m.set(lineRow, x, 1);
        m.set(cap(p, w), x, 1);
        return x;
      });
      if (!whole) continue;
      const y = m.col(0, 1, true);
      m.set(chooseRow, y, 1);
      const big = Math.min(open, weeks.reduce((s, w) => s + inst.people[p].free[w], 0));
      const link = m.row(-Infinity, 0);
      for (const x of xs) m.set(link, x, 1);
      m.set(link, y, -big);
      if (!tight) continue;
      weeks.forEach((w, i) => {
        const ub = Math.min(open, inst.people[p].free[w]);
        if (ub >= big) return; // implied by the big-M link
        const r = m.row(-Infinity, 0);
        m.set(r, xs[i], 1);
        m.set(r, y, -ub);
      });
    }
  });
  return { m, unstaffedCols };
}

export async function referee(inst: StaffingInstance, mode: StaffingMode, opts: RefereeOptions = {}): Promise<RefereeResult> {
  const highs = await loadHighs();
  const t0 = performance.now();
  const whole = mode === 'whole';
  const mip = whole && !opts.relax;
  const { m, unstaffedCols } = buildModel(inst, whole, opts.formulation !== 'weak');
  const numCols = m.cost.length, numRows = m.rowLower.length;
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
    ...(mip ? { integrality: Int32Array.from(m.integer) } : {}),
  });
  try {
    model.options.set({ output_flag: false });
    if (opts.timeLimit) model.options.set('time_limit', opts.timeLimit);
    if (mip) model.options.set('mip_rel_gap', opts.mipRelGap ?? 1e-6);
    const t1 = performance.now();
    model.run();
    const ms = performance.now() - t1;
    const status = model.getModelStatus();
    const objective = model.getObjectiveValue();
    const bound = mip ? Number(model.info.get('mip_dual_bound')) : objective;
    const sol = model.getSolution();
    let unstaffed = 0;
    for (const c of unstaffedCols) unstaffed += sol.colValue[c];
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
