// Exhaustive search for the earliest finish, written apart from the engine: every start of every
// phase (respecting its dependencies and the earliest start), and for each phase window every team
// (each subset of at most maxPeople eligible people). Valid where demands that can overlap in time
// share no one (the exact case), so each window is checked on its own.
import type { CoreDemand, CoreProblem } from '@shared/delivery/core';

function subsetsUpTo(items: readonly number[], k: number): number[][] {
  const out: number[][] = [];
  const rec = (from: number, acc: number[]) => {
    out.push([...acc]);
    if (acc.length === k) return;
    for (let i = from; i < items.length; i++) rec(i + 1, [...acc, items[i]]);
  };
  rec(0, []);
  return out;
}

function demandFits(problem: CoreProblem, d: CoreDemand, start: number, n: number): boolean {
  const k = Math.min(d.maxPeople, d.eligible.length);
  return subsetsUpTo(d.eligible, k).some((team) => {
    let units = 0;
    for (const p of team) for (let t = start; t < start + n; t++) units += problem.free[p][t];
    return units >= d.units;
  });
}

/** The earliest finish (last working day of the last phase), or null when no schedule fits. */
export function bruteForceFinish(problem: CoreProblem): number | null {
  const phases = problem.phases;
  const fits = phases.map((ph) => {
    const n = Math.max(1, ph.duration);
    return Array.from({ length: problem.days }, (_, s) => s + n <= problem.days && ph.demands.every((d) => d.units <= 0 || demandFits(problem, d, s, n)));
  });
  const order: number[] = [];
  const seen = new Set<number>();
  const visit = (i: number) => {
    if (seen.has(i)) return;
    seen.add(i);
    phases[i].deps.forEach(visit);
    order.push(i);
  };
  phases.forEach((_, i) => visit(i));
  let best: number | null = null;
  const end: number[] = phases.map(() => -1);
  const rec = (k: number, finish: number) => {
    if (best !== null && finish >= best) return;
    if (k === order.length) { best = finish; return; }
    const i = order[k];
    const n = Math.max(1, phases[i].duration);
    const ready = phases[i].deps.reduce((r, d) => Math.max(r, end[d] + 1), problem.earliest);
    for (let s = ready; s + n <= problem.days; s++) {
      if (!fits[i][s]) continue;
      end[i] = s + n - 1;
      rec(k + 1, Math.max(finish, end[i]));
    }
    end[i] = -1;
  };
  rec(0, problem.earliest - 1);
  return best;
}
