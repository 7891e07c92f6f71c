// Settings → Name mappings: a planner maps two people Harvest writes differently, finds what the
// import remembered in Settings, points one elsewhere, forgets the other (undoable), and the next
// import asks about that name again.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TestWorkspace } from '../electron/helpers/workspace';
import { actualsStudio, harvestCsv, harvestRow, HARVEST_ROWS } from '../electron/actuals/files';
import { startApp, type App } from './harness';
import { expectNoSeriousA11yViolations } from './support/axe';

const dir = mkdtempSync(join(tmpdir(), 'cp-mappings-e2e-'));
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

// Ada by her employee id; "Zoe B." and "Lukasz Z." are nobody the workspace knows by those names.
const ROWS = [
  ...HARVEST_ROWS.slice(0, 2),
  harvestRow('04.11.2026', 'Web Relaunch', 'JOB-1002', 'Zoe', 'B.', '', '6,5', 'Wireframes 🎨'),
  ...HARVEST_ROWS.slice(4, 6),
];

describe('remembered name mappings in Settings', () => {
  let app: App | undefined;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists what an import remembered, changes one, forgets one (undoable), and the next import asks again', async () => {
    const file = join(dir, 'harvest_time_report.csv');
    writeFileSync(file, harvestCsv(ROWS));
    app = await startApp({ now: '2026-11-26', rendererDir, dialogs: { open: file }, viewport: { width: 1440, height: 900 } });
    await app.bridge.call('workspace:startEmpty', {});
    await actualsStudio({ call: app.bridge.call as TestWorkspace['call'] });
    await app.page.reload();
    await app.page.waitForLoadState('networkidle');
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Main' });

    const openWizard = async () => {
      await nav.getByRole('button', { name: /^Actuals/ }).click();
      await page.getByRole('button', { name: 'Import time tracking…' }).click();
      const wizard = page.getByRole('dialog', { name: 'Import from a spreadsheet' });
      await wizard.getByRole('button', { name: 'Choose a file…' }).click();
      await expect.poll(() => wizard.getByText(/5 data rows · a Harvest detailed export/).count()).toBe(1);
      return wizard;
    };
    let wizard = await openWizard();
    const names = wizard.getByRole('table', { name: 'Names to match' });
    await expect.poll(() => names.locator('tbody tr').count()).toBe(2);
    await wizard.getByLabel('Lukasz Z. is').selectOption({ label: 'Łukasz Żółć 🎬' });
    await wizard.getByLabel('Zoe B. is').selectOption({ label: 'Zoë Brontë' });
    await expect.poll(() => names.count()).toBe(0);
    await wizard.getByRole('button', { name: 'Import 5 rows' }).click();
    await expect.poll(() => wizard.count(), { timeout: 20_000 }).toBe(0);

    // Settings → Name mappings: each remembered name in words, with its tool, day and rows.
    await nav.getByRole('button', { name: /^Settings/ }).click();
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: /^Name mappings/ }).click();
    const section = page.getByRole('region', { name: 'Name mappings' });
    const row = (name: string) => section.getByRole('row').filter({ hasText: `‘${name}’` });
    await expect.poll(() => row('Lukasz Z.').innerText()).toMatch(/^‘Lukasz Z\.’ in Harvest → Łukasz Żółć 🎬\s+Remembered (26 Nov(ember)? 2026|Nov(ember)? 26, 2026) · matched 2 rows in the import of/);
    await expect.poll(() => row('Zoe B.').innerText()).toMatch(/^‘Zoe B\.’ in Harvest → Zoë Brontë\s+Remembered .* · matched 1 row in the import of/);
    await app.screenshot('mappings-1-settings');
    await expectNoSeriousA11yViolations(page, 'settings-name-mappings-listed');

    // Change: 'Zoe B.' is Ada after all (for later imports).
    await section.getByRole('button', { name: 'Change what ‘Zoe B.’ maps to…' }).click();
    await section.getByLabel('‘Zoe B.’ is').selectOption({ label: 'Ada Lovelace' });
    await app.screenshot('mappings-2-change');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => row('Zoe B.').innerText()).toMatch(/^‘Zoe B\.’ in Harvest → Ada Lovelace/);
    expect((await app.bridge.call('actuals:aliases', {})).find((m) => m.shownName === 'Zoe B.')?.targetName).toBe('Ada Lovelace');

    // Forget, announced with an Undo; Undo brings it back; forget it again.
    await section.getByRole('button', { name: 'Forget ‘Lukasz Z.’' }).click();
    const toast = page.locator('.toast').filter({ hasText: 'Forgot ‘Lukasz Z.’' });
    await expect.poll(() => toast.count()).toBe(1);
    await expect.poll(() => row('Lukasz Z.').count()).toBe(0);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => row('Lukasz Z.').count()).toBe(1);
    await section.getByRole('button', { name: 'Forget ‘Lukasz Z.’' }).click();
    await expect.poll(() => row('Lukasz Z.').count()).toBe(0);
    expect((await app.bridge.call('actuals:aliases', {})).map((m) => m.shownName)).toEqual(['Zoe B.']);
    await app.screenshot('mappings-3-forgotten');

    // The same file again: 'Lukasz Z.' is unmatched again; 'Zoe B.' is still remembered.
    wizard = await openWizard();
    const again = wizard.getByRole('table', { name: 'Names to match' });
    await expect.poll(() => again.locator('tbody tr').count()).toBe(1);
    expect(await again.locator('tbody tr').innerText()).toMatch(/Lukasz Z\. \(person, row 5, 6\)\s+2\s+11\.75 h/);
    // 'Zoe B.' now maps to Ada: importing the file again moves that row to her.
    await expect.poll(() => wizard.getByTestId('import-counts').innerText()).toMatch(/0\s+to create\s+1\s+to update\s+2\s+already imported\s+2\s+to match/);
    await app.screenshot('mappings-4-asked-again');
  });
});
