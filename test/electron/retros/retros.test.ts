import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpWorkspace, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall, writeTemp } from '../io/helpers';
import { harvestCsv } from '../actuals/files';
import { retroStudio } from './studio';

// Today is 26 November 2026 (FIXED_NOW). A studio with Harvest actuals imported (GBP reporting,
// Zoë a Mon/Wed/Fri part-timer paid in euros), plus a two-phase campaign made from a template
// whose handoff came after its SLA, and days booked above capacity in the past and the future.
let ws: TestWorkspace;
let s: Awaited<ReturnType<typeof retroStudio>>;

beforeEach(async () => {
  ws = tempWorkspace();
  s = await retroStudio(ws, (options) => ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 'h.csv', harvestCsv()) }, entity: 'actuals', options }));
});
afterEach(() => ws.close());

// Hourly cost in GBP: Ada £50; Zoë €400 a day over her 8 h days × 0.85 = £42.50.
const ADA = 50;
const ZOE = 42.5;

describe('a retrospective for a campaign', () => {
  it('reports planned against actual by role and phase, cost against budget, the handoff and the over-allocated days', async () => {
    const retro = await ws.call('retros:create', { title: 'Sprint retro', campaignId: s.campaign.id, worked: 'Daily check-ins' });
    expect(retro).toMatchObject({ start: s.campaign.start, end: s.campaign.end, campaignName: 'Sprint <Café>' });
    const r = await ws.call('retros:report', { id: retro.id });
    // Planned: Ada 2 days × 7.5 h, Zoë 4 h; actual: what was logged on the campaign.
    const logged = (await ws.call('actuals:list', { range: { start: retro.start, end: retro.end }, campaignId: s.campaign.id }));
    const actual = logged.reduce((sum, a) => sum + a.hours, 0);
    expect(actual).toBe(11);
    expect(r.totals).toMatchObject({ plannedHours: 19, actualHours: actual, diffHours: actual - 19 });
    expect(r.totals.plannedCost).toBeCloseTo(15 * ADA + 4 * ZOE, 2);
    expect(r.totals.actualCost).toBeCloseTo(6 * ADA + 5 * ZOE, 2);
    expect(r.roles.map((x) => [x.label, x.plannedHours, x.actualHours])).toEqual([['Designer', 19, 11]]);
    expect(r.phases.map((p) => [p.label, p.start, p.end, p.plannedHours, p.actualHours])).toEqual([
      ['Brief', '2026-11-02', '2026-11-03', 15, 6],
      ['Build', '2026-11-04', '2026-11-06', 4, 5],
    ]);
    expect(r.budgets).toEqual([{ campaignId: s.campaign.id, name: 'Sprint <Café>', currency: 'EUR', budget: 2000, budgetReporting: 2000 * 0.85, plannedCost: r.totals.plannedCost, actualCost: r.totals.actualCost }]);
    expect(r.handoffs).toEqual([{ phaseName: 'Brief', to: 'Producer', planned: '2026-11-03', due: '2026-11-04', done: '2026-11-06', state: 'sla_missed' }]);
    expect(r.handoffCounts).toEqual({ total: 1, done: 1, late: 1, slaMissed: 1 });
    // Ada 15 h booked of 7.5 on two days; Zoë 12 h of 8 on one.
    expect(r.overAllocations.map((o) => [o.name, o.start, o.end, o.days, o.excess])).toEqual([
      ['Ada Lovelace', '2026-11-02', '2026-11-03', 2, 15],
      ['Zoë Brontë', '2026-11-04', '2026-11-04', 1, 4],
    ]);
    expect(r.overAllocatedDays).toBe(3);
    // No snapshot was taken in this studio: every lead time is there, with nothing to score.
    expect(r.forecastAccuracy.map((b) => [b.weeksAhead, b.roleWeeks, b.mape])).toEqual([[1, 0, null], [2, 0, null], [4, 0, null], [8, 0, null], [12, 0, null]]);
  });

  it('for a period counts only over-allocated days that have passed', async () => {
    const retro = await ws.call('retros:create', { title: 'Q4', campaignId: null, start: '2026-11-01', end: '2026-12-31' });
    const r = await ws.call('retros:report', { id: retro.id });
    expect(r.overAllocations.every((o) => o.end < '2026-11-26')).toBe(true);
    expect(r.overAllocations.find((o) => o.name === 'Zoë Brontë')).toMatchObject({ start: '2026-11-04', days: 1 });
    const compare = await ws.call('actuals:compare', { range: { start: '2026-11-01', end: '2026-12-31' } });
    expect(r.totals).toEqual(compare.totals);
    expect(r.budgets.map((b) => b.name).sort()).toEqual(compare.campaigns.map((c) => c.label).sort());
    expect(r.phases).toEqual([]);
  });
});

