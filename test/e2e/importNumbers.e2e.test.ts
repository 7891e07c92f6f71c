// A German studio's campaign list, exported by Excel with a `sep=;` line and decimal commas: the
// import wizard shows how each ambiguous budget was read, the planner picks the style, and the
// Campaigns list shows the budgets and probabilities as the file meant them.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

const TODAY = '2027-03-03';
const dir = mkdtempSync(join(tmpdir(), 'cp-numbers-e2e-'));
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

const CAMPAIGNS_CSV = [
  'sep=;',
  'Job number;Campaign;Client;Start;End;Budget;Currency;Probability %',
  'J-201;Frühjahr;Nordwind GmbH;01.03.2027;30.04.2027;€ 20.000;EUR;80 %',
  'J-202;Herbst;Acme AG;01.09.2027;31.10.2027;€ 7.500;EUR;50 %',
  'J-203;-Sonder;Acme AG;01.11.2027;15.12.2027;€ 1.250;EUR;100 %',
].join('\r\n');

describe('importing numbers as people write them', () => {
  let app: App | undefined;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('shows values that read two ways, lets the planner choose the style, and imports the budgets as meant', async () => {
    const file = join(dir, 'kampagnen.csv');
    writeFileSync(file, '\uFEFF' + CAMPAIGNS_CSV);
    app = await startApp({ now: TODAY, rendererDir, dialogs: { open: file } });
    await app.bridge.call('workspace:startEmpty', {});
    await app.page.reload();
    await app.page.waitForLoadState('networkidle');
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Campaigns/ }).click();
    await page.getByRole('button', { name: 'Import…' }).click();
    const wizard = page.getByRole('dialog', { name: 'Import from a spreadsheet' });
    await wizard.getByLabel('What the file holds').selectOption({ label: 'Campaigns' });
    await wizard.getByRole('button', { name: 'Choose a file…' }).click();
    await expect.poll(() => wizard.getByText('kampagnen.csv').count()).toBe(1);

    // Every budget reads two ways; the ';' separator suggests a decimal comma, and the wizard says so.
    const toCheck = wizard.getByRole('table', { name: 'Values to check' });
    await expect.poll(() => toCheck.locator('tbody tr').count()).toBe(3);
    const first = await toCheck.locator('tbody tr').first().innerText();
    expect(first).toMatch(/^2\s+Budget\s+'€ 20\.000' could be 20000 or 20; read as 20000 because the file is separated by ';'/);
    await expect.poll(() => wizard.getByText('3 values could be read two ways').count()).toBe(1);
    await expect.poll(() => wizard.getByTestId('import-counts').innerText()).toMatch(/3\s+to create[\s\S]*0\s+rows with errors/);
    await app.screenshot('io-numbers-1-warnings');

    // The planner confirms the style: the warnings go, the choice is theirs.
    await wizard.getByLabel(/Numbers are written like/).selectOption({ label: '1.234,5 (decimal comma)' });
    await expect.poll(() => toCheck.count()).toBe(0);
    await app.screenshot('io-numbers-2-chosen');
    await wizard.getByRole('button', { name: 'Import 3 rows' }).click();
    await expect.poll(() => wizard.count(), { timeout: 20_000 }).toBe(0);

    const campaigns = await app.bridge.call('campaigns:list', {});
    expect(campaigns.map((c) => [c.name, c.budget, c.probability, c.start]).sort()).toEqual([
      ['-Sonder', 1250, 100, '2027-11-01'],
      ['Frühjahr', 20000, 80, '2027-03-01'],
      ['Herbst', 7500, 50, '2027-09-01'],
    ]);
    // Where the planner sees them: the Campaigns list.
    const row = page.getByRole('row').filter({ hasText: 'Frühjahr' });
    await expect.poll(() => row.innerText()).toMatch(/80\s?%[\s\S]*€\s?20,000/);
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Sonder' }).innerText()).toMatch(/^-Sonder/);
    await app.screenshot('io-numbers-3-imported');
  });
});
