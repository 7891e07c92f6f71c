import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { bookingEvent as adaEvent, bookingsOf, dayCell, settled as settledOn } from './support/calendar';
import { drag, pointIn } from './support/mouse';

// The calendar, end to end, as a user works it: select days to book someone, drag the booking a
// week later, stretch it by its end handle, see a refused move put back, and undo with Ctrl+Z.
// The page's clock is fixed to 15 January 2030 so the month on screen is known.

const TODAY = '2030-01-15';
const PERSON = 'Ada Lovelace';
const CAMPAIGN = 'Spring Launch';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

interface Seeded {
  talentId: number;
  campaignId: number;
  lineId: number;
}

async function seed(app: App): Promise<Seeded> {
  const call = app.bridge.call;
  await call('workspace:startEmpty', {});
  const role = await call('roles:create', { name: 'Designer', colour: '#7048e8' });
  const person = await call('talent:create', {
    kind: 'staff', name: PERSON, primaryRoleId: role.id, holidayCountry: 'GB', holidayRegion: 'ENG', activeTo: '2030-01-31',
    patterns: [{ effectiveFrom: '2029-01-01', hours: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0] }],
  });
  await call('talent:create', { kind: 'freelancer', name: 'Grace Hopper', primaryRoleId: role.id });
  const campaign = await call('campaigns:create', { name: CAMPAIGN, client: 'Acme', status: 'confirmed', start: '2030-01-01', end: '2030-03-31', colour: '#0c8599' });
  const other = await call('campaigns:create', { name: 'Winter Sale', status: 'pipeline', start: '2030-01-01', end: '2030-02-28', colour: '#e8590c' });
  const line = await call('demandLines:create', { campaignId: campaign.id, roleId: role.id, hours: 120, start: '2030-01-07', end: '2030-01-31', note: 'Key visuals' });
  await call('timeOff:create', { talentId: person.id, start: '2030-01-23', end: '2030-01-24', type: 'vacation' });
  await call('closures:create', { date: '2030-01-02', name: 'New Year break' });
  // Context bookings so the month reads like a real one: confirmed and tentative side by side.
  const grace = (await call('talent:list', { text: 'Grace' }))[0];
  await call('bookings:create', { talentId: grace.id, campaignId: other.id, start: '2030-01-08', end: '2030-01-11', hoursPerDay: 4, status: 'confirmed' });
  await call('bookings:create', { talentId: grace.id, campaignId: campaign.id, start: '2030-01-21', end: '2030-01-25', hoursPerDay: 7.5, status: 'tentative' });
  return { talentId: person.id, campaignId: campaign.id, lineId: line.id };
}

const adasBookings = bookingsOf;
const bookingEvent = (page: Page) => adaEvent(page, PERSON);
const settled = (page: Page, dates: string) => settledOn(page, PERSON, dates);

