import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { describeViolations, expectNoSeriousA11yViolations, seriousA11yViolations, type A11yViolation } from './support/axe';

// Every view and main dialog on the demo studio, checked by axe-core (WCAG 2 A and AA) in Chromium:
// no serious or critical violation anywhere. Each screen is saved as test-output/screenshots/a11y-*.png.

const TODAY = '2030-01-15';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;
const dir = mkdtempSync(join(tmpdir(), 'cp-a11y-e2e-'));
const csv = join(dir, 'people.csv');
writeFileSync(csv, ['Name,Email,Role,Kind', 'Ada Lovelace,ada@example.com,Designer,staff', 'Alan Turing,alan@example.com,Copywriter,robot'].join('\n'));

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();

/** Escape closes the dialog; if it asks about unsaved changes, Discard. */
async function dismiss(page: Page, dialog: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  const ask = page.getByRole('alertdialog');
  if ((await ask.count()) > 0) await ask.getByRole('button', { name: 'Discard' }).click();
  await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(0);
}

describe('accessibility (axe-core) on every view and main dialog', () => {
  let app: App;
  let page: Page;
  let found: Map<string, A11yViolation[]>;
  const dialog = (name: string | RegExp) => page.getByRole('dialog', { name });

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
    page = app.page;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });
  });
  afterAll(() => app?.close());

  /** Lets the screen settle (data, fades), then records what axe finds and saves a screenshot. */
  async function check(name: string, ready: Locator): Promise<void> {
    await ready
      .first()
      .waitFor({ timeout: 30_000 })
      .catch(async (error: Error) => {
        await app.screenshot(`a11y-${name}-not-reached`);
        throw error;
      });
    await expect.poll(() => page.locator('.spinner, .cp-loading').count(), { timeout: 30_000 }).toBe(0);
    await page.waitForTimeout(400);
    found.set(name, await seriousA11yViolations(page));
    await app.screenshot(`a11y-${name}`);
  }

  /** Fails listing every violation on every screen checked since the last call. */
  function expectNoneFound(): void {
    const counts = Object.fromEntries([...found].map(([name, list]) => [name, list.length]));
    console.log('serious or critical violations per screen:', JSON.stringify(counts));
    const failures = [...found].filter(([, list]) => list.length > 0).map(([name, list]) => describeViolations(name, list));
    expect(failures.join('\n\n')).toBe('');
    app.errors.assertNone();
  }

  it('the check itself finds a violation: light grey text on white', async () => {
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'a11y-probe';
      p.textContent = 'Hard to read';
      p.style.cssText = 'position:fixed;top:8px;left:50%;z-index:9999;margin:0;padding:4px;color:#c8ccd2;background:#fff;font-size:13px';
      document.body.append(p);
    });
    const list = await seriousA11yViolations(page);
    await expect(expectNoSeriousA11yViolations(page, 'probe')).rejects.toThrow(/\[serious\] color-contrast at #a11y-probe: .*insufficient color contrast/);
    await page.evaluate(() => document.getElementById('a11y-probe')?.remove());
    expect(list.filter((v) => v.target.includes('#a11y-probe')).map((v) => v.rule)).toEqual(['color-contrast']);
  });

  it('Schedule (days, weeks grouped) and Calendar (month with its "+N more" popover, week, list, year, one person)', async () => {
    found = new Map();
    await nav(page, 'Schedule');
    await check('schedule', page.locator('.sch-name'));
    // Grouping and the less-used filters are folded under "More".
    await page.getByRole('button', { name: /^More/ }).click();
    await check('schedule-more-menu', page.getByLabel('Group by'));
    await page.getByLabel('Group by').selectOption({ index: 1 });
    await page.keyboard.press('Escape');
    await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Weeks' }).click();
    await check('schedule-weeks-grouped', page.locator('.sch-name'));
    await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Days' }).click();
    await page.getByRole('button', { name: /^More/ }).click();
    await page.getByLabel('Group by').selectOption({ index: 0 });
    await page.keyboard.press('Escape');
    await nav(page, 'Calendar');
    await check('calendar-month', page.locator('.fc-daygrid-day .fc-more-link'));
    await page.locator('.fc-more-link').first().click();
    await check('calendar-more-popover', page.locator('.fc-more-popover'));
    await page.locator('.fc-more-popover .fc-popover-close').click();
    await expect.poll(() => page.locator('.fc-more-popover').count()).toBe(0);
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    await check('calendar-week', page.locator('.fc-dayGridWeek-view'));
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await check('calendar-list', page.locator('.fc-list'));
    await page.getByRole('button', { name: 'Year', exact: true }).click();
    await check('calendar-year', page.locator('.fc-multimonth'));
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    await page.getByLabel('Person', { exact: true }).selectOption({ index: 1 });
    await check('calendar-one-person', page.locator('.fc-daygrid-day'));
    await page.getByLabel('Person', { exact: true }).selectOption({ index: 0 });
    expectNoneFound();
  });

  it('Capacity (heatmap, demand and supply, over-allocations)', async () => {
    found = new Map();
    await nav(page, 'Capacity');
    await check('capacity', page.locator('.hm-row'));
    await page.getByRole('tab', { name: /^Demand/ }).click();
    await check('capacity-demand', page.getByRole('tabpanel', { name: 'Demand & supply' }));
    await page.getByRole('tab', { name: /^Over-allocations/ }).click();
    await check('capacity-over', page.getByRole('tabpanel', { name: 'Over-allocations' }));
    await page.getByRole('tab', { name: 'Heatmap' }).click();
    expectNoneFound();
  });

  it('People: the list, a person, Add person, Import and Export', async () => {
    found = new Map();
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
    await page.getByRole('button', { name: 'Export…' }).click();
    await check('export', dialog('Export'));
    await dismiss(page, dialog('Export'));
    expectNoneFound();
  });

  it('Campaigns: the list, the campaign dialog, a campaign page, its demand line and Find a person dialogs', async () => {
    found = new Map();
    await nav(page, 'Campaigns');
    await check('campaigns', page.getByRole('heading', { name: 'Campaigns', level: 1 }));
    await page.getByRole('button', { name: 'New campaign', exact: true }).click();
    await check('campaign-dialog', page.getByRole('dialog'));
    await dismiss(page, page.getByRole('dialog'));
    await page.getByRole('button', { name: 'New campaign from template…' }).click();
    await check('campaign-from-template', page.getByRole('dialog'));
    await dismiss(page, page.getByRole('dialog'));
    await page.getByRole('tab', { name: /Intake/ }).click();
    await check('campaigns-intake', page.getByRole('table', { name: 'Intake' }));
    await page.getByRole('tab', { name: 'All campaigns' }).click();
    const campaigns = await app.bridge.call('campaigns:list', {});
    const open = await app.bridge.call('demandLines:list', { campaignIds: campaigns.map((c) => c.id) });
    const busy = campaigns.find((c) => open.some((l) => l.campaignId === c.id && l.openHours > 0))!;
    await page.getByText(busy.name, { exact: true }).first().click();
    await check('campaign', page.getByRole('button', { name: 'Find a person' }));
    await page.locator('.content').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await check('campaign-bookings', page.getByRole('heading', { name: 'Bookings' }));
    await page.locator('.content').evaluate((el) => el.scrollTo(0, 0));
    await page.getByRole('button', { name: /^add (the first )?line/i }).first().click();
    await check('demand-line-dialog', dialog('Add demand line'));
    await dismiss(page, dialog('Add demand line'));
    await page.getByRole('region', { name: 'Phases' }).getByRole('button', { name: 'Add phase' }).click();
    await check('add-phase-dialog', dialog('Add a phase'));
    await dismiss(page, dialog('Add a phase'));
    await page.getByRole('button', { name: 'Find a person' }).first().click();
    await check('find-a-person', dialog('Find a person').locator('.sf-cand'));
    await dismiss(page, dialog('Find a person'));
    expectNoneFound();
  });

  it('Staffing, Actuals, Snapshots (a snapshot, Take a snapshot) and every Settings section', async () => {
    found = new Map();
    await nav(page, 'Staffing');
    await check('staffing', page.locator('.sf-open-demand tr[data-line-id]'));
    await nav(page, 'Actuals');
    await check('actuals', page.getByRole('heading', { name: 'Actuals', level: 1 }));
    await nav(page, 'Snapshots');
    await check('snapshot', page.getByRole('navigation', { name: 'Snapshots' }));
    // axe measures contrast only on what is on screen: scroll to the utilisation heatmap.
    await page.locator('.snap-main').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await check('snapshot-heatmap', page.getByRole('table', { name: 'Utilisation by role and week' }));
    await page.locator('.snap-main').evaluate((el) => el.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Take snapshot' }).first().click();
    await check('take-snapshot', dialog('Take a snapshot'));
    await dismiss(page, dialog('Take a snapshot'));
    await nav(page, 'Settings');
    const sections = page.getByRole('navigation', { name: 'Settings' }).getByRole('button');
    for (const section of await sections.allInnerTexts()) {
      const title = section.split('\n')[0];
      await sections.filter({ hasText: title }).click();
      await check(`settings-${title.toLowerCase().replace(/\W+/g, '-')}`, page.locator('.settings-body h2, .settings-body table').filter({ hasText: /\w/ }));
    }
    expectNoneFound();
  });

  it('a small window (1024 × 700): the Schedule, People and the Calendar', async () => {
    found = new Map();
    await page.setViewportSize({ width: 1024, height: 700 });
    await nav(page, 'Schedule');
    await check('small-schedule', page.locator('.sch-name'));
    await nav(page, 'People');
    await check('small-people', page.getByRole('table'));
    await nav(page, 'Calendar');
    await check('small-calendar', page.locator('.fc-daygrid-day'));
    await page.setViewportSize({ width: 1440, height: 900 });
    expectNoneFound();
  });

  it("Who's free (Ctrl+K), New booking, Currency and rates, About and Backups", async () => {
    found = new Map();
    await page.keyboard.press('Control+k');
    await check('whos-free', dialog(/Who.s free\?/).locator('.ft-row'));
    await dismiss(page, dialog(/Who.s free\?/));
    await page.keyboard.press('Alt+Control+n');
    await check('new-booking', dialog('New booking'));
    await dismiss(page, dialog('New booking'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Currency and rates' }).click();
    await check('currency-and-rates', dialog('Currency and rates'));
    await dismiss(page, dialog('Currency and rates'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'About' }).click();
    await check('about', page.getByRole('button', { name: 'Backups…' }));
    await page.getByRole('button', { name: 'Backups…' }).click();
    await check('backups', page.getByRole('table', { name: 'Backups' }));
    expectNoneFound();
  });
});
