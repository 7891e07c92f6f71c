// The one objective every mode and the greedy baseline are measured with.
import { DEFAULT_PRIORITY_WEIGHTS, type ObjectiveParts, type StaffingInstance, type StaffingPlan } from './types';

/** Base penalty per unstaffed hour: the setting, or 2 × the highest cost rate (at least 1). */
export function penaltyBase(inst: { people: readonly { costRate: number }[]; settings?: StaffingInstance['settings'] }): number {
  const s = inst.settings?.unstaffedPenalty;
  if (s != null && Number.isFinite(s)) return s;
  let max = 0;
  for (const p of inst.people) if (p.costRate > max) max = p.costRate;
  return Math.max(1, 2 * max);
}

/** Penalty per unstaffed hour of each line: base × weight(priority) × probability. */
export function linePenalties(inst: StaffingInstance): Float64Array {
  const base = penaltyBase(inst);
  const w = inst.settings?.priorityWeights ?? DEFAULT_PRIORITY_WEIGHTS;
  const out = new Float64Array(inst.lines.length);
  for (let l = 0; l < inst.lines.length; l++) {
    const line = inst.lines[l];
    const pr = Math.min(5, Math.max(1, line.priority | 0));
    const prob = Math.min(1, Math.max(0, line.probability));
    out[l] = base * w[pr - 1] * prob;
  }
  return out;
}

/** Cost, penalty and objective of a plan (hours per line are capped at the line's open hours). */
export function evaluatePlan(inst: StaffingInstance, plan: StaffingPlan, pen = linePenalties(inst)): ObjectiveParts {
  const staffedPerLine = new Float64Array(inst.lines.length);
  let cost = 0;
  for (let i = 0; i < plan.hours.length; i++) {
    const h = plan.hours[i];
    cost += h * inst.people[plan.person[i]].costRate;
    staffedPerLine[plan.line[i]] += h;
  }
  let penalty = 0;
  let unstaffed = 0;
  let staffed = 0;
  for (let l = 0; l < inst.lines.length; l++) {
    const open = Math.max(0, inst.lines[l].openHours - staffedPerLine[l]);
    unstaffed += open;
    staffed += staffedPerLine[l];
    penalty += open * pen[l];
  }
  return { cost, penalty, objective: cost + penalty, staffedHours: staffed, unstaffedHours: unstaffed };
}

/**
 * Checks a plan against the instance: eligibility, windows, free hours, open hours and, in whole
 * mode, one person per line. Returns a list of problems (empty when the plan is feasible).
 */
export function checkPlan(inst: StaffingInstance, plan: StaffingPlan, whole: boolean, tol = 1e-6): string[] {
  const problems: string[] = [];
  const W = inst.weeks;
  const used = new Float64Array(inst.people.length * W);
  const perLine = new Float64Array(inst.lines.length);
  const personOf = new Int32Array(inst.lines.length).fill(-1);
  for (let i = 0; i < plan.hours.length; i++) {
    const l = plan.line[i], p = plan.person[i], w = plan.week[i], h = plan.hours[i];
    const line = inst.lines[l];
    if (!(h >= -tol)) problems.push(`negative hours at ${i}`);
    if (w < line.weekFrom || w > line.weekTo) problems.push(`line ${line.id} week ${w} outside window`);
    if (!line.eligible.includes(p)) problems.push(`person ${inst.people[p].id} not eligible for line ${line.id}`);
    if (whole) {
      if (personOf[l] >= 0 && personOf[l] !== p) problems.push(`line ${line.id} has several people`);
      personOf[l] = p;
    }
    used[p * W + w] += h;
    perLine[l] += h;
  }
  for (let l = 0; l < inst.lines.length; l++)
    if (perLine[l] > inst.lines[l].openHours + tol) problems.push(`line ${inst.lines[l].id} over-staffed`);
  for (let p = 0; p < inst.people.length; p++)
    for (let w = 0; w < W; w++)
      if (used[p * W + w] > Math.max(0, inst.people[p].free[w]) + tol)
        problems.push(`person ${inst.people[p].id} over free hours in week ${w}`);
  return problems;
}

/** An empty plan builder backed by growable typed arrays. */
export class PlanBuilder {
  line = new Int32Array(64);
  person = new Int32Array(64);
  week = new Int32Array(64);
  hours = new Float64Array(64);
  n = 0;
  push(l: number, p: number, w: number, h: number): void {
    if (this.n === this.hours.length) {
      const m = this.n * 2;
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as { new (n: number): T })(m);
        b.set(a);
        return b;
      };
      this.line = grow(this.line);
      this.person = grow(this.person);
      this.week = grow(this.week);
      this.hours = grow(this.hours);
    }
    this.line[this.n] = l;
    this.person[this.n] = p;
    this.week[this.n] = w;
    this.hours[this.n] = h;
    this.n++;
  }
  build(): StaffingPlan {
    return {
      line: this.line.slice(0, this.n),
      person: this.person.slice(0, this.n),
      week: this.week.slice(0, this.n),
      hours: this.hours.slice(0, this.n),
    };
  }
}
