import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { selectTextFit } from './support/selectFits';

// The one booking editor as a planner meets it: File → New Booking… from the keyboard alone, and
// the over-allocation it would cause shown inline before saving, with why for each day.

const TODAY = '2030-01-15';

async function seed(app: App) {
  const call = app.bridge.call;
  await call('workspace:startEmpty', {});
  const role = await call('roles:create', { name: 'Designer', colour: '#7048e8' });
  // Ada is part time: 7.5 h Monday to Wednesday, 5 h on Thursday, not on Fridays.
  const ada = await call('talent:create', {
    kind: 'staff', name: 'Ada Lovelace', primaryRoleId: role.id, holidayCountry: 'GB', holidayRegion: 'ENG',
    patterns: [{ effectiveFrom: '2029-01-01', hours: [7.5, 7.5, 7.5, 5, 0, 0, 0] }],
  });
  const jonas = await call('talent:create', { kind: 'freelancer', name: 'Jonas Weber', primaryRoleId: role.id, currency: 'EUR', holidayCountry: 'DE', holidayRegion: 'BY' });
  const campaign = await call('campaigns:create', { name: 'Spring Launch', client: 'Acme', status: 'confirmed', start: '2030-01-01', end: '2030-06-30', colour: '#0c8599' });
  await call('timeOff:create', { talentId: ada.id, start: '2030-01-22', end: '2030-01-22', type: 'vacation' });
  return { ada: ada.id, jonas: jonas.id, campaign: campaign.id };
}

/** The app reloaded on what the test set up, then File → New Booking by its shortcut alone. */
async function newBookingByKeys(page: App['page']) {
  await page.reload({ waitUntil: 'load' });
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.keyboard.press('Alt+Control+n');
  return page.getByRole('dialog', { name: 'New booking' });
}

const focusedLabel = (app: App) => app.page.evaluate(() => document.activeElement?.closest('.field')?.querySelector('label')?.textContent ?? null);

/** Presses Tab until the field labelled `label` has the focus, as a keyboard user does. */
async function tabTo(app: App, label: string): Promise<void> {
  for (let i = 0; i < 6 && (await focusedLabel(app)) !== label; i++) await app.page.keyboard.press('Tab');
  expect(await focusedLabel(app)).toBe(label);
}

