import { existsSync, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { BookingView } from '@shared/contract';
import { startApp, type App } from './harness';
import { installShadeProbe, shadeAt } from './support/scheduleShade';

// The schedule, end to end, as a planner works it: drag on empty days to book someone (over their
// hours: the editor's inline warning, then "Save anyway"), drag the bar to another person, stretch it by its end,
// Alt-drag a copy to a third person, drag an open demand line onto a row, then undo every step —
// checking the stored rows and the load shading after each. The shading is drawn on canvases: the
// tests read the pixels under a person's row at a day's column (support/scheduleShade.ts).
// The page's clock is fixed to Tuesday 15 January 2030.

const TODAY = '2030-01-15';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;
const BIG_DB = process.env.CP_BENCH_DB ?? '/tmp/big.db';

interface Seeded {
  ada: number;
  grace: number;
  linus: number;
  campaignId: number;
  lineId: number;
}

async function seed(app: App): Promise<Seeded> {
  const call = app.bridge.call;
  await call('workspace:startEmpty', {});
  const role = await call('roles:create', { name: 'Designer', colour: '#7048e8' });
  const week = (h: number) => [{ effectiveFrom: '2029-01-01', hours: [h, h, h, h, h, 0, 0] as [number, number, number, number, number, number, number] }];
  const ada = await call('talent:create', { kind: 'staff', name: 'Ada Lovelace', primaryRoleId: role.id, team: 'Studio', patterns: week(7.5) });
  const grace = await call('talent:create', { kind: 'freelancer', name: 'Grace Hopper', primaryRoleId: role.id, patterns: week(8) });
  const linus = await call('talent:create', { kind: 'staff', name: 'Linus Torvalds', primaryRoleId: role.id, team: 'Studio', patterns: week(8) });
  const campaign = await call('campaigns:create', { name: 'Spring Launch', client: 'Acme', status: 'confirmed', start: '2030-01-01', end: '2030-03-31', colour: '#0c8599' });
  const line = await call('demandLines:create', { campaignId: campaign.id, roleId: role.id, hours: 20, start: '2030-01-14', end: '2030-01-31', note: 'Key visuals' });
  await call('timeOff:create', { talentId: linus.id, start: '2030-01-16', end: '2030-01-17', type: 'vacation' });
  return { ada: ada.id, grace: grace.id, linus: linus.id, campaignId: campaign.id, lineId: line.id };
}

const bar = (page: Page, talentId: number) => page.locator(`.sch-bar[data-talent-id="${talentId}"]`);
/** The day's load strip as drawn: 'free' | 'full' | 'over', or null when nothing is booked (no strip). */
async function load(page: Page, talentId: number, iso: string): Promise<string | null> {
  const shade = await shadeAt(page, talentId, iso);
  if (!shade) throw new Error(`row ${talentId} or day ${iso} is not rendered`);
  return shade.level;
}
const row = (page: Page, talentId: number) => page.locator(`.sch-row[data-talent-id="${talentId}"]`);
/** A point in a person's row on a day, from the date header's column. */
async function dayPoint(page: Page, talentId: number, iso: string, xFraction = 0.5): Promise<{ x: number; y: number }> {
  const col = await page.locator(`.sch-h-cell[data-day="${iso}"]`).boundingBox();
  const r = await row(page, talentId).boundingBox();
  if (!col || !r) throw new Error(`day ${iso} or row ${talentId} not visible`);
  return { x: col.x + col.width * xFraction, y: r.y + r.height / 2 };
}

async function centre(locator: Locator, xFraction = 0.5): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return { x: box.x + box.width * xFraction, y: box.y + box.height / 2 };
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 5, from.y + 1, { steps: 2 });
  await page.mouse.move(to.x, to.y, { steps: 10 });
  await page.mouse.up();
}

async function stored(app: App, talentId: number): Promise<BookingView[]> {
  return app.bridge.call('bookings:list', { talentIds: [talentId] });
}

async function openSchedule(app: App): Promise<void> {
  await app.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Schedule/ }).click();
  await app.page.waitForSelector('.sch-row', { timeout: 60_000 });
  await installShadeProbe(app.page);
}

