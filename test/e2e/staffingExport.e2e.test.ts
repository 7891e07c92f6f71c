import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { PDFTOPPM, PDFTOTEXT, pdfPages, pdfText } from '../electron/io/realClients';
import { SCREENSHOT_DIR, startApp, type App } from './harness';

// A proposed staffing plan exported for review from the Staffing view, before anyone accepts it:
// "Export for review" beside Accept, as XLSX and as PDF, to where the save dialog says. Nothing is
// booked by it, and the workbook holds the plan's bookings by name.

const TODAY = '2030-01-15';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;
const saveDir = mkdtempSync(join(tmpdir(), 'cp-proposal-export-'));

describe('staffing proposal export', () => {
  let app: App | undefined;
  afterAll(() => rmSync(saveDir, { recursive: true, force: true }));

  it('exports the proposal on screen as XLSX and PDF, and books nothing', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY, saveDir });
    const { page, bridge } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Staffing/ }).click();
    const before = await bridge.call('bookings:list', {});
    await page.getByRole('button', { name: 'Propose plan' }).click();
    await page.locator('.sf-proposal[data-proposal-id]').waitFor({ timeout: 30_000 });

    const exportButton = page.getByRole('button', { name: 'Export for review' });
    // Beside the Accept buttons, in the view's top bar.
    const accept = page.getByRole('button', { name: 'Accept all' });
    const [a, b] = [await exportButton.boundingBox(), await accept.boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    await exportButton.click();
    await app.screenshot('staffing-export-menu');
    await page.getByRole('button', { name: /^Excel workbook/ }).click();
    const xlsx = join(saveDir, 'staffing-proposal-2030-01-14-to-2030-04-07.xlsx');
    await expect.poll(() => page.locator('.toast').filter({ hasText: 'Plan exported for review to staffing-proposal-' }).count(), { timeout: 20_000 }).toBe(1);
    expect(existsSync(xlsx)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const sheet = wb.getWorksheet('Proposed bookings')!;
    expect(String(sheet.getCell('A2').value)).toContain('not accepted: nothing is booked');
    const proposalId = await page.locator('.sf-proposal').getAttribute('data-proposal-id');
    expect(proposalId).toBeTruthy();
    const people = new Set((await bridge.call('talent:list', {})).map((t) => t.name));
    let names = 0;
    sheet.eachRow((row) => {
      if (people.has(String(row.getCell(1).value))) names++;
    });
    expect(names).toBeGreaterThan(0);

    await exportButton.click();
    await page.getByRole('button', { name: /^PDF/ }).click();
    const pdf = join(saveDir, 'staffing-proposal-2030-01-14-to-2030-04-07.pdf');
    await expect.poll(() => existsSync(pdf), { timeout: 60_000 }).toBe(true);
    await expect.poll(() => page.locator('.toast').filter({ hasText: '.pdf' }).count(), { timeout: 20_000 }).toBe(1);
    await app.screenshot('staffing-export-done');
    if (PDFTOTEXT) {
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      expect(text).toContain('Staffing proposal, 14 Jan 2030 to 7 Apr 2030');
      expect([...people].some((name) => text.includes(name))).toBe(true);
    }
    if (PDFTOPPM) pdfPages(pdf, join(SCREENSHOT_DIR, 'staffing-export-pdf'), { last: 2, dpi: 80 });
    expect(await bridge.call('bookings:list', {})).toHaveLength(before.length);
    app.errors.assertNone();
  });
});
