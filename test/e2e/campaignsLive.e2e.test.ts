import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// Changes main announces reach the window's store: another planner books someone on the campaign
// that is open, and the page shows it without a reload; the campaigns list follows too.
describe('changes from another planner', () => {
  let app: App | undefined;

  it('a booking made elsewhere appears on the open campaign page and in the list, without a reload', async () => {
    const ids = { ada: 0, bruno: 0, spring: 0, winter: 0, line: 0 };
    app = await startApp({
      now: '2030-01-15',
      prepare: async (bridge) => {
        await bridge.call('workspace:startEmpty');
        const role = await bridge.call('roles:create', { name: 'Designer' });
        ids.ada = (await bridge.call('talent:create', { kind: 'staff', name: 'Ada Lovelace', primaryRoleId: role.id, currency: 'GBP', costRate: 40, holidayCountry: 'GB', holidayRegion: 'ENG' })).id;
        ids.bruno = (await bridge.call('talent:create', {
          kind: 'freelancer', name: 'Bruno (Berlin, part-time)', primaryRoleId: role.id, currency: 'EUR', costRate: 400, costRateUnit: 'day',
          patterns: [{ effectiveFrom: '2029-01-01', hours: [7, 7, 7, 0, 0, 0, 0] }],
        })).id;
        ids.spring = (await bridge.call('campaigns:create', { name: 'Spring Launch', client: 'Acme', status: 'confirmed', start: '2030-02-01', end: '2030-03-31', budget: 20000, currency: 'EUR' })).id;
        ids.winter = (await bridge.call('campaigns:create', { name: 'Winter Sale', client: 'Acme', status: 'pipeline', start: '2030-01-06', end: '2030-02-28' })).id;
        ids.line = (await bridge.call('demandLines:create', { campaignId: ids.spring, roleId: role.id, hours: 60, start: '2030-02-03', end: '2030-02-21' })).id;
      },
    });
    const { page, bridge } = app;
    const navigations: string[] = [];
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Campaigns/ }).click();
    const springRow = page.getByRole('row', { name: /Spring Launch/ });
    await expect.poll(() => springRow.count()).toBe(1);

    // Bruno, part-time Monday to Wednesday, booked on Spring's line Tuesday 5 to Monday 11
    // February: his working days are the 5th, 6th and 11th, so 3 × 5 h = 15 h. The open list follows.
    await bridge.call('bookings:create', { talentId: ids.bruno, campaignId: ids.spring, demandLineId: ids.line, start: '2030-02-05', end: '2030-02-11', hoursPerDay: 5, status: 'confirmed' });
    expect((await bridge.call('campaigns:get', { id: ids.spring })).lineBookedHours).toBe(15);
    await expect.poll(() => springRow.textContent(), { timeout: 10_000 }).toContain('15 h');

    await springRow.click();
    const bookings = page.locator('section.card').filter({ has: page.getByRole('heading', { name: 'Bookings' }) });
    await expect.poll(() => bookings.textContent()).toContain('1 booking · 15 h');
    expect(await bookings.textContent()).toContain('Bruno (Berlin, part-time)');

    // A booking on another campaign leaves this page as it was; one on this campaign appears.
    await bridge.call('bookings:create', { talentId: ids.ada, campaignId: ids.winter, start: '2030-01-20', end: '2030-01-22', hoursPerDay: 6, status: 'tentative' });
    await bridge.call('bookings:create', { talentId: ids.ada, campaignId: ids.spring, start: '2030-02-18', end: '2030-02-19', hoursPerDay: 7.5, status: 'tentative' });
    await expect.poll(() => bookings.textContent(), { timeout: 10_000 }).toContain('2 bookings · 30 h');
    expect(await bookings.textContent()).toContain('Ada Lovelace');
    await app.screenshot('peer-1-campaign-page');
    expect(navigations).toEqual([]);
    app.errors.assertNone();
  });

  it('Open a demo studio: the roles and the People list follow main\'s whole-workspace change', async () => {
    app = await startApp({ now: '2030-01-15' });
    const { page, bridge } = app;
    await page.getByRole('button', { name: /Open a demo studio/ }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^People/ }).click();
    const roles = await bridge.call('roles:list');
    const people = await bridge.call('talent:list', {});
    expect(roles.length).toBeGreaterThan(0);
    // The role filter lists the demo's roles (loaded by the lookups' reaction), the table its people.
    await expect.poll(() => page.getByRole('combobox').filter({ hasText: 'Any role' }).locator('option').count(), { timeout: 20_000 }).toBe(roles.length + 1);
    await expect.poll(() => page.getByText(`${people.length} people`).count()).toBe(1);
    app.errors.assertNone();
  });
});
