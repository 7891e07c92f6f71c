// The solver's plan in whole quarter hours. When every free-hours and open-hours figure of the
// instance is a whole number of quarter hours, the split-mode optimum already is (a min-cost flow
// with whole capacities has a whole optimum), so rounding only removes floating-point noise. Any
// entry that still doesn't fit is trimmed, and the caller reports what that cost.
import type { QuarterEntry } from './layout';
import { evaluatePlan } from './objective';
import type { ObjectiveParts, SolveResult, StaffingInstance, StaffingPlan } from './types';

export const quartersOf = (hours: number): number => Math.round(hours * 4);

/** Trims the largest entries of each group until the group's total is at most its limit. */
function trimGroups<K>(entries: QuarterEntry[], keyOf: (e: QuarterEntry) => K, limitOf: (key: K) => number): void {
  const groups = new Map<K, QuarterEntry[]>();
  for (const e of entries) {
    const k = keyOf(e);
    const list = groups.get(k);
    if (list) list.push(e);
    else groups.set(k, [e]);
  }
  for (const [k, list] of groups) {
    let over = list.reduce((s, e) => s + e.quarters, 0) - limitOf(k);
    list.sort((a, b) => b.quarters - a.quarters);
    for (let i = 0; over > 0 && i < list.length; i++) {
      const cut = Math.min(over, list[i].quarters);
      list[i].quarters -= cut;
      over -= cut;
    }
  }
}

/** The plan's entries in quarter hours, within every person's free hours and every line's open hours. */
export function roundPlanToQuarters(inst: StaffingInstance, plan: StaffingPlan): QuarterEntry[] {
  const byKey = new Map<string, QuarterEntry>();
  for (let i = 0; i < plan.hours.length; i++) {
    const key = `${plan.line[i]}:${plan.person[i]}:${plan.week[i]}`;
    const e = byKey.get(key);
    if (e) e.quarters += plan.hours[i] * 4;
    else byKey.set(key, { line: plan.line[i], person: plan.person[i], period: plan.week[i], quarters: plan.hours[i] * 4 });
  }
  const entries = [...byKey.values()];
  for (const e of entries) e.quarters = Math.max(0, Math.round(e.quarters));
  const W = inst.weeks;
  trimGroups(entries, (e) => e.person * W + e.period, (k) => Math.floor(inst.people[Math.floor(k / W)].free[k % W] * 4 + 1e-6));
  trimGroups(entries, (e) => e.line, (l) => Math.floor(inst.lines[l].openHours * 4 + 1e-6));
  return entries.filter((e) => e.quarters > 0).sort((a, b) => a.line - b.line || a.person - b.person || a.period - b.period);
}

export function planOfEntries(entries: readonly QuarterEntry[]): StaffingPlan {
  return {
    line: Int32Array.from(entries, (e) => e.line),
    person: Int32Array.from(entries, (e) => e.person),
    week: Int32Array.from(entries, (e) => e.period),
    hours: Float64Array.from(entries, (e) => e.quarters / 4),
  };
}

export interface RoundedResult extends ObjectiveParts {
  entries: QuarterEntry[];
  plan: StaffingPlan;
  /** What rounding to quarter hours cost: rounded objective − the solver's objective (≥ 0 up to noise). */
  roundingCost: number;
}

/** The rounded plan made of `entries`, with its own objective beside the solver's. */
export function roundedResult(inst: StaffingInstance, result: SolveResult, entries: QuarterEntry[]): RoundedResult {
  const plan = planOfEntries(entries);
  const parts = evaluatePlan(inst, plan);
  return { ...parts, entries, plan, roundingCost: parts.objective - result.objective };
}

/** Lowers entries so that each (line, person) holds no more than was placed on their days. */
export function keepPlaced(entries: readonly QuarterEntry[], placed: ReadonlyMap<string, number>): QuarterEntry[] {
  const out = entries.map((e) => ({ ...e }));
  trimGroups(out, (e) => `${e.line}:${e.person}`, (k) => placed.get(k) ?? 0);
  return out.filter((e) => e.quarters > 0);
}
