import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// Snapshots and Staffing stay open while another planner changes the workspace: what they show
// follows without a reload, and what the planner was looking at stays chosen.

const TODAY = '2030-01-15';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

async function open(page: Page, view: RegExp): Promise<void> {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: view }).click();
}

const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

describe('views kept current', () => {
  let app: App | undefined;

  it('Snapshots: another planner’s snapshot joins the list and a rename shows, the open one staying open', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    const first = await bridge.call('snapshots:take', { name: 'January review', range: { start: '2030-01-14', end: '2030-04-07' }, filter: {} });
    await open(page, /^Snapshots/);
    await expect.poll(() => page.getByRole('heading', { name: 'January review', level: 2 }).count(), { timeout: 20_000 }).toBe(1);
    await markDocument(page);

    await bridge.call('snapshots:take', { name: 'Designers only', range: { start: '2030-01-14', end: '2030-02-10' }, filter: {} });
    await bridge.call('snapshots:rename', { id: first.id, name: 'January review (board)' });
    const list = page.getByRole('navigation', { name: 'Snapshots' });
    await expect.poll(() => list.getByRole('button').allTextContents(), { timeout: 10_000 }).toEqual([
      expect.stringContaining('Designers only'),
      expect.stringContaining('January review (board)'),
    ]);
    await expect.poll(() => page.getByRole('heading', { name: 'January review (board)', level: 2 }).count()).toBe(1);
    expect(await list.getByRole('button', { name: /January review/ }).getAttribute('aria-current')).toBe('true');
    expect(await sameDocument(page)).toBe(true);
    await app.screenshot('views-live-1-snapshots');
    app.errors.assertNone();
  }, 120_000);

  it('Staffing: a campaign lost elsewhere leaves the open demand, and a change after a plan marks it out of date', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await open(page, /^Staffing/);
    const rows = page.locator('.sf-open-demand tr[data-line-id]');
    await rows.first().waitFor({ timeout: 20_000 });
    await markDocument(page);
    const lineId = Number(await rows.first().getAttribute('data-line-id'));
    const campaign = (await bridge.call('demandLines:list', {})).find((l) => l.id === lineId)!.campaignId;
    const lines = (await bridge.call('demandLines:list', { campaignIds: [campaign], from: '2030-01-14', to: '2030-04-07', openOnly: true })).map((l) => l.id);
    expect(lines).toContain(lineId);
    const shownBefore = await rows.count();
    await bridge.call('campaigns:update', { id: campaign, status: 'lost' });
    await expect.poll(() => page.locator(`.sf-open-demand tr[data-line-id="${lineId}"]`).count(), { timeout: 10_000 }).toBe(0);
    const shownLines = await rows.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-line-id'))));
    expect(shownLines.some((id) => lines.includes(id))).toBe(false);
    expect(shownLines.length).toBe(shownBefore - lines.length);
    expect(await sameDocument(page)).toBe(true);

    await page.getByRole('button', { name: 'Propose plan' }).click();
    await page.locator('.sf-proposal[data-proposal-id]').waitFor({ timeout: 30_000 });
    expect(await page.locator('.sf-stale').count()).toBe(0);
    const someone = (await bridge.call('talent:list', {}))[0];
    await bridge.call('timeOff:create', { talentId: someone.id, type: 'vacation', start: '2030-02-04', end: '2030-02-08', hoursPerDay: null, note: '' });
    await expect.poll(() => page.locator('.sf-stale').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByRole('button', { name: /Accept all/ }).isDisabled()).toBe(true);
    await app.screenshot('views-live-2-staffing-stale');
    app.errors.assertNone();
  }, 120_000);
});
