import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// The foundation, end to end: the built renderer in Chromium, the real handler table and a real
// workspace file behind the loopback bridge. A person added through the UI survives a reload and
// a restart of the app on the same file.
const dir = mkdtempSync(join(tmpdir(), 'cp-foundation-'));
const workspace = join(dir, 'studio.db');
const PERSON = 'Ada Lovelace';
const ROLE = 'Designer';

async function openPeople(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^People/ }).click();
}

async function addPerson(page: Page, name: string, role: string): Promise<void> {
  await page.getByRole('button', { name: /^(new|add) person/i }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/^name/i).fill(name);
  await dialog.getByLabel(/^(primary )?role/i).selectOption({ label: role });
  await dialog.getByRole('button', { name: /^(save|create|add)( person)?$/i }).click();
  await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(0);
}

describe('foundation', () => {
  let app: App | undefined;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('adds a person through the UI, and finds them after a reload', async () => {
    app = await startApp({
      workspace,
      now: '2030-01-15',
      // The person form needs a role to choose; roles are managed elsewhere in the app.
      prepare: (bridge) => bridge.call('roles:create', { name: ROLE }),
    });
    const { page } = app;

    await page.getByRole('button', { name: /start empty/i }).click();
    await openPeople(page);
    await app.screenshot('foundation-1-people-empty');

    await addPerson(page, PERSON, ROLE);
    await expect.poll(() => page.getByText(PERSON, { exact: true }).count()).toBeGreaterThan(0);
    await app.screenshot('foundation-2-person-added');

    const stored = await app.bridge.call('talent:list', {});
    expect(stored.map((t) => t.name)).toEqual([PERSON]);

    await page.reload({ waitUntil: 'load' });
    await openPeople(page);
    await expect.poll(() => page.getByText(PERSON, { exact: true }).count()).toBeGreaterThan(0);
    await app.screenshot('foundation-3-after-reload');
    app.errors.assertNone();
  });

  it('finds the person again after restarting on the same workspace file', async () => {
    app = await startApp({ workspace, now: '2030-01-15' });
    const { page } = app;
    await openPeople(page);
    await expect.poll(() => page.getByText(PERSON, { exact: true }).count()).toBeGreaterThan(0);
    await app.screenshot('foundation-4-after-restart');
    app.errors.assertNone();
  });
});
