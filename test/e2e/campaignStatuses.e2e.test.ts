import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// Lost and on-hold campaigns where the user meets them: the campaign form's status list, the
// badge on the page and in the list, the list's status filter, and the open demand they no longer add.

const TODAY = '2026-11-26';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

describe('lost and on-hold campaigns', () => {
  let app: App | undefined;

  it('marks a pitch lost and a campaign on hold in the form, shows them in words, filters them, and drops their open demand', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY });
    const { page, bridge } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    const campaigns = await bridge.call('campaigns:list', {});
    const pitch = campaigns.find((c) => c.status === 'pipeline' && c.openHours > 0)!;
    const live = campaigns.find((c) => c.status === 'confirmed' && c.openHours > 0)!;
    const openBefore = await bridge.call('demandLines:list', { openOnly: true });
    expect(openBefore.some((l) => l.campaignId === pitch.id)).toBe(true);

    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const [c, word] of [[pitch, 'Lost'], [live, 'On hold']] as const) {
      await nav.getByRole('button', { name: /^Campaigns/ }).click();
      await page.getByText(c.name, { exact: true }).first().click();
      // The campaign's page has laid out (its header's buttons stop moving) before Edit is clicked.
      await expect.poll(() => page.getByText('Still open', { exact: true }).count()).toBe(1);
      await page.getByRole('button', { name: 'Edit campaign', exact: true }).click();
      const dialog = page.getByRole('dialog');
      const status = dialog.getByLabel('Status');
      await expect.poll(() => status.count()).toBe(1);
      expect(await status.locator('option').allTextContents()).toEqual(['Pipeline', 'Confirmed', 'In progress', 'On hold', 'Done', 'Lost', 'Cancelled']);
      await status.selectOption({ label: word });
      await dialog.getByRole('button', { name: 'Save changes' }).click();
      await expect.poll(() => dialog.count()).toBe(0);
      await expect.poll(() => page.locator('.badge', { hasText: new RegExp(`^${word}$`) }).count()).toBeGreaterThan(0);
    }
    expect((await bridge.call('campaigns:get', { id: pitch.id })).status).toBe('lost');
    expect((await bridge.call('campaigns:get', { id: live.id })).status).toBe('on_hold');
    const openAfter = await bridge.call('demandLines:list', { openOnly: true });
    expect(openAfter.map((l) => l.campaignId)).not.toContain(pitch.id);
    expect(openAfter.map((l) => l.campaignId)).not.toContain(live.id);

    // The list's status filter: Lost and On hold show just those two.
    await nav.getByRole('button', { name: /^Campaigns/ }).click();
    const chips = page.getByRole('group', { name: 'Status' });
    await chips.getByRole('button', { name: 'Lost', exact: true }).click();
    await chips.getByRole('button', { name: 'On hold', exact: true }).click();
    // The campaigns themselves (the table's body; its foot holds the total in the reporting currency).
    const rows = page.getByRole('table').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).textContent()).toMatch(/Lost|On hold/);
    expect(await rows.nth(1).textContent()).toMatch(/Lost|On hold/);
    await app.screenshot('campaign-statuses-list');
    app.errors.assertNone();
  });
});
