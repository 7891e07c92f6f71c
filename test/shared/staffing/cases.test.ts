// Hand-written instances where the best plan is known.
import { describe, expect, it } from 'vitest';
import {
  buildProposal,
  buildStaffingInstance,
  checkPlan,
  linePenalties,
  solveGreedy,
  solveSplit,
  solveStaffing,
  solveWhole,
  type StaffingInstance,
  type StaffingLine,
  type StaffingPerson,
} from '@shared/staffing';
import type { TalentKind } from '@shared/domain';
import { referee } from './referee';

const person = (id: number, costRate: number, free: number[], kind: TalentKind = 'staff'): StaffingPerson => ({
  id, costRate, kind, free: Float64Array.from(free),
});
const line = (id: number, openHours: number, weekFrom: number, weekTo: number, eligible: number[], priority: StaffingLine['priority'] = 1, probability = 1): StaffingLine => ({
  id, openHours, weekFrom, weekTo, priority, probability, eligible: Int32Array.from(eligible),
});
/** hours per person id in a result */
const hoursBy = (inst: StaffingInstance, plan: { person: Int32Array; hours: Float64Array }) => {
  const m = new Map<number, number>();
  for (let i = 0; i < plan.hours.length; i++) {
    const id = inst.people[plan.person[i]].id;
    m.set(id, (m.get(id) ?? 0) + plan.hours[i]);
  }
  return m;
};

describe('known best plans', () => {
  it('a cheaper freelancer wins over an idle staff member', () => {
    const inst: StaffingInstance = {
      weeks: 1,
      people: [person(1, 60, [40], 'staff'), person(2, 40, [40], 'freelancer')],
      lines: [line(10, 30, 0, 0, [0, 1])],
    };
    for (const mode of ['split', 'whole'] as const) {
      const r = solveStaffing(inst, mode);
      expect(r.optimal).toBe(true);
      expect(hoursBy(inst, r.plan).get(2)).toBe(30);
      expect(hoursBy(inst, r.plan).get(1)).toBeUndefined();
      expect(r.cost).toBe(30 * 40);
      expect(r.unstaffedHours).toBe(0);
    }
  });

  it('a line that only splitting can cover', () => {
    const inst: StaffingInstance = {
      weeks: 1,
      people: [person(1, 50, [40]), person(2, 55, [40])],
      lines: [line(10, 60, 0, 0, [0, 1])],
    };
    const split = solveSplit(inst);
    expect(split.unstaffedHours).toBe(0);
    expect(hoursBy(inst, split.plan)).toEqual(new Map([[1, 40], [2, 20]]));
    const whole = solveWhole(inst);
    expect(whole.optimal).toBe(true);
    expect(whole.unstaffedHours).toBe(20);
    expect(hoursBy(inst, whole.plan)).toEqual(new Map([[1, 40]]));
    expect(checkPlan(inst, whole.plan, true)).toEqual([]);
  });

  it('hours may go to any week of the window', () => {
    const inst: StaffingInstance = {
      weeks: 3,
      people: [person(1, 50, [10, 0, 30])],
      lines: [line(10, 40, 0, 2, [0])],
    };
    const r = solveWhole(inst);
    expect(r.unstaffedHours).toBe(0);
    const weeks = Array.from(r.plan.week).sort();
    expect(weeks).toEqual([0, 2]);
  });

  it('a person on holiday in the needed weeks is skipped', () => {
    const inst: StaffingInstance = {
      weeks: 4,
      // the cheapest person has no free hours in weeks 1-2 (a holiday)
      people: [person(1, 30, [40, 0, 0, 40]), person(2, 45, [40, 40, 40, 40])],
      lines: [line(10, 60, 1, 2, [0, 1])],
    };
    for (const mode of ['split', 'whole'] as const) {
      const r = solveStaffing(inst, mode);
      expect(hoursBy(inst, r.plan)).toEqual(new Map([[2, 60]]));
      expect(r.unstaffedHours).toBe(0);
    }
  });

  it('greedy is strictly worse when the cheapest person is the only one for a later line', async () => {
    // P1 line can use A or B; P2 line can only use A. Greedy gives A to the P1 line.
    const inst: StaffingInstance = {
      weeks: 1,
      people: [person(1, 40, [40]), person(2, 50, [40])],
      lines: [line(10, 40, 0, 0, [0, 1], 1), line(11, 40, 0, 0, [0], 2)],
    };
    for (const mode of ['split', 'whole'] as const) {
      const opt = solveStaffing(inst, mode);
      const greedy = solveGreedy(inst, mode);
      expect(opt.unstaffedHours).toBe(0);
      expect(greedy.unstaffedHours).toBe(40);
      expect(greedy.objective).toBeGreaterThan(opt.objective);
      const ref = await referee(inst, mode);
      expect(opt.objective).toBeCloseTo(ref.objective, 6);
    }
  });

  it('whole mode picks one person even when splitting would be cheaper', () => {
    // 50 h over two weeks; A (cheap) has 25 h, B has 50 h. Split: A 25 + B 25. Whole: B 50.
    const inst: StaffingInstance = {
      weeks: 2,
      people: [person(1, 30, [25, 0]), person(2, 60, [25, 25])],
      lines: [line(10, 50, 0, 1, [0, 1])],
    };
    expect(hoursBy(inst, solveSplit(inst).plan)).toEqual(new Map([[1, 25], [2, 25]]));
    const w = solveWhole(inst);
    expect(hoursBy(inst, w.plan)).toEqual(new Map([[2, 50]]));
    expect(w.unstaffedHours).toBe(0);
  });

  it('penalties: weights × probability; by default a certain P1 line beats any cost rate', () => {
    const inst: StaffingInstance = {
      weeks: 1,
      people: [person(1, 200, [40]), person(2, 20, [40])],
      lines: [line(10, 10, 0, 0, [0], 1, 1), line(11, 10, 0, 0, [0], 5, 0.5)],
    };
    const pen = linePenalties(inst);
    expect(pen[0]).toBe(400); // 2 × highest rate
    expect(pen[1]).toBeCloseTo(400 * 0.2 * 0.5);
    const r = solveSplit(inst);
    // the P1 line is staffed by the £200 person; the P5 line at 50% is not worth £200/h
    expect(r.unstaffedHours).toBe(10);
    expect(r.objective).toBeCloseTo(10 * 200 + 10 * 40);
    const custom = solveSplit({ ...inst, settings: { unstaffedPenalty: 1000, priorityWeights: [1, 1, 1, 1, 1] } });
    expect(custom.unstaffedHours).toBe(0);
  });

  it('empty and degenerate instances', () => {
    const inst: StaffingInstance = { weeks: 2, people: [], lines: [line(1, 10, 0, 1, [])] };
    for (const mode of ['split', 'whole'] as const) {
      const r = solveStaffing(inst, mode);
      expect(r.unstaffedHours).toBe(10);
      expect(r.plan.hours.length).toBe(0);
    }
    const none: StaffingInstance = { weeks: 0, people: [], lines: [] };
    expect(solveSplit(none).objective).toBe(0);
    expect(solveWhole(none).objective).toBe(0);
  });
});

