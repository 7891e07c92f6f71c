// Optimality against the referee (HiGHS) on many random small instances, in both modes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan, solveGreedy, solveSplit, solveWhole } from '@shared/staffing';
import { generateInstance } from './gen';
import { referee } from './referee';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

const sizes = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  people: fc.integer({ min: 2, max: 12 }),
  lines: fc.integer({ min: 1, max: 9 }),
  weeks: fc.integer({ min: 1, max: 6 }),
  candidates: fc.integer({ min: 1, max: 6 }),
  roles: fc.integer({ min: 1, max: 3 }),
  bigShare: fc.constantFrom(0, 0.15, 0.5),
});

type Sizes = { seed: number; people: number; lines: number; weeks: number; candidates: number; roles: number; bigShare: number };
const gen = (s: Sizes) =>
  generateInstance(s.seed, { people: s.people, lines: s.lines, weeks: s.weeks, candidates: s.candidates, roles: s.roles, bigShare: s.bigShare });

describe('split mode against HiGHS LP', () => {
  it('matches the referee objective on random instances; greedy is never better', async () => {
    await fc.assert(
      fc.asyncProperty(sizes, async (s) => {
        const inst = gen(s);
        const mine = solveSplit(inst);
        expect(checkPlan(inst, mine.plan, false)).toEqual([]);
        const ref = await referee(inst, 'split');
        expect(ref.status).toBe('optimal');
        expect(rel(mine.objective, ref.objective)).toBeLessThanOrEqual(1e-6);
        const greedy = solveGreedy(inst, 'split');
        expect(checkPlan(inst, greedy.plan, false)).toEqual([]);
        expect(greedy.objective).toBeGreaterThanOrEqual(mine.objective - 1e-6 * Math.max(1, mine.objective));
      }),
      { numRuns: 120, seed: 42 },
    );
  });

  it('matches the referee on a few medium instances (200 people, 100 lines, 8 weeks)', async () => {
    for (const seed of [1, 2, 3]) {
      const inst = generateInstance(seed, { people: 200, lines: 100, weeks: 8 });
      const mine = solveSplit(inst);
      expect(checkPlan(inst, mine.plan, false)).toEqual([]);
      const ref = await referee(inst, 'split');
      expect(rel(mine.objective, ref.objective)).toBeLessThanOrEqual(1e-6);
    }
  });
});

describe('whole mode against HiGHS MIP', () => {
  it('proves optimality and matches the referee objective on random instances; greedy is never better', async () => {
    await fc.assert(
      fc.asyncProperty(sizes, async (s) => {
        const inst = gen(s);
        const mine = solveWhole(inst, { maxMs: 20_000 });
        expect(checkPlan(inst, mine.plan, true)).toEqual([]);
        expect(mine.optimal).toBe(true);
        const ref = await referee(inst, 'whole');
        expect(ref.status).toBe('optimal');
        expect(rel(mine.objective, ref.objective)).toBeLessThanOrEqual(1e-6);
        // the proven bound never exceeds the true optimum
        expect(mine.bound).toBeLessThanOrEqual(ref.objective + 1e-6 * Math.max(1, ref.objective));
        const split = solveSplit(inst);
        expect(split.objective).toBeLessThanOrEqual(mine.objective + 1e-6 * Math.max(1, mine.objective));
        const greedy = solveGreedy(inst, 'whole');
        expect(checkPlan(inst, greedy.plan, true)).toEqual([]);
        expect(greedy.objective).toBeGreaterThanOrEqual(mine.objective - 1e-6 * Math.max(1, mine.objective));
      }),
      { numRuns: 120, seed: 7 },
    );
  });

  it('reports a valid bound and a feasible plan on medium instances under a time limit', async () => {
    const inst = generateInstance(3, { people: 60, lines: 30, weeks: 6 });
    const mine = solveWhole(inst, { maxMs: 500 });
    expect(checkPlan(inst, mine.plan, true)).toEqual([]);
    const ref = await referee(inst, 'whole', { timeLimit: 30 });
    expect(mine.bound).toBeLessThanOrEqual(ref.objective + 1e-6 * ref.objective);
    expect(mine.objective).toBeGreaterThanOrEqual(ref.bound - 1e-6 * ref.objective);
    expect(mine.gap).toBeGreaterThanOrEqual(0);
  }, 120_000);
});
