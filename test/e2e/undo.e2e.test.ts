import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// One undo: a toast's Undo undoes exactly the step it names. Two edits of the same person carry
// the same label ("Edit Ada Lovelace"); with both toasts on screen, the older one's Undo is
// disabled and says why, and the newer one's undoes only the second edit.
const PERSON = 'Ada Lovelace';
const LATER = 'A later change was made; use Undo in the toolbar.';

async function editPerson(page: Page, edit: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> {
  await page.getByRole('row').filter({ hasText: PERSON }).click();
  const dialog = page.getByRole('dialog');
  await edit(dialog);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(0);
}

describe('toast undo', () => {
  let app: App | undefined;

  it("undoes exactly the newer toast's step; the older toast's Undo is disabled, saying why", async () => {
    let adaId = 0;
    app = await startApp({
      now: '2030-01-15',
      prepare: async (bridge) => {
        await bridge.call('workspace:startEmpty');
        const role = await bridge.call('roles:create', { name: 'Motion designer' });
        const ada = await bridge.call('talent:create', {
          kind: 'staff', name: PERSON, primaryRoleId: role.id, team: 'Studio', currency: 'GBP', costRate: 40, costRateUnit: 'hour',
          patterns: [{ effectiveFrom: '2029-01-01', hours: [7.5, 7.5, 7.5, 7.5, 4, 0, 0] }],
        });
        adaId = ada.id;
        await bridge.call('talent:create', { kind: 'freelancer', name: 'Lena Vogel', primaryRoleId: role.id, currency: 'EUR', costRate: 520, costRateUnit: 'day' });
      },
    });
    const { page, bridge } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^People/ }).click();
    const row = page.getByRole('row').filter({ hasText: PERSON });
    await expect.poll(() => row.count()).toBe(1);

    // First change: the team. The list shows it once main's change announcement refreshes it.
    await editPerson(page, (dialog) => dialog.getByLabel('Team').fill('Motion'));
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('Motion');
    // Second change, same label: the cost rate.
    await editPerson(page, (dialog) => dialog.getByLabel('Cost rate per hour').fill('55'));

    const toasts = page.locator('.toasts .toast');
    await expect.poll(() => toasts.count()).toBe(2);
    const [older, newer] = [toasts.nth(0), toasts.nth(1)];
    expect(await older.textContent()).toContain(`${PERSON} saved`);
    expect(await newer.textContent()).toContain(`${PERSON} saved`);
    await expect.poll(() => older.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    expect(await older.getByText(LATER).isVisible()).toBe(true);
    expect(await newer.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);
    expect(await page.getByRole('group', { name: 'Edit' }).textContent()).toContain(`Undo Edit ${PERSON}`);
    await app.screenshot('undo-1-two-toasts');

    await newer.getByRole('button', { name: 'Undo' }).click();
    // Exactly the second edit is undone: the rate is back, the team stays.
    await expect.poll(async () => (await bridge.call('talent:get', { id: adaId })).costRate, { timeout: 10_000 }).toBe(40);
    expect((await bridge.call('talent:get', { id: adaId })).team).toBe('Motion');
    await expect.poll(() => page.getByText(`Undone: Edit ${PERSON}`).count()).toBe(1);
    // The first edit is now the last step: its toast's Undo names it and works again.
    await expect.poll(() => older.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);
    // The list follows the undo through main's announcement, without a reload.
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toMatch(/40/);
    await app.screenshot('undo-2-newer-undone');
    app.errors.assertNone();
  });

  it("another planner's change shows in the open list without a reload, and disables the toast's Undo", async () => {
    const ids = { ada: 0, lena: 0 };
    app = await startApp({
      now: '2030-01-15',
      prepare: async (bridge) => {
        await bridge.call('workspace:startEmpty');
        const role = await bridge.call('roles:create', { name: 'Editor' });
        ids.ada = (await bridge.call('talent:create', { kind: 'staff', name: PERSON, primaryRoleId: role.id, currency: 'GBP', costRate: 40 })).id;
        ids.lena = (await bridge.call('talent:create', { kind: 'freelancer', name: 'Lena Vogel', primaryRoleId: role.id, currency: 'EUR', costRate: 520, costRateUnit: 'day' })).id;
      },
    });
    const { page, bridge } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^People/ }).click();
    await editPerson(page, (dialog) => dialog.getByLabel('Team').fill('Post'));
    const toast = page.locator('.toasts .toast').filter({ hasText: `${PERSON} saved` });
    await expect.poll(() => toast.getByRole('button', { name: 'Undo' }).isEnabled()).toBe(true);
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));

    // Another planner renames Lena: announced from source 'peer', the open list follows.
    await bridge.call('talent:update', { id: ids.lena, name: 'Lena Vogel-Brandt' });
    await expect.poll(() => page.getByRole('row').filter({ hasText: 'Lena Vogel-Brandt' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => toast.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    expect(await toast.getByText(LATER).isVisible()).toBe(true);
    expect(navigations).toEqual([]);
    await app.screenshot('undo-3-peer-change');
    app.errors.assertNone();
  });

  it("an open person's time off follows their own changes and another planner's; the later change disables the toast's Undo", async () => {
    let adaId = 0;
    app = await startApp({
      now: '2030-01-15',
      prepare: async (bridge) => {
        await bridge.call('workspace:startEmpty');
        const role = await bridge.call('roles:create', { name: 'Producer' });
        adaId = (await bridge.call('talent:create', { kind: 'staff', name: PERSON, primaryRoleId: role.id, holidayCountry: 'GB', holidayRegion: 'ENG' })).id;
        await bridge.call('timeOff:create', { talentId: adaId, start: '2030-03-02', end: '2030-03-03', hoursPerDay: 3.5, type: 'other', note: 'Dentist' });
      },
    });
    const { page, bridge } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^People/ }).click();
    await page.getByRole('row').filter({ hasText: PERSON }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('tab', { name: 'Time off' }).click();
    const entries = dialog.locator('.period-list .period');
    await expect.poll(() => entries.count()).toBe(1);

    await dialog.getByRole('button', { name: 'Add time off' }).first().click();
    await dialog.getByLabel('First day').fill('2030-02-04');
    await dialog.getByLabel('Last day').fill('2030-02-08');
    await dialog.getByRole('button', { name: 'Add time off' }).last().click();
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBe(2);

    // Another planner removes the dentist's afternoon: the open panel follows, no reload.
    const [dentist] = (await bridge.call('timeOff:list', { talentIds: [adaId] })).filter((t) => t.note === 'Dentist');
    await bridge.call('timeOff:delete', { id: dentist.id });
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBe(1);
    expect(await entries.first().textContent()).toContain('Vacation');
    const toast = page.locator('.toasts .toast').filter({ hasText: `Time off added for ${PERSON}` });
    await expect.poll(() => toast.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    await app.screenshot('undo-4-time-off-followed');
    app.errors.assertNone();
  });
});