describe('buildStaffingInstance', () => {
  it('maps ids, reads percent probability and applies the kind filter', () => {
    const inst = buildStaffingInstance({
      weeks: 2,
      people: [
        { id: 7, costRate: 50, kind: 'staff', free: [10, 20] },
        { id: 8, costRate: 30, kind: 'freelancer', free: [40, 40] },
      ],
      lines: [{ id: 1, openHours: 30, weekFrom: 0, weekTo: 1, priority: 2, probability: 75, eligiblePersonIds: [8, 7, 99] }],
      kinds: ['staff'],
    });
    expect(inst.people.map((p) => p.id)).toEqual([7]);
    expect(Array.from(inst.lines[0].eligible)).toEqual([0]);
    expect(inst.lines[0].probability).toBe(0.75);
    const r = solveSplit(inst);
    expect(r.staffedHours).toBe(30);
  });
});

describe('buildProposal', () => {
  it('collapses contiguous equal weeks into bookings and reports lines and limits', () => {
    const inst: StaffingInstance = {
      weeks: 4,
      people: [person(1, 40, [20, 20, 20, 40]), person(2, 50, [40, 40, 40, 40])],
      lines: [line(10, 80, 0, 3, [0]), line(11, 100, 0, 3, [1], 3, 0.5)],
      settings: { unstaffedPenalty: 200 },
    };
    const r = solveSplit(inst);
    const p = buildProposal(inst, r);
    expect(p.totalCost).toBeCloseTo(r.cost);
    expect(p.objective).toBeCloseTo(r.cost + r.penalty);
    const b1 = p.bookings.filter((b) => b.personId === 1);
    const total1 = b1.reduce((s, b) => s + b.totalHours, 0);
    expect(total1).toBe(80);
    for (const b of p.bookings) expect(b.totalHours).toBeCloseTo(b.hoursPerWeek * (b.endWeek - b.startWeek + 1));
    expect(p.lines.find((l) => l.lineId === 10)).toMatchObject({ openBefore: 80, staffed: 80, unstaffed: 0, people: 1 });
    expect(p.lines.find((l) => l.lineId === 11)).toMatchObject({ openBefore: 100, staffed: 100, unstaffed: 0 });
    // person 1 is used ≥ 90% of free hours in every week used
    expect(p.nearLimit.some((n) => n.personId === 1)).toBe(true);
    for (const n of p.nearLimit) expect(n.share).toBeGreaterThanOrEqual(0.9 - 1e-9);
  });

  it('one booking for a constant run of weeks', () => {
    const inst: StaffingInstance = {
      weeks: 3,
      people: [person(1, 40, [10, 10, 10])],
      lines: [line(10, 30, 0, 2, [0])],
    };
    const p = buildProposal(inst, solveWhole(inst));
    expect(p.bookings).toEqual([{ personId: 1, lineId: 10, startWeek: 0, endWeek: 2, hoursPerWeek: 10, totalHours: 30, costRate: 40 }]);
    expect(p.nearLimit).toHaveLength(3);
  });
});
