import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { selectTextFit } from './support/selectFits';

// The Settings view, end to end on the demo studio: a closure added on the Settings screen takes
// that day's capacity away in the Capacity view; a skill renamed and a typo merged into it show on
// people at once; public holidays per region, with one the studio works on.

const TODAY = '2030-01-15';
const RANGE = { start: '2030-01-14', end: '2030-04-07' }; // the Capacity view's first 12 weeks
const NAME_W = 272;
const HEAD_H = 46;
const ROW_H = 40;
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

const nav = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();

/** Opens the cell of the first heatmap row on `day` (Day columns) and returns the capacity its panel shows. */
async function capacityShown(page: Page, day: string): Promise<string> {
  const grid = page.locator('.hm-scroll');
  await expect.poll(() => page.locator('.hm-row .hm-person').count(), { timeout: 20_000 }).toBeGreaterThan(0);
  const box = await grid.boundingBox();
  const colW = Number(await grid.getAttribute('data-col-width'));
  if (!box) throw new Error('heatmap not visible');
  const c = Math.round((Date.parse(day) - Date.parse(RANGE.start)) / 86_400_000);
  await page.mouse.click(box.x + NAME_W + c * colW + colW / 2, box.y + HEAD_H + ROW_H / 2);
  const panel = page.locator('.cp-panel[data-ready="true"]');
  await expect.poll(() => panel.count(), { timeout: 10_000 }).toBe(1);
  expect(await panel.getAttribute('data-start')).toBe(day);
  return (await panel.locator('[data-figure="capacity"]').textContent()) ?? '';
}