describe('actions', () => {
  it('are listed until done, overdue when their day has passed, and each write is one undo step', async () => {
    const retro = await ws.call('retros:create', { title: 'Sprint retro', campaignId: s.campaign.id });
    const late = await ws.call('retros:addAction', { retroId: retro.id, text: 'Book the producer for handoffs', ownerId: s.lukasz.id, due: '2026-11-20' });
    const soon = await ws.call('retros:addAction', { retroId: retro.id, text: 'Log hours daily', ownerId: s.zoe.id, due: '2026-12-04' });
    expect(late).toMatchObject({ ownerName: 'Łukasz Żółć 🎬', overdue: true, done: null });
    expect(soon.overdue).toBe(false);
    expect((await ws.call('retros:openActions')).map((a) => a.id)).toEqual([late.id, soon.id]);
    expect((await ws.call('retros:list'))[0]).toMatchObject({ id: retro.id, actions: 2, openActions: 2 });
    const done = await ws.call('retros:completeAction', { id: late.id });
    expect(done).toMatchObject({ done: '2026-11-26', overdue: false });
    expect((await ws.call('retros:openActions')).map((a) => a.id)).toEqual([soon.id]);
    await ws.call('history:undo');
    expect((await ws.call('retros:openActions')).map((a) => a.id)).toEqual([late.id, soon.id]);
    const moved = await ws.call('retros:updateAction', { id: soon.id, due: null, ownerId: null });
    expect(moved).toMatchObject({ due: null, ownerId: null, ownerName: null });
    const edited = await ws.call('retros:update', { id: retro.id, stalled: 'Waiting on copy' });
    expect(edited).toMatchObject({ title: 'Sprint retro', stalled: 'Waiting on copy' });
    await ws.call('retros:delete', { id: retro.id });
    expect(await ws.call('retros:openActions')).toEqual([]);
    await ws.call('history:undo');
    expect((await ws.call('retros:openActions')).length).toBe(2);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const retro = await ws.call('retros:create', { title: 'Sprint retro', campaignId: s.campaign.id });
    const before = dumpWorkspace(ws.db);
    const refused: [string, unknown, string][] = [
      ['retros:create', { title: ' ', campaignId: s.campaign.id }, 'title'],
      ['retros:create', { title: 'Q', campaignId: null, end: '2026-12-31' }, 'start'],
      ['retros:create', { title: 'Q', campaignId: null, start: '2026-12-01', end: '2026-11-01' }, 'end'],
      ['retros:create', { title: 'Q', campaignId: 999 }, 'campaignId'],
      ['retros:addAction', { retroId: retro.id, text: 'X', due: '2026-02-30' }, 'due'],
      ['retros:addAction', { retroId: retro.id, text: 'X', ownerId: 999 }, 'ownerId'],
      ['retros:addAction', { retroId: 999, text: 'X' }, 'retroId'],
      ['retros:addAction', { retroId: retro.id, text: '' }, 'text'],
      ['retros:update', { id: retro.id, worked: 'x'.repeat(10_001) }, 'worked'],
      ['retros:completeAction', { id: 999 }, 'id'],
    ];
    for (const [channel, input, field] of refused) {
      const envelope = await ws.send(channel, input);
      expect(envelope, `${channel} ${JSON.stringify(input).slice(0, 80)}`).toMatchObject({ ok: false, error: { field } });
    }
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});

describe('the exported report', () => {
  it('is one offline HTML file with the totals, everything escaped', async () => {
    const retro = await ws.call('retros:create', { title: 'Sprint <script>alert(1)</script>', campaignId: s.campaign.id, stalled: 'Copy & "legal" <late>' });
    await ws.call('retros:addAction', { retroId: retro.id, text: 'Handoffs <b>on time</b>', ownerId: s.ada.id, due: '2026-11-20' });
    const path = join(ws.dir, 'retro.html');
    const written = await ws.call('retros:exportHtml', { id: retro.id, path });
    const html = readFileSync(path, 'utf8');
    expect(written.bytes).toBe(Buffer.byteLength(html));
    expect(html).not.toContain('<script');
    expect(html).toContain('Sprint &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Copy &amp; &quot;legal&quot; &lt;late&gt;');
    expect(html).toContain('Handoffs &lt;b&gt;on time&lt;/b&gt;');
    expect(html).toContain('Sprint &lt;Café&gt;');
    expect(html).not.toMatch(/(src|href)=|url\(|@import/);
    // The totals: 19 h planned, 11 h actual, −8 h; costs in GBP; one handoff past the SLA; three days over.
    expect(html).toContain('<div class="v">19 h</div>');
    expect(html).toContain('<div class="v">11 h</div>');
    expect(html).toContain('−8 h');
    expect(html).toContain(`£${(15 * ADA + 4 * ZOE).toLocaleString('en-GB', { maximumFractionDigits: 0 })}`);
    expect(html).toContain('Done after the SLA');
    expect(html).toContain('3 person-days were booked above capacity');
    expect(html).toContain('Forecast accuracy');
  });
});
