import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';
import { dayCell } from './support/calendar';
import { drag, pointIn } from './support/mouse';

// The Calendar filtered to one person: a Mon/Wed/Fri part-timer whose contract ends on Wednesday
// 23 January 2030. Their non-working days and the days after the contract are shaded (as the
// capacity core counts them), and a Mon–Fri booking is drawn only on the days it falls on.

const TODAY = '2030-01-15';
const PERSON = 'Noor Haddad';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

async function seed(app: App) {
  const call = app.bridge.call;
  await call('workspace:startEmpty', {});
  const role = await call('roles:create', { name: 'Motion designer', colour: '#7048e8' });
  const noor = await call('talent:create', {
    kind: 'staff', name: PERSON, primaryRoleId: role.id, holidayCountry: 'GB', holidayRegion: 'ENG', activeTo: '2030-01-23',
    patterns: [{ effectiveFrom: '2029-01-01', hours: [6, 0, 6, 0, 6, 0, 0] }],
  });
  const other = await call('talent:create', { kind: 'staff', name: 'Ada Lovelace', primaryRoleId: role.id, patterns: [{ effectiveFrom: '2029-01-01', hours: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0] }] });
  const campaign = await call('campaigns:create', { name: 'Spring Launch', client: 'Acme', status: 'confirmed', start: '2030-01-01', end: '2030-03-31', colour: '#0c8599' });
  await call('timeOff:create', { talentId: noor.id, start: '2030-01-18', end: '2030-01-18', type: 'sick' });
  const week = await call('bookings:create', { talentId: noor.id, campaignId: campaign.id, start: '2030-01-07', end: '2030-01-11', hoursPerDay: 5, status: 'confirmed' });
  // Runs past the contract's end (saved anyway): drawn on Mon 21, Wed 23 and, over-allocated, Fri 25.
  await call('bookings:create', { talentId: noor.id, campaignId: campaign.id, start: '2030-01-21', end: '2030-01-25', hoursPerDay: 5, status: 'tentative', allowOverAllocation: true });
  await call('bookings:create', { talentId: other.id, campaignId: campaign.id, start: '2030-01-07', end: '2030-01-11', hoursPerDay: 7.5, status: 'confirmed' });
  return { noorId: noor.id, weekId: week.id };
}

type Box = { x: number; y: number; width: number; height: number };
const box = async (l: Locator): Promise<Box> => {
  const b = await l.boundingBox();
  if (!b) throw new Error('not visible');
  return b;
};
const contains = (b: Box, p: { x: number; y: number }) => p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;

/** True when an element of the class covers the middle of the day's cell. */
async function shaded(page: Page, className: string, iso: string): Promise<boolean> {
  const centre = await pointIn(dayCell(page, iso), 0.5);
  for (const el of await page.locator(`.fc-bg-event.${className}`).all()) if (contains(await box(el), centre)) return true;
  return false;
}

/** The days (ISO) whose cells the booking bars cross, by their horizontal centres in the bar's row. */
async function barDays(page: Page, days: string[]): Promise<string[]> {
  const bars = await Promise.all((await page.locator('.fc-daygrid-event.cp-booking').all()).map(box));
  const out: string[] = [];
  for (const iso of days) {
    const cell = await box(dayCell(page, iso));
    const middle = cell.x + cell.width / 2;
    if (bars.some((b) => b.y >= cell.y && b.y <= cell.y + cell.height && middle >= b.x && middle <= b.x + b.width)) out.push(iso);
  }
  return out;
}

const JAN = (d: number) => `2030-01-${String(d).padStart(2, '0')}`;