describe('calendar', () => {
  let app: App | undefined;

  it('books by selecting days, moves by dragging, resizes by the end handle, and undoes', async () => {
    app = await startApp({ rendererDir, now: TODAY });
    const { page } = app;
    const ids = await seed(app);
    await page.waitForLoadState('networkidle');
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Calendar/ }).click();
    await expect.poll(() => page.locator('.fc-daygrid-event.cp-booking').count(), { timeout: 15_000 }).toBe(2);
    await expect.poll(() => page.locator('.cp-closure').count()).toBeGreaterThan(0);
    await app.screenshot('calendar-1-month');

    // Select Monday 7 to Thursday 10 January by dragging across the day cells.
    await drag(page, await pointIn(dayCell(page, '2030-01-07')), await pointIn(dayCell(page, '2030-01-10')));
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByLabel('Person').selectOption({ label: PERSON });
    await dialog.getByLabel('Campaign').selectOption({ label: `${CAMPAIGN} — Acme` });
    await expect.poll(() => dialog.getByLabel('Demand line').locator('option').count()).toBe(2);
    await dialog.getByLabel('Demand line').selectOption({ index: 1 });
    await dialog.getByLabel('Hours a day').fill('6');
    await dialog.getByRole('button', { name: 'Confirmed' }).click();
    await dialog.getByLabel('Note').fill('Key visuals, round 1');
    await app.screenshot('calendar-2-new-booking-dialog');
    await dialog.getByLabel('Note').press('Enter');
    await expect.poll(() => dialog.count()).toBe(0);

    await expect.poll(async () => (await adasBookings(app!, ids.talentId)).length).toBe(1);
    let [stored] = await adasBookings(app, ids.talentId);
    expect(stored).toMatchObject({ start: '2030-01-07', end: '2030-01-10', hoursPerDay: 6, status: 'confirmed', campaignId: ids.campaignId, demandLineId: ids.lineId, note: 'Key visuals, round 1' });
    await expect.poll(() => bookingEvent(page).count()).toBeGreaterThan(0);
    expect(await bookingEvent(page).first().textContent()).toContain(`${PERSON} · ${CAMPAIGN} · 6 h/d`);
    await app.screenshot('calendar-3-booked');

    // Drag it a week later: grab it on its first day, drop it on the day a week on.
    await settled(page, '2030-01-07..2030-01-10');
    const grab = await bookingEvent(page).first().boundingBox();
    if (!grab) throw new Error('booking not visible');
    const target = await pointIn(dayCell(page, '2030-01-14'), 0.5);
    await drag(page, { x: grab.x + 30, y: grab.y + grab.height / 2 }, { x: grab.x + 30, y: target.y });
    await expect.poll(async () => (await adasBookings(app!, ids.talentId))[0].start, { timeout: 10_000 }).toBe('2030-01-14');
    [stored] = await adasBookings(app, ids.talentId);
    expect(stored).toMatchObject({ start: '2030-01-14', end: '2030-01-17', hoursPerDay: 6, status: 'confirmed', demandLineId: ids.lineId, note: 'Key visuals, round 1' });
    await app.screenshot('calendar-4-moved');

    // Stretch it to Friday 18 by dragging its end handle (shown on hover).
    await settled(page, '2030-01-14..2030-01-17');
    const moved = bookingEvent(page).first();
    await moved.hover();
    const handle = moved.locator('.fc-event-resizer-end');
    const hb = await handle.boundingBox();
    if (!hb) throw new Error('end handle not visible');
    const friday = await pointIn(dayCell(page, '2030-01-18'), 0.5);
    await drag(page, { x: hb.x + hb.width / 2, y: hb.y + hb.height / 2 }, { x: friday.x, y: hb.y + hb.height / 2 });
    await expect.poll(async () => (await adasBookings(app!, ids.talentId))[0].end, { timeout: 10_000 }).toBe('2030-01-18');
    [stored] = await adasBookings(app, ids.talentId);
    expect(stored).toMatchObject({ start: '2030-01-14', end: '2030-01-18' });
    await app.screenshot('calendar-5-resized');

    // A refused move (after Ada's contract ends on 31 January) is put back, and says why.
    await settled(page, '2030-01-14..2030-01-18');
    // Grab it over Wednesday 16 and drop it on Wednesday 6 February (clear of the toasts at the bottom left).
    const now = await bookingEvent(page).first().boundingBox();
    const wed = await pointIn(dayCell(page, '2030-01-16'), 0.5);
    const feb = await pointIn(dayCell(page, '2030-02-06'), 0.5);
    if (!now) throw new Error('booking not visible');
    await drag(page, { x: wed.x, y: now.y + now.height / 2 }, { x: feb.x, y: feb.y });
    // Starting after her contract, it is refused at once (no "Save anyway" can help), saying why.
    await expect.poll(() => page.getByText(/contract ends on 31 January 2030/).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    [stored] = await adasBookings(app, ids.talentId);
    expect(stored).toMatchObject({ start: '2030-01-14', end: '2030-01-18' });
    expect(await page.getByRole('dialog', { name: 'This would over-allocate' }).count()).toBe(0);
    await settled(page, '2030-01-14..2030-01-18');
    await app.screenshot('calendar-6-refused-move');

    // Undo (the app shell's Ctrl+Z) takes back the resize; the calendar refetches.
    await page.locator('.fc-toolbar-title').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await adasBookings(app!, ids.talentId))[0].end, { timeout: 10_000 }).toBe('2030-01-17');
    await settled(page, '2030-01-14..2030-01-17');

    // Filters narrow the calendar to one person, with her time off and public holidays.
    await page.getByRole('group', { name: 'Calendar filters' }).getByLabel('Person').selectOption({ label: PERSON });
    await expect.poll(() => page.locator('.fc-daygrid-event.cp-booking').count()).toBe(1);
    await expect.poll(() => page.locator('.cp-time-off').count()).toBeGreaterThan(0);
    await app.screenshot('calendar-7-filtered-person');

    // Filtered to her, her bars leave out her name. Clicking one opens it; the edit dialog changes its status.
    expect((await page.locator('.fc-daygrid-event.cp-booking').first().textContent())?.trim()).toBe(`${CAMPAIGN} · 6 h/d`);
    await page.locator('.fc-daygrid-event.cp-booking').first().click();
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByRole('button', { name: 'Tentative' }).click();
    await app.screenshot('calendar-7b-edit-dialog');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await adasBookings(app!, ids.talentId))[0].status).toBe('tentative');
    await expect.poll(() => page.locator('.cp-booking.cp-tentative').count()).toBe(1);

    await page.getByRole('group', { name: 'Calendar filters' }).getByLabel('Person').selectOption({ label: 'Everyone' });
    await page.getByRole('button', { name: 'List' }).click();
    await expect.poll(() => page.locator('.fc-list-event').count()).toBeGreaterThan(2);
    await app.screenshot('calendar-8-list');
    await page.getByRole('button', { name: 'Year' }).click();
    await expect.poll(() => page.locator('.fc-multimonth-month').count()).toBe(12);
    await app.screenshot('calendar-9-year');
    await page.getByRole('button', { name: 'Week' }).click();
    await app.screenshot('calendar-10-week');

    app.errors.assertNone();
  });
});

