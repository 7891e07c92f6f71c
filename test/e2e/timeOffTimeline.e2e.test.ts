import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { TimeOff } from '@shared/domain';
import { startApp, type App } from './harness';
import { dayCell } from './support/calendar';
import { drag, pointIn, type Point } from './support/mouse';
import { installShadeProbe, shadeAt } from './support/scheduleShade';

// Time off where planners work, end to end. On the Schedule: Alt-drag over a person's empty days
// draws time off (the dialog opens with the person and days), the bar shows and the day shading
// drops to no capacity (a booked day turns over-allocated); Ctrl+Z takes it back. A right-click on
// an empty day adds time off too; the bar is dragged two days later, and Delete removes it. On the
// Calendar: with "Time off" chosen, selecting days adds it; dragged onto booked days it marks them
// over-allocated at once; Enter opens it and it is deleted from its dialog, or by the Delete key. Each step is checked in the stored rows. The page's clock is Tuesday 15 January 2030.

const TODAY = '2030-01-15';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

interface Seeded {
  ada: number;
  grace: number;
}

async function seed(app: App): Promise<Seeded> {
  const call = app.bridge.call;
  await call('workspace:startEmpty', {});
  const role = await call('roles:create', { name: 'Designer', colour: '#7048e8' });
  const ada = await call('talent:create', {
    kind: 'staff', name: 'Ada Lovelace', primaryRoleId: role.id, team: 'Studio', holidayCountry: 'GB', holidayRegion: 'ENG',
    patterns: [{ effectiveFrom: '2029-01-01', hours: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0] }],
  });
  // A part-timer (no Fridays) with a note on her sick day, so the rows read like a real studio's.
  const grace = await call('talent:create', {
    kind: 'freelancer', name: 'Grace Hopper', primaryRoleId: role.id, currency: 'EUR',
    patterns: [{ effectiveFrom: '2029-01-01', hours: [6, 6, 6, 6, 0, 0, 0] }],
  });
  await call('timeOff:create', { talentId: grace.id, start: '2030-01-17', end: '2030-01-17', type: 'sick', hoursPerDay: 3, note: 'Dentist' });
  const campaign = await call('campaigns:create', { name: 'Spring Launch', client: 'Acme', status: 'confirmed', start: '2030-01-01', end: '2030-03-31', colour: '#0c8599' });
  await call('bookings:create', { talentId: ada.id, campaignId: campaign.id, start: '2030-01-23', end: '2030-01-25', hoursPerDay: 4, status: 'confirmed' });
  await call('closures:create', { date: '2030-01-02', name: 'New Year break' });
  return { ada: ada.id, grace: grace.id };
}

const timeOffOf = (app: App, talentId: number): Promise<TimeOff[]> => app.bridge.call('timeOff:list', { talentIds: [talentId] });
const offBars = (page: Page, talentId: number) => page.locator(`.sch-off[data-talent-id="${talentId}"]`);

/** A point in a person's row on a day, from the date header's column. */
async function dayPoint(page: Page, talentId: number, iso: string, yFraction = 0.5): Promise<Point> {
  const col = await page.locator(`.sch-h-cell[data-day="${iso}"]`).boundingBox();
  const r = await page.locator(`.sch-row[data-talent-id="${talentId}"]`).boundingBox();
  if (!col || !r) throw new Error(`day ${iso} or row ${talentId} not visible`);
  return { x: col.x + col.width / 2, y: r.y + r.height * yFraction };
}

