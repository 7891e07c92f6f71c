import { describe, expect, it } from 'vitest';
import { horizonProblem } from '@shared/horizon';
import { startApp, type App } from './harness';
import { dayCell } from './support/calendar';
import { drag, pointIn } from './support/mouse';

// Any planning horizon, where the planner meets it: the Capacity view over a month four years
// beyond the model's first window lists the over-allocation a booking there makes, and a custom
// range longer than the view shows says where it stops instead of moving the date silently.

const TODAY = '2026-11-26';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

async function seed(app: App) {
  const call = app.bridge.call;
  await call('workspace:startEmpty', {});
  const role = await call('roles:create', { name: 'Designer', colour: '#7048e8' });
  const ada = await call('talent:create', {
    kind: 'freelancer', name: 'Ada Lovelace', primaryRoleId: role.id, currency: 'EUR', costRate: 55, holidayCountry: 'GB', holidayRegion: 'ENG',
    patterns: [{ effectiveFrom: '2025-01-01', hours: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0] }],
  });
  await call('talent:create', {
    kind: 'staff', name: 'Ben Okafor', primaryRoleId: role.id, holidayCountry: 'DE', holidayRegion: 'BY',
    patterns: [{ effectiveFrom: '2026-02-01', hours: [8, 8, 8, 4, 0, 0, 0] }],
  });
  const retainer = await call('campaigns:create', { name: 'Long retainer', client: 'Contoso', status: 'confirmed', start: '2029-01-01', end: '2033-12-31' });
  await call('closures:create', { date: '2031-03-05', name: 'Studio offsite' });
  await call('timeOff:create', { talentId: ada.id, start: '2031-03-06', end: '2031-03-06', hoursPerDay: 3.5, type: 'vacation' });
  await call('bookings:create', { allowOverAllocation: true, talentId: ada.id, campaignId: retainer.id, start: '2031-03-03', end: '2031-03-07', hoursPerDay: 6, status: 'confirmed' });
  await call('bookings:create', { allowOverAllocation: true, talentId: ada.id, campaignId: retainer.id, start: '2031-03-04', end: '2031-03-06', hoursPerDay: 4, status: 'tentative' });
}

describe('capacity years ahead', () => {
  let app: App | undefined;

  it('lists an over-allocation in 2031, and says where a too-long custom range stops', async () => {
    app = await startApp({ rendererDir, now: TODAY });
    const { page } = app;
    await seed(app);
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Capacity/ }).click();

    await page.getByRole('group', { name: 'Range' }).getByRole('button', { name: 'Custom' }).click();
    await page.getByLabel('From', { exact: true }).fill('2031-03-01');
    await page.getByLabel('To', { exact: true }).fill('2031-03-31');
    await expect.poll(() => page.locator('.hm-head-cell').count(), { timeout: 20_000 }).toBeGreaterThan(3);
    await expect.poll(() => page.locator('.hm-row .hm-person').allTextContents()).toEqual(['Ada Lovelace', 'Ben Okafor']);
    await app.screenshot('horizon-1-heatmap-2031');

    await page.getByRole('tab', { name: /Over-allocations/ }).click();
    const runs = await app.bridge.call('capacity:overallocations', { range: { start: '2031-03-01', end: '2031-03-31' }, filter: {} });
    expect(runs.map((r) => r.message)).toEqual(['Ada Lovelace: 10 h booked of 7.5 h on 4 March 2031', 'Ada Lovelace: 10 h booked of 4 h on 6 March 2031']);
    await expect.poll(() => page.locator('.cp-over table').getAttribute('data-runs'), { timeout: 10_000 }).toBe('2');
    await expect.poll(() => page.locator('.cp-message').evaluateAll((els) => els.map((e) => e.getAttribute('title')))).toEqual(runs.map((r) => r.message));
    await app.screenshot('horizon-2-overallocations-2031');

    // Ten years from March 2031: the view shows 1,100 days and says so.
    await page.getByLabel('To', { exact: true }).fill('2041-02-28');
    const note = page.getByRole('note');
    await expect.poll(() => note.textContent()).toMatch(/^The view shows at most 1,100 days, to /);
    expect(await page.getByLabel('To', { exact: true }).inputValue()).toBe('2034-03-04');
    await app.screenshot('horizon-3-range-note');
    await page.getByRole('tab', { name: 'Heatmap' }).click();
    await page.getByRole('group', { name: 'Bucket' }).getByRole('button', { name: 'Months' }).click();
    await expect.poll(() => page.locator('.hm-head-cell').first().textContent(), { timeout: 20_000 }).toMatch(/Mar/);
    await expect.poll(() => note.isVisible()).toBe(true);
    await app.screenshot('horizon-4-heatmap-range-note');
    app.errors.assertNone();
  }, 120_000);

  it('warns before booking 20 hours a day in 2029, and refuses a booking longer than the horizon at its date', async () => {
    app = await startApp({ rendererDir, now: TODAY });
    const { page } = app;
    await seed(app);
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Calendar/ }).click();
    await expect.poll(() => dayCell(page, '2026-11-16').count(), { timeout: 15_000 }).toBe(1);
    await drag(page, await pointIn(dayCell(page, '2026-11-16')), await pointIn(dayCell(page, '2026-11-18')));
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByLabel('Person').selectOption({ label: 'Ben Okafor' });
    await dialog.getByLabel('Campaign').selectOption({ label: 'Long retainer — Contoso' });
    await dialog.getByLabel('From').fill('2029-05-14');
    await dialog.getByLabel('To', { exact: true }).fill('2029-05-18');
    await dialog.getByLabel('Hours a day').fill('20');
    // Ben works Monday to Wednesday 8 h and Thursday 4 h.
    await expect.poll(() => dialog.locator('.bk-over').textContent(), { timeout: 10_000 }).toMatch(
      /over-allocate Ben Okafor on 4 days.*14.*more than capacity\s*20 h of 8 h.*15.*16.*17.*more than capacity\s*20 h of 4 h/,
    );
    await app.screenshot('horizon-5-warning-2029');

    await dialog.getByLabel('To', { exact: true }).fill('2040-01-01');
    await dialog.getByRole('button', { name: 'Book' }).click();
    const refusal = horizonProblem('2029-05-14', '2040-01-01', 'A booking')!;
    await expect.poll(() => dialog.getByText(refusal).count(), { timeout: 10_000 }).toBe(1);
    // The warning of the earlier dates doesn't stay: a draft that can't be checked has none.
    await expect.poll(() => dialog.locator('.bk-over').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => dialog.locator('.bk-summary').textContent()).toBe('Correct what is marked to see the working days and total.');
    expect(await app.bridge.call('bookings:list', { talentIds: [(await app.bridge.call('talent:list', { text: 'Ben' }))[0].id] })).toEqual([]);
    await app.screenshot('horizon-6-refused-long-booking');
    app.errors.assertNone();
  }, 120_000);
});