describe('the calendar filtered to one person', () => {
  let app: App | undefined;

  it('shades their non-working days and the days after their contract, and draws bookings only on the days they fall on', async () => {
    app = await startApp({ rendererDir, now: TODAY });
    const { page } = app;
    const { noorId, weekId } = await seed(app);
    await page.waitForLoadState('networkidle');
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Calendar/ }).click();
    await page.getByRole('group', { name: 'Calendar filters' }).getByLabel('Person').selectOption({ label: PERSON });
    await expect.poll(() => page.locator('.cp-outside').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.locator('.cp-loading').count()).toBe(0);
    await app.screenshot('calendar-person-part-timer');

    // The shading follows the capacity core's days for her.
    const grid = await app.bridge.call('capacity:grid', { range: { start: JAN(6), end: JAN(31) }, bucket: 'day', filter: { ids: [noorId] }, limit: 1 });
    for (const [i, bucket] of grid.buckets.entries()) {
      const day = bucket.start;
      const outside = grid.inactive[i] >= 1;
      expect(await shaded(page, 'cp-outside', day), `${day} outside`).toBe(outside);
      // Friday 18 (off sick) has its own time-off bar, not the non-working shade.
      const nonWorking = !outside && grid.capacity[i] === 0 && day !== JAN(18);
      expect(await shaded(page, 'cp-non-working', day), `${day} not working`).toBe(nonWorking);
    }
    expect(await shaded(page, 'cp-non-working', JAN(8))).toBe(true);
    expect(await shaded(page, 'cp-outside', JAN(24))).toBe(true);

    // The Mon–Fri bookings cross only Mon, Wed and Fri (and Fri 25, after the contract, where she is booked anyway).
    const weeks = [7, 8, 9, 10, 11, 21, 22, 23, 24, 25].map(JAN);
    await expect.poll(() => barDays(page, weeks)).toEqual([7, 9, 11, 21, 23, 25].map(JAN));
    // Only hers, named by the filter: each bar says the campaign and hours, its tooltip says who.
    const bars = page.locator('.fc-daygrid-event.cp-booking');
    expect(await bars.count()).toBe(6);
    expect((await bars.first().textContent())?.trim()).toBe('Spring Launch · 5 h/d');
    expect(await bars.first().getAttribute('title')).toContain(`${PERSON} · Spring Launch · 5 h/d`);

    // Dragging one piece (Wednesday 9) a week on moves the whole booking a week.
    const wed = page.locator('.fc-daygrid-event.cp-booking').nth(1);
    const from = await box(wed);
    const target = await pointIn(dayCell(page, JAN(16)), 0.5);
    await drag(page, { x: from.x + from.width / 2, y: from.y + from.height / 2 }, { x: from.x + from.width / 2, y: target.y });
    // Friday 18 she is off sick: the move asks first, naming the day.
    const ask = page.getByRole('dialog', { name: 'This would over-allocate' });
    await expect.poll(() => ask.count(), { timeout: 10_000 }).toBe(1);
    await app.screenshot('calendar-person-move-asks');
    await ask.getByRole('button', { name: 'Save anyway' }).click();
    await expect.poll(async () => (await app!.bridge.call('bookings:get', { id: weekId })).start, { timeout: 10_000 }).toBe(JAN(14));
    expect(await app.bridge.call('bookings:get', { id: weekId })).toMatchObject({ start: JAN(14), end: JAN(18) });
    // Drawn Mon 14 and Wed 16, and Fri 18: off sick, her booking keeps its hours there.
    await expect.poll(() => barDays(page, [14, 15, 16, 17, 18].map(JAN))).toEqual([14, 16, 18].map(JAN));
    await app.screenshot('calendar-person-moved');

    // The year view counts her bookings only on those days too.
    await page.getByRole('button', { name: 'Year' }).click();
    await expect.poll(() => page.locator('.fc-multimonth-month').count()).toBe(12);
    const counted = async () => {
      const out: string[] = [];
      for (let d = 13; d <= 26; d++) if ((await dayCell(page, JAN(d)).locator('.cp-day-count').count()) > 0) out.push(JAN(d));
      return out;
    };
    await expect.poll(counted, { timeout: 10_000 }).toEqual([14, 16, 18, 21, 23, 25].map(JAN));
    await app.screenshot('calendar-person-year');

    app.errors.assertNone();
  });
});
