import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { startApp, SCREENSHOT_DIR, type App } from './harness';
import { CHROMIUM_ARGS, findChromium } from './support/chromium';

// Snapshots, end to end, on the demo studio: take one, change the plan, take another, compare the
// two in the UI, export the report as HTML and PDF; then open the HTML in a browser with the
// network blocked (nothing may be fetched) and render the PDF's pages to look at them.

const TODAY = '2026-11-26';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;
const saveDir = mkdtempSync(join(tmpdir(), 'cp-snapshots-e2e-'));

async function takeSnapshot(app: App, name: string): Promise<void> {
  const { page } = app;
  await page.getByRole('button', { name: 'Take snapshot' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Take a snapshot' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('From').fill('2026-11-23');
  await dialog.getByLabel('To').fill('2027-05-23');
  await dialog.getByRole('button', { name: 'Take snapshot' }).click();
  await expect.poll(() => page.getByRole('heading', { name, level: 2 }).count(), { timeout: 60_000 }).toBe(1);
  await expect.poll(() => dialog.count()).toBe(0);
}

describe('snapshots', () => {
  let app: App | undefined;
  afterAll(() => rmSync(saveDir, { recursive: true, force: true }));

  it('takes two snapshots around a change, compares them, and shares a self-contained report', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY, saveDir });
    const { page, bridge } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Snapshots/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'No snapshots yet' }).count()).toBe(1);

    await takeSnapshot(app, 'Week 48 review');
    await app.screenshot('snapshots-1-dashboard');
    await page.locator('.snap-main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    expect(await page.getByRole('table', { name: 'Utilisation by role and week' }).getByRole('cell').count()).toBeGreaterThan(26);
    await app.screenshot('snapshots-1b-heatmap');
    await page.locator('.snap-main').evaluate((el) => el.scrollTo(0, 0));

    // The plan changes: a week of extra bookings for three people, a campaign moved, one added.
    const campaigns = await bridge.call('campaigns:list', {});
    const people = await bridge.call('talent:list', {});
    const target = campaigns.find((c) => c.status === 'confirmed' || c.status === 'in_progress')!;
    for (const person of people.slice(0, 3)) {
      await page.evaluate(
        (input) => window.api.invoke('bookings:create', input),
        { allowOverAllocation: true, talentId: person.id, campaignId: target.id, start: '2026-12-07', end: '2026-12-18', hoursPerDay: 6, status: 'confirmed' },
      );
    }
    const pitches = campaigns.filter((c) => c.status === 'pipeline');
    const moved = pitches[0] ?? campaigns[1];
    // Updates change only the fields sent.
    await bridge.call('campaigns:update', { id: moved.id, start: moved.start < '2027-01-01' ? '2027-01-04' : moved.start, end: moved.end < '2027-02-01' ? '2027-02-26' : moved.end });
    // A pitch is lost: the first thing the comparison must say.
    const lost = pitches[1];
    expect(lost).toBeDefined();
    await bridge.call('campaigns:update', { id: lost.id, status: 'lost', probability: 0 });
    await bridge.call('campaigns:create', { name: 'Winter Sparkle', client: 'Northwind', status: 'confirmed', start: '2026-12-01', end: '2027-01-29', budget: 40_000 });

    await takeSnapshot(app, 'Week 49 review');
    await expect.poll(() => page.getByRole('navigation', { name: 'Snapshots' }).getByRole('button').count()).toBe(2);

    // Compare the two in the UI.
    const pick = page.getByLabel('Compare with');
    await pick.selectOption((await pick.locator('option', { hasText: 'Week 48 review' }).getAttribute('value'))!);
    const comparison = page.getByRole('region', { name: 'Comparison' });
    await expect.poll(() => comparison.getByRole('heading', { name: 'What changed since “Week 48 review”' }).count(), { timeout: 30_000 }).toBe(1);
    const campaignChanges = comparison.getByRole('table', { name: 'Campaign changes' });
    await expect.poll(() => campaignChanges.getByRole('row', { name: /New Winter Sparkle New: confirmed/ }).count()).toBe(1);
    expect(await campaignChanges.getByRole('row', { name: new RegExp(`${moved.name}.*Dates moved`) }).count()).toBe(1);
    expect(await campaignChanges.getByRole('row').nth(1).textContent()).toMatch(new RegExp(`^Lost ${lost.name}Lost: was a pitch at ${lost.probability}%, now lost\\.`));
    // The executive's headline reads as sentences, without jargon.
    const main = page.locator('.snap-main');
    for (const jargon of ['Pipeline coverage', 'supply covers', 'Unassigned role']) expect(await main.getByText(jargon).count()).toBe(0);
    expect(await main.getByText(/^(Short: [\d.,]+ h \S|No role is short of people$)/).count()).toBe(3);
    expect(await main.getByText(/^[\d.,]+ h booked of [\d.,]+ h of work in these weeks$/).count()).toBe(1);
    const load = comparison.getByRole('table', { name: 'People whose load changed' });
    for (const person of people.slice(0, 3)) expect(await load.getByRole('row', { name: new RegExp(person.name) }).count()).toBe(1);
    // The chart draws once its container has been measured.
    await expect.poll(() => comparison.getByTestId('compare-chart').locator('svg path').count()).toBeGreaterThan(0);
    await app.screenshot('snapshots-2-compare');

    // Drill into the utilisation figure, down to one role's people.
    await page.getByRole('button', { name: /^Team’s hours booked/ }).first().click();
    const drill = page.getByRole('dialog', { name: 'Utilisation by role' });
    await expect.poll(() => drill.count()).toBe(1);
    await drill.getByRole('row').nth(1).getByRole('button').click();
    await expect.poll(() => drill.page().getByRole('dialog').getByRole('heading', { name: 'People', exact: true, level: 4 }).count()).toBe(1);
    await app.screenshot('snapshots-3-drill');
    await page.keyboard.press('Escape');

    // Export the report as HTML and as PDF (the test platform saves under the suggested names).
    await page.getByRole('button', { name: 'Export HTML' }).click();
    const htmlPath = join(saveDir, 'Week-49-review.html');
    await expect.poll(() => existsSync(htmlPath), { timeout: 30_000 }).toBe(true);
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const pdfPath = join(saveDir, 'Week-49-review.pdf');
    await expect.poll(() => existsSync(pdfPath), { timeout: 90_000 }).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Export PDF' }).isEnabled(), { timeout: 90_000 }).toBe(true);
    app.errors.assertNone();
    expect(app.blockedRequests).toEqual([]);

    const html = readFileSync(htmlPath, 'utf8');
    expect(html).not.toMatch(/https?:\/\/|<script|<link|\ssrc=/i);
    expect(html).toContain('Winter Sparkle');

    // Open the exported file offline: every request that is not the file itself is refused and listed.
    const browser = await chromium.launch({ executablePath: findChromium()!, headless: true, args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
      const attempted: string[] = [];
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (url === pathToFileURL(htmlPath).href) return route.continue();
        attempted.push(url);
        return route.abort('blockedbyclient');
      });
      const viewer = await context.newPage();
      viewer.on('request', (r) => {
        if (!r.url().startsWith('file:')) attempted.push(r.url());
      });
      await viewer.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
      expect(await viewer.getByRole('heading', { name: 'Week 49 review', level: 1 }).count()).toBe(1);
      expect(await viewer.locator('svg.chart').count()).toBeGreaterThanOrEqual(4);
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await viewer.screenshot({ path: join(SCREENSHOT_DIR, 'snapshots-4-report-html.png'), fullPage: true });
      expect(attempted).toEqual([]);
    } finally {
      await browser.close();
    }

    // The PDF: its text carries the names; its pages are rendered for a look.
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Week 49 review');
    expect(text).toContain('Winter Sparkle');
    for (const f of readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith('snapshots-5-pdf'))) rmSync(join(SCREENSHOT_DIR, f));
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(SCREENSHOT_DIR, 'snapshots-5-pdf')]);
    expect(readdirSync(SCREENSHOT_DIR).filter((f) => f.startsWith('snapshots-5-pdf')).length).toBeGreaterThanOrEqual(2);
  });

  it('offers, gently, to take a snapshot when the last is more than a week old', async () => {
    app = await startApp({
      rendererDir, seed: 'demo', now: '2026-12-10', saveDir,
      prepare: async (bridge) => {
        // A snapshot as if taken two weeks ago: copied with an older date (its figures can't be updated in place).
        const taken = await bridge.call('snapshots:take', { name: 'Fortnight ago', range: { start: '2026-11-23', end: '2026-12-20' } });
        bridge.db.prepare(
          `INSERT INTO snapshots (name, taken_at, taken_on, app_version, automatic, settings, headline, role_weeks, people, open_demand, campaigns, over_allocations, figures_bytes)
           SELECT name, '2026-11-26T10:00:00.000Z', '2026-11-26', app_version, automatic, settings, headline, role_weeks, people, open_demand, campaigns, over_allocations, figures_bytes
           FROM snapshots WHERE id = ?`,
        ).run(taken.id);
        bridge.db.prepare('DELETE FROM snapshots WHERE id = ?').run(taken.id);
      },
    });
    const { page } = app;
    const banner = page.getByRole('status').filter({ hasText: 'more than a week old' });
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(1);
    await app.screenshot('snapshots-6-offer-banner');
    await banner.getByRole('button', { name: 'Take one now' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: 'Take a snapshot' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => banner.count()).toBe(0);
    app.errors.assertNone();
  });
});