// A benchmark, not a test of speed: prints how long the calendar takes to open and to answer on a
// 5,000-person workspace. Run with CP_CALENDAR_BENCH=1.
describe.runIf(process.env.CP_CALENDAR_BENCH)('calendar on a large workspace', () => {
  let app: App | undefined;

  async function timed(label: string, action: () => Promise<unknown>, done: () => Promise<boolean>): Promise<number> {
    const started = performance.now();
    await action();
    await expect.poll(done, { timeout: 60_000, interval: 25 }).toBe(true);
    const ms = performance.now() - started;
    console.log(`[calendar bench] ${label}: ${ms.toFixed(0)} ms`);
    return ms;
  }

  /** Drags the first booking in view one day later; the time from the drop until it is stored. */
  async function dragFirstBookingOneDay(app: App): Promise<number | null> {
    const { page } = app;
    const event = page.locator('.fc-daygrid-event.cp-booking').first();
    if ((await event.count()) === 0) return null;
    const range = await event.getAttribute('data-range');
    const box = await event.boundingBox();
    if (!range || !box) return null;
    const [start] = range.split('..');
    const id = Number((await app.bridge.call('bookings:list', { from: start, to: start })).find((b) => `${b.start}..${b.end}` === range)?.id);
    const day = await pointIn(dayCell(page, start), 0.5);
    const next = new Date(Date.parse(`${start}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const target = await pointIn(dayCell(page, next), 0.5);
    await page.mouse.move(day.x, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(day.x + 4, box.y + box.height / 2 + 2, { steps: 3 });
    await page.mouse.move(target.x, box.y + box.height / 2, { steps: 8 });
    const dropped = performance.now();
    await page.mouse.up();
    const warning = page.getByRole('dialog', { name: 'This would over-allocate' });
    await expect.poll(async () => (await warning.count()) > 0 || (await app.bridge.call('bookings:get', { id })).start === next, { timeout: 30_000, interval: 10 }).toBe(true);
    const ms = performance.now() - dropped;
    if ((await warning.count()) === 0) return ms;
    await warning.getByRole('button', { name: 'Put it back' }).click();
    return null;
  }

  async function openCalendar(app: App, label: string): Promise<number> {
    const { page } = app;
    await page.waitForLoadState('networkidle');
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Calendar/ }).click();
    return timed(label, async () => undefined, async () => (await page.locator('.cp-loading').count()) === 0 && (await page.locator('.cp-day-count, .cp-booking').count()) > 0);
  }

  it('baseline: opens on the demo studio (68 people, 900 bookings)', async () => {
    app = await startApp({ rendererDir, now: TODAY, seed: 'demo' });
    await openCalendar(app, 'baseline: open the calendar on the demo studio');
  });

  it('opens, filters and switches views on 5,000 people and 100,000 bookings', async () => {
    const { generateStudio } = await import('../../electron/demo/generate');
    const { writeStudio } = await import('../../electron/demo/write');
    const size = { people: 5000, campaigns: 400, demandLines: null, bookings: 100_000, months: 12 };
    const started = performance.now();
    app = await startApp({
      rendererDir,
      now: TODAY,
      workspace: process.env.CP_BENCH_DB,
      prepare: (bridge) => {
        if (process.env.CP_BENCH_DB) return;
        bridge.db.transaction(() => writeStudio(bridge.db, generateStudio(7, TODAY, size), `${TODAY}T09:00:00.000Z`))();
        return bridge.call('workspace:startEmpty', {});
      },
    });
    const info = await app.bridge.call('app:info', {});
    console.log(`[calendar bench] workspace: ${info.counts.talent} people, ${info.counts.bookings} bookings, built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const { page } = app;
    const settled = async () => (await page.locator('.cp-loading').count()) === 0 && (await page.locator('.fc-daygrid-day, .fc-list-day, .fc-list-empty').count()) > 0;

    await page.waitForLoadState('networkidle');
    const t0 = performance.now();
    await app.bridge.call('bookings:list', { from: '2029-12-30', to: '2030-02-09' });
    console.log(`[calendar bench] bookings:list for the month, in Node: ${(performance.now() - t0).toFixed(0)} ms`);

    await openCalendar(app, 'open the calendar (month, everyone)');
    await app.screenshot('calendar-bench-1-month-everyone');
    await timed('next month (everyone)', () => page.locator('.fc-next-button').click(), async () => (await settled()) && (await page.locator('.fc-toolbar-title').textContent()) === 'February 2030');
    const roleSelect = page.getByRole('group', { name: 'Calendar filters' }).getByLabel('Role');
    const roleLabel = (await roleSelect.locator('option').nth(1).textContent()) ?? '';
    await timed(`role filter (${roleLabel})`, () => roleSelect.selectOption({ index: 1 }), settled);
    await app.screenshot('calendar-bench-2-role');
    const personSelect = page.getByRole('group', { name: 'Calendar filters' }).getByLabel('Person');
    await timed('person filter', () => personSelect.selectOption({ index: 1 }), async () => (await settled()) && (await page.locator('.cp-day-count').count()) === 0);
    await app.screenshot('calendar-bench-3-person');
    const moved = await dragFirstBookingOneDay(app);
    if (moved) console.log(`[calendar bench] move a booking, from drop to saved: ${moved.toFixed(0)} ms`);
    await timed('year view (one person)', () => page.getByRole('button', { name: 'Year' }).click(), async () => (await settled()) && (await page.locator('.fc-multimonth-month').count()) === 12);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await timed('year view (everyone: asks to narrow)', async () => undefined, async () => (await page.getByText(/to see a whole year/).count()) > 0);
    await app.screenshot('calendar-bench-4-year-everyone');
    await page.getByRole('button', { name: 'Month' }).click();
    await timed('week view (everyone)', () => page.getByRole('button', { name: 'Week' }).click(), settled);
    await app.screenshot('calendar-bench-5-week-everyone');
  });
});
