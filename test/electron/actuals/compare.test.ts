import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall, writeTemp } from '../io/helpers';
import { actualsStudio, harvestCsv, togglCsv } from './files';

let ws: TestWorkspace;
let studio: Awaited<ReturnType<typeof actualsStudio>>;
const RANGE = { start: '2026-11-02', end: '2026-11-22' }; // three weeks, all ended by 26 November 2026

beforeEach(async () => {
  ws = tempWorkspace();
  studio = await actualsStudio(ws);
  const matches = [
    { kind: 'person' as const, name: 'Lukasz Z.', targetId: studio.lukasz.id },
    { kind: 'person' as const, name: 'Temp Freelancer', targetId: null },
  ];
  await ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 'h.csv', harvestCsv()) }, entity: 'actuals', options: { matches } });
  await ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 't.csv', togglCsv()) }, entity: 'actuals' });
});
afterEach(() => ws.close());

// Hourly cost in GBP: Ada £50; Zoë €400 a day over her 8 h days = €50 × 0.85; Łukasz €60 × 0.85.
const RATE = () => new Map([[studio.ada.id, 50], [studio.zoe.id, 42.5], [studio.lukasz.id, 51]]);

describe('planned against actual (actuals:compare)', () => {
  it('gives planned, actual and the difference in hours and GBP by person, role, campaign and week', async () => {
    const r = await ws.call('actuals:compare', { range: RANGE });
    const byPerson = new Map(r.people.map((p) => [p.id, p]));
    // Planned from the bookings on working days: Ada 10 days × 7.5; Zoë 9 Mon/Wed/Fri × 8; Łukasz 5 × 6.
    const planned = new Map([[studio.ada.id, 75], [studio.zoe.id, 72], [studio.lukasz.id, 30]]);
    // Actual: what actuals:list says was logged, summed here.
    const logged = await ws.call('actuals:list', { range: RANGE });
    const actual = new Map<number, number>();
    for (const a of logged) actual.set(a.talentId, (actual.get(a.talentId) ?? 0) + a.hours);
    for (const [id, rate] of RATE()) {
      const row = byPerson.get(id)!;
      expect(row.plannedHours).toBeCloseTo(planned.get(id)!, 6);
      expect(row.actualHours).toBeCloseTo(actual.get(id)!, 6);
      expect(row.diffHours).toBeCloseTo(actual.get(id)! - planned.get(id)!, 6);
      expect(row.plannedCost).toBeCloseTo(planned.get(id)! * rate, 2);
      expect(row.actualCost).toBeCloseTo(actual.get(id)! * rate, 2);
    }
    expect(actual.get(studio.ada.id)).toBeCloseTo(19.75, 6);
    expect(r.currency).toBe('GBP');
    expect(r.totals.plannedHours).toBeCloseTo(177, 6);
    expect(r.totals.actualHours).toBeCloseTo([...actual.values()].reduce((a, b) => a + b, 0), 6);
    const roles = new Map(r.roles.map((x) => [x.label, x]));
    expect(roles.get('Designer')!.plannedHours).toBeCloseTo(147, 6);
    expect(roles.get('Producer')!.actualHours).toBeCloseTo(actual.get(studio.lukasz.id)!, 6);
    const campaigns = new Map(r.campaigns.map((x) => [x.id, x]));
    expect(campaigns.get(studio.spring.id)!.plannedHours).toBeCloseTo(75, 6);
    expect(campaigns.get(studio.web.id)!.plannedHours).toBeCloseTo(102, 6);
    expect(r.weeks.map((w) => [w.start, w.planned])).toEqual([['2026-11-02', 61.5], ['2026-11-09', 91.5], ['2026-11-16', 24]]);
    expect(r.weeks.reduce((s, w) => s + w.actual, 0)).toBeCloseTo(r.totals.actualHours, 6);
  });

  it('shows a planned week with nothing logged as missing actuals, apart from weeks worked less', async () => {
    const r = await ws.call('actuals:compare', { range: RANGE });
    // Zoë was planned 24 h in the week of 16 November and logged nothing.
    expect(r.missing).toEqual([{ talentId: studio.zoe.id, name: 'Zoë Brontë', week: '2026-11-16', plannedHours: 24 }]);
    expect(r.weeks.map((w) => w.missingPeople)).toEqual([0, 0, 1]);
    const byPerson = new Map(r.people.map((p) => [p.id, p]));
    // Ada logged less than planned in both her weeks; Zoë in two; Łukasz more (a 26 h overnight render).
    expect([studio.ada.id, studio.zoe.id, studio.lukasz.id].map((id) => [byPerson.get(id)!.missingWeeks, byPerson.get(id)!.lessWeeks])).toEqual([[0, 2], [1, 2], [0, 0]]);
    // Logging her week turns "missing" into "worked less".
    await ws.call('actuals:set', { talentId: studio.zoe.id, campaignId: studio.web.id, date: '2026-11-18', hours: 8 });
    const after = await ws.call('actuals:compare', { range: RANGE });
    expect(after.missing).toEqual([]);
    expect(after.people.find((p) => p.id === studio.zoe.id)).toMatchObject({ missingWeeks: 0, lessWeeks: 3 });
  });

  it('narrows to one campaign and to a role, and leaves weeks that have not ended out of missing', async () => {
    const web = await ws.call('actuals:compare', { range: RANGE, campaignId: studio.web.id });
    expect(web.people.map((p) => p.id).sort()).toEqual([studio.zoe.id, studio.lukasz.id].sort());
    expect(web.totals.plannedHours).toBeCloseTo(102, 6);
    const producers = await ws.call('actuals:compare', { range: RANGE, filter: { roleId: studio.producer.id } });
    expect(producers.people.map((p) => p.label)).toEqual(['Łukasz Żółć 🎬']);
    await ws.call('bookings:create', { talentId: studio.ada.id, campaignId: studio.spring.id, start: '2026-11-23', end: '2026-11-27', hoursPerDay: 4, status: 'confirmed' });
    const open = await ws.call('actuals:compare', { range: { start: '2026-11-02', end: '2026-11-29' } });
    expect(open.weeks.at(-1)).toMatchObject({ start: '2026-11-23', planned: 20, ended: false, missingPeople: 0 });
  });
});
