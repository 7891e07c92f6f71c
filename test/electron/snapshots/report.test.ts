import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Handlers } from '@shared/contract';
import { utilisationColours } from '@shared/utilisationScale';
import { dispatch } from '../../../electron/dispatch';
import { createHandlers } from '../../../electron/handlers';
import type { Platform } from '../../../electron/handlers/context';
import { printHtmlToPdf } from '../../e2e/bridge/printPdf';
import { findChromium } from '../../e2e/support/chromium';
import { FIXED_NOW, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

const RANGE = { start: '2026-11-23', end: '2027-02-21' };

let ws: TestWorkspace;
beforeEach(async () => {
  ws = tempWorkspace();
  await ws.call('workspace:loadDemo', {});
});
afterEach(() => ws.close());

/** Every way a page could reach out: links, scripts, sources, CSS urls and imports. */
export function externalReferences(html: string): string[] {
  const patterns = [/https?:\/\//gi, /<script/gi, /<link/gi, /\ssrc\s*=/gi, /url\(/gi, /@import/gi, /<iframe/gi, /<img/gi, /\shref\s*=/gi];
  return patterns.flatMap((p) => html.match(p) ?? []);
}

async function twoSnapshots() {
  const first = await ws.call('snapshots:take', { name: 'Week 48 review', range: RANGE });
  const talent = await ws.call('talent:list', {});
  const campaigns = await ws.call('campaigns:list', {});
  await ws.call('bookings:create', { allowOverAllocation: true,
    talentId: talent[0].id, campaignId: campaigns[0].id, start: '2026-12-07', end: '2026-12-11', hoursPerDay: 7, status: 'confirmed',
  });
  await ws.call('campaigns:create', { name: 'Winter Sparkle', status: 'confirmed', start: '2026-12-01', end: '2027-01-15' });
  const second = await ws.call('snapshots:take', { name: 'Week 49 review', range: RANGE });
  return { first, second, person: talent[0].name };
}

describe('the shared report', () => {
  it('is one self-contained HTML file with the names and totals, and the comparison when asked', async () => {
    const { first, second } = await twoSnapshots();
    const path = join(ws.dir, 'report.html');
    const written = await ws.call('snapshots:exportHtml', { id: second.id, compareWith: first.id, path });
    const html = readFileSync(path, 'utf8');
    expect(written.bytes).toBe(Buffer.byteLength(html));
    expect(externalReferences(html)).toEqual([]);

    const snapshot = await ws.call('snapshots:get', { id: second.id });
    expect(html).toContain('Week 49 review');
    expect(html).toContain('What changed since “Week 48 review”');
    expect(html).toContain('Winter Sparkle');
    for (const role of snapshot.figures.roles) expect(html).toContain(role.roleName);
    const fmt = (h: number) => `${new Intl.NumberFormat('en-GB').format(Math.round(h))} h`;
    expect(html).toContain(fmt(snapshot.headline.capacity));
    expect(html).toContain(fmt(snapshot.headline.shortfall[0].hours));
    expect(html).toContain(`${snapshot.headline.counts.people} people`);
    expect(html).toMatch(/<svg class="chart"/);

    // The heatmap uses the app's one utilisation scale, against each role's target.
    const shown = snapshot.figures.roles.filter((r) => r.supply.some((v) => v > 0));
    const expected = shown.flatMap((r) => r.supply.map((sup, w) => utilisationColours(sup > 0 ? r.booked[w] / sup : null, r.target).bg));
    const heat = html.slice(html.indexOf('aria-label="Utilisation by role and week"'));
    const fills = [...heat.slice(0, heat.indexOf('</svg>')).matchAll(/<rect [^>]*rx="2" fill="([^"]+)"/g)].map((m) => m[1]);
    expect(fills).toEqual(expected);
    expect(new Set(fills).size).toBeGreaterThan(1);
  });

  it('is escaped: a name with markup stays text', async () => {
    const s = await ws.call('snapshots:take', { name: '<b onclick="x()">Q1</b> & co', range: RANGE });
    await ws.call('snapshots:annotate', { id: s.id, note: '<script>alert(1)</script>' });
    const path = join(ws.dir, 'escaped.html');
    await ws.call('snapshots:exportHtml', { id: s.id, path });
    const html = readFileSync(path, 'utf8');
    expect(html).toContain('&lt;b onclick=&quot;x()&quot;&gt;Q1&lt;/b&gt; &amp; co');
    expect(externalReferences(html)).toEqual([]);
  });

  it('asks the platform where to save, and reports a cancelled dialog', async () => {
    const saved: string[] = [];
    const platform: Platform = {
      chooseSavePath: async ({ defaultName }) => (saved.push(defaultName), saved.length === 1 ? join(ws.dir, defaultName) : null),
      chooseOpenPath: async () => null,
      printToPdf: async () => new Uint8Array(),
      showInFolder: () => undefined,
    };
    const handlers = createHandlers({ db: ws.db, now: () => FIXED_NOW, app: { name: 'Capacity Planner', version: '0.0.0-test', workspacePath: ws.path }, platform });
    const s = await ws.call('snapshots:take', { name: 'Board pack: Q1', range: RANGE });
    const ok = await dispatch(handlers, 'snapshots:exportHtml', { id: s.id });
    expect(ok.ok && existsSync((ok.value as { path: string }).path)).toBe(true);
    expect(saved[0]).toBe('Board-pack-Q1.html');
    const cancelled = await dispatch(handlers, 'snapshots:exportHtml', { id: s.id });
    expect(cancelled.ok ? null : cancelled.error.code).toBe('cancelled');
  });

  it.skipIf(!findChromium())('prints to PDF whose text carries the same names and totals', { timeout: 120_000 }, async () => {
    const { first, second } = await twoSnapshots();
    const platform: Platform = {
      chooseSavePath: async () => null,
      chooseOpenPath: async () => null,
      printToPdf: (html, options) => printHtmlToPdf(html, options),
      showInFolder: () => undefined,
    };
    const handlers: Handlers = createHandlers({ db: ws.db, now: () => FIXED_NOW, app: { name: 'Capacity Planner', version: '0.0.0-test', workspacePath: ws.path }, platform });
    const path = join(ws.dir, 'report.pdf');
    const res = await dispatch(handlers, 'snapshots:exportPdf', { id: second.id, compareWith: first.id, path });
    expect(res.ok).toBe(true);
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const snapshot = await ws.call('snapshots:get', { id: second.id });
    expect(text).toContain('Week 49 review');
    expect(text).toContain('Winter Sparkle');
    expect(text).toContain(`${new Intl.NumberFormat('en-GB').format(Math.round(snapshot.headline.capacity))} h`);
    for (const role of snapshot.figures.roles) expect(text).toContain(role.roleName);
  });
});
