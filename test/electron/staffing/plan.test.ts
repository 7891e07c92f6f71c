import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { solveStaffing } from '@shared/staffing';
import { CapacityModel } from '../../../electron/capacity/model';
import { planFor } from '@shared/staffing/plan/instance';
import { readStaffingSettings } from '../../../electron/staffing/settings';
import { dumpWorkspace, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { staffingStudio } from './studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const RANGE = { start: '2027-02-01', end: '2027-05-31' };

async function twoLines(ws: TestWorkspace) {
  const s = await staffingStudio(ws);
  const summer = await ws.call('campaigns:create', { name: 'Summer Teaser', client: 'Acme', status: 'pipeline', probability: 60, start: '2027-04-01', end: '2027-05-31' });
  const copy = await ws.call('demandLines:create', { campaignId: summer.id, roleId: s.writer.id, hours: 60, start: '2027-04-05', end: '2027-04-30', priority: 2 });
  return { ...s, summer, copy };
}

describe('staffing:propose', () => {
  it('proposes bookings for the open lines and writes nothing', async () => {
    const s = await twoLines(ws);
    const before = dumpWorkspace(ws.db);
    const history = await ws.call('history:state');
    const p = await ws.call('staffing:propose', { range: RANGE, mode: 'split', kinds: ['staff', 'freelancer'] });
    expect(dumpWorkspace(ws.db)).toBe(before);
    expect(await ws.call('history:state')).toEqual(history);
    expect(p.lines.map((l) => l.demandLineId).sort()).toEqual([s.line.id, s.copy.id].sort());
    expect(p.unstaffedHours).toBeCloseTo(0, 6);
    for (const l of p.lines) expect(l.staffed).toBeCloseTo(l.openBefore, 1);
    // Each line's bookings add up to its staffed hours, inside its window, on eligible people.
    for (const l of p.lines) {
      const mine = p.bookings.filter((b) => b.demandLineId === l.demandLineId);
      expect(mine.reduce((sum, b) => sum + b.totalHours, 0)).toBeCloseTo(l.staffed, 0);
      for (const b of mine) {
        expect(b.start >= l.start && b.end <= l.end).toBe(true);
        expect(b.cost).toBeCloseTo(b.totalHours * b.costRate, 1);
      }
    }
    // Dan (Figma 2) is a copywriter: he may take the copy line, never the Figma 3+ design line.
    expect(p.bookings.some((b) => b.talentId === s.dan.id && b.demandLineId === s.line.id)).toBe(false);
    expect(p.totalCost).toBeGreaterThan(0);
    expect(p.quality).toBe('The best possible plan');
  });

  it('has the objective the solver finds on the same instance', async () => {
    await twoLines(ws);
    for (const mode of ['split', 'whole'] as const) {
      const p = await ws.call('staffing:propose', { range: RANGE, mode, kinds: ['staff', 'freelancer', 'agency'] });
      const model = new CapacityModel(ws.db, () => '2026-11-26');
      const { frame } = await planFor(model.state(), {
        range: RANGE, includeTentative: true, kinds: ['staff', 'freelancer', 'agency'], today: '2026-11-26', settings: readStaffingSettings(ws.db),
      }, mode, async (inst, m) => solveStaffing(inst, m));
      expect(p.objective).toBeCloseTo(solveStaffing(frame.inst, mode).objective, 6);
      expect(p.objective).toBeLessThanOrEqual(p.greedyObjective + 1e-6);
    }
  });

  it('uses the stored penalty settings: a low penalty leaves a dear line open', async () => {
    const s = await twoLines(ws);
    expect(await ws.call('staffing:settings')).toEqual({ unstaffedPenalty: null, priorityWeights: [1, 0.8, 0.6, 0.4, 0.2], nearLimitShare: 0.9 });
    await ws.call('staffing:saveSettings', { unstaffedPenalty: 30 });
    const p = await ws.call('staffing:propose', { range: RANGE, mode: 'split', kinds: ['staff', 'freelancer'] });
    // The cheapest designer costs 35/h (Cara), more than the penalty of 30: nobody is worth booking.
    expect(p.lines.find((l) => l.demandLineId === s.line.id)!.staffed).toBe(0);
    expect(p.unstaffed.some((c) => c.roleName === 'Designer' && c.hours > 0)).toBe(true);
    expect(p.penaltyBase).toBe(30);
  });
});

describe('staffing:accept', () => {
  it('writes exactly the proposal\'s bookings in one undoable step, after a backup', async () => {
    await twoLines(ws);
    const before = dumpWorkspace(ws.db);
    const p = await ws.call('staffing:propose', { range: RANGE, mode: 'split', kinds: ['staff', 'freelancer'] });
    const res = await ws.call('staffing:accept', { proposalId: p.id });
    expect(res.created).toHaveLength(p.bookings.length);
    expect(res.label).toBe(`Accept staffing plan: ${p.bookings.length} bookings`);
    const stored = await ws.call('bookings:list', {});
    const shape = (b: { talentId: number; demandLineId: number | null; start: string; end: string; hoursPerDay: number }) =>
      `${b.talentId}/${b.demandLineId}/${b.start}/${b.end}/${b.hoursPerDay}`;
    expect(stored.map(shape).sort()).toEqual(p.bookings.map(shape).sort());
    expect(stored.every((b) => b.status === 'tentative')).toBe(true);
    expect(await ws.call('history:state')).toMatchObject({ undo: res.label });
    expect((await ws.call('backups:list')).backups.some((b) => b.reason === 'plan' && b.status === 'ok')).toBe(true);
    await ws.call('history:undo');
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('accepts line by line: the rest of the plan stays acceptable', async () => {
    const s = await twoLines(ws);
    const p = await ws.call('staffing:propose', { range: RANGE, mode: 'whole', kinds: ['staff', 'freelancer'] });
    const first = await ws.call('staffing:accept', { proposalId: p.id, lineIds: [s.line.id], status: 'confirmed' });
    expect(first.remainingLineIds).toEqual([s.copy.id]);
    const onLine = await ws.call('bookings:list', { demandLineIds: [s.line.id] });
    expect(onLine.map((b) => b.id).sort()).toEqual(first.created.sort());
    expect(await ws.call('bookings:list', { demandLineIds: [s.copy.id] })).toHaveLength(0);
    const again = await ws.send('staffing:accept', { proposalId: p.id, lineIds: [s.line.id] });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const second = await ws.call('staffing:accept', { proposalId: p.id, lineIds: [s.copy.id] });
    expect(second.remainingLineIds).toEqual([]);
    expect(await ws.call('bookings:list', { demandLineIds: [s.copy.id] })).toHaveLength(second.created.length);
  });

  it('refuses a proposal made before the workspace changed', async () => {
    const s = await twoLines(ws);
    const p = await ws.call('staffing:propose', { range: RANGE, mode: 'split', kinds: ['staff', 'freelancer'] });
    await ws.call('bookings:create', { talentId: s.cara.id, campaignId: s.spring.id, start: '2027-03-01', end: '2027-03-12', hoursPerDay: 8 });
    const before = dumpWorkspace(ws.db);
    const res = await ws.send('staffing:accept', { proposalId: p.id });
    expect(res).toEqual({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^The plan is out of date: propose again/) } });
    expect(dumpWorkspace(ws.db)).toBe(before);
    expect(await ws.send('staffing:accept', { proposalId: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('on the demo studio', () => {
  it('beats the greedy baseline', async () => {
    await ws.call('workspace:loadDemo', { today: '2026-11-26' });
    const range = { start: '2026-11-30', end: '2027-02-26' };
    const split = await ws.call('staffing:propose', { range, mode: 'split', kinds: ['staff', 'freelancer'] });
    const whole = await ws.call('staffing:propose', { range, mode: 'whole', kinds: ['staff', 'freelancer'], maxSeconds: 1.5 });
    expect(split.lines.length).toBeGreaterThan(5);
    expect(split.objective).toBeLessThan(split.greedyObjective);
    expect(whole.objective).toBeLessThan(whole.greedyObjective);
    console.log(`demo: ${split.lines.length} lines, ${split.bookings.length} bookings; split ${split.objective.toFixed(0)} vs greedy ${split.greedyObjective.toFixed(0)}; whole ${whole.objective.toFixed(0)} vs greedy ${whole.greedyObjective.toFixed(0)} (${whole.quality}, ${whole.ms} ms)`);
  });
});
