// Briefs in snapshots: kept as they were when the snapshot was taken, and in the one-file HTML report as text.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

const RANGE = { start: '2027-03-01', end: '2027-04-25' };
const HTML = '<script>window.__xss=1</script><b>Launch</b> & win';

/** Every way a page could reach out (as the report's own test looks for them). */
const externalReferences = (html: string) =>
  [/https?:\/\//gi, /<script/gi, /<link/gi, /\ssrc\s*=/gi, /url\(/gi, /@import/gi, /<iframe/gi, /<img/gi, /\shref\s*=/gi].flatMap((p) => html.match(p) ?? []);

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

describe('briefs in snapshots', () => {
  it('keeps each in-range campaign’s brief as it was, and the report shows it as text with no link', async () => {
    const s = await smallStudio(ws);
    const social = await ws.call('marketingChannels:create', { name: 'Paid social' });
    const autumn = await ws.call('campaigns:create', { name: 'Autumn Collection', status: 'pipeline', start: '2027-09-01', end: '2027-10-29' });
    await ws.call('briefs:save', {
      campaignId: s.spring.id, objective: 'Launch the range', requester: 'Priya Shah', requestedDate: '2027-04-23', channels: [social.id],
      kpis: [{ name: 'Reach', target: 2_500_000, unit: 'people' }], links: ['https://share.example/briefs/spring?x=<b>'], history: 'Spring 2026: 1.9 M reach.',
    });
    // Saved before briefs refused HTML (files and reports still show such old text as text).
    ws.db.prepare('UPDATE briefs SET objective = ? WHERE campaign_id = ?').run(HTML, s.spring.id);
    await ws.call('briefs:save', { campaignId: autumn.id, requester: 'Out of range' });
    const taken = await ws.call('snapshots:take', { name: 'Week 9', range: RANGE });
    await ws.call('briefs:save', { campaignId: s.spring.id, requester: 'Someone else later' });

    const snapshot = await ws.call('snapshots:get', { id: taken.id });
    const spring = snapshot.figures.campaigns.find((c) => c.campaignId === s.spring.id)!;
    expect(spring.brief).toEqual({
      requester: 'Priya Shah', requestedDate: '2027-04-23', channels: ['Paid social'], objective: HTML, audience: '',
      kpis: [{ name: 'Reach', target: 2_500_000, unit: 'people' }], links: ['https://share.example/briefs/spring?x=<b>'], history: 'Spring 2026: 1.9 M reach.',
    });

    const path = join(ws.dir, 'report.html');
    await ws.call('snapshots:exportHtml', { id: taken.id, path });
    const html = readFileSync(path, 'utf8');
    expect(externalReferences(html)).toEqual([]);
    expect(html).toContain('<h2>Briefs</h2>');
    expect(html).toContain('&lt;script&gt;window.__xss=1&lt;/script&gt;&lt;b&gt;Launch&lt;/b&gt; &amp; win');
    expect(html).not.toContain('<script');
    expect(html).toContain('https&#58;//share.example/briefs/spring?x=&lt;b&gt;');
    expect(html).toContain('Reach: 2,500,000 people');
    expect(html).toContain('Priya Shah');
    expect(html).not.toContain('Someone else later');
    expect(html).not.toContain('Out of range');
  });
});