async function open(app: App, view: 'Schedule' | 'Calendar'): Promise<void> {
  await app.page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${view}`) }).click();
}

describe('time off on the timeline', () => {
  let app: App | undefined;

  it('is drawn on the Schedule with Alt-drag and undone; added from the menu, dragged and deleted there', async () => {
    app = await startApp({ rendererDir, now: TODAY, viewport: { width: 1600, height: 900 } });
    const { page } = app;
    const ids = await seed(app);
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'load' });
    await open(app, 'Schedule');
    await page.waitForSelector('.sch-row', { timeout: 60_000 });
    await installShadeProbe(page);
    await expect.poll(() => offBars(page, ids.grace).count()).toBe(1);
    await expect.poll(() => shadeAt(page, ids.ada, '2030-01-23').then((s) => s?.level)).toBe('free');
    expect((await shadeAt(page, ids.ada, '2030-01-21'))?.bg).toBeNull();

    // 1. Alt-drag Monday 21 to Wednesday 23 on Ada's row: the time-off dialog, filled in.
    await page.keyboard.down('Alt');
    await drag(page, await dayPoint(page, ids.ada, '2030-01-21'), await dayPoint(page, ids.ada, '2030-01-23'));
    await page.keyboard.up('Alt');
    const dialog = page.getByRole('dialog', { name: 'Add time off' });
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await page.getByRole('dialog', { name: 'New booking' }).count()).toBe(0);
    expect(await dialog.getByLabel('Person').inputValue()).toBe(String(ids.ada));
    expect(await dialog.getByLabel('First day').inputValue()).toBe('2030-01-21');
    expect(await dialog.getByLabel('Last day').inputValue()).toBe('2030-01-23');
    await dialog.getByLabel('Type').selectOption({ label: 'Sick leave' });
    await dialog.getByLabel('Note').fill('Flu');
    await app.screenshot('timeoff-1-schedule-dialog');
    await dialog.getByRole('button', { name: 'Add time off' }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // The bar shows, named for screen readers; her capacity on those days is gone, and the booked Wednesday is over-allocated.
    expect(await timeOffOf(app, ids.ada)).toMatchObject([{ start: '2030-01-21', end: '2030-01-23', type: 'sick', hoursPerDay: null, note: 'Flu' }]);
    await expect.poll(() => offBars(page, ids.ada).count()).toBe(1);
    expect(await offBars(page, ids.ada).getAttribute('aria-label')).toMatch(/^Sick leave: Ada Lovelace · \D*21\D*23\D* · Flu$/);
    await expect.poll(() => shadeAt(page, ids.ada, '2030-01-21').then((s) => s?.bg)).toBe('off');
    await expect.poll(() => shadeAt(page, ids.ada, '2030-01-23').then((s) => s?.level)).toBe('over');
    expect((await shadeAt(page, ids.ada, '2030-01-24'))?.level).toBe('free');
    // Said where the Schedule's booking writes are said (its banner), not in a toast.
    await expect.poll(() => page.locator('.sch-banner').filter({ hasText: 'Time off added for Ada Lovelace' }).count()).toBe(1);
    expect(await page.locator('.toasts .toast').filter({ hasText: /Time off (added|moved|changed|removed) for/ }).count()).toBe(0);
    await app.screenshot('timeoff-2-schedule-drawn');

    // 2. Ctrl+Z takes it back: the bar goes, the shading comes back.
    await page.locator('.sch-scroll').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await timeOffOf(app!, ids.ada)).length).toBe(0);
    await expect.poll(() => offBars(page, ids.ada).count()).toBe(0);
    await expect.poll(() => shadeAt(page, ids.ada, '2030-01-23').then((s) => s?.level)).toBe('free');
    await expect.poll(() => shadeAt(page, ids.ada, '2030-01-21').then((s) => s?.bg)).toBeNull();

    // 3. Right-click Monday 28 on Ada's row: "New booking…" opens the booking editor for her that day;
    // "Add time off…" the time-off dialog.
    const monday = await dayPoint(page, ids.ada, '2030-01-28');
    await page.mouse.click(monday.x, monday.y, { button: 'right' });
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitem', { name: 'New booking…' }).click();
    const booking = page.getByRole('dialog', { name: 'New booking' });
    await expect.poll(() => booking.count()).toBe(1);
    expect(await booking.getByLabel('Person').inputValue()).toBe(String(ids.ada));
    expect([await booking.getByLabel('From').inputValue(), await booking.getByLabel('To').inputValue()]).toEqual(['2030-01-28', '2030-01-28']);
    await booking.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => booking.count()).toBe(0);
    await page.mouse.click(monday.x, monday.y, { button: 'right' });
    await expect.poll(() => menu.getByRole('menuitem').allTextContents()).toEqual(['New booking…', 'Add time off…']);
    await app.screenshot('timeoff-3-schedule-menu');
    await menu.getByRole('menuitem', { name: 'Add time off…' }).click();
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByLabel('Last day').fill('2030-01-29');
    await dialog.getByRole('button', { name: 'Add time off' }).click();
    await expect.poll(async () => (await timeOffOf(app!, ids.ada)).map((t) => `${t.start}..${t.end} ${t.type}`)).toEqual(['2030-01-28..2030-01-29 vacation']);
    await expect.poll(() => offBars(page, ids.ada).count()).toBe(1);

    // 4. Drag it by its middle two days later (Wednesday 30 to Thursday 31): one step, undone and redone whole.
    const days = async () => (await timeOffOf(app!, ids.ada)).map((t) => `${t.start}..${t.end}`);
    await drag(page, await dayPoint(page, ids.ada, '2030-01-28', 0.85), await dayPoint(page, ids.ada, '2030-01-30', 0.85));
    await expect.poll(days).toEqual(['2030-01-30..2030-01-31']);
    expect((await app.bridge.call('history:state', undefined)).undo).toBe('Change time off for Ada Lovelace');
    await page.keyboard.press('Control+z');
    await expect.poll(days).toEqual(['2030-01-28..2030-01-29']);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(days).toEqual(['2030-01-30..2030-01-31']);
    await expect.poll(() => offBars(page, ids.ada).getAttribute('data-start')).toBe('2030-01-30');
    await expect.poll(() => shadeAt(page, ids.ada, '2030-01-28').then((s) => s?.bg)).toBeNull();
    await expect.poll(() => shadeAt(page, ids.ada, '2030-01-31').then((s) => s?.bg)).toBe('off');

    // 5. Stretch its end by a day, then select it and press Delete.
    const bar = await offBars(page, ids.ada).boundingBox();
    if (!bar) throw new Error('no bar');
    const endGrip = { x: bar.x + bar.width - 3, y: bar.y + bar.height * 0.85 };
    await drag(page, endGrip, { x: endGrip.x + (await dayWidth(page)), y: endGrip.y });
    await expect.poll(async () => (await timeOffOf(app!, ids.ada)).map((t) => `${t.start}..${t.end}`)).toEqual(['2030-01-30..2030-02-01']);
    await page.mouse.click(bar.x + 10, bar.y + bar.height * 0.85);
    await expect.poll(() => offBars(page, ids.ada).getAttribute('aria-pressed')).toBe('true');
    await app.screenshot('timeoff-4-schedule-selected');
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await timeOffOf(app!, ids.ada)).length).toBe(0);
    await expect.poll(() => offBars(page, ids.ada).count()).toBe(0);
    app.errors.assertNone();
  });

  it('is reached on the Schedule by arrow keys, opened, moved a day, deleted and undone from the keyboard', async () => {
    app = await startApp({ rendererDir, now: TODAY, viewport: { width: 1600, height: 900 } });
    const { page } = app;
    const ids = await seed(app);
    // Ada's two days of training just before her Spring Launch booking (Wednesday 23 to Friday 25).
    const training = await app.bridge.call('timeOff:create', { talentId: ids.ada, start: '2030-01-21', end: '2030-01-22', type: 'other', hoursPerDay: null, note: 'Houdini course' });
    // And sick from Thursday 24 to Monday 28, under the booking's last two days.
    const sick = await app.bridge.call('timeOff:create', { talentId: ids.ada, start: '2030-01-24', end: '2030-01-28', type: 'sick', hoursPerDay: null, note: '' });
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'load' });
    await open(app, 'Schedule');
    await page.waitForSelector('.sch-row', { timeout: 60_000 });
    await expect.poll(() => offBars(page, ids.ada).count()).toBe(2);
    const trainingBar = page.locator(`.sch-off[data-time-off-id="${training.id}"]`);
    const grid = page.locator('.sch-scroll');
    const active = () => grid.getAttribute('aria-activedescendant');
    const activeName = async () => page.locator(`#${await active()}`).getAttribute('aria-label');
    const days = async () => (await timeOffOf(app!, ids.ada)).filter((t) => t.id === training.id).map((t) => `${t.start}..${t.end}`);

    // Select her booking with a click, then ← reaches the time off before it, named for a screen reader.
    await page.locator(`.sch-bar[data-talent-id="${ids.ada}"]`).click();
    await grid.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(active).toBe(`sch-o-${training.id}`);
    expect(await activeName()).toMatch(/^Other: Ada Lovelace · \D*21\D*22\D* · Houdini course$/);
    expect(await trainingBar.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.sch-bar.selected').count()).toBe(0);
    // → goes back to the booking; ↑/↓ reach Grace's sick day (the nearest bar in her row).
    await page.keyboard.press('ArrowRight');
    await expect.poll(active).toMatch(/^sch-b-/);
    const adaRow = await page.locator(`.sch-row[data-talent-id="${ids.ada}"]`).boundingBox();
    const graceRow = await page.locator(`.sch-row[data-talent-id="${ids.grace}"]`).boundingBox();
    const toGrace = (graceRow?.y ?? 0) > (adaRow?.y ?? 0) ? 'ArrowDown' : 'ArrowUp';
    await page.keyboard.press(toGrace);
    await expect.poll(activeName).toMatch(/^Sick leave: Grace Hopper/);
    await page.keyboard.press(toGrace === 'ArrowDown' ? 'ArrowUp' : 'ArrowDown');
    await expect.poll(active).toBe(`sch-o-${training.id}`);
    await app.screenshot('timeoff-8-schedule-keyboard');

    // The sick leave's label sits on its days the booking doesn't cover, whole.
    const sickLabel = await page.locator(`.sch-off[data-time-off-id="${sick.id}"] span`).evaluate((el) => ({ text: el.textContent, cut: el.scrollWidth > el.clientWidth + 1, left: el.getBoundingClientRect().left }));
    const booked = (await page.locator(`.sch-bar[data-talent-id="${ids.ada}"]`).boundingBox())!;
    expect(sickLabel).toMatchObject({ text: 'Sick leave', cut: false });
    expect(sickLabel.left).toBeGreaterThanOrEqual(booked.x + booked.width - 1);

    // Enter opens it in the time-off editor.
    await page.keyboard.press('Enter');
    const edit = page.getByRole('dialog', { name: 'Edit time off' });
    await expect.poll(() => edit.count()).toBe(1);
    expect(await edit.getByLabel('Note').inputValue()).toBe('Houdini course');
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => edit.count()).toBe(0);

    // Alt+← moves it a day earlier (one step, said in the Schedule's banner); Delete removes it; Ctrl+Z brings it back.
    await grid.focus();
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(days).toEqual(['2030-01-20..2030-01-21']);
    await expect.poll(() => trainingBar.getAttribute('data-start')).toBe('2030-01-20');
    expect((await app.bridge.call('history:state', undefined)).undo).toBe('Change time off for Ada Lovelace');
    await expect.poll(() => page.locator('.sch-banner[role="status"]').textContent()).toMatch(/^Time off moved for Ada Lovelace: Other, \D*20\D*21/);
    await page.keyboard.press('Delete');
    await expect.poll(days).toEqual([]);
    await expect.poll(() => page.locator('.sch-banner[role="status"]').textContent()).toMatch(/^Time off removed for Ada Lovelace/);
    await expect.poll(() => trainingBar.count()).toBe(0);
    // The banner's Undo takes back exactly that step.
    await page.locator('.sch-banner').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(days).toEqual(['2030-01-20..2030-01-21']);
    await expect.poll(() => trainingBar.count()).toBe(1);
    expect(await page.locator('.toasts .toast').filter({ hasText: /Time off (added|moved|changed|removed) for/ }).count()).toBe(0);
    app.errors.assertNone();
  });

  it('is added from the Calendar by selecting days, moved by dragging, and deleted', async () => {
    app = await startApp({ rendererDir, now: TODAY });
    const { page } = app;
    const ids = await seed(app);
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });
    await open(app, 'Calendar');
    await expect.poll(() => page.locator('.fc-daygrid-event.cp-booking').count(), { timeout: 15_000 }).toBe(1);
    // Everyone's time off shows (a small studio): Grace's sick morning.
    await expect.poll(() => page.locator('.fc-daygrid-event.cp-time-off').count()).toBe(1);

    // Choose "Time off", then select Monday 28 to Wednesday 30.
    await page.getByRole('group', { name: 'Select days to add' }).getByRole('button', { name: 'Time off' }).click();
    await drag(page, await pointIn(dayCell(page, '2030-01-28')), await pointIn(dayCell(page, '2030-01-30')));
    const dialog = page.getByRole('dialog', { name: 'Add time off' });
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.getByLabel('First day').inputValue()).toBe('2030-01-28');
    expect(await dialog.getByLabel('Last day').inputValue()).toBe('2030-01-30');
    // No one chosen yet: saving asks for a person and writes nothing.
    await dialog.getByRole('button', { name: 'Add time off' }).click();
    await expect.poll(() => dialog.getByRole('alert').allTextContents()).toEqual(['Choose a person']);
    expect(await timeOffOf(app, ids.ada)).toEqual([]);
    await dialog.getByLabel('Person').selectOption({ label: 'Ada Lovelace' });
    await dialog.getByRole('button', { name: 'Some hours a day' }).click();
    await dialog.getByLabel('Hours off a day').fill('4,5');
    await app.screenshot('timeoff-5-calendar-dialog');
    await dialog.getByRole('button', { name: 'Add time off' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await timeOffOf(app, ids.ada)).toMatchObject([{ start: '2030-01-28', end: '2030-01-30', type: 'vacation', hoursPerDay: 4.5 }]);
    const adaOff = page.locator('.fc-daygrid-event.cp-time-off', { hasText: 'Ada Lovelace' });
    await expect.poll(() => adaOff.first().getAttribute('data-range')).toBe('2030-01-28..2030-01-30');
    expect(await adaOff.first().getAttribute('aria-label')).toContain('Time off: Ada Lovelace — vacation (4.5 h/d)');
    await app.screenshot('timeoff-6-calendar-added');

    const over = (iso: string) => dayCell(page, iso).locator('.cp-over-marker').count();
    expect(await over('2030-01-24')).toBe(0);

    // Drag it from Monday 28 back to Thursday 24, onto her 4 h a day of Spring Launch: one step.
    // She has 3 h left on Thursday and Friday, so both days are marked over-allocated at once.
    await drag(page, await pointIn(adaOff.first(), 0.5, 0.2), await pointIn(dayCell(page, '2030-01-24'), 0.5, 0.2));
    await expect.poll(async () => (await timeOffOf(app!, ids.ada)).map((t) => `${t.start}..${t.end}`)).toEqual(['2030-01-24..2030-01-26']);
    expect((await app.bridge.call('history:state', undefined)).undo).toBe('Change time off for Ada Lovelace');
    await expect.poll(() => adaOff.first().getAttribute('data-range')).toBe('2030-01-24..2030-01-26');
    await expect.poll(() => over('2030-01-24')).toBe(1);
    expect(await over('2030-01-25')).toBe(1);
    expect(await over('2030-01-23')).toBe(0);
    await app.screenshot('timeoff-7-calendar-moved');

    // Enter on it (it is reached by Tab) opens the dialog that edits it; Delete there removes it.
    await adaOff.first().focus();
    await page.keyboard.press('Enter');
    const edit = page.getByRole('dialog', { name: 'Edit time off' });
    await expect.poll(() => edit.count()).toBe(1);
    expect(await edit.getByLabel('Person').inputValue()).toBe(String(ids.ada));
    await edit.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(async () => (await timeOffOf(app!, ids.ada)).length).toBe(0);
    await expect.poll(() => adaOff.count()).toBe(0);
    await expect.poll(() => page.locator('.toasts .toast').filter({ hasText: 'Time off removed for Ada Lovelace' }).count()).toBe(1);
    await expect.poll(() => over('2030-01-24')).toBe(0);

    // Undo brings it back; the Delete key on the bar removes it again, as one more step.
    await page.locator('.fc-toolbar-title').click();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await timeOffOf(app!, ids.ada)).length).toBe(1);
    await expect.poll(() => adaOff.count()).toBe(1);
    await adaOff.first().focus();
    await page.keyboard.press('Delete');
    await expect.poll(async () => (await timeOffOf(app!, ids.ada)).length).toBe(0);
    await expect.poll(() => adaOff.count()).toBe(0);
    app.errors.assertNone();
  });
});

async function dayWidth(page: Page): Promise<number> {
  const box = await page.locator('.sch-h-cell[data-day="2030-01-30"]').boundingBox();
  if (!box) throw new Error('no day column');
  return box.width;
}
