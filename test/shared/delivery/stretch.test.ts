// A stretching phase (a demand line of no phase) on random free grids: it ends on the earliest day
// by which its team (at most maxPeople of the eligible) holds its units from its ready day, never
// before its duration, as exhaustive search over every end and every team finds.
import { describe, expect, it } from 'vitest';
import { schedule, type CoreProblem } from '@shared/delivery/core';

function rng(seed: number) {
  let x = seed >>> 0;
  return () => ((x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Every subset of at most k of the people, by brute force. */
function bestTeam(free: number[][], eligible: number[], k: number, from: number, to: number): number {
  let best = 0;
  for (let mask = 0; mask < 1 << eligible.length; mask++) {
    const team = eligible.filter((_, i) => mask & (1 << i));
    if (team.length > k) continue;
    best = Math.max(best, team.reduce((s, p) => s + free[p].slice(from, to + 1).reduce((a, b) => a + b, 0), 0));
  }
  return best;
}

describe('a stretching phase', () => {
  it('ends on the earliest day its hours fit from its ready day (200 random grids)', () => {
    const next = rng(16);
    for (let n = 0; n < 200; n++) {
      const people = 1 + Math.floor(next() * 5);
      const days = 20 + Math.floor(next() * 20);
      const free = Array.from({ length: people }, () => Array.from({ length: days }, () => (next() < 0.4 ? 0 : Math.floor(next() * 9) * 3600)));
      const eligible = Array.from({ length: people }, (_, p) => p).filter(() => next() < 0.8);
      const k = next() < 0.5 ? Infinity : 1 + Math.floor(next() * 3);
      const units = Math.floor(next() * 120) * 3600;
      const duration = 1 + Math.floor(next() * 5);
      const ready = Math.floor(next() * 5);
      const problem: CoreProblem = { days, free: free.map((r) => Float64Array.from(r)), earliest: ready, phases: [{ duration, stretch: true, deps: [], demands: [{ units, maxPeople: k, eligible }] }] };
      let expected: number | null = null;
      for (let e = ready + duration - 1; e < days && expected === null; e++) if (bestTeam(free, eligible, k, ready, e) >= units) expected = e;
      const got = schedule(problem);
      expect(got.finish).toBe(expected);
      const pl = got.placements[0];
      if (!pl) continue;
      expect(pl.start).toBe(ready);
      const used = pl.assignments.reduce((s, a) => s + a.units.reduce((x, u) => x + u, 0), 0);
      expect(used).toBe(units);
      expect(new Set(pl.assignments.map((a) => a.person)).size).toBeLessThanOrEqual(k);
      for (const a of pl.assignments) a.units.forEach((u, i) => expect(u).toBeLessThanOrEqual(free[a.person][ready + i]));
    }
  });
});
