import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// The Calendar's month on the demo studio, where many people are over-allocated on busy days: one
// marker per day with the count (names in its tooltip), clear of the day number and of each other,
// and a "+N more" popover that stays inside the window.

const TODAY = '2030-01-15';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxes(list: Locator): Promise<Box[]> {
  const out: Box[] = [];
  for (const el of await list.all()) {
    const box = await el.boundingBox();
    if (box) out.push(box);
  }
  return out;
}

async function openCalendar(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  await page.reload({ waitUntil: 'networkidle' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Calendar/ }).click();
  await expect.poll(() => page.locator('.fc-daygrid-day').count(), { timeout: 15_000 }).toBeGreaterThan(27);
}

describe('calendar month on the demo studio', () => {
  let app: App | undefined;

  it('shows one over-allocation marker per day, clear of the day numbers, and keeps the popover on screen', async () => {
    app = await startApp({ rendererDir, now: TODAY, seed: 'demo' });
    const { page } = app;
    await openCalendar(page);
    const markers = page.locator('.fc-daygrid-day .cp-over-marker');
    await expect.poll(() => markers.count(), { timeout: 15_000 }).toBeGreaterThan(3);
    await expect.poll(() => page.locator('.cp-loading').count()).toBe(0);
    await app.screenshot('calendar-month-demo');

    // Each marker says how many, and its tooltip names exactly that many people, as the core finds them.
    const runs = await app.bridge.call('capacity:overallocations', { range: { start: '2030-01-01', end: '2030-01-31' }, filter: {} });
    const cells = page.locator('.fc-daygrid-day:not(.fc-day-other)', { has: page.locator('.cp-over-marker') });
    for (const cell of (await cells.all()).slice(0, 8)) {
      const day = (await cell.getAttribute('data-date')) ?? '';
      const expected = new Set(runs.filter((r) => r.start <= day && r.end >= day).map((r) => r.name));
      const marker = cell.locator('.cp-over-marker');
      expect(await marker.count()).toBe(1);
      expect((await marker.textContent())?.trim()).toBe(`${expected.size} over-allocated`);
      const tooltip = (await marker.getAttribute('title')) ?? '';
      for (const name of expected) expect(tooltip).toContain(name);
    }

    // No marker overlaps another marker, a day number, or leaves its day cell.
    const marks = await boxes(markers);
    const numbers = await boxes(page.locator('.fc-daygrid-day .cp-day-num'));
    marks.forEach((m, i) => {
      for (const other of marks.slice(i + 1)) expect(overlaps(m, other)).toBe(false);
      for (const n of numbers) expect(overlaps(m, n)).toBe(false);
    });
    for (const cell of await cells.all()) {
      const [c] = await boxes(cell);
      const [m] = await boxes(cell.locator('.cp-over-marker'));
      expect(m.x >= c.x && m.x + m.width <= c.x + c.width + 0.5).toBe(true);
    }

    // The "+N more" of the busiest day in the last week opens a popover that lies within the window.
    const more = page.locator('.fc-daygrid-more-link');
    await expect.poll(() => more.count()).toBeGreaterThan(0);
    const last = more.last();
    await last.click();
    const popover = page.locator('.fc-more-popover');
    await expect.poll(() => popover.count()).toBe(1);
    await page.waitForTimeout(100);
    const viewport = page.viewportSize() ?? { width: 0, height: 0 };
    const [p] = await boxes(popover);
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(p.y).toBeGreaterThanOrEqual(0);
    expect(p.x + p.width).toBeLessThanOrEqual(viewport.width);
    expect(p.y + p.height).toBeLessThanOrEqual(viewport.height);
    await app.screenshot('calendar-month-demo-popover');
    await popover.locator('.fc-popover-close').click();

    // An over-allocated day's popover names who, above its bookings.
    const busy = cells.filter({ has: page.locator('.fc-daygrid-more-link') }).last();
    const busyDay = (await busy.getAttribute('data-date')) ?? '';
    const who = [...new Set(runs.filter((r) => r.start <= busyDay && r.end >= busyDay).map((r) => r.name))].sort((a, b) => a.localeCompare(b));
    await busy.locator('.fc-daygrid-more-link').click();
    await expect.poll(() => popover.locator('.cp-over-names').isVisible()).toBe(true);
    expect(await popover.locator('.cp-over-names').textContent()).toBe(who.join(', '));
    const [q] = await boxes(popover);
    expect(q.y + q.height).toBeLessThanOrEqual(viewport.height);
    await app.screenshot('calendar-month-demo-popover-names');

    app.errors.assertNone();
  });

  it('keeps markers clear of the day numbers and the popover on screen in a 1024 × 700 window', async () => {
    app = await startApp({ rendererDir, now: TODAY, seed: 'demo', viewport: { width: 1024, height: 700 } });
    const { page } = app;
    await openCalendar(page);
    const markers = page.locator('.fc-daygrid-day .cp-over-marker');
    await expect.poll(() => markers.count(), { timeout: 15_000 }).toBeGreaterThan(3);
    await expect.poll(() => page.locator('.cp-loading').count()).toBe(0);
    const marks = await boxes(markers);
    const numbers = await boxes(page.locator('.fc-daygrid-day .cp-day-num'));
    for (const m of marks) for (const n of numbers) expect(overlaps(m, n)).toBe(false);
    // The marker's words fit, or give way to the count alone: never cut off mid-word.
    for (const el of (await markers.all()).slice(0, 10)) expect(await el.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await app.screenshot('calendar-month-demo-1024');

    await page.locator('.fc-daygrid-more-link').last().click();
    const popover = page.locator('.fc-more-popover');
    await expect.poll(() => popover.count()).toBe(1);
    await page.waitForTimeout(100);
    const [p] = await boxes(popover);
    expect(p.y).toBeGreaterThanOrEqual(0);
    expect(p.x + p.width).toBeLessThanOrEqual(1024);
    expect(p.y + p.height).toBeLessThanOrEqual(700);
    await app.screenshot('calendar-month-demo-1024-popover');
    app.errors.assertNone();
  });
});
