// A studio imports its Harvest export: two people are written differently in Harvest, the planner
// maps them in the import wizard, and the Actuals view shows planned against actual.

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { TestWorkspace } from '../electron/helpers/workspace';
import { actualsStudio, harvestCsv, harvestRow, HARVEST_ROWS } from '../electron/actuals/files';
import { startApp, type App } from './harness';

const TODAY = '2026-11-26';
const dir = mkdtempSync(join(tmpdir(), 'cp-actuals-e2e-'));
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

// Ada by her employee id; "Zoe B." and "Lukasz Z." are nobody the workspace knows by those names.
const ROWS = [
  ...HARVEST_ROWS.slice(0, 3),
  harvestRow('04.11.2026', 'Web Relaunch', 'JOB-1002', 'Zoe', 'B.', '', '6,5', 'Wireframes 🎨'),
  harvestRow('06.11.2026', 'Web Relaunch', 'JOB-1002', 'Zoe', 'B.', '', '7'),
  ...HARVEST_ROWS.slice(4, 6),
];

describe('actuals from a Harvest export', () => {
  let app: App | undefined;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('maps two unmatched people in the wizard, imports, and shows the variance', async () => {
    const file = join(dir, 'harvest_time_report.csv');
    writeFileSync(file, harvestCsv(ROWS));
    app = await startApp({ now: TODAY, rendererDir, dialogs: { open: file }, saveDir: dir, viewport: { width: 1440, height: 900 } });
    await app.bridge.call('workspace:startEmpty', {});
    const studio = await actualsStudio({ call: app.bridge.call as TestWorkspace['call'] });
    await app.page.reload();
    await app.page.waitForLoadState('networkidle');
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Actuals/ }).click();
    const bar = page.getByRole('search', { name: 'What to compare' });
    await bar.getByLabel('From', { exact: true }).fill('2026-11-02');
    await bar.getByLabel('To', { exact: true }).fill('2026-11-22');
    await page.getByRole('button', { name: 'Import time tracking…' }).click();
    const wizard = page.getByRole('dialog', { name: 'Import from a spreadsheet' });
    await wizard.getByRole('button', { name: 'Choose a file…' }).click();
    await expect.poll(() => wizard.getByText(/7 data rows · a Harvest detailed export/).count()).toBe(1);
    await expect.poll(() => wizard.getByTestId('import-counts').innerText()).toMatch(/3\s+to create[\s\S]*4\s+to match/);

    const names = wizard.getByRole('table', { name: 'Names to match' });
    await expect.poll(() => names.locator('tbody tr').count()).toBe(2);
    expect(await names.locator('tbody tr').filter({ hasText: 'Lukasz Z.' }).innerText()).toMatch(/Lukasz Z\. \(person, row 7, 8\)\s+2\s+11\.75 h/);
    await expect.poll(() => wizard.getByRole('button', { name: /^Import/ }).last().isDisabled()).toBe(true);
    await app.screenshot('actuals-1-unmatched');

    await wizard.getByLabel('Lukasz Z. is').selectOption({ label: 'Łukasz Żółć 🎬' });
    await expect.poll(() => names.locator('tbody tr').count()).toBe(1);
    await wizard.getByLabel('Zoe B. is').selectOption({ label: 'Zoë Brontë' });
    await expect.poll(() => names.count()).toBe(0);
    await expect.poll(() => wizard.getByTestId('import-counts').innerText()).toMatch(/7\s+to create/);
    await wizard.getByRole('button', { name: 'Import 7 rows' }).click();
    await expect.poll(() => wizard.count(), { timeout: 20_000 }).toBe(0);

    // The view refetches on the announced import: totals as the handler table computes them.
    const expected = await app.bridge.call('actuals:compare', { range: { start: '2026-11-02', end: '2026-11-22' } });
    expect(expected.totals.actualHours).toBe(7.5 + 8.25 + 4 + 6.5 + 7 + 5.75 + 6);
    expect(expected.totals.plannedHours).toBe(177);
    const totals = page.getByTestId('actuals-totals');
    await expect.poll(() => totals.innerText()).toMatch(/Planned\s+177 h[\s\S]*Actual\s+45 h[\s\S]*Difference\s+-132 h \(-75 %\)[\s\S]*Missing actuals\s+2/);
    const table = page.getByRole('table', { name: 'Planned against actual by person' });
    const zoe = table.getByRole('row').filter({ hasText: 'Zoë Brontë' });
    // Zoë: 72 h planned (Mon/Wed/Fri × 3 weeks), 13.5 h logged in the first week (less than planned) and
    // nothing in the weeks of 9 and 16 November (missing); £42.50 an hour (€400 a day over 8 h, at 0.85).
    await expect.poll(() => zoe.innerText()).toMatch(/^Zoë Brontë\s+72 h\s+13\.5 h\s+-58\.5 h\s+£3,060\s+£574\s+-£2,486\s+2\s+1$/);
    await expect.poll(() => page.getByRole('region', { name: 'Missing actuals' }).innerText()).toMatch(/Zoë Brontë\s+16 Nov(ember)? 2026\s+24 h|Zoë Brontë\s+Nov(ember)? 16, 2026\s+24 h/);
    await app.screenshot('actuals-2-variance');

    // Export… in the bar: the workbook's Totals sheet holds the totals the view shows.
    await bar.getByRole('button', { name: 'Export…' }).click();
    await app.screenshot('actuals-2b-export-menu');
    await page.getByRole('button', { name: /^Excel workbook/ }).click();
    await expect.poll(() => page.locator('.toast').filter({ hasText: 'Planned against actual exported to planned-against-actual-2026-11-02-to-2026-11-22.xlsx' }).count(), { timeout: 20_000 }).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'planned-against-actual-2026-11-02-to-2026-11-22.xlsx'));
    const sheet = wb.getWorksheet('Totals')!;
    let header = 0;
    sheet.eachRow((row, n) => { if (!header && row.getCell(1).value === 'Range') header = n; });
    expect([2, 3, 4].map((c) => sheet.getRow(header + 1).getCell(c).value)).toEqual([177, 45, -132]);
    await bar.getByRole('button', { name: 'Export…' }).click();
    await page.getByRole('button', { name: /^PDF/ }).click();
    await expect.poll(() => existsSync(join(dir, 'planned-against-actual-2026-11-02-to-2026-11-22.pdf')), { timeout: 60_000 }).toBe(true);

    await page.getByRole('group', { name: 'Group by' }).getByRole('button', { name: 'Campaigns' }).click();
    const campaigns = page.getByRole('table', { name: 'Planned against actual by campaign' });
    await expect.poll(() => campaigns.getByRole('row').filter({ hasText: 'Web Relaunch' }).innerText()).toMatch(/Web Relaunch\s+102 h\s+25\.25 h/);
    // The names mapped are remembered: the same people written the same way match next time.
    const again = await app.bridge.call('io:importPreview', { source: { path: file }, entity: 'actuals' });
    expect(again).toMatchObject({ unmatched: [], unchanged: 7, create: 0 });
    await app.screenshot('actuals-3-campaigns');

    // The campaign's page: planned and logged hours, and hours entered by hand there.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Campaigns/ }).click();
    await page.getByRole('row').filter({ hasText: 'Web Relaunch' }).first().click();
    const card = page.getByRole('region', { name: 'Planned and actual' });
    await expect.poll(() => card.innerText()).toMatch(/102 h planned, 25\.25 h logged/);
    await card.getByRole('button', { name: 'Log hours…' }).click();
    const log = page.getByRole('dialog', { name: 'Log hours' });
    await log.getByLabel('Person').selectOption({ label: 'Zoë Brontë' });
    await log.getByLabel('Day').fill('2026-11-16');
    await log.getByLabel('Hours').fill('7,5');
    await log.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.innerText()).toMatch(/102 h planned, 32\.75 h logged/);
    expect((await app.bridge.call('actuals:list', { range: { start: '2026-11-16', end: '2026-11-16' }, talentId: studio.zoe.id }))[0]).toMatchObject({ hours: 7.5, source: 'hand' });
    await card.scrollIntoViewIfNeeded();
    await app.screenshot('actuals-4-campaign-page');
  });
});
