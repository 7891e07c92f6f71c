import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// Empty states say what to do, in an empty workspace: the Schedule (add people), Staffing (add
// demand to a campaign), a snapshot of nothing (what it needs). On the demo studio: the open
// demand filters by campaign and text, and "Find a person" shows on a campaign's lines.

const TODAY = '2030-01-15';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();

describe('empty states and staffing filters', () => {
  let app: App | undefined;

  it('an empty workspace: each view says what to add, and goes there', async () => {
    app = await startApp({ rendererDir, now: TODAY });
    const { page } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('button', { name: /start empty/i }).click();

    await nav(page, 'Schedule');
    const schedule = page.locator('.empty').filter({ hasText: 'No one to schedule yet' });
    await schedule.waitFor({ timeout: 20_000 });
    expect(await page.getByText('No one matches these filters').count()).toBe(0);
    expect(await page.locator('.sch-demand-empty').textContent()).toContain('Lines added to campaigns show here');
    await app.screenshot('empty-1-schedule');
    await schedule.getByRole('button', { name: 'Add people' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'No one here yet' }).count()).toBe(1);

    await nav(page, 'Staffing');
    const staffing = page.locator('.empty').filter({ hasText: 'No open demand in this range' });
    await staffing.waitFor({ timeout: 20_000 });
    expect(await staffing.textContent()).toContain('Add demand to a campaign');
    await app.screenshot('empty-2-staffing');

    await nav(page, 'Snapshots');
    await page.getByRole('button', { name: 'Take snapshot' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Take a snapshot' });
    await dialog.getByLabel('Name').fill('Nothing yet');
    await dialog.getByRole('button', { name: 'Take snapshot' }).click();
    const empty = page.locator('.empty').filter({ hasText: 'This snapshot has nothing in it' });
    await empty.waitFor({ timeout: 60_000 });
    await app.screenshot('empty-3-snapshot');
    await empty.getByRole('button', { name: 'Go to Campaigns' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Campaigns', level: 1 }).count()).toBe(1);
    expect(app.errors.list).toEqual([]);
  });

  it('the demo studio: open demand filtered by campaign and text; Find a person on a campaign\'s lines', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await nav(page, 'Staffing');
    const rows = page.locator('.sf-open-demand tr[data-line-id]');
    await rows.first().waitFor({ timeout: 20_000 });
    const all = await rows.count();
    const campaignSelect = page.locator('.sf-demand-filters').getByLabel('Campaign');
    const chosen = (await campaignSelect.locator('option').nth(1).textContent())!;
    await campaignSelect.selectOption({ label: chosen });
    await expect.poll(() => rows.count()).toBeLessThan(all);
    const names = await rows.locator('td.cell-strong').allTextContents();
    expect(new Set(names)).toEqual(new Set([chosen]));
    await page.getByLabel('Search open demand').fill('zzz no such thing');
    await expect.poll(() => rows.count()).toBe(0);
    await page.getByLabel('Search open demand').fill('');
    await app.screenshot('staffing-filter-by-campaign');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => rows.count()).toBe(all);

    // The campaign page: each open line has a visible "Find a person" button, no hover needed.
    const campaign = (await bridge.call('campaigns:list', {})).find((c) => c.name === chosen)!;
    const open = (await bridge.call('demandLines:list', { campaignIds: [campaign.id] })).filter((l) => l.openHours > 0);
    await nav(page, 'Campaigns');
    await page.getByText(chosen, { exact: true }).first().click();
    const find = page.getByRole('button', { name: 'Find a person' });
    await expect.poll(() => find.count(), { timeout: 20_000 }).toBe(open.length);
    expect(await find.first().evaluate((b) => getComputedStyle(b).opacity === '1' && getComputedStyle(b.parentElement!).opacity === '1')).toBe(true);
    await app.screenshot('campaign-find-a-person');
    expect(app.errors.list).toEqual([]);
  });
});
