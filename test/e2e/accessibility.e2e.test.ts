import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { describeViolations, seriousA11yViolations, type A11yViolation } from './support/axe';

// Every view and main dialog on the demo studio, checked by axe-core (WCAG 2 A and AA) in Chromium:
// no serious or critical violation anywhere. Each screen is also saved as a screenshot.

const TODAY = '2030-01-15';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;
const dir = mkdtempSync(join(tmpdir(), 'cp-a11y-e2e-'));
const csv = join(dir, 'people.csv');
writeFileSync(csv, ['Name,Email,Role,Kind', 'Ada Lovelace,ada@example.com,Designer,staff', 'Alan Turing,alan@example.com,Copywriter,robot'].join('\n'));

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();

/** Escape closes the dialog; if it asks about unsaved changes, Discard. */
async function dismiss(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  const ask = page.getByRole('alertdialog');
  await page.waitForTimeout(300);
  if ((await ask.count()) > 0) await ask.getByRole('button', { name: 'Discard' }).click();
  await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(0);
}

describe('accessibility (axe-core) on every view and main dialog', () => {
  let app: App;
  const found = new Map<string, A11yViolation[]>();

  beforeAll(async () => {
    app = await startApp({
      rendererDir,
      seed: 'demo',
      now: TODAY,
      dialogs: { open: csv },
      prepare: async (bridge) => {
        await bridge.call('snapshots:take', { name: 'Monday review', range: { start: '2030-01-14', end: '2030-02-10' } });
        await bridge.call('backups:create');
      },
    });
    await app.page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await app.page.reload({ waitUntil: 'networkidle' });
  });
  afterAll(() => app?.close());

  /** Lets the screen settle (fades, loading), then records what axe finds and saves a screenshot. */
  async function check(name: string, ready: Locator): Promise<void> {
    await ready
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(async (error: Error) => {
        await app.screenshot(`a11y-${name}-not-reached`);
        throw error;
      });
    await expect.poll(() => app.page.locator('.spinner, .cp-loading').count(), { timeout: 30_000 }).toBe(0);
    await app.page.waitForTimeout(400);
    found.set(name, await seriousA11yViolations(app.page));
    await app.screenshot(`a11y-${name}`);
  }

  it('finds no serious or critical violation on any screen', async () => {
    const { page } = app;
    const dialog = (name: string | RegExp) => page.getByRole('dialog', { name });

    await nav(page, 'Schedule');
    await check('schedule', page.locator('.sch-names .sch-row, .sch-name'));
    await nav(page, 'Calendar');
    await check('calendar-month', page.locator('.fc-daygrid-day'));
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await check('calendar-week', page.locator('.fc-timegrid, .fc-daygrid-body'));
    await nav(page, 'Capacity');
    await check('capacity', page.locator('.hm-row'));
    await nav(page, 'People');
    await check('people', page.getByRole('table'));
    await page.getByRole('table').getByRole('row').nth(1).getByRole('cell').first().click();
    await check('person', page.getByRole('dialog'));
    await dismiss(page, page.getByRole('dialog'));
    await page.getByRole('button', { name: /^add person/i }).first().click();
    await check('add-person', dialog('New person'));
    await dismiss(page, dialog('New person'));
    await page.getByRole('button', { name: 'Import…' }).click();
    const wizard = dialog('Import from a spreadsheet');
    await wizard.getByRole('button', { name: 'Choose a file…' }).click();
    await check('import', wizard.getByText('people.csv'));
    await dismiss(page, wizard);

    await nav(page, 'Campaigns');
    await check('campaigns', page.getByRole('heading', { name: 'Campaigns', level: 1 }));
    await page.getByRole('button', { name: /^new campaign/i }).first().click();
    await check('campaign-dialog', page.getByRole('dialog'));
    await dismiss(page, page.getByRole('dialog'));
    const first = (await app.bridge.call('campaigns:list', {}))[0];
    await page.getByText(first.name, { exact: true }).first().click();
    await check('campaign', page.getByRole('heading', { name: first.name }));

    await nav(page, 'Staffing');
    await check('staffing', page.locator('.sf-open-demand tr[data-line-id]'));
    await nav(page, 'Snapshots');
    await check('snapshot', page.getByRole('navigation', { name: 'Snapshots' }));
    await nav(page, 'Settings');
    await check('settings', page.getByRole('heading', { name: 'Settings', level: 1 }));

    await page.keyboard.press('Control+k');
    await check('whos-free', dialog(/Who.s free\?/).locator('.ft-row'));
    await dismiss(page, dialog(/Who.s free\?/));
    await page.keyboard.press('Alt+Control+n');
    await check('new-booking', dialog('New booking'));
    await dismiss(page, dialog('New booking'));
    await page.getByRole('button', { name: 'About' }).click();
    await page.getByRole('button', { name: 'Backups…' }).click();
    await check('backups', page.getByRole('table', { name: 'Backups' }));

    const counts = Object.fromEntries([...found].map(([name, list]) => [name, list.length]));
    console.log('serious or critical violations per screen:', JSON.stringify(counts));
    const failures = [...found].filter(([, list]) => list.length > 0).map(([name, list]) => describeViolations(name, list));
    expect(failures.join('\n\n')).toBe('');
    app.errors.assertNone();
  }, 300_000);
});
