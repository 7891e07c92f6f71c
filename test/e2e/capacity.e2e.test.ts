import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './bridge/server';
import { startApp, type App } from './harness';

// The Capacity view, end to end, on the demo studio: the heatmap shows people, a clicked cell lists
// the bookings behind it (the same as bookings:list), the role filter changes the rows, the
// demand chart shows the role's weeks. Then a large seeded workspace: time to the first rows, and
// frame times while scrolling the heatmap. The page's clock is fixed so ranges are known.

const TODAY = '2030-01-15';
const NAME_W = 272;
const HEAD_H = 46;
const ROW_H = 40;
const rendererDir = process.env.CP_RENDERER_DIR || undefined;
/** Large workspace: CP_BIG_WORKSPACE (e.g. a 5,000-person seed), else a 1,000-person one generated here. */
const BIG = process.env.CP_BIG_WORKSPACE;
const BIG_TODAY = process.env.CP_BIG_TODAY ?? TODAY;
const dir = mkdtempSync(join(tmpdir(), 'cp-capacity-e2e-'));

async function openCapacity(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Capacity/ }).click();
}

/** Clicks the heatmap cell at row r, column c (the cells are painted on a canvas). */
async function clickCell(page: Page, r: number, c: number): Promise<void> {
  const grid = page.locator('.hm-scroll');
  const box = await grid.boundingBox();
  const colW = Number(await grid.getAttribute('data-col-width'));
  if (!box) throw new Error('heatmap not visible');
  await page.mouse.click(box.x + NAME_W + c * colW + colW / 2, box.y + HEAD_H + r * ROW_H + ROW_H / 2);
}

const rowNames = (page: Page) => page.locator('.hm-row .hm-person').allTextContents();

