// The staffing model on days, where the user meets it: a line whose window covers part of a week
// gets only the free hours of its own days, and the day-level instance is still solved to the
// optimum HiGHS proves.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { solveStaffing, type StaffingMode } from '@shared/staffing';
import { CapacityModel } from '../../../electron/capacity/model';
import { freeQuarters, planFor, type PlanQuery } from '@shared/staffing/plan/instance';
import { planBookings } from '@shared/staffing/plan/planBookings';
import { readStaffingSettings } from '../../../electron/staffing/settings';
import { referee } from '../../../test/shared/staffing/referee';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

describe('a line whose window covers part of a week', () => {
  it('gets the free hours of its own days, never the whole week squeezed into them', async () => {
    const designer = await ws.call('roles:create', { name: 'Designer' });
    // Part-time Mon–Thu 7.5 h; the week of 1 March 2027 is a normal week in England.
    const ada = await ws.call('talent:create', {
      kind: 'freelancer', name: 'Ada', primaryRoleId: designer.id, costRate: 50, billRate: 90, holidayCountry: 'GB', holidayRegion: 'ENG',
      patterns: [{ effectiveFrom: '2020-01-01', hours: [7.5, 7.5, 7.5, 7.5, 0, 0, 0] }],
    });
    const c = await ws.call('campaigns:create', { name: 'Launch', client: 'Acme', status: 'confirmed', start: '2027-03-01', end: '2027-03-31' });
    // Wednesday and Thursday only, 40 h asked: Ada can give 15 h there, whatever the rest of her week.
    const line = await ws.call('demandLines:create', { campaignId: c.id, roleId: designer.id, hours: 40, start: '2027-03-03', end: '2027-03-04' });
    const p = await ws.call('staffing:propose', { range: { start: '2027-03-01', end: '2027-03-31' }, mode: 'split', kinds: ['freelancer'] });
    expect(p.bookings).toEqual([expect.objectContaining({ talentId: ada.id, demandLineId: line.id, start: '2027-03-03', end: '2027-03-04', hoursPerDay: 7.5, totalHours: 15 })]);
    expect(p.lines[0]).toMatchObject({ openBefore: 40, staffed: 15, unstaffed: 25 });
  });

  it('puts the remainder on the last day, in quarter hours, and says so in one booking per run', async () => {
    const designer = await ws.call('roles:create', { name: 'Designer' });
    await ws.call('talent:create', {
      kind: 'staff', name: 'Bo', primaryRoleId: designer.id, costRate: 40, billRate: 80, holidayCountry: 'GB', holidayRegion: 'ENG',
      patterns: [{ effectiveFrom: '2020-01-01', hours: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0] }],
    });
    const c = await ws.call('campaigns:create', { name: 'Launch', client: 'Acme', status: 'confirmed', start: '2027-03-01', end: '2027-03-31' });
    await ws.call('demandLines:create', { campaignId: c.id, roleId: designer.id, hours: 20, start: '2027-03-03', end: '2027-03-12' });
    const p = await ws.call('staffing:propose', { range: { start: '2027-03-01', end: '2027-03-31' }, mode: 'whole', kinds: ['staff'] });
    expect(p.bookings.map((b) => [b.start, b.end, b.hoursPerDay, b.totalHours])).toEqual([
      ['2027-03-03', '2027-03-04', 7.5, 15],
      ['2027-03-05', '2027-03-05', 5, 5],
    ]);
    expect(p.staffedHours).toBe(20);
  });
});

describe('the day-level instance of the demo studio', () => {
  it('is solved to the optimum HiGHS proves, in split mode', async () => {
    await ws.call('workspace:loadDemo', { today: '2026-11-26' });
    const model = new CapacityModel(ws.db, () => '2026-11-26');
    const { frame } = await planFor(model.state(), {
      range: { start: '2026-11-30', end: '2027-02-26' }, includeTentative: true, kinds: ['staff', 'freelancer', 'agency'], today: '2026-11-26', settings: readStaffingSettings(ws.db),
    }, 'split', async (inst, mode) => solveStaffing(inst, mode));
    expect(frame.lowerBound).toBeNull();
    // Periods, not weeks: cut at line windows, so there are more of them than weeks.
    expect(frame.periods.length).toBeGreaterThan(13);
    const ours = solveStaffing(frame.inst, 'split');
    const highs = await referee(frame.inst, 'split');
    expect(ours.objective).toBeCloseTo(highs.objective, 4);
  });
});

describe('a range too large for the day-level model with everyone eligible', () => {
  it('is solved on a shortlist, with a proven bound, and is still bookable as shown', async () => {
    await ws.call('workspace:loadDemo', { today: '2026-11-26' });
    const state = new CapacityModel(ws.db, () => '2026-11-26').state();
    const q: PlanQuery = {
      range: { start: '2026-11-30', end: '2027-02-26' }, includeTentative: true, kinds: ['staff', 'freelancer', 'agency'], today: '2026-11-26', settings: readStaffingSettings(ws.db),
    };
    const solve = async (inst: Parameters<typeof solveStaffing>[0], mode: StaffingMode) => solveStaffing(inst, mode, { maxMs: 1500 });
    const exact = await planFor(state, q, 'split', solve);
    for (const mode of ['split', 'whole'] as const) {
      const { frame, result } = await planFor(state, { ...q, maxDayArcs: 0 }, mode, solve);
      expect(frame.lowerBound).not.toBeNull();
      expect(frame.lowerBound!).toBeLessThanOrEqual(result.objective + 1e-6);
      // The week-level relaxation bounds the day-level optimum from below; the shortlist can't beat it.
      if (mode === 'split') {
        expect(frame.lowerBound!).toBeLessThanOrEqual(exact.result.objective + 1e-6);
        expect(result.objective).toBeGreaterThanOrEqual(exact.result.objective - 1e-6);
        expect(result.objective).toBeLessThan(exact.result.objective * 1.01);
      }
      else for (let l = 0; l < frame.inst.lines.length; l++) expect(new Set(Array.from(result.plan.person).filter((_, k) => result.plan.line[k] === l && result.plan.hours[k] > 0)).size).toBeLessThanOrEqual(1);
      // No day gets more than the person has free.
      const used = new Map<string, number>();
      for (const b of planBookings(state, frame, result).bookings) {
        for (let i = b.from; i <= b.to; i++) {
          if (state.working[b.person * state.timeline.days + i] !== 1) continue;
          const key = `${b.person}:${i}`;
          used.set(key, (used.get(key) ?? 0) + b.hoursPerDay * 4);
          expect(used.get(key)!).toBeLessThanOrEqual(freeQuarters(state, b.person, i, true));
        }
      }
    }
  });
});