describe('settings view', () => {
  let app: App | undefined;

  it('adds a closure on the Settings screen and the Capacity view shows that day at 0', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    // A weekday on which the first person in the heatmap has capacity.
    const first = await bridge.call('capacity:grid', { range: RANGE, bucket: 'day', filter: {}, offset: 0, limit: 1 });
    const c = first.capacity.findIndex((cap, i) => cap > 0 && i >= 7);
    const day = first.buckets[c].start;

    await nav(page, /^Capacity/);
    await page.getByRole('group', { name: 'Bucket' }).getByRole('button', { name: 'Day' }).click();
    const before = await capacityShown(page, day);
    expect(before).toMatch(/^[1-9]/);

    await bridge.call('closures:create', { date: '2029-06-01', endDate: '2029-06-02', name: 'Old away days' });
    await nav(page, /^Settings/);
    await page.getByRole('button', { name: 'Add closure', exact: true }).click();
    const form = page.getByRole('form', { name: 'Add a closure' });
    await form.getByLabel('Name').fill('Studio move');
    await form.getByLabel('First day').fill(day);
    await form.getByRole('button', { name: 'Add closure' }).click();
    const row = page.getByRole('row', { name: /Studio move/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('1 day');
    // Past closures come last, under their own heading.
    const names = await page.locator('.settings-table tbody tr').allTextContents();
    expect(names.at(-2)).toBe('Past');
    expect(names.at(-1)).toMatch(/^Old away days/);
    await app.screenshot('settings-1-closures');

    // A CSV with a bad row writes nothing and says which row and column; a good one adds them all.
    const bad = join(dirname(app.workspacePath), 'closures-bad.csv');
    writeFileSync(bad, 'Start,End,Name,Repeats yearly\n2030-12-24,2030-12-26,Christmas,yes\n2030-08-09,2030-08-05,Summer,no\n');
    bridge.platform.dialogs.open = bad;
    await page.getByRole('button', { name: 'Import from CSV…' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe('Row 3, End: must be on or after the first day. Nothing was imported.');
    await app.screenshot('settings-1b-closures-import-refused');
    const good = join(dirname(app.workspacePath), 'closures.csv');
    writeFileSync(good, 'Start;End;Name;Repeats yearly\n14/06/2030;;Founders’ day;yes\n05/08/2030;09/08/2030;Summer shutdown;\n');
    bridge.platform.dialogs.open = good;
    await page.getByRole('button', { name: 'Import from CSV…' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Summer shutdown/ }).textContent()).toMatch(/5 days.*Once/);
    expect(await page.getByRole('row', { name: /Founders/ }).textContent()).toContain('Every year from 2030');

    await nav(page, /^Capacity/);
    expect(await capacityShown(page, day)).toMatch(/^0/);
    const after = await bridge.call('capacity:grid', { range: { start: day, end: day }, bucket: 'day', filter: {}, offset: 0, limit: 10_000 });
    expect(after.capacity.every((h) => h === 0)).toBe(true);
    app.errors.assertNone();
  });

  it('renames a skill and merges a typo into it: people’s skills follow', async () => {
    app = await startApp({
      rendererDir,
      seed: 'demo',
      now: TODAY,
      prepare: async (bridge) => {
        const typo = await bridge.call('skills:create', { name: 'After Efects' });
        const [role] = await bridge.call('roles:list');
        await bridge.call('talent:create', { kind: 'freelancer', name: 'Zoë Typo', primaryRoleId: role.id, skills: [{ skillId: typo.id, level: 4 }] });
      },
    });
    const { page, bridge } = app;
    await nav(page, /^Settings/);
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: /^Skills/ }).click();

    // Rename "After Effects" to "Adobe After Effects".
    await page.getByRole('button', { name: 'Edit skill After Effects' }).click();
    const form = page.getByRole('form', { name: 'Edit skill After Effects' });
    await form.getByLabel('Name').fill('Adobe After Effects');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'Adobe After Effects', exact: true }).count()).toBe(1);

    // Merge the typo into it.
    await page.getByRole('button', { name: 'Merge skill After Efects' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge “After Efects”' });
    await dialog.getByLabel('Merge into').selectOption({ label: 'Adobe After Effects' });
    await app.screenshot('settings-2-merge-skill');
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'After Efects' }).count()).toBe(0);

    const skills = await bridge.call('skills:list');
    const kept = skills.find((s) => s.name === 'Adobe After Effects')!;
    const zoe = (await bridge.call('talent:list', { text: 'Zoë' }))[0];
    expect(zoe.skills).toEqual([{ skillId: kept.id, level: 4 }]);

    await nav(page, /^People/);
    await page.getByPlaceholder(/Search name/).fill('Zoë');
    const zoeRow = page.getByRole('row', { name: /Zoë Typo/ });
    await expect.poll(() => zoeRow.locator('.chip').first().textContent()).toBe('Adobe After Effects 4');
    await app.screenshot('settings-3-people-follow');
    app.errors.assertNone();
  });

  it('lists public holidays per region in use, and one the studio works on (in a 1024 × 700 window)', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY, viewport: { width: 1024, height: 700 } });
    const { page, bridge } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await nav(page, /^Settings/);
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: /^Public holidays/ }).click();
    const calendars = await bridge.call('holidays:calendars', { year: 2030 });
    expect(calendars.length).toBeGreaterThan(0);
    const card = page.getByRole('region', { name: `Public holidays in ${calendars[0].label}` });
    await expect.poll(() => card.getByRole('row').count(), { timeout: 10_000 }).toBe(calendars[0].holidays.length + 1);
    const holiday = calendars[0].holidays.find((h) => h.source === 'library')!;
    await card.getByRole('button', { name: `Work this day: ${holiday.name}, ${calendars[0].label}` }).click();
    await expect.poll(() => card.getByRole('row', { name: new RegExp(holiday.name) }).textContent()).toContain('Studio works');
    await app.screenshot('settings-4-holidays');
    const after = (await bridge.call('holidays:calendars', { year: 2030 }))[0];
    expect(after.holidays.find((h) => h.date === holiday.date)).toMatchObject({ ignored: true });
    app.errors.assertNone();
  });

  it('edits a role’s target and colour; deleting a role still in use offers a merge instead', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await nav(page, /^Settings/);
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: /^Roles/ }).click();
    const [role] = await bridge.call('roles:list');
    await page.getByRole('button', { name: `Edit role ${role.name}` }).click();
    const form = page.getByRole('form', { name: `Edit role ${role.name}` });
    await form.getByLabel('Utilisation target (%)').fill('72');
    await form.getByRole('radio', { name: 'Pink' }).click();
    await app.screenshot('settings-5-role-edit');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => (await bridge.call('roles:list')).find((r) => r.id === role.id)).toMatchObject({ utilisationTarget: 72, colour: '#e64980' });
    await expect.poll(() => page.getByRole('row', { name: new RegExp(role.name) }).textContent()).toContain('72');

    await page.getByRole('button', { name: `Delete role ${role.name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Delete “${role.name}”?` });
    await expect.poll(() => dialog.textContent()).toMatch(/is the primary role of \d+ people/);
    await app.screenshot('settings-6-role-delete-blocked');
    await dialog.getByRole('button', { name: 'Merge into another role…' }).click();
    await expect.poll(() => page.getByRole('dialog', { name: `Merge “${role.name}”` }).count()).toBe(1);
    app.errors.assertNone();
  });

  it('sets the working week new people get: the Add person form starts with it', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await nav(page, /^Settings/);
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: /^Defaults/ }).click();
    const week = page.getByRole('form', { name: 'Working week for new people' });
    const friday = week.getByRole('textbox').nth(4);
    await friday.fill('4');
    await expect.poll(() => week.textContent()).toContain('34 h a week');
    await week.getByRole('button', { name: 'Save working week' }).click();
    await expect.poll(async () => (await bridge.call('workspace:defaults', {})).week).toEqual([7.5, 7.5, 7.5, 7.5, 4, 0, 0]);
    await page.getByLabel('First day of the week in the Calendar').selectOption({ label: 'Saturday' }); // neither the test browser's locale nor en-GB starts there
    await expect.poll(async () => (await bridge.call('workspace:defaults', {})).firstDayOfWeek).toBe(6);
    // Every choice reads in full, the system's own with its sample date too.
    const fit = await selectTextFit(page.getByLabel('Dates are shown'));
    expect(fit.widest, fit.text).toBeLessThanOrEqual(fit.room);
    await page.getByLabel('Dates are shown').selectOption('ymd');
    await expect.poll(async () => (await bridge.call('workspace:defaults', {})).dateFormat).toBe('ymd');
    await app.screenshot('settings-7-defaults');
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: /^Studio closures/ }).click();
    await expect.poll(() => page.getByRole('row', { name: /Studio away day/ }).textContent()).toContain('2030-03-22');
    await nav(page, /^Calendar/);
    await expect.poll(() => page.locator('.fc-col-header-cell').first().textContent(), { timeout: 20_000 }).toMatch(/^Sat/);

    await nav(page, /^People/);
    await page.getByRole('button', { name: 'Add person' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('tab', { name: 'Working pattern' }).click();
    await expect.poll(() => dialog.locator('.period-what').first().textContent()).toContain('34 h a week');

    // A role and a skill quick-added in the form go again when it is cancelled.
    await dialog.getByRole('tab', { name: 'Profile' }).click();
    await dialog.getByRole('button', { name: 'New role' }).click();
    await dialog.getByLabel('New role').fill('Art Directr');
    await dialog.getByLabel('New role').press('Enter');
    await dialog.getByRole('button', { name: 'New skill' }).click();
    await dialog.getByLabel('New skill').fill('Houdinni');
    await dialog.getByLabel('New skill').press('Enter');
    await expect.poll(async () => (await bridge.call('skills:list')).some((s) => s.name === 'Houdinni')).toBe(true);
    await dialog.locator('.dialog-footer').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(async () => (await bridge.call('roles:list')).some((r) => r.name === 'Art Directr')).toBe(false);
    // The role and the skill are deleted side by side: wait for each.
    await expect.poll(async () => (await bridge.call('skills:list')).some((s) => s.name === 'Houdinni')).toBe(false);
    app.errors.assertNone();
  });

  it('an empty workspace can add its first closure, and says what the other sections need', async () => {
    app = await startApp({ rendererDir, now: TODAY, prepare: (bridge) => bridge.call('workspace:startEmpty', {}) });
    const { page, bridge } = app;
    await nav(page, /^Settings/);
    await expect.poll(() => page.getByRole('heading', { name: 'No closures yet' }).count()).toBe(1);
    await app.screenshot('settings-8-empty');
    await page.getByRole('button', { name: 'Add closure', exact: true }).click();
    const form = page.getByRole('form', { name: 'Add a closure' });
    await form.getByLabel('Name').fill('Christmas');
    await form.getByLabel('First day').fill('2030-12-24');
    await form.getByLabel('Last day').fill('2030-12-26');
    await form.getByLabel('Repeats every year on these days').check();
    await form.getByRole('button', { name: 'Add closure' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Christmas/ }).textContent()).toMatch(/3 days.*Every year from 2030/);
    expect(await bridge.call('closures:list', {})).toMatchObject([{ date: '2030-12-24', endDate: '2030-12-26', repeatsYearly: true }]);
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('button', { name: /^Public holidays/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'No one has a holiday region yet' }).count()).toBe(1);
    app.errors.assertNone();
  });
});
