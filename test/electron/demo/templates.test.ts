import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dayFromIso } from '@shared/dates';
import { studioCalendar } from '@shared/phases';
import { listClosures } from '../../../electron/db/repos/closures';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

describe('the demo studio’s templates', () => {
  it('has five templates and three campaigns made from them, phases in dependency order on the studio calendar', async () => {
    await ws.call('workspace:loadDemo', { today: '2026-11-26' });
    const templates = await ws.call('templates:list');
    expect(templates.map((t) => t.name)).toEqual(['Always-on content month', 'Product video', 'Retail POS refresh', 'Social launch', 'TV spot']);
    const cal = studioCalendar(listClosures(ws.db));
    const campaigns = (await ws.call('campaigns:list', {})).filter((c) => ['Aurora headphones social launch', 'Spring range POS refresh', 'Harbour Bank winter TV spot'].includes(c.name));
    expect(campaigns).toHaveLength(3);
    for (const c of campaigns) {
      const phases = await ws.call('phases:list', { campaignId: c.id });
      const template = templates.find((t) => t.phases.length === phases.length && t.phases.every((p, i) => p.name === phases[i].name))!;
      phases.forEach((p, i) => {
        expect(p.durationDays).toBe(template.phases[i].durationDays);
        expect(cal.count(dayFromIso(p.start), dayFromIso(p.end))).toBe(p.durationDays);
        for (const d of p.dependsOn) expect(phases.find((x) => x.id === d)!.end < p.start).toBe(true);
      });
      const lines = await ws.call('demandLines:list', { campaignIds: [c.id] });
      expect(lines.reduce((s, l) => s + l.hours, 0)).toBe(template.phases.flatMap((p) => p.roles).reduce((s, r) => s + r.hours, 0));
    }
    const tv = campaigns.find((c) => c.name === 'Harbour Bank winter TV spot')!;
    const counts = await ws.call('phases:handoffCounts', { campaignIds: [tv.id] });
    // Brief handed over on the day; the script two working days late, within its SLA.
    expect(counts.total).toMatchObject({ done: 2, late: 1, slaMissed: 0 });
  });
});