describe('the booking editor', () => {
  let app: App | undefined;

  it('File → New Booking from the keyboard alone: Alt+Ctrl+N, fill with keys, Enter', async () => {
    app = await startApp({ now: TODAY });
    const { page } = app;
    const ids = await seed(app);
    const dialog = await newBookingByKeys(page);
    await expect.poll(() => dialog.count()).toBe(1);
    // Focus starts on Person; typing picks by name, Tab moves on.
    await expect.poll(() => focusedLabel(app!)).toBe('Person');
    // The choices load a moment after the dialog opens; a person types once they are there.
    await expect.poll(() => dialog.getByLabel('Person').locator('option', { hasText: 'Ada Lovelace' }).count()).toBe(1);
    await page.keyboard.type('Ada');
    await tabTo(app, 'Campaign');
    await page.keyboard.type('Spring');
    await tabTo(app, 'From'); // past the demand line: none
    await page.keyboard.type('01282030'); // Monday 28 January
    await tabTo(app, 'To'); // a date field takes Tab between its parts first
    await page.keyboard.type('01312030'); // Thursday 31 January
    // Blank hours follow her pattern on those days: 5 h fits each (Thursday is her short day).
    await expect.poll(() => dialog.getByText('4 working days · 20 h').count()).toBe(1);
    await app.screenshot('booking-editor-new');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const [booking] = await app.bridge.call('bookings:list', { talentIds: [ids.ada] });
    expect(booking).toMatchObject({ campaignId: ids.campaign, start: '2030-01-28', end: '2030-01-31', hoursPerDay: 5, totalHours: 20, status: 'tentative' });

    // The menu's File → New Booking… opens it empty too; Escape cancels, writing nothing.
    await app.emit({ type: 'menu', command: 'new-booking' });
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.getByLabel('Person').inputValue()).toBe('');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await app.bridge.call('bookings:list', {})).toHaveLength(1);
    app.errors.assertNone();
  });

  it('says before saving why each day would be over-allocated: time off, a public holiday', async () => {
    app = await startApp({ now: TODAY });
    const { page } = app;
    const ids = await seed(app);
    const dialog = await newBookingByKeys(page);
    await dialog.getByLabel('Person').selectOption({ label: 'Ada Lovelace' });
    await dialog.getByLabel('Campaign').selectOption({ label: 'Spring Launch — Acme' });
    await dialog.getByLabel('From').fill('2030-01-21');
    await dialog.getByLabel('To').fill('2030-01-23');
    const notice = dialog.getByRole('alert');
    await expect.poll(() => notice.textContent()).toMatch(/over-allocate Ada Lovelace on 1 day.*Tue.*22.*vacation \(time off\)\s*7\.5 h of 0 h/);
    await app.screenshot('booking-editor-time-off');

    // Labour Day, Wednesday 1 May, is a public holiday in Bavaria.
    await dialog.getByLabel('Person').selectOption({ label: 'Jonas Weber' });
    await dialog.getByLabel('From').fill('2030-05-01');
    await dialog.getByLabel('To').fill('2030-05-01');
    await dialog.getByLabel('Hours a day').fill('6');
    await expect.poll(() => notice.textContent()).toMatch(/over-allocate Jonas Weber on 1 day.*Labour Day \(public holiday\)\s*6 h of 0 h/);
    expect(await dialog.getByText('1 day, none a working day · 6 h').count()).toBe(1);
    await app.screenshot('booking-editor-holiday');
    // Book: refused, nothing written; Save anyway books it.
    await dialog.getByRole('button', { name: 'Book' }).click();
    await page.waitForTimeout(300);
    expect(await app.bridge.call('bookings:list', { talentIds: [ids.jonas] })).toHaveLength(0);
    await notice.getByRole('button', { name: 'Save anyway' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect(await app.bridge.call('bookings:list', { talentIds: [ids.jonas] })).toMatchObject([{ start: '2030-05-01', hoursPerDay: 6 }]);
    app.errors.assertNone();
  });

  it('books and edits from the campaign page, the campaign chosen already', async () => {
    app = await startApp({ now: TODAY });
    const { page } = app;
    const ids = await seed(app);
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Campaigns/ }).click();
    await page.getByText('Spring Launch', { exact: true }).first().click();
    await page.getByRole('button', { name: 'Book someone' }).click();
    const dialog = page.getByRole('dialog', { name: 'New booking' });
    await expect.poll(() => dialog.getByLabel('Campaign').inputValue()).toBe(String(ids.campaign));
    await dialog.getByLabel('Person').selectOption({ label: 'Jonas Weber' });
    await dialog.getByLabel('From').fill('2030-02-04');
    await dialog.getByLabel('To').fill('2030-02-15');
    // A total instead of hours a day: 40 h over his ten working days is 4 h a day.
    await dialog.getByRole('button', { name: 'Total' }).click();
    await dialog.getByLabel('Total hours').fill('40');
    await expect.poll(() => dialog.locator('.bk-summary').textContent()).toMatch(/^10 working days · 40 h · 4 h a day/);
    await dialog.getByLabel('Total hours').press('Enter');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    const card = page.locator('section.card', { has: page.getByRole('heading', { name: 'Bookings' }) });
    await expect.poll(() => card.locator('tbody tr').count()).toBe(1);
    expect(await card.locator('tbody tr').textContent()).toContain('Jonas Weber');
    expect(await app.bridge.call('bookings:list', { talentIds: [ids.jonas] })).toMatchObject([{ hoursPerDay: 4, totalHours: 40 }]);

    // Edit: half of his capacity (7.5 h a day) instead.
    await card.getByRole('button', { name: /^Edit Jonas Weber/ }).click();
    const edit = page.getByRole('dialog', { name: 'Edit booking' });
    await edit.getByRole('button', { name: '% of capacity' }).click();
    await edit.getByLabel('Share of capacity (%)').fill('50');
    await expect.poll(() => edit.locator('.bk-summary').textContent()).toMatch(/^10 working days · 37.5 h · 3.75 h a day · 50% of their 75 h capacity/);
    await app.screenshot('booking-editor-campaign-page');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(async () => (await app!.bridge.call('bookings:list', { talentIds: [ids.jonas] }))[0].totalHours).toBe(37.5);
    app.errors.assertNone();
  });

  it('shows a long campaign and client, its demand lines and each day’s reason, without cutting them off', async () => {
    app = await startApp({ now: TODAY });
    const { page } = app;
    const ids = await seed(app);
    const site = await app.bridge.call('campaigns:create', { name: 'Website Redesign', client: 'Solace Skincare', status: 'confirmed', start: '2029-11-01', end: '2030-06-30', colour: '#7048e8' });
    const motion = await app.bridge.call('roles:create', { name: 'Motion Designer', colour: '#f76707' });
    await app.bridge.call('demandLines:create', { campaignId: site.id, roleId: motion.id, hours: 133.5, start: '2029-11-24', end: '2030-03-05' });
    await app.bridge.call('talent:update', { id: ids.ada, activeFrom: '2030-02-04' });
    const dialog = await newBookingByKeys(page);
    await dialog.getByLabel('Person').selectOption({ label: 'Ada Lovelace' });
    await dialog.getByLabel('Campaign').selectOption({ label: 'Website Redesign — Solace Skincare' });
    // Its text, in the select's own font, fits inside it (less its padding and arrow).
    const fit = await selectTextFit(dialog.getByLabel('Campaign'));
    expect(fit.widest, fit.text).toBeLessThanOrEqual(fit.room);
    // So do its demand lines, a long role over New Year with its open hours.
    await expect.poll(() => dialog.getByLabel('Demand line').locator('option').count()).toBe(2);
    const line = await selectTextFit(dialog.getByLabel('Demand line'));
    expect(line.text).toMatch(/^Motion Designer · .*2029.*2030 · 133\.5 h open$/);
    expect(line.widest, line.text).toBeLessThanOrEqual(line.room);
    // Days before her contract: each reason stays on one line beside its date.
    await dialog.getByLabel('From').fill('2030-01-28');
    await dialog.getByLabel('To').fill('2030-01-29');
    const day = dialog.getByRole('alert').locator('li').first();
    await expect.poll(() => day.textContent()).toMatch(/before the contract starts/);
    const heights = await day.evaluate((li) => [...li.children].map((c) => (c as HTMLElement).getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(Math.min(...heights) * 1.5);
    await app.screenshot('booking-editor-long-names');
    app.errors.assertNone();
  });

  it('a part-timer over a week with a public holiday: the editor, Who’s free? and capacity:grid give the same hours', async () => {
    app = await startApp({ now: TODAY });
    const { page } = app;
    const ids = await seed(app);
    // Easter Monday, 22 April 2030, is a public holiday in England; Ada works 7.5, 7.5, 7.5, 5 h Monday to Thursday.
    const week = { start: '2030-04-22', end: '2030-04-28' };
    const grid = await app.bridge.call('capacity:grid', { range: week, bucket: 'week', filter: { ids: [ids.ada] } });
    expect(grid.capacity).toEqual([20]);
    const dialog = await newBookingByKeys(page);
    await dialog.getByLabel('Person').selectOption({ label: 'Ada Lovelace' });
    await dialog.getByLabel('From').fill(week.start);
    await dialog.getByLabel('To', { exact: true }).fill(week.end);
    await dialog.getByRole('button', { name: '% of capacity' }).click();
    await dialog.getByLabel('Share of capacity (%)').fill('50');
    await expect.poll(() => dialog.locator('.bk-summary').textContent()).toBe('3 working days · 10 h · 3.33 h a day · 50% of their 20 h capacity');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.keyboard.press('Control+k');
    const free = page.getByRole('dialog', { name: 'Who’s free?' }).or(page.getByRole('dialog', { name: "Who's free?" }));
    await free.locator('input[type=date]').first().fill(week.start);
    await free.locator('input[type=date]').nth(1).fill(week.end);
    const row = free.locator('li', { hasText: 'Ada Lovelace' });
    await expect.poll(() => row.locator('.ft-of').textContent()).toMatch(/^of 20 h/);
    app.errors.assertNone();
  });
});