async function zoom(page: Page, label: 'Days' | 'Weeks' | 'Months'): Promise<void> {
  await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: label }).click();
  await page.waitForTimeout(800);
}

describe('schedule', () => {
  let app: App | undefined;
  let tempDir: string | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    tempDir = undefined;
  });

  it('books by dragging, moves, resizes, copies, books open demand, and undoes each step', async () => {
    app = await startApp({ rendererDir, now: TODAY, viewport: { width: 1600, height: 900 } });
    const { page } = app;
    const ids = await seed(app);
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'load' });
    await openSchedule(app);
    await expect.poll(() => row(page, ids.ada).count()).toBe(1);
    expect(await load(page, ids.ada, '2030-01-21')).toBeNull(); // nothing booked yet
    expect(await shadeAt(page, ids.ada, '2030-01-19')).toMatchObject({ level: null, bg: 'off' }); // Saturday: shaded, no strip
    expect((await shadeAt(page, ids.ada, '2030-01-21'))?.bg).toBeNull();
    await expect.poll(() => page.locator('.sch-off').count()).toBeGreaterThan(0); // Linus's time off, fetched after the rows

    // 1. Drag Monday 21 to Wednesday 23 on Ada's row: a new booking of 8 h a day (she works 7.5).
    await drag(page, await dayPoint(page, ids.ada, '2030-01-21'), await dayPoint(page, ids.ada, '2030-01-23'));
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByLabel('Campaign').selectOption({ label: 'Spring Launch — Acme' });
    await dialog.getByLabel('Hours a day').fill('8');
    await dialog.getByRole('button', { name: 'Confirmed' }).click();
    await app.screenshot('schedule-e2e-1-new-booking');
    // The editor warns before saving, day by day; Book is refused by the main process, "Save anyway" books.
    const warning = dialog.getByRole('alert');
    await expect.poll(() => warning.textContent()).toMatch(/over-allocate Ada Lovelace on 3 days.*Mon.*21.*more than capacity\s*8 h of 7\.5 h.*Wed.*23/);
    await dialog.getByRole('button', { name: 'Book' }).click();
    await page.waitForTimeout(300);
    expect(await stored(app, ids.ada)).toHaveLength(0);
    await app.screenshot('schedule-e2e-2-over-allocation');
    await warning.getByRole('button', { name: 'Save anyway' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(async () => (await stored(app!, ids.ada)).length).toBe(1);
    expect((await stored(app, ids.ada))[0]).toMatchObject({ start: '2030-01-21', end: '2030-01-23', hoursPerDay: 8, status: 'confirmed', campaignId: ids.campaignId });
    await expect.poll(() => load(page, ids.ada, '2030-01-21')).toBe('over');
    expect(await load(page, ids.ada, '2030-01-24')).toBeNull();
    await expect.poll(() => bar(page, ids.ada).count()).toBe(1);
    expect(await bar(page, ids.ada).textContent()).toContain('Spring Launch');

    // 2. Drag the bar down to Grace's row (she works 8 h: full).
    await drag(page, await centre(bar(page, ids.ada), 0.5), await dayPoint(page, ids.grace, '2030-01-22'));
    await expect.poll(async () => (await stored(app!, ids.grace)).length).toBe(1);
    expect(await stored(app, ids.ada)).toHaveLength(0);
    expect((await stored(app, ids.grace))[0]).toMatchObject({ start: '2030-01-21', end: '2030-01-23', hoursPerDay: 8 });
    await expect.poll(() => load(page, ids.grace, '2030-01-21')).toBe('full');
    await expect.poll(() => load(page, ids.ada, '2030-01-21')).toBeNull();
    await app.screenshot('schedule-e2e-3-moved');

    // 3. Stretch it to Friday 25 by its end edge.
    const box = (await bar(page, ids.grace).boundingBox())!;
    await page.mouse.move(box.x + box.width - 3, box.y + box.height / 2);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.sch-bar:hover') as Element, '::after').cursor)).toBe('ew-resize');
    await drag(page, { x: box.x + box.width - 3, y: box.y + box.height / 2 }, await dayPoint(page, ids.grace, '2030-01-25', 0.85));
    await expect.poll(async () => (await stored(app!, ids.grace))[0]?.end).toBe('2030-01-25');
    expect((await stored(app, ids.grace))[0].start).toBe('2030-01-21');
    await expect.poll(() => load(page, ids.grace, '2030-01-24')).toBe('full');

    // 4. Alt-drag a copy onto Linus's row.
    await page.keyboard.down('Alt');
    await drag(page, await centre(bar(page, ids.grace), 0.1), await dayPoint(page, ids.linus, '2030-01-21'));
    await page.keyboard.up('Alt');
    await expect.poll(async () => (await stored(app!, ids.linus)).length).toBe(1);
    expect(await stored(app, ids.grace)).toHaveLength(1);
    expect((await stored(app, ids.linus))[0]).toMatchObject({ start: '2030-01-21', end: '2030-01-25', hoursPerDay: 8, campaignId: ids.campaignId });
    await expect.poll(() => load(page, ids.linus, '2030-01-21')).toBe('full');

    // 5. Drag the open demand line onto Ada's row on Monday 28: the 20 h open over her 4 working days = 5 h a day.
    const item = page.locator(`.sch-demand-item[data-line-id="${ids.lineId}"]`);
    // The campaign's first open line carries its earliest delivery against its end (31 March).
    await expect.poll(() => item.locator('.sch-demand-band').textContent(), { timeout: 10_000 }).toMatch(/^Earliest delivery .*2030 · by its end$/);
    await drag(page, await centre(item), await dayPoint(page, ids.ada, '2030-01-28'));
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    await expect.poll(() => page.getByRole('dialog').locator('.bk-summary').textContent()).toMatch(/^4 working days · 20 h · 5 h a day/);
    await app.screenshot('schedule-e2e-4-demand-drop');
    await page.getByRole('dialog').getByRole('button', { name: 'Book' }).click();
    await expect.poll(async () => (await stored(app!, ids.ada)).length).toBe(1);
    expect((await stored(app, ids.ada))[0]).toMatchObject({ start: '2030-01-28', end: '2030-01-31', hoursPerDay: 5, status: 'tentative', demandLineId: ids.lineId });
    await expect.poll(() => load(page, ids.ada, '2030-01-28')).toBe('free');
    await expect.poll(async () => (await shadeAt(page, ids.ada, '2030-01-28'))?.fill).toBe(3);
    await app.screenshot('schedule-e2e-5-all-steps');

    // 6. Undo each step: the last with the schedule's own Undo, the rest with Ctrl+Z.
    await page.locator('.sch-banner').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await stored(app!, ids.ada)).length).toBe(0);
    await expect.poll(() => load(page, ids.ada, '2030-01-28')).toBeNull();

    await page.locator('.sch-scroll').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored(app!, ids.linus)).length).toBe(0);
    await expect.poll(() => load(page, ids.linus, '2030-01-21')).toBeNull();

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored(app!, ids.grace))[0]?.end).toBe('2030-01-23');
    await expect.poll(() => load(page, ids.grace, '2030-01-24')).toBeNull();

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored(app!, ids.ada)).length).toBe(1);
    expect(await stored(app, ids.grace)).toHaveLength(0);
    await expect.poll(() => load(page, ids.ada, '2030-01-21')).toBe('over');
    await expect.poll(() => load(page, ids.grace, '2030-01-21')).toBeNull();

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored(app!, ids.ada)).length).toBe(0);
    await expect.poll(() => load(page, ids.ada, '2030-01-21')).toBeNull();
    await expect.poll(() => bar(page, ids.ada).count()).toBe(0);
    app.errors.assertNone();
  });

  it('keyboard: Alt+arrows move the selected booking, with the over-allocation check; Ctrl+Z takes each move back', async () => {
    app = await startApp({ rendererDir, now: TODAY, viewport: { width: 1600, height: 900 } });
    const { page } = app;
    const ids = await seed(app);
    await app.bridge.call('bookings:create', { talentId: ids.grace, campaignId: ids.campaignId, demandLineId: null, start: '2030-01-21', end: '2030-01-23', hoursPerDay: 8, status: 'confirmed', note: '' });
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'load' });
    await openSchedule(app);
    await expect.poll(() => bar(page, ids.grace).count()).toBe(1);
    await expect.poll(() => load(page, ids.grace, '2030-01-21')).toBe('full');
    await bar(page, ids.grace).click();
    await expect.poll(() => page.locator('.sch-help').textContent()).toContain('move a day');

    // Two presses in quick succession, the second while the first is saving: two days later,
    // and the shading follows.
    await page.keyboard.press('Alt+ArrowRight');
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(async () => (await stored(app!, ids.grace))[0]?.start).toBe('2030-01-23');
    expect((await stored(app, ids.grace))[0].end).toBe('2030-01-25');
    await expect.poll(() => load(page, ids.grace, '2030-01-22')).toBeNull();
    await expect.poll(() => load(page, ids.grace, '2030-01-25')).toBe('full');

    // Up to Ada, who works 7.5 h, at once (the press waits for the last move to save): the same
    // warning as a drag, then "Save anyway".
    await page.keyboard.press('Alt+ArrowUp');
    const warning = page.getByRole('dialog', { name: 'This would over-allocate' });
    await expect.poll(() => warning.count()).toBe(1);
    expect(await warning.textContent()).toMatch(/over-allocate Ada Lovelace on 3 days.*more than capacity\s*8 h of 7\.5 h/);
    await warning.getByRole('button', { name: 'Save anyway' }).click();
    await expect.poll(async () => (await stored(app!, ids.ada)).length).toBe(1);
    expect(await stored(app, ids.grace)).toHaveLength(0);
    await expect.poll(() => load(page, ids.ada, '2030-01-23')).toBe('over');
    await expect.poll(() => page.locator('.sch-bar.selected').getAttribute('data-talent-id')).toBe(String(ids.ada));
    await app.screenshot('schedule-e2e-keyboard-move');

    // At the top row, Alt+↑ does nothing.
    await page.keyboard.press('Alt+ArrowUp');
    await page.waitForTimeout(300);
    expect(await stored(app, ids.ada)).toHaveLength(1);

    // Each move is one undo step.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored(app!, ids.grace)).length).toBe(1);
    expect(await stored(app, ids.ada)).toHaveLength(0);
    await expect.poll(() => load(page, ids.ada, '2030-01-23')).toBeNull();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored(app!, ids.grace))[0]?.start).toBe('2030-01-22');
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored(app!, ids.grace))[0]?.start).toBe('2030-01-21');
    await expect.poll(() => load(page, ids.grace, '2030-01-21')).toBe('full');
    app.errors.assertNone();
  });

  // bookings:moveMany: one transaction, one undo step for all the bars.
  it('moves several selected bars together as one undo step', async () => {
    app = await startApp({ rendererDir, now: TODAY, viewport: { width: 1600, height: 900 } });
    const { page } = app;
    const ids = await seed(app);
    const book = (talentId: number) =>
      app!.bridge.call('bookings:create', { talentId, campaignId: ids.campaignId, demandLineId: null, start: '2030-01-21', end: '2030-01-22', hoursPerDay: 4, status: 'confirmed', note: '' });
    await book(ids.ada);
    await book(ids.grace);
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'load' });
    await openSchedule(app);
    await expect.poll(() => page.locator('.sch-bar').count()).toBe(2);
    await bar(page, ids.ada).click();
    await bar(page, ids.grace).click({ modifiers: ['Shift'] });
    await expect.poll(() => page.locator('.sch-bar.selected').count()).toBe(2);
    await drag(page, await centre(bar(page, ids.ada), 0.3), await dayPoint(page, ids.ada, '2030-01-28', 0.3));
    await expect.poll(async () => (await stored(app!, ids.ada))[0]?.start).toBe('2030-01-28');
    await expect.poll(async () => (await stored(app!, ids.grace))[0]?.start).toBe('2030-01-28');
    await expect.poll(() => load(page, ids.grace, '2030-01-28')).toBe('free');

    await page.locator('.sch-scroll').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await stored(app!, ids.ada))[0]?.start).toBe('2030-01-21');
    expect((await stored(app, ids.grace))[0].start).toBe('2030-01-21');
    await expect.poll(() => load(page, ids.grace, '2030-01-28')).toBeNull();
    await expect.poll(() => load(page, ids.ada, '2030-01-21')).toBe('free');
    app.errors.assertNone();
  });

  it('a bar that starts left of the view keeps its label in view', async () => {
    app = await startApp({ rendererDir, now: TODAY, viewport: { width: 1600, height: 900 } });
    const { page } = app;
    const ids = await seed(app);
    await app.bridge.call('bookings:create', { talentId: ids.ada, campaignId: ids.campaignId, demandLineId: null, start: '2029-12-03', end: '2030-02-22', hoursPerDay: 4, status: 'confirmed', note: '' });
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'load' });
    await openSchedule(app);
    const label = bar(page, ids.ada).locator('.sch-bar-label');
    await expect.poll(() => label.count()).toBe(1);
    const grid = await page.locator('.sch-scroll').boundingBox();
    const box = await label.boundingBox();
    expect(box && grid && box.x >= grid.x + 232 && box.x < grid.x + 260).toBe(true);
    await app.screenshot('schedule-e2e-sticky-label');
  });

  it('keyboard: arrows move between bars, Enter opens one', async () => {
    app = await startApp({ rendererDir, now: TODAY, seed: 'demo', viewport: { width: 1600, height: 900 } });
    const { page } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'load' });
    await openSchedule(app);
    await expect.poll(() => page.locator('.sch-bar').count()).toBeGreaterThan(0); // the first rows' bookings
    await page.locator('.sch-scroll').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.sch-bar.focused').count()).toBe(1);
    const first = await page.locator('.sch-bar.focused').getAttribute('data-booking-id');
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => page.locator('.sch-bar.focused').getAttribute('data-booking-id')).not.toBe(first);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog', { name: 'Booking' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('screenshots: the demo studio at day and week zoom', async () => {
    app = await startApp({ rendererDir, seed: 'demo', viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    await openSchedule(app);
    await page.waitForTimeout(1200);
    await app.screenshot('schedule-demo-day');
    await zoom(page, 'Weeks');
    await app.screenshot('schedule-demo-week');
    // Grouping is folded under "More" (the toolbar keeps one row in a small window).
    await page.getByRole('button', { name: /^More/ }).click();
    await page.getByRole('combobox', { name: 'Group by' }).selectOption('role');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(600);
    await app.screenshot('schedule-demo-week-by-role');
    await zoom(page, 'Months');
    await app.screenshot('schedule-demo-month');
  });

  it.skipIf(!existsSync(BIG_DB))('screenshots: the 5,000-person workspace at day and week zoom, DOM bounded', async () => {
    tempDir = mkdtempSync(join(tmpdir(), 'cp-sched-e2e-'));
    const workspace = join(tempDir, 'big.db');
    copyFileSync(BIG_DB, workspace);
    app = await startApp({ rendererDir, workspace, viewport: { width: 1600, height: 1000 } });
    const { page } = app;
    await openSchedule(app);
    await page.waitForTimeout(1500);
    await app.screenshot('schedule-5000-day');
    const count = () => page.evaluate(() => document.querySelector('.sch-scroll')?.getElementsByTagName('*').length ?? 0);
    expect(await count()).toBeLessThan(5000);
    await page.evaluate(() => {
      const el = document.querySelector('.sch-scroll') as HTMLElement;
      el.scrollTop = 100_000;
    });
    await page.waitForSelector('.sch-row[data-row="2700"], .sch-row[data-row="2640"]', { timeout: 20_000 }).catch(() => undefined);
    await page.waitForTimeout(1200);
    expect(await count()).toBeLessThan(5000);
    await app.screenshot('schedule-5000-day-scrolled');
    await zoom(page, 'Weeks');
    await page.waitForTimeout(1500);
    await app.screenshot('schedule-5000-week');
  });
});