describe('capacity view', () => {
  let app: App | undefined;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows the heatmap, the bookings behind a cell, filters by role, and charts demand', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await openCapacity(page);
    await expect.poll(() => page.locator('.hm-row .hm-person').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    const total = (await bridge.call('talent:list', {})).length;
    await expect.poll(() => page.locator('.hm-corner').textContent()).toBe(`${total} people`);
    await app.screenshot('capacity-1-demo-heatmap');

    // A busy cell: its bookings are listed, with hours that add up to the cell's figures.
    const first = await bridge.call('capacity:grid', { range: { start: '2030-01-14', end: '2030-04-07' }, bucket: 'week', filter: {}, offset: 0, limit: 12 });
    const B = first.buckets.length;
    const busy = first.capacity.findIndex((cap, i) => cap > 0 && first.tentative[i] > 0 && first.confirmed[i] > 0);
    expect(busy).toBeGreaterThanOrEqual(0);
    await clickCell(page, Math.floor(busy / B), busy % B);
    const panel = page.locator('.cp-panel[data-ready="true"]');
    await expect.poll(() => panel.count(), { timeout: 10_000 }).toBe(1);
    const talentId = Number(await panel.getAttribute('data-talent-id'));
    const from = (await panel.getAttribute('data-start')) as string;
    const to = (await panel.getAttribute('data-end')) as string;
    const expected = await bridge.call('bookings:list', { talentIds: [talentId], from, to });
    expect(expected.length).toBeGreaterThan(0);
    const shown = await panel.locator('.cell-booking').evaluateAll((els) => els.map((e) => ({ id: Number(e.getAttribute('data-booking-id')), hours: Number(e.getAttribute('data-hours')) })));
    expect(shown.map((b) => b.id).sort((a, b) => a - b)).toEqual(expected.map((b) => b.id).sort((a, b) => a - b));
    const grid = await bridge.call('capacity:grid', { range: { start: from, end: to }, bucket: 'week', filter: { ids: [talentId] }, offset: 0, limit: 1 });
    await expect.poll(() => panel.locator('[data-figure="confirmed"]').textContent()).toMatch(new RegExp(`^${Math.round(grid.confirmed[0] * 100) / 100}`));
    const booked = grid.confirmed[0] + grid.tentative[0];
    expect(shown.reduce((s, b) => s + b.hours, 0)).toBeCloseTo(booked, 1);
    await app.screenshot('capacity-2-demo-cell-panel');

    // Another planner books this person in this cell: the open panel follows.
    const added = await bridge.call('bookings:create', { allowOverAllocation: true, talentId, campaignId: expected[0].campaignId, start: from, end: from, hoursPerDay: 1, status: 'tentative' });
    await expect.poll(() => panel.locator(`.cell-booking[data-booking-id="${added.id}"]`).count(), { timeout: 10_000 }).toBe(1);

    // The role filter: only the role's people, as capacity:grid counts them.
    const before = await rowNames(page);
    const roles = await bridge.call('roles:list');
    const designer = roles.find((r) => r.name === 'Designer') ?? roles[0];
    await page.getByRole('search', { name: 'Filter people' }).getByLabel('Role', { exact: true }).selectOption({ label: designer.name });
    const filtered = await bridge.call('capacity:grid', { range: { start: from, end: to }, bucket: 'week', filter: { roleId: designer.id }, offset: 0, limit: 200 });
    await expect.poll(() => page.locator('.hm-corner').textContent(), { timeout: 10_000 }).toBe(`${filtered.totalRows} people`);
    await expect.poll(async () => (await rowNames(page)).slice(0, 5)).toEqual(filtered.people.slice(0, 5).map((p) => p.name));
    expect(await rowNames(page)).not.toEqual(before);
    const rolesShown = await page.locator('.hm-row .hm-role').allTextContents();
    expect(rolesShown.every((r) => r.startsWith(designer.name))).toBe(true);
    await app.screenshot('capacity-3-demo-filtered-designer');

    // Days and months.
    await page.getByRole('group', { name: 'Bucket' }).getByRole('button', { name: 'Days' }).click();
    await expect.poll(() => page.locator('.hm-head-cell').count()).toBeGreaterThan(20);
    await app.screenshot('capacity-4-demo-days');
    await page.getByRole('group', { name: 'Bucket' }).getByRole('button', { name: 'Months' }).click();
    await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: '52w' }).click();
    await expect.poll(() => page.locator('.hm-head-cell').count()).toBeGreaterThan(11);
    await app.screenshot('capacity-5-demo-months');

    // Demand against supply for the role: one point per week of the range.
    await page.getByRole('tab', { name: /Demand/ }).click();
    await expect.poll(() => page.locator('.cp-chart .recharts-surface').count(), { timeout: 10_000 }).toBeGreaterThan(1);
    await app.screenshot('capacity-6-demo-demand-all');
    await page.getByLabel('Chart role').selectOption({ label: designer.name });
    const weeks = (await bridge.call('capacity:roleWeeks', { range: { start: '2030-01-14', end: '2031-01-12' }, weighted: true, includeOtherRoles: false, roleIds: [designer.id] })).length;
    await expect.poll(() => page.locator(`.cp-chart[data-role-id="${designer.id}"]`).getAttribute('data-weeks')).toBe(String(weeks));
    expect(await page.locator('.cp-chart').count()).toBe(1);
    await app.screenshot('capacity-7-demo-demand-designer');

    // Over-allocations: the messages of capacity:overallocations.
    await page.getByRole('tab', { name: /Over-allocations/ }).click();
    const runs = await bridge.call('capacity:overallocations', { range: { start: '2030-01-14', end: '2031-01-12' }, filter: { roleId: designer.id } });
    if (runs.length) await expect.poll(() => page.locator('.cp-message').first().getAttribute('title')).toBe([...runs].sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name))[0].message);
    await expect.poll(() => page.locator('.cp-over table').getAttribute('data-runs')).toBe(String(runs.length));
    await expect.poll(() => page.locator('.cp-message').count()).toBe(runs.length);
    await app.screenshot('capacity-8-demo-overallocations');
    app.errors.assertNone();
  }, 120_000);

  it('opens a large workspace quickly and scrolls the heatmap smoothly', async () => {
    let workspace = BIG;
    if (!workspace || !existsSync(workspace)) {
      workspace = join(dir, 'large.db');
      execFileSync('npx', ['tsx', 'build/scripts/seed.ts', '--people', '1000', '--bookings', '20000', '--months', '24', '--today', BIG_TODAY, '--out', workspace, '--force'], {
        cwd: REPO_ROOT,
        stdio: 'ignore',
      });
    }
    app = await startApp({ rendererDir, workspace, now: BIG_TODAY, viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    await page.clock.setFixedTime(new Date(`${BIG_TODAY}T10:00:00`));
    const started = Date.now();
    // The bridge answers in this process: while it builds the capacity model, this test's own event
    // loop waits too, so the click may only return when the first answer is ready.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Capacity/ }).click({ timeout: 180_000 });
    await expect.poll(() => page.locator('.hm-row .hm-person').count(), { timeout: 120_000, interval: 50 }).toBeGreaterThan(5);
    const firstRowsMs = Date.now() - started;

    // Two years of weeks, then scroll down through the people and across the weeks.
    await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: 'Custom' }).click();
    const end = new Date(`${BIG_TODAY}T12:00:00`);
    end.setDate(end.getDate() + 7 * 104);
    await page.getByLabel('To', { exact: true }).fill(end.toISOString().slice(0, 10));
    await expect.poll(() => page.locator('.hm-head-cell').count(), { timeout: 60_000 }).toBeGreaterThan(20);
    await expect.poll(() => page.locator('.hm-row .hm-person').count(), { timeout: 60_000 }).toBeGreaterThan(5);
    const baseline = await page.evaluate(async () => {
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 120; i++) {
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      times.sort((a, b) => a - b);
      return { median: times[60], p95: times[Math.floor(times.length * 0.95)] };
    });
    const frames = await page.evaluate(async () => {
      const el = document.querySelector('.hm-scroll') as HTMLElement;
      const times: number[] = [];
      let last = performance.now();
      for (let i = 0; i < 240; i++) {
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        times.push(now - last);
        last = now;
        el.scrollTop += 120;
        if (i % 2 === 0) el.scrollLeft += 40;
      }
      times.sort((a, b) => a - b);
      return { median: times[120], p95: times[Math.floor(times.length * 0.95)], max: times[times.length - 1], top: el.scrollTop };
    });
    await expect.poll(() => page.locator('.hm-row .hm-skeleton').count(), { timeout: 30_000 }).toBe(0);
    const corner = await page.locator('.hm-corner').textContent();
    console.log(`[capacity] ${corner}: first heatmap rows after ${firstRowsMs} ms; scrolling frames median ${frames.median.toFixed(1)} ms, p95 ${frames.p95.toFixed(1)} ms, max ${frames.max.toFixed(1)} ms (idle baseline in the same run: median ${baseline.median.toFixed(1)} ms, p95 ${baseline.p95.toFixed(1)} ms)`);
    await app.screenshot('capacity-9-large-heatmap');
    expect(frames.top).toBeGreaterThan(10_000);

    // Every over-allocation run is listed (virtualised): the last one is reached by scrolling.
    await page.getByRole('tab', { name: /Over-allocations/ }).click();
    const range = { start: await page.getByLabel('From', { exact: true }).inputValue(), end: end.toISOString().slice(0, 10) };
    const runs = await app.bridge.call('capacity:overallocations', { range, filter: {} });
    expect(runs.length).toBeGreaterThan(300);
    await expect.poll(() => page.locator('.cp-over table').getAttribute('data-runs'), { timeout: 30_000 }).toBe(String(runs.length));
    expect(await page.locator('.cp-over tbody tr[data-index]').count()).toBeLessThan(100);
    const last = [...runs].sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name))[runs.length - 1];
    await page.locator('.cp-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(() => page.locator('.cp-over tbody tr[data-index]').last().locator('.cp-message').getAttribute('title')).toBe(last.message);
    await app.screenshot('capacity-10-large-overallocations');
    app.errors.assertNone();
  }, 300_000);
});
