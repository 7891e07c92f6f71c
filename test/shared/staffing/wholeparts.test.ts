// The pieces whole mode is built from: a person's value for a set of lines, the exact
// re-assignment of a few lines, independent parts; and the plan's distance to HiGHS' optimum.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan, evaluatePlan, linePenalties, solveWhole, type StaffingInstance } from '@shared/staffing';
import { mergePlans, splitComponents } from '@shared/staffing/components';
import { PersonValue, ValueCache } from '@shared/staffing/personvalue';
import { reassign, type Assignment } from '@shared/staffing/reassign';
import { solveFlow } from '@shared/staffing/split';
import { generateInstance, rng } from './gen';
import { referee } from './referee';

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

const small = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  people: fc.integer({ min: 2, max: 10 }),
  lines: fc.integer({ min: 1, max: 8 }),
  weeks: fc.integer({ min: 1, max: 6 }),
  candidates: fc.integer({ min: 1, max: 5 }),
  bigShare: fc.constantFrom(0, 0.15, 0.5),
});
type Small = { seed: number; people: number; lines: number; weeks: number; candidates: number; bigShare: number };
const gen = (s: Small) => generateInstance(s.seed, { ...s, roles: 1 });

/** A random person (or nobody) per line. */
function randomAssignment(inst: StaffingInstance, seed: number): Int32Array {
  const r = rng(seed);
  return Int32Array.from(inst.lines, (l) => (r() < 0.2 || l.eligible.length === 0 ? -2 : l.eligible[Math.floor(r() * l.eligible.length)]));
}

function assignment(inst: StaffingInstance, pen: Float64Array, only: Int32Array): { a: Assignment; pv: PersonValue } {
  const pv = new PersonValue(inst, pen);
  const linesOf: number[][] = inst.people.map(() => []);
  only.forEach((p, l) => { if (p >= 0) linesOf[p].push(l); });
  const lineOff = new Int32Array(inst.lines.length + 1);
  inst.lines.forEach((line, l) => (lineOff[l + 1] = lineOff[l] + line.eligible.length));
  return { a: { only: only.slice(), linesOf, cache: new ValueCache(inst, pv, linesOf, lineOff) }, pv };
}

/** The objective of an assignment from person values: Σ pen·H − Σ value_p. */
function objectiveOf(inst: StaffingInstance, pen: Float64Array, pv: PersonValue, linesOf: number[][]): number {
  let v = 0;
  inst.lines.forEach((l, i) => (v += pen[i] * Math.max(0, l.openHours)));
  linesOf.forEach((lines, p) => (v -= pv.value(p, lines)));
  return v;
}

describe('PersonValue', () => {
  it('gives the same objective as the exact week distribution (min-cost flow) for any assignment', () => {
    fc.assert(
      fc.property(small, fc.integer(), (s, seed) => {
        const inst = gen(s);
        const pen = linePenalties(inst);
        const only = randomAssignment(inst, seed);
        const { a, pv } = assignment(inst, pen, only);
        const flow = evaluatePlan(inst, solveFlow(inst, pen, only).plan, pen).objective;
        expect(rel(objectiveOf(inst, pen, pv, a.linesOf), flow)).toBeLessThanOrEqual(1e-9);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

describe('reassign', () => {
  it('re-assigning every line without a node limit reaches the whole-mode optimum', async () => {
    await fc.assert(
      fc.asyncProperty(small, fc.integer(), async (s, seed) => {
        const inst = gen(s);
        const pen = linePenalties(inst);
        const { a, pv } = assignment(inst, pen, randomAssignment(inst, seed));
        const before = objectiveOf(inst, pen, pv, a.linesOf);
        const gain = reassign(inst, pv, a, inst.lines.map((_, l) => l), Infinity);
        const after = objectiveOf(inst, pen, pv, a.linesOf);
        expect(rel(before - gain, after)).toBeLessThanOrEqual(1e-9);
        a.only.forEach((p, l) => { if (p >= 0) expect(a.linesOf[p]).toContain(l); });
        const ref = await referee(inst, 'whole');
        expect(rel(after, ref.objective)).toBeLessThanOrEqual(1e-6);
      }),
      { numRuns: 60, seed: 5 },
    );
  });
});

describe('independent parts', () => {
  it('split the lines and people, and merge back into a plan with the same objective', () => {
    const inst = generateInstance(4, { people: 300, lines: 150, weeks: 8 });
    const comps = splitComponents(inst);
    expect(comps.length).toBe(3);
    expect(comps.reduce((n, c) => n + c.lines.length, 0)).toBe(150);
    const pen = linePenalties(inst);
    const parts = comps.map((comp) => ({ comp, plan: solveFlow(comp.inst, linePenalties(comp.inst)).plan }));
    const merged = mergePlans(parts);
    expect(checkPlan(inst, merged, false)).toEqual([]);
    expect(rel(evaluatePlan(inst, merged, pen).objective, evaluatePlan(inst, solveFlow(inst, pen).plan, pen).objective)).toBeLessThanOrEqual(1e-9);
  });
});

describe('the Lagrangian bound', () => {
  it('never exceeds the optimum, and is at least the split-mode LP bound', async () => {
    await fc.assert(
      fc.asyncProperty(small, async (s) => {
        const inst = gen(s);
        // no LNS and no branching: the reported bound is the root Lagrangian's
        const mine = solveWhole(inst, { maxMs: 2000, lns: false, branch: false });
        const ref = await referee(inst, 'whole');
        expect(mine.bound).toBeLessThanOrEqual(ref.objective + 1e-6 * Math.max(1, ref.objective));
        expect(mine.bound).toBeGreaterThanOrEqual(mine.stats.lpBound - 1e-6 * Math.max(1, mine.stats.lpBound));
      }),
      { numRuns: 80, seed: 3 },
    );
  });
});

describe('the referee', () => {
  it("per-week links change HiGHS' LP bound, never its MIP optimum", async () => {
    for (const seed of [31, 32, 33, 34]) {
      const inst = generateInstance(seed, { people: 30, lines: 14, weeks: 5, roles: 1, candidates: 6, bigShare: 0.3 });
      const [tight, weak] = await Promise.all([referee(inst, 'whole'), referee(inst, 'whole', { formulation: 'weak' })]);
      expect(rel(tight.objective, weak.objective)).toBeLessThanOrEqual(1e-6);
      const lpTight = await referee(inst, 'whole', { relax: true });
      const lpWeak = await referee(inst, 'whole', { relax: true, formulation: 'weak' });
      expect(lpTight.objective).toBeGreaterThanOrEqual(lpWeak.objective - 1e-6 * lpWeak.objective);
      expect(lpTight.objective).toBeLessThanOrEqual(tight.objective + 1e-6 * tight.objective);
    }
  }, 120_000);
});

describe('whole mode near the optimum', () => {
  it('is within 1e-4 of HiGHS on medium random instances, and its bound stays below the optimum', async () => {
    for (const seed of [21, 22, 23]) {
      const inst = generateInstance(seed, { people: 60, lines: 30, weeks: 6, roles: 1, candidates: 12 });
      const mine = solveWhole(inst, { maxMs: 1500 });
      expect(checkPlan(inst, mine.plan, true)).toEqual([]);
      const ref = await referee(inst, 'whole', { timeLimit: 60 });
      expect(ref.status).toBe('optimal');
      expect(rel(mine.objective, ref.objective)).toBeLessThanOrEqual(1e-4);
      expect(mine.bound).toBeLessThanOrEqual(ref.objective + 1e-6 * ref.objective);
    }
  }, 240_000);
});
