import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { installShadeProbe, shadeAt } from './support/scheduleShade';

// Another planner books someone while this window shows the Schedule or the Calendar, scrolled away
// from where it opened: the booking appears without a reload, where the user is looking, and the
// view stays where it was (scroll position, visible dates, selection).
// The demo studio (68 people, ~900 bookings, part-timers, holidays in several countries), with the
// clock fixed to Tuesday 15 January 2030.

const TODAY = '2030-01-15';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

/**
 * Another planner's booking: the bridge's calls are announced to the page as changes from source
 * 'peer'. Some over-allocate on purpose (the day's shading must turn over), so they are allowed to.
 */
async function peerBooks(app: App, input: { talentId: number; campaignId: number; start: string; end: string; hoursPerDay: number }): Promise<number> {
  const booking = await app.bridge.call('bookings:create', { ...input, allowOverAllocation: true, status: 'confirmed', note: 'Booked by another planner' });
  return booking.id;
}

async function openView(page: Page, name: 'Schedule' | 'Calendar'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
}

const scrollOf = (page: Page) => page.locator('.sch-scroll').evaluate((el) => ({ top: el.scrollTop, left: el.scrollLeft }));

/** A person whose row is on screen, and a working day of theirs on screen with no booking. */
async function freeCellInView(app: App): Promise<{ talentId: number; day: string }> {
  const { page } = app;
  const view = await page.locator('.sch-scroll').boundingBox();
  if (!view) throw new Error('no schedule');
  const rows = await page.locator('.sch-row[data-talent-id]').evaluateAll((els) => els.map((e) => ({ id: Number((e as HTMLElement).dataset.talentId), y: e.getBoundingClientRect().top })));
  const days = await page.locator('.sch-h-cell[data-day]').evaluateAll((els) => els.map((e) => ({ day: (e as HTMLElement).dataset.day as string, x: e.getBoundingClientRect().left, we: e.classList.contains('we') })));
  const inRows = rows.filter((r) => r.y > view.y + 80 && r.y < view.y + view.height - 60);
  const inDays = days.filter((d) => !d.we && d.x > view.x + 260 && d.x < view.x + view.width - 120);
  for (const r of inRows) {
    const theirs = await app.bridge.call('bookings:list', { talentIds: [r.id], from: inDays[0].day, to: inDays[inDays.length - 1].day });
    // A working day of theirs (not time off, a holiday or a part-timer's day off) with nothing booked.
    for (const d of inDays) {
      if (theirs.some((b) => b.start <= d.day && b.end >= d.day)) continue;
      if ((await shadeAt(page, r.id, d.day))?.bg !== 'off') return { talentId: r.id, day: d.day };
    }
  }
  throw new Error('no free cell on screen');
}

