import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// Dialogs don't lose work: Escape on a dialog with changes asks first, from the keyboard alone;
// a new person's primary role starts empty and saving without one says so on the field.

const TODAY = '2030-01-15';

async function openPeople(app: App): Promise<Page> {
  const { page } = app;
  const call = app.bridge.call;
  await call('workspace:startEmpty', {});
  await call('roles:create', { name: 'Art Director' });
  await call('roles:create', { name: 'Motion Designer' });
  await page.reload({ waitUntil: 'networkidle' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^People/ }).click();
  return page;
}

const closed = (dialog: Locator) => expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(0);

describe('dialogs with unsaved changes', () => {
  let app: App | undefined;

  it('Escape on Add person with a name typed asks: Keep editing keeps the text, Discard closes', async () => {
    app = await startApp({ now: TODAY });
    const page = await openPeople(app);
    const opener = page.getByRole('button', { name: /^add person/i }).first();
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'New person' });
    const name = dialog.getByLabel(/^name/i);
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Lena Fischer');

    await page.keyboard.press('Escape');
    const ask = page.getByRole('alertdialog', { name: 'Discard your changes to this new person?' });
    await expect.poll(() => ask.count()).toBe(1);
    // The safe answer has the focus: Enter keeps editing.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep editing');
    await page.waitForTimeout(300); // the question's fade-in
    await app.screenshot('dialogs-1-discard-question');
    await page.keyboard.press('Enter');
    await closed(ask);
    expect(await name.inputValue()).toBe('Lena Fischer');
    expect(await name.evaluate((el) => el === document.activeElement)).toBe(true);

    // Saving without a role says so on the field, and nothing is written.
    await dialog.getByRole('button', { name: 'Add person' }).click();
    const role = dialog.getByLabel('Primary role');
    await expect.poll(() => role.getAttribute('aria-invalid')).toBe('true');
    expect(await role.locator('option:checked').textContent()).toBe('Choose a role…');
    await expect.poll(() => dialog.getByText('Choose a primary role').count()).toBe(1);
    expect(await app.bridge.call('talent:list', {})).toEqual([]);
    await app.screenshot('dialogs-2-role-required');

    // Escape, then Tab to Discard and press it: the dialog closes and focus is back on the opener.
    await name.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => ask.count()).toBe(1);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Discard');
    await page.keyboard.press('Enter');
    await closed(dialog);
    await closed(ask);
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await app.bridge.call('talent:list', {})).toEqual([]);

    // With nothing typed, Escape closes at once.
    await opener.click();
    await expect.poll(() => dialog.count()).toBe(1);
    await page.keyboard.press('Escape');
    await closed(dialog);
    expect(await ask.count()).toBe(0);
    app.errors.assertNone();
  });
});
