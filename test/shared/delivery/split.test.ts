// The phase split way out is exact in the exact case: on small random instances, for every phase
// that waits, the engine's split finishes on the same day as the best two-part split found by
// exhaustive search (every length of the first part from the phase's ready day, each part placed
// by brute force), and it is only offered when it is strictly earlier.
import { describe, expect, it } from 'vitest';
import { bestSchedule, bestSplit, schedule, splitProblem, type CorePhase, type CoreProblem } from '@shared/delivery/core';
import { bruteForceFinish } from './bruteForce';
import { randomInstance } from './instances';

/** The most units a team of at most maxPeople eligible people gives in [from, from + n) (pools of one phase are apart in the exact case). */
function mostUnits(problem: CoreProblem, d: CorePhase['demands'][number], from: number, n: number): number {
  const sums = d.eligible.map((p) => { let u = 0; for (let t = from; t < from + n; t++) u += problem.free[p][t]; return u; }).sort((a, b) => b - a);
  return sums.slice(0, Math.min(d.maxPeople, sums.length)).reduce((s, u) => s + u, 0);
}

/** Phase i in two parts: the first k days from `ready` doing all its teams can, the rest at the phase's pace (README). */
function splitAt(problem: CoreProblem, i: number, ready: number, k: number): CoreProblem | null {
  const ph = problem.phases[i];
  const first = ph.demands.map((d) => Math.min(d.units, mostUnits(problem, d, ready, k)));
  const total = ph.demands.reduce((s, d) => s + d.units, 0);
  const done = first.reduce((s, u) => s + u, 0);
  if (done <= 0 || done >= total) return null;
  const n2 = Math.max(1, ph.duration - k, Math.ceil((ph.duration * (total - done)) / total - 1e-9));
  const second = problem.phases.length;
  const phases: CorePhase[] = problem.phases.map((p, j) => (j === i ? { ...p, duration: k, demands: p.demands.map((d, n) => ({ ...d, units: first[n] })) } : { ...p, deps: p.deps.map((x) => (x === i ? second : x)) }));
  phases.push({ duration: n2, deps: [i], demands: ph.demands.map((d, n) => ({ ...d, units: d.units - first[n] })) });
  return { ...problem, phases };
}

describe('a phase split', () => {
  it('finishes as early as the best two-part split found by exhaustive search, in the exact case', () => {
    let tried = 0;
    let helped = 0;
    for (let seed = 1; seed <= 120; seed++) {
      const { problem } = randomInstance(seed, { shared: false });
      const base = bestSchedule(problem);
      base.placements.forEach((pl, i) => {
        if (!pl || pl.start === pl.ready) return;
        tried++;
        let best: number | null = null;
        for (let k = 1; pl.ready + k < problem.days; k++) {
          const split = splitAt(problem, i, pl.ready, k);
          const f = split && bruteForceFinish(split);
          if (f !== null && f !== undefined && (best === null || f < best)) best = f;
        }
        const better = best !== null && best < base.finish! ? best : null;
        const found = bestSplit(problem, base, i).best;
        const sp = found && splitProblem(problem, base.order, found);
        const engine = sp ? schedule(sp.problem, undefined, sp.order).finish : null;
        expect(engine !== null && engine < base.finish! ? engine : null, `seed ${seed}, phase ${i}`).toBe(better);
        if (better !== null) helped++;
      });
    }
    console.log(`[split exactness] ${tried} waiting phases, a split helps ${helped}`);
    // Enough waiting phases, and enough where a split helps, for the comparison to bite.
    expect(tried).toBeGreaterThan(30);
    expect(helped).toBeGreaterThan(10);
  }, 120_000);

  it('gives a feasible plan in the general case (people on two roles, parallel phases sharing people)', () => {
    let checked = 0;
    for (let seed = 2001; seed <= 2080; seed++) {
      const { problem } = randomInstance(seed, { shared: true });
      const base = bestSchedule(problem);
      base.placements.forEach((pl, i) => {
        if (!pl || pl.start === pl.ready) return;
        const found = bestSplit(problem, base, i).best;
        if (!found) return;
        const sp = splitProblem(problem, base.order, found);
        const s = schedule(sp.problem, undefined, sp.order);
        if (s.finish === null) return; // the split pushed a parallel phase out of the horizon: not offered
        const used = problem.free.map((row) => new Float64Array(row.length));
        s.placements.forEach((q, j) => {
          const ph = sp.problem.phases[j];
          expect(q, `seed ${seed}`).not.toBeNull();
          for (const d of ph.deps) expect(q!.start).toBeGreaterThan(s.placements[d]!.end);
          ph.demands.forEach((d, n) => {
            const mine = q!.assignments.filter((a) => a.demand === n);
            expect(mine.reduce((t, a) => t + a.units.reduce((x, y) => x + y, 0), 0)).toBe(d.units);
            expect(mine.length).toBeLessThanOrEqual(d.maxPeople);
            for (const a of mine) expect(d.eligible).toContain(a.person);
          });
          for (const a of q!.assignments) a.units.forEach((u, k) => (used[a.person][q!.start + k] += u));
        });
        used.forEach((row, p) => row.forEach((u, t) => expect(u).toBeLessThanOrEqual(problem.free[p][t])));
        // The first part starts the day the phase was ready, the second after it, and the phase's dependants after that.
        expect(s.placements[i]!.start).toBe(pl.ready);
        expect(s.placements[problem.phases.length]!.start).toBeGreaterThan(s.placements[i]!.end);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(5);
  });
});