describe('a change by another planner', () => {
  let app: App | undefined;

  it('appears in an open Schedule without a reload, keeping the scroll position and the selection', async () => {
    app = await startApp({ rendererDir, now: TODAY, seed: 'demo', viewport: { width: 1400, height: 860 } });
    const { page } = app;
    await page.waitForLoadState('networkidle');
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });
    await openView(page, 'Schedule');
    await page.waitForSelector('.sch-bar', { timeout: 60_000 });
    await installShadeProbe(page);
    const navigations: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));

    // Scroll down about forty rows and three weeks right, then select a bar there.
    await page.locator('.sch-scroll').evaluate((el) => el.scrollBy(21 * 34, 40 * 38));
    await page.waitForTimeout(600);
    await page.waitForSelector('.sch-bar', { timeout: 30_000 });
    const selected = page.locator('.sch-bar').first();
    const selectedId = await selected.getAttribute('data-booking-id');
    await selected.click();
    await expect.poll(() => page.locator(`.sch-bar[data-booking-id="${selectedId}"]`).getAttribute('aria-pressed')).toBe('true');
    const before = await scrollOf(page);
    expect(before.top).toBeGreaterThan(600);

    const { talentId, day } = await freeCellInView(app);
    expect(await shadeAt(page, talentId, day)).not.toMatchObject({ level: 'over' });
    // The selected booking's dialog is open while the change comes in.
    await page.locator(`.sch-bar[data-booking-id="${selectedId}"]`).dblclick();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    const campaign = (await app.bridge.call('campaigns:list', { statuses: ['confirmed'] }))[0];
    const id = await peerBooks(app, { talentId, campaignId: campaign.id, start: day, end: day, hoursPerDay: 12 });

    const bar = page.locator(`.sch-bar[data-booking-id="${id}"]`);
    await expect.poll(() => bar.count(), { timeout: 10_000 }).toBe(1);
    expect(await bar.getAttribute('data-start')).toBe(day);
    // 12 h on one day is more than anyone's day: the shade says so, for that day only.
    await expect.poll(async () => (await shadeAt(page, talentId, day))?.level, { timeout: 10_000 }).toBe('over');
    expect(await scrollOf(page)).toEqual(before);
    expect(await page.getByRole('dialog').count()).toBe(1);
    await app.screenshot('peer-schedule-booked-dialog-open');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await page.locator(`.sch-bar[data-booking-id="${selectedId}"]`).getAttribute('aria-pressed')).toBe('true');
    expect(await scrollOf(page)).toEqual(before);

    // Their sick day for the same person: the time off is drawn, and the day turns from over-booked to off.
    expect((await shadeAt(page, talentId, day))?.bg).toBe('overBg');
    await app.bridge.call('timeOff:create', { talentId, start: day, end: day, type: 'sick' });
    await expect.poll(() => page.locator(`.sch-row[data-talent-id="${talentId}"] .sch-off[title^="Sick"]`).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(async () => (await shadeAt(page, talentId, day))?.bg, { timeout: 10_000 }).toBe('off');
    expect(await scrollOf(page)).toEqual(before);
    expect(navigations).toEqual([]);
    await app.screenshot('peer-schedule-booked');
    app.errors.assertNone();
  });

  it('appears in an open Calendar without a reload, on the month the user went to', async () => {
    app = await startApp({ rendererDir, now: TODAY, seed: 'demo' });
    const { page } = app;
    await page.waitForLoadState('networkidle');
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });
    await openView(page, 'Calendar');
    const person = (await app.bridge.call('talent:list', { kinds: ['staff'] }))[3];
    const filters = page.getByRole('group', { name: 'Calendar filters' });
    await expect.poll(() => filters.getByLabel('Person').locator('option').count()).toBeGreaterThan(10);
    await filters.getByLabel('Person').selectOption({ label: person.name });
    await page.locator('.fc-next-button').click();
    await expect.poll(() => page.locator('.fc-toolbar-title').textContent()).toBe('February 2030');
    await expect.poll(() => page.locator('.cp-loading').count()).toBe(0);
    const navigations: string[] = [];
    page.on('framenavigated', (f) => f === page.mainFrame() && navigations.push(f.url()));

    // One of the person's bookings is open in the dialog while the change comes in.
    await page.locator('.fc-daygrid-event.cp-booking').first().click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(1);
    const campaign = (await app.bridge.call('campaigns:list', { statuses: ['confirmed'] }))[0];
    const id = await peerBooks(app, { talentId: person.id, campaignId: campaign.id, start: '2030-02-12', end: '2030-02-13', hoursPerDay: 2 });
    const event = page.locator('.fc-daygrid-event.cp-booking', { hasText: campaign.name });
    await expect
      .poll(async () => (await page.locator('.fc-daygrid-event.cp-booking').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.range))).includes('2030-02-12..2030-02-13'), { timeout: 10_000 })
      .toBe(true);
    expect(await event.count()).toBeGreaterThan(0);
    expect(await page.locator('.fc-toolbar-title').textContent()).toBe('February 2030');
    expect(await page.getByRole('dialog').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await filters.getByLabel('Person').inputValue()).toBe(String(person.id));

    // Their time off for the same person shows too, on the same month.
    await app.bridge.call('timeOff:create', { talentId: person.id, start: '2030-02-20', end: '2030-02-21', type: 'vacation', note: 'Half term' });
    await expect.poll(() => page.locator('.cp-time-off', { hasText: person.name }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await page.locator('.fc-toolbar-title').textContent()).toBe('February 2030');
    expect(navigations).toEqual([]);
    expect(id).toBeGreaterThan(0);
    await app.screenshot('peer-calendar-booked');
    app.errors.assertNone();
  });

  it("the Schedule's own move draws the write's result and fetches only that person's shade, keeping the scroll", async () => {
    app = await startApp({ rendererDir, now: TODAY, seed: 'demo', viewport: { width: 1400, height: 860 } });
    const { page } = app;
    await page.waitForLoadState('networkidle');
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });
    await openView(page, 'Schedule');
    await page.waitForSelector('.sch-bar', { timeout: 60_000 });
    await page.locator('.sch-scroll').evaluate((el) => el.scrollBy(7 * 34, 25 * 38));
    await page.waitForTimeout(800);
    await page.waitForLoadState('networkidle');

    // A bar wholly on screen (below the dates, right of the names), clicked where it is.
    const view = await page.locator('.sch-scroll').boundingBox();
    if (!view) throw new Error('no schedule');
    const bars = await page.locator('.sch-bar').evaluateAll((els) => els.map((e) => ({ id: Number((e as HTMLElement).dataset.bookingId), talentId: Number((e as HTMLElement).dataset.talentId), r: e.getBoundingClientRect().toJSON() as DOMRect })));
    const pick = bars.find(({ r }) => r.left > view.x + 240 && r.right < view.x + view.width - 40 && r.top > view.y + 60 && r.bottom < view.y + view.height - 20 && r.width > 40);
    if (!pick) throw new Error('no bar wholly on screen');
    const { id, talentId } = pick;
    const before = await app.bridge.call('bookings:get', { id });
    await page.mouse.click(pick.r.left + pick.r.width / 2, pick.r.top + pick.r.height / 2);
    await expect.poll(() => page.locator(`.sch-bar[data-booking-id="${id}"]`).getAttribute('aria-pressed')).toBe('true');
    const scroll = await scrollOf(page);
    const asked: string[] = [];
    page.on('request', (r) => r.url().endsWith('/__api') && asked.push(r.postData() ?? ''));
    await page.keyboard.press('Alt+ArrowRight');
    // Past someone's hours the warning comes first; Enter saves anyway.
    await page.waitForTimeout(400);
    if ((await page.getByRole('dialog').count()) > 0) await page.keyboard.press('Enter');
    await expect.poll(async () => (await app!.bridge.call('bookings:get', { id })).start, { timeout: 10_000 }).not.toBe(before.start);
    const after = await app.bridge.call('bookings:get', { id });
    await expect.poll(() => page.locator(`.sch-bar[data-booking-id="${id}"]`).getAttribute('data-start')).toBe(after.start);
    await page.waitForTimeout(600);
    await page.waitForLoadState('networkidle');

    const channels = asked.map((body) => (JSON.parse(body) as { channel: string }).channel);
    console.log(`[schedule own move] round trips: ${channels.length} (${channels.join(', ')})`);
    // The write's result is drawn: no booking, person, role, skill, closure or campaign list is fetched again.
    for (const reread of ['bookings:list', 'talent:list', 'roles:list', 'skills:list', 'closures:list', 'campaigns:list', 'timeOff:list']) expect(channels).not.toContain(reread);
    const grids = asked.map((body) => JSON.parse(body) as { channel: string; input: { filter?: { ids?: number[] }; range?: { start: string; end: string } } }).filter((c) => c.channel === 'capacity:grid');
    expect(grids).toHaveLength(1);
    expect(grids[0].input.filter?.ids).toEqual([talentId]);
    expect(grids[0].input.range).toEqual({ start: before.start < after.start ? before.start : after.start, end: before.end > after.end ? before.end : after.end });
    expect(await scrollOf(page)).toEqual(scroll);
    expect(await page.locator(`.sch-bar[data-booking-id="${id}"]`).getAttribute('aria-pressed')).toBe('true');
    app.errors.assertNone();
  });
});
