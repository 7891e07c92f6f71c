// Forecast accuracy where an executive meets it: two snapshots taken weeks apart, what was worked
// imported from Harvest; the snapshot dashboard says how close plans made 4 weeks ahead were, and
// the Actuals view shows error and bias by lead time.

import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempWorkspace } from '../electron/helpers/workspace';
import { accuracyStudio } from '../electron/actuals/accuracyStudio';
import { startApp, type App } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'cp-accuracy-e2e-'));
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

/** The studio's workspace file, built with a clock that moves (snapshots are dated by it). */
async function studioFile(): Promise<string> {
  let now = new Date();
  const ws = tempWorkspace(() => now);
  await ws.call('workspace:startEmpty', {});
  await accuracyStudio(ws, (iso) => (now = new Date(iso)));
  ws.db.close();
  const file = join(dir, 'studio.db');
  copyFileSync(ws.path, file);
  ws.close();
  return file;
}

describe('forecast accuracy in the window', () => {
  let app: App | undefined;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says on the snapshot dashboard how close 4-week plans were, and charts error and bias by lead time', async () => {
    app = await startApp({ workspace: await studioFile(), now: '2026-11-26', rendererDir, viewport: { width: 1440, height: 900 } });
    const { page } = app;
    const figures = await app.bridge.call('actuals:accuracy', {});
    // By hand (accuracyStudio.ts): 4 weeks ahead, |61.5−60|/60, |61.5−75|/75, |30−24|/24 → 15 %.
    expect(Math.round(figures.headline.mape! * 100)).toBe(15);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Snapshots/ }).click();
    const line = page.getByTestId('accuracy-line');
    await expect.poll(() => line.innerText()).toMatch(/^Plans made 4 weeks ahead were within ±15 % of actual hours this quarter \(no figure for the quarter before\)\./);
    await app.screenshot('accuracy-1-executive-line');

    await line.getByRole('button', { name: 'See the chart by lead time' }).click();
    const card = page.getByTestId('accuracy-card');
    await expect.poll(() => card.count()).toBe(1);
    const rows = card.getByRole('row');
    // 2 weeks ahead: designers planned 39 h, worked 12 h (+225 %); the producer's 20 h with nothing logged is counted apart.
    await expect.poll(() => rows.filter({ hasText: /^2 weeks ahead/ }).innerText()).toMatch(/±225 %\s+\+225 %\s+1\s+1/);
    await expect.poll(() => rows.filter({ hasText: /^3–4 weeks ahead/ }).innerText()).toMatch(/±15 %\s+[-−]4 %\s+3\s+0/);
    await expect.poll(() => card.locator('.recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(4);
    await expect.poll(() => card.getByTestId('accuracy-quarters').innerText()).toMatch(/^4 weeks ahead, by quarter: 2026 Q4 ±15 % \(bias [-−]4 %\)\.$/);
    await expect.poll(() => card.innerText()).toMatch(/One snapshot narrowed to kinds of people or a tag is left out/);
    await card.scrollIntoViewIfNeeded();
    await page.mouse.move(5, 5);
    await app.screenshot('accuracy-2-chart');
  });

  it('shows actual hours for past weeks and the plan from this week on in the Capacity heatmap', async () => {
    app = await startApp({ workspace: await studioFile(), now: '2026-11-26', rendererDir, viewport: { width: 1440, height: 900 } });
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Capacity/ }).click();
    await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: 'Custom' }).click();
    await page.getByLabel('From', { exact: true }).fill('2026-11-02');
    await page.getByLabel('To', { exact: true }).fill('2026-12-06');
    const ada = page.locator('.hm-row').filter({ hasText: 'Ada Lovelace' }).locator('.hm-summary');
    // Planned: 37.5 + 37.5 + 15 h of her 5 × 37.5 h = 48 %.
    await expect.poll(() => ada.getAttribute('title')).toMatch(/^Booked 48\s?% of capacity/);
    await page.getByLabel('Actual for past weeks').check();
    // The weeks of 2, 9 and 16 November have ended: 34.5 + 45 h logged, nothing in the week of 16 November = 42 %.
    await expect.poll(() => page.locator('.hm-head-cell.actual').count()).toBe(3);
    await expect.poll(() => ada.getAttribute('title')).toMatch(/^Booked 42\s?% of capacity/);
    const grid = await app.bridge.call('capacity:grid', { range: { start: '2026-11-02', end: '2026-12-06' }, bucket: 'week', filter: {}, actualPast: true });
    expect(grid.actualBuckets).toBe(3);
    await page.mouse.move(5, 5);
    await app.screenshot('accuracy-3-capacity-actual');

    // The same toggle on the Demand & supply chart: a line of hours worked per role in the weeks that ended.
    await page.getByRole('tab', { name: 'Demand & supply' }).click();
    await expect.poll(() => page.getByLabel('Actual for past weeks').isChecked()).toBe(true);
    const designers = page.getByRole('region', { name: 'Designer: demand against supply' });
    await expect.poll(() => designers.locator('.recharts-line').count()).toBe(2);
    await page.mouse.move(5, 5);
    await app.screenshot('accuracy-4-demand-actual');
  });
});
