import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// The Capacity view stays open while the workspace changes under it: another planner's booking
// shows in the heatmap without a reload, the scroll position and the chosen cell stay, and one undo
// costs one refetch of what the view shows. Channels are counted from the page's own requests.

const TODAY = '2030-01-15';
const NAME_W = 272;
const HEAD_H = 46;
const ROW_H = 40;
const RANGE = { start: '2030-01-14', end: '2030-04-07' }; // the view's default 12 weeks
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

/** The channels the page called, in order (the bridge answers every call at one URL). */
function channelLog(page: Page): string[] {
  const log: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/__api')) log.push((JSON.parse(request.postData() ?? '{}') as { channel: string }).channel);
  });
  return log;
}

/** The heatmap's tooltip for row r, column c: "Name · when\\nX confirmed + Y tentative of Z". */
async function cellTitle(page: Page, r: number, c: number): Promise<string> {
  const grid = page.locator('.hm-scroll');
  const box = (await grid.boundingBox())!;
  const colW = Number(await grid.getAttribute('data-col-width'));
  const { top, left } = await grid.evaluate((el) => ({ top: el.scrollTop, left: el.scrollLeft }));
  await page.mouse.move(box.x + NAME_W + c * colW - left + colW / 2, box.y + HEAD_H + r * ROW_H - top + ROW_H / 2);
  return (await grid.getAttribute('title')) ?? '';
}

const scrollOf = (page: Page) => page.locator('.hm-scroll').evaluate((el) => ({ top: el.scrollTop, left: el.scrollLeft }));

describe('capacity view, live', () => {
  let app: App | undefined;

  it('shows another planner’s booking without a reload, keeps scroll and cell, and refetches once per undo', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY, viewport: { width: 1280, height: 720 } });
    const { page, bridge } = app;
    const channels = channelLog(page);
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Capacity/ }).click();
    await expect.poll(() => page.locator('.hm-row .hm-person').count(), { timeout: 20_000 }).toBeGreaterThan(5);
    // Days, so the grid scrolls both ways; then down a dozen people and across two weeks.
    await page.getByRole('group', { name: 'Bucket' }).getByRole('button', { name: 'Days' }).click();
    await expect.poll(() => page.locator('.hm-head-cell').count()).toBeGreaterThan(20);
    await page.locator('.hm-scroll').evaluate((el) => el.scrollTo({ top: 12 * 40 + 8, left: 14 * 30 }));
    await expect.poll(() => page.locator('.hm-row[data-r="14"] .hm-person').count()).toBe(1);
    const scrolled = await scrollOf(page);
    expect(scrolled.top).toBeGreaterThan(400);
    expect(scrolled.left).toBeGreaterThan(300);
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));

    // Row 14, on Wednesday 2030-01-30 (column 16 of the days from Monday 2030-01-14).
    const r = 14;
    const c = 16;
    const day = '2030-01-30';
    const rows = await bridge.call('capacity:grid', { range: RANGE, bucket: 'day', filter: {}, offset: r, limit: 1 });
    const person = rows.people[0];
    expect(await page.locator(`.hm-row[data-r="${r}"] .hm-person`).textContent()).toBe(person.name);
    const confirmedBefore = rows.confirmed[c];
    expect(await cellTitle(page, r, c)).toContain(`${person.name} ·`);
    // The cell is chosen: its panel is open.
    await page.mouse.down();
    await page.mouse.up();
    const panel = page.locator(`.cp-panel[data-talent-id="${person.id}"][data-start="${day}"][data-ready="true"]`);
    await panel.waitFor({ timeout: 10_000 });
    // The panel narrows the grid, which may bring the chosen column into view: then the scroll stays.
    await page.waitForTimeout(300);
    const kept = await scrollOf(page);

    // Another planner books the person that day.
    const campaign = (await bridge.call('campaigns:list', {})).find((x) => x.status === 'confirmed')!;
    const booked = await bridge.call('bookings:create', { allowOverAllocation: true, talentId: person.id, campaignId: campaign.id, start: day, end: day, hoursPerDay: 3.5, status: 'confirmed', note: 'Booked by another planner' });
    const hours = (n: number) => new RegExp(`\\n${String(Math.round(n * 100) / 100).replace('.', '\\.')} h confirmed`);
    await expect.poll(() => cellTitle(page, r, c), { timeout: 10_000 }).toMatch(hours(confirmedBefore + 3.5));
    await expect.poll(() => panel.locator(`.cell-booking[data-booking-id="${booked.id}"]`).count(), { timeout: 10_000 }).toBe(1);
    expect(await scrollOf(page)).toEqual(kept);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await app.screenshot('capacity-live-1-peer-booking');

    // One undo: the page in view and the over-allocation count reload once each.
    channels.length = 0;
    await page.locator('.hm-scroll').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await bridge.call('bookings:list', { talentIds: [person.id], from: day, to: day })).some((b) => b.id === booked.id)).toBe(false);
    await expect.poll(() => cellTitle(page, r, c), { timeout: 10_000 }).toMatch(hours(confirmedBefore));
    await expect.poll(() => panel.locator(`.cell-booking[data-booking-id="${booked.id}"]`).count()).toBe(0);
    await page.waitForTimeout(500);
    const grids = channels.filter((ch) => ch === 'capacity:grid');
    // One for the page in view, one for the open cell's days.
    expect(grids).toHaveLength(2);
    expect(channels.filter((ch) => ch === 'capacity:overallocations')).toHaveLength(1);
    expect(channels.filter((ch) => ch === 'bookings:list')).toHaveLength(1);
    expect(await scrollOf(page)).toEqual(kept);
    await app.screenshot('capacity-live-2-undone');
    app.errors.assertNone();
  }, 120_000);
});
