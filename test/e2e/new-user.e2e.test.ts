import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { bookingEvent as personEvent, bookingsOf, dayCell, settled as settledOn } from './support/calendar';
import { drag, pointIn } from './support/mouse';

// What a new creative ops manager does on day one, through the UI only: add a part-time freelancer
// with a week off (both in the Add person dialog), add a campaign with two demand lines, book the freelancer from the calendar,
// drag the booking a week later, stretch it, undo the stretch, reload, and find it all as left.

const TODAY = '2030-01-15';
const PERSON = 'Nadia Park';
const CAMPAIGN = 'Spring Launch';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();
const bookingEvent = (page: Page) => personEvent(page, PERSON);
const settled = (page: Page, dates: string) => settledOn(page, PERSON, dates);
const bookings = bookingsOf;



async function closed(dialog: Locator): Promise<void> {
  await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(0);
}

async function addFreelancer(app: App): Promise<number> {
  const { page } = app;
  await nav(page, 'People');
  await page.getByRole('button', { name: /^add person/i }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Freelancer', exact: true }).click();
  await dialog.getByLabel(/^name/i).fill(PERSON);
  await dialog.getByRole('button', { name: 'New role' }).click();
  await dialog.getByLabel('New role').fill('Designer');
  await dialog.getByLabel('New role').press('Enter');
  await expect.poll(async () => dialog.getByLabel('Primary role').locator('option:checked').textContent()).toBe('Designer');
  await dialog.getByLabel('Cost rate per hour').fill('60');

  // Part time: Monday to Thursday, 7.5 hours.
  await dialog.getByRole('tab', { name: /working pattern/i }).click();
  await dialog.getByRole('button', { name: 'Edit period' }).first().click();
  const week = dialog.getByRole('group', { name: 'Hours per weekday' });
  await week.locator('input').nth(4).fill('0');
  await dialog.getByRole('button', { name: 'Save period' }).click();
  await expect.poll(() => dialog.getByText(/30 h a week/).count()).toBeGreaterThan(0);
  await app.screenshot('new-user-1-part-time-pattern');

  // A week off, in the same dialog, before the person is saved.
  await dialog.getByRole('tab', { name: 'Time off' }).click();
  await dialog.getByRole('button', { name: /add time off/i }).first().click();
  await dialog.getByLabel('First day').fill('2030-02-04');
  await dialog.getByLabel('Last day').fill('2030-02-08');
  await dialog.getByRole('button', { name: 'Add time off' }).last().click();
  await expect.poll(() => dialog.locator('.period').count()).toBe(1);
  await app.screenshot('new-user-2-week-off-before-saving');
  await dialog.getByRole('button', { name: 'Add person' }).click();
  await expect.poll(async () => (await app.bridge.call('talent:list', { text: PERSON })).length, { timeout: 10_000 }).toBe(1);
  const [person] = await app.bridge.call('talent:list', { text: PERSON });
  await closed(dialog);

  // Saved with her: open her again and the week off is on her time off tab.
  await page.getByText(PERSON, { exact: true }).first().click();
  await dialog.getByRole('tab', { name: 'Time off' }).click();
  await expect.poll(() => dialog.locator('.period').count(), { timeout: 10_000 }).toBe(1);
  expect(await dialog.locator('.period').first().textContent()).toMatch(/Vacation.*Whole days/);
  await app.screenshot('new-user-2-week-off');
  await page.keyboard.press('Escape');
  await closed(dialog);
  return person.id;
}

async function addLine(page: Page, hours: string, from: string, until: string): Promise<void> {
  await page.getByRole('button', { name: /^add (the first )?line/i }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Role').selectOption({ label: 'Designer' });
  await dialog.getByLabel('Hours needed').fill(hours);
  await dialog.getByLabel('From').fill(from);
  await dialog.getByLabel('Until').fill(until);
  await dialog.getByRole('button', { name: 'Add line' }).click();
  await closed(dialog);
}

async function addCampaign(app: App): Promise<number> {
  const { page } = app;
  await nav(page, 'Campaigns');
  await page.getByRole('button', { name: 'New campaign', exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill(CAMPAIGN);
  await dialog.getByLabel('Client').fill('Acme');
  await dialog.getByLabel('Status').selectOption('confirmed');
  await dialog.getByLabel('Starts').fill('2030-01-01');
  await dialog.getByLabel('Ends').fill('2030-03-31');
  await dialog.getByLabel('Budget').fill('20000');
  await dialog.getByRole('button', { name: 'Add campaign' }).click();
  await closed(dialog);
  const [campaign] = await app.bridge.call('campaigns:list', {});
  expect(campaign).toMatchObject({ name: CAMPAIGN, client: 'Acme', status: 'confirmed', budget: 20000 });

  if ((await page.getByRole('button', { name: /^add (the first )?line/i }).count()) === 0) {
    await page.getByText(CAMPAIGN, { exact: true }).first().click();
  }
  await addLine(page, '60', '2030-01-07', '2030-01-31');
  await addLine(page, '40', '2030-02-01', '2030-03-15');
  await expect.poll(async () => (await app.bridge.call('demandLines:list', { campaignIds: [campaign.id] })).length).toBe(2);
  await app.screenshot('new-user-3-campaign');
  return campaign.id;
}

describe('a new user’s first day', () => {
  let app: App | undefined;

  it('adds a freelancer and a campaign, books, moves, resizes, undoes, and finds it all after a reload', async () => {
    app = await startApp({ now: TODAY });
    const { page } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('button', { name: /start empty/i }).click();

    const talentId = await addFreelancer(app);
    const patterns = await app.bridge.call('patterns:list', { talentId });
    expect(patterns.map((p) => p.hours)).toEqual([[7.5, 7.5, 7.5, 7.5, 0, 0, 0]]);
    expect(await app.bridge.call('timeOff:list', { talentIds: [talentId] })).toMatchObject([{ start: '2030-02-04', end: '2030-02-08', hoursPerDay: null }]);
    const campaignId = await addCampaign(app);

    // Book Nadia on the first line, Monday 7 to Thursday 10 January, from the calendar.
    await nav(page, 'Calendar');
    await expect.poll(() => page.locator('.fc-daygrid-day').count(), { timeout: 15_000 }).toBeGreaterThan(27);
    await drag(page, await pointIn(dayCell(page, '2030-01-07')), await pointIn(dayCell(page, '2030-01-10')));
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByLabel('Person').selectOption({ label: PERSON });
    await dialog.getByLabel('Campaign').selectOption({ label: `${CAMPAIGN} — Acme` });
    await expect.poll(() => dialog.getByLabel('Demand line').locator('option').count()).toBe(3);
    await dialog.getByLabel('Demand line').selectOption({ index: 1 });
    await dialog.getByLabel('Hours a day').fill('6');
    await dialog.getByLabel('Hours a day').press('Enter');
    await closed(dialog);
    await expect.poll(async () => (await bookings(app!, talentId)).length, { timeout: 10_000 }).toBe(1);
    expect((await bookings(app, talentId))[0]).toMatchObject({ start: '2030-01-07', end: '2030-01-10', hoursPerDay: 6, totalHours: 24 });

    // Drag it a week later.
    await settled(page, '2030-01-07..2030-01-10');
    const grab = await bookingEvent(page).first().boundingBox();
    if (!grab) throw new Error('booking not visible');
    const target = await pointIn(dayCell(page, '2030-01-14'), 0.5);
    await drag(page, { x: grab.x + 30, y: grab.y + grab.height / 2 }, { x: grab.x + 30, y: target.y });
    await expect.poll(async () => (await bookings(app!, talentId))[0].start, { timeout: 10_000 }).toBe('2030-01-14');
    expect((await bookings(app, talentId))[0]).toMatchObject({ start: '2030-01-14', end: '2030-01-17' });

    // Stretch it by its end handle to Tuesday 22 (Friday is not one of her days, Monday and Tuesday are).
    await settled(page, '2030-01-14..2030-01-17');
    const moved = bookingEvent(page).first();
    await moved.hover();
    const handle = moved.locator('.fc-event-resizer-end');
    const hb = await handle.boundingBox();
    if (!hb) throw new Error('end handle not visible');
    const tuesday = await pointIn(dayCell(page, '2030-01-22'), 0.5);
    await drag(page, { x: hb.x + hb.width / 2, y: hb.y + hb.height / 2 }, tuesday);
    await expect.poll(async () => (await bookings(app!, talentId))[0].end, { timeout: 10_000 }).toBe('2030-01-22');
    expect((await bookings(app, talentId))[0].totalHours).toBe(36);
    await app.screenshot('new-user-4-resized');

    // Undo the resize with the keyboard.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await bookings(app!, talentId))[0].end, { timeout: 10_000 }).toBe('2030-01-17');

    // Reload: everything is as left, and the campaign shows the right open hours and cost.
    await page.reload({ waitUntil: 'networkidle' });
    await nav(page, 'Campaigns');
    await page.getByText(CAMPAIGN, { exact: true }).first().click();
    const [line] = await app.bridge.call('demandLines:list', { campaignIds: [campaignId] });
    expect(line).toMatchObject({ hours: 60, bookedHours: 24, openHours: 36 });
    const campaign = await app.bridge.call('campaigns:get', { id: campaignId });
    expect(campaign).toMatchObject({ bookedHours: 24, bookedCost: 1440 });
    await expect.poll(() => page.getByText('36 h', { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/1,440|1\.440/).count()).toBeGreaterThan(0);
    await app.screenshot('new-user-5-after-reload');
    expect((await bookings(app, talentId))[0]).toMatchObject({ start: '2030-01-14', end: '2030-01-17', hoursPerDay: 6 });
    app.errors.assertNone();
  });
});
