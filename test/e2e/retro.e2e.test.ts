// A planner looks back on a campaign: writes a retrospective on the Actuals view's Retrospectives
// tab, notes what worked and what stalled, adds an action with an owner and a due day (it is then
// listed as open until done), and exports the report as a web page and a PDF.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TestWorkspace } from '../electron/helpers/workspace';
import { harvestCsv } from '../electron/actuals/files';
import { retroStudio } from '../electron/retros/studio';
import { SCREENSHOT_DIR, startApp, type App } from './harness';

const TODAY = '2026-11-26';
const dir = mkdtempSync(join(tmpdir(), 'cp-retro-e2e-'));
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

describe('a retrospective for a campaign', () => {
  let app: App | undefined;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is written, gets an action, and is exported as a web page and a PDF', async () => {
    const file = join(dir, 'harvest.csv');
    writeFileSync(file, harvestCsv());
    app = await startApp({ now: TODAY, rendererDir, saveDir: dir, viewport: { width: 1440, height: 900 } });
    await app.bridge.call('workspace:startEmpty', {});
    const call = app.bridge.call as TestWorkspace['call'];
    const s = await retroStudio({ call }, (options) => call('io:importCommit', { source: { path: file }, entity: 'actuals', options }));
    await app.page.reload();
    await app.page.waitForLoadState('networkidle');
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Actuals/ }).click();
    await page.getByRole('tab', { name: /Retrospectives/ }).click();
    await page.getByRole('button', { name: 'New retrospective' }).click();
    const dialog = page.getByRole('dialog', { name: 'New retrospective' });
    await dialog.getByLabel('Title').fill('Sprint, looking back');
    await dialog.getByLabel('Campaign').selectOption({ label: 'Sprint <Café>' });
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // The figures as the handler table computes them: 19 h planned, 11 h logged on the campaign.
    const [retro] = await call('retros:list');
    const report = await call('retros:report', { id: retro.id });
    expect([report.totals.plannedHours, report.totals.actualHours]).toEqual([19, 11]);
    const totals = page.getByTestId('retro-totals');
    await expect.poll(() => totals.innerText()).toMatch(/Planned\s+19 h[\s\S]*Actual\s+11 h[\s\S]*Difference\s+-8 h[\s\S]*0 of 1 in SLA[\s\S]*3 person-days booked over capacity/);
    const phases = page.getByRole('table', { name: 'Planned against actual by phase' });
    await expect.poll(() => phases.getByRole('row').filter({ hasText: 'Brief' }).innerText()).toMatch(/Brief\s+.*\s+15 h\s+6 h\s+-9 h/);
    await expect.poll(() => page.getByText('Done after the SLA').count()).toBe(1);
    await app.screenshot('retro-0-figures');

    await page.getByLabel('What worked').fill('Daily check-ins kept the brief moving');
    await page.getByLabel('What stalled').fill('Handoff to the producer: nobody was booked to receive it');
    await page.getByRole('button', { name: 'Save notes' }).click();
    await expect.poll(async () => (await call('retros:report', { id: retro.id })).retro.stalled).toMatch(/^Handoff to the producer/);

    await page.getByLabel('New action').fill('Book the producer before each brief ends');
    await page.getByLabel('Owner').selectOption({ label: s.lukasz.name });
    await page.getByLabel('Due').fill('2026-11-20');
    await page.getByRole('button', { name: 'Add action' }).click();
    // On its retrospective's page the action's owner and due day change in place; past due, it is marked.
    const owner = page.getByRole('combobox', { name: 'Book the producer before each brief ends: owner' });
    await expect.poll(() => owner.evaluate((e) => (e as HTMLSelectElement).selectedOptions[0].text)).toBe(s.lukasz.name);
    await expect.poll(() => page.getByLabel('Book the producer before each brief ends: due').inputValue()).toBe('2026-11-20');
    await expect.poll(() => page.locator('.retro-action.overdue').count()).toBe(1);
    await expect.poll(() => page.getByRole('tab', { name: /Retrospectives/ }).innerText()).toMatch(/1 open/);
    await page.getByRole('button', { name: 'Dismiss' }).evaluateAll((buttons) => buttons.forEach((b) => (b as HTMLButtonElement).click()));
    await page.getByRole('button', { name: 'Add action' }).scrollIntoViewIfNeeded();
    await app.screenshot('retro-1-report');

    await page.getByRole('button', { name: 'Export web page' }).click();
    const htmlPath = join(dir, 'Retrospective-Sprint-looking-back.html');
    await expect.poll(() => existsSync(htmlPath), { timeout: 30_000 }).toBe(true);
    const html = readFileSync(htmlPath, 'utf8');
    expect(html).not.toMatch(/https?:\/\/|<script|<link|\ssrc=/i);
    expect(html).toContain('<div class="v">19 h</div>');
    expect(html).toContain('Book the producer before each brief ends');
    expect(html).toContain('Sprint &lt;Café&gt;');
    const viewer = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await viewer.setContent(html, { waitUntil: 'load' });
    expect(await viewer.getByRole('heading', { name: 'Sprint, looking back', level: 1 }).count()).toBe(1);
    await viewer.screenshot({ path: join(SCREENSHOT_DIR, 'retro-3-report-html.png'), fullPage: true });
    await viewer.close();
    await page.getByRole('button', { name: 'Export PDF' }).click();
    const pdfPath = join(dir, 'Retrospective-Sprint-looking-back.pdf');
    await expect.poll(() => existsSync(pdfPath), { timeout: 90_000 }).toBe(true);
    await expect.poll(() => page.getByRole('button', { name: 'Export PDF' }).isEnabled(), { timeout: 90_000 }).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('Sprint, looking back');
    expect(text).toMatch(/Planned\s+Actual/);

    // Back to the list: the open action is listed with its owner, overdue; done, it leaves the list.
    await page.getByRole('button', { name: 'All retrospectives' }).click();
    const open = page.getByRole('region', { name: 'Open actions' });
    await expect.poll(() => open.innerText()).toMatch(/1 open action[\s\S]*1 overdue[\s\S]*Book the producer[\s\S]*Łukasz/);
    await app.screenshot('retro-2-list');
    await open.getByRole('checkbox').click();
    await expect.poll(() => open.count()).toBe(0);
    expect(app.blockedRequests).toEqual([]);
  }, 180_000);
});
