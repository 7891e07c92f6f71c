import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildStudio, NOW, type Studio } from '../electron/money/studio';
import { startApp, type App } from './harness';

// Money as a planner sees it: a euro campaign's cost in euros and in pounds, the total of the
// campaigns in pounds, a missing rate as a warning, and a day rate shown per day and per hour.

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: new RegExp(`^${name}`) }).click();

let app: App | null = null;

async function open(): Promise<{ app: App; studio: Studio }> {
  let studio: Studio | null = null;
  app = await startApp({ now: NOW.toISOString().slice(0, 10), prepare: async (bridge) => {
      await bridge.call('workspace:startEmpty', {});
      studio = await buildStudio(bridge);
    },
  });
  return { app, studio: studio! };
}

describe('money in the window', () => {
  it('shows a campaign’s cost in its own currency and the reporting currency, and warns when a rate is missing', async () => {
    const { app, studio } = await open();
    const { page } = app;
    const spring = await app.bridge.call('campaigns:get', { id: studio.spring });
    const list = await app.bridge.call('campaigns:list', {});

    await nav(page, 'Campaigns');
    const row = page.getByRole('row', { name: /Spring Launch/ });
    await expect.poll(() => row.locator('[data-figure="booked-cost"]').textContent()).toBe(
      `€${Math.round(spring.bookedCost).toLocaleString('en-US')}£${Math.round(spring.bookedCostReporting).toLocaleString('en-US')}`,
    );
    const total = list.reduce((s, c) => s + c.bookedCostReporting, 0);
    await expect.poll(() => page.locator('[data-figure="booked-cost-total"]').textContent()).toBe(`£${Math.round(total).toLocaleString('en-US')}`);
    await app.screenshot('money-1-campaign-list');

    await row.click();
    const inGbp = page.locator('[data-figure="booked-cost-reporting"]');
    await expect.poll(() => inGbp.textContent()).toContain(`In GBP£${Math.round(spring.bookedCostReporting).toLocaleString('en-US')}`);
    await expect.poll(() => page.getByText(`€${Math.round(spring.bookedCost).toLocaleString('en-US')}`, { exact: false }).count()).toBeGreaterThan(0);
    await app.screenshot('money-2-campaign-both-currencies');

    // Take the dollar rate away in Currency and rates: the page now says what is left out.
    await nav(page, 'Currency and rates');
    const dialog = page.getByRole('dialog', { name: 'Currency and rates' });
    await dialog.getByRole('button', { name: /^Delete GBP to USD/ }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('No exchange rate from USD to GBP');
    await app.screenshot('money-3-rates-missing');
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'no exchange rate into EUR' }).count()).toBe(1);
    await app.screenshot('money-4-campaign-warning');
    app.errors.assertNone();
  });

  it('adds a rate from the form and shows a day rate per day and per hour in the person form', async () => {
    const { app } = await open();
    const { page } = app;
    await nav(page, 'Currency and rates');
    const dialog = page.getByRole('dialog', { name: 'Currency and rates' });
    const form = dialog.getByRole('form', { name: 'Add an exchange rate' });
    await form.getByLabel('1 unit of').selectOption('CHF');
    await form.getByLabel('is worth').fill('0.88');
    await form.getByLabel('of', { exact: true }).selectOption('GBP');
    await form.getByLabel('from').fill('2026-01-01');
    await form.getByRole('button', { name: 'Add rate' }).click();
    await expect.poll(async () => (await app.bridge.call('money:overview', {})).rates.some((r) => r.fromCurrency === 'CHF' && r.rate === 0.88)).toBe(true);
    await expect.poll(() => dialog.getByText('1 CHF = 0.88 GBP').count()).toBe(1);
    await dialog.getByRole('button', { name: 'Close' }).last().click();

    await nav(page, 'People');
    await page.getByText('Bruno (Berlin, part-time)', { exact: true }).first().click();
    const person = page.getByRole('dialog');
    await expect.poll(() => person.getByLabel('Cost rate unit').inputValue()).toBe('day');
    // Mon–Wed 8 h and Friday 4 h: a typical day of 7 h, so €400 a day is €57.14 an hour.
    await expect.poll(() => person.getByText('€400/day · €57.14/h').count()).toBe(1);
    await app.screenshot('money-5-day-rate');
    app.errors.assertNone();
  });
});
