import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { installShadeProbe, shadeAt } from './support/scheduleShade';

// One trip per write: creating a booking on the Schedule, from the moment the planner presses Book
// until the saved bar and its load shading are drawn, costs at most 3 calls to the main process
// (counted from the harness's request log: every call is a POST to /__api).

const TODAY = '2030-01-15';

async function seed(app: App) {
  const call = app.bridge.call;
  await call('workspace:startEmpty', {});
  const role = await call('roles:create', { name: 'Designer', colour: '#7048e8' });
  const week = (h: number) => [{ effectiveFrom: '2029-01-01', hours: [h, h, h, h, h, 0, 0] as [number, number, number, number, number, number, number] }];
  const ada = await call('talent:create', { kind: 'staff', name: 'Ada Lovelace', primaryRoleId: role.id, team: 'Studio', patterns: week(7.5) });
  await call('talent:create', { kind: 'freelancer', name: 'Grace Hopper', primaryRoleId: role.id, patterns: week(8) });
  const campaign = await call('campaigns:create', { name: 'Spring Launch', client: 'Acme', status: 'confirmed', start: '2030-01-01', end: '2030-03-31', colour: '#0c8599' });
  await call('demandLines:create', { campaignId: campaign.id, roleId: role.id, hours: 20, start: '2030-01-14', end: '2030-01-31', note: 'Key visuals' });
  return { ada: ada.id };
}

async function dayPoint(page: Page, talentId: number, iso: string): Promise<{ x: number; y: number }> {
  const col = await page.locator(`.sch-h-cell[data-day="${iso}"]`).boundingBox();
  const r = await page.locator(`.sch-row[data-talent-id="${talentId}"]`).boundingBox();
  if (!col || !r) throw new Error(`day ${iso} or row ${talentId} not visible`);
  return { x: col.x + col.width / 2, y: r.y + r.height / 2 };
}

const apiCalls = (app: App) => app.requests.filter((url) => new URL(url).pathname === '/__api').length;

describe('round trips', () => {
  let app: App | undefined;

  it('creating a booking on the Schedule costs at most 3 calls from Book to the drawn bar', async () => {
    app = await startApp({ now: TODAY, viewport: { width: 1600, height: 900 } });
    const { page } = app;
    const ids = await seed(app);
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'load' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Schedule/ }).click();
    await page.waitForSelector('.sch-row', { timeout: 60_000 });
    await installShadeProbe(page);
    const channels: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/__api') channels.push((JSON.parse(r.postData() ?? '{}') as { channel?: string }).channel ?? '?');
    });

    const from = await dayPoint(page, ids.ada, '2030-01-21');
    const to = await dayPoint(page, ids.ada, '2030-01-23');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 5, from.y + 1, { steps: 2 });
    await page.mouse.move(to.x, to.y, { steps: 10 });
    await page.mouse.up();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.count()).toBe(1);
    await dialog.getByLabel('Campaign').selectOption({ label: 'Spring Launch — Acme' });
    await dialog.getByLabel('Hours a day').fill('7.5');
    // Let the editor's own preview settle: only what the save costs is counted.
    await page.waitForTimeout(800);
    await expect.poll(() => dialog.getByText('3 working days · 22.5 h').count()).toBe(1);
    await app.screenshot('booking-editor-schedule');

    const before = apiCalls(app);
    const seen = channels.length;
    await dialog.getByRole('button', { name: 'Book' }).click();
    const saved = page.locator(`.sch-bar[data-talent-id="${ids.ada}"]:not(.saving)`);
    await expect.poll(async () => (await saved.count()) === 1 && Number(await saved.getAttribute('data-booking-id')) > 0).toBe(true);
    await expect.poll(async () => (await shadeAt(page, ids.ada, '2030-01-21'))?.level).toBe('full');
    const drawn = apiCalls(app) - before;
    const writeChannels = channels.slice(seen);
    console.log(`[round trips] creating a booking on the Schedule: ${drawn} calls until the bar and its shading are drawn (${writeChannels.join(', ')})`);
    await page.waitForTimeout(1500);
    console.log(`[round trips] and ${apiCalls(app) - before} once everything settled (${channels.slice(seen).join(', ')})`);
    expect(await app.bridge.call('bookings:list', { talentIds: [ids.ada] })).toHaveLength(1);
    expect(drawn).toBeLessThanOrEqual(3);
    app.errors.assertNone();
  });
});
