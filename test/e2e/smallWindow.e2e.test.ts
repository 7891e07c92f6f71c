import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startApp, type App } from './harness';

// The app in a small window (1024 × 700) on the demo studio: every view without sideways page
// overflow; the sidebar as icons (named, with tooltips), expandable and remembered; the Schedule's
// toolbar on one row and its open-demand panel hidden and remembered; the People table's name
// column in place while it scrolls sideways; figures on tiles on one line. Screenshots of each view.

const TODAY = '2030-01-15';
const SMALL = { width: 1024, height: 700 };
const rendererDir = process.env.CP_RENDERER_DIR || undefined;

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function open(page: Page, view: string): Promise<void> {
  await nav(page).getByRole('button', { name: new RegExp(`^${view}`) }).click();
  await expect.poll(() => page.locator('.topbar h1').first().textContent(), { timeout: 15_000 }).toContain(view);
}

/**
 * What sticks out of the window sideways: the page's own scroll width, and any element that ends
 * right of the window without a scrolling box around it (a scrolled table or grid may be wider).
 */
async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; outside: string[] }> {
  return page.evaluate(() => {
    const scrolls = (el: Element) => {
      for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
        if (/(auto|scroll|hidden|clip)/.test(getComputedStyle(e).overflowX)) return true;
      }
      return false;
    };
    const outside: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0 && r.right > innerWidth + 0.5 && !scrolls(el)) outside.push(`${el.tagName.toLowerCase()}.${String(el.className)}`);
    }
    return { scrollWidth: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth), innerWidth, outside };
  });
}

async function expectNoOverflow(page: Page, where: string): Promise<void> {
  const o = await overflow(page);
  expect(o.scrollWidth, `${where}: page scroll width`).toBeLessThanOrEqual(o.innerWidth);
  expect(o.outside, `${where}: elements past the window's right edge`).toEqual([]);
}

/** Each figure on one line, whole: no wrap inside it, nothing cut off. */
async function expectOneLine(figures: Locator, where: string): Promise<number> {
  const all = await figures.all();
  for (const el of all) {
    const m = await el.evaluate((e) => {
      const style = getComputedStyle(e);
      const range = document.createRange();
      range.selectNodeContents(e);
      const lines = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
      // Text squeezed past its box shows cut off (or under what sits beside it) without a scroll width.
      const squeezed = range.getBoundingClientRect().width > e.getBoundingClientRect().width + 1;
      return { text: e.textContent ?? '', lines, clipped: e.scrollWidth > e.clientWidth + 1 || squeezed, nowrap: style.whiteSpace };
    });
    expect(m.lines, `${where}: "${m.text}" on one line`).toBe(1);
    expect(m.clipped, `${where}: "${m.text}" not cut off`).toBe(false);
  }
  return all.length;
}

/**
 * How a bar's controls sit: the spread of their middles (0 when on one row) and its right edge.
 * `items` are the controls that must share the row; a wrapper that folds (display: contents) is looked through.
 */
async function rowSpread(bar: Locator, items = ':scope > *'): Promise<{ spread: number; right: number; count: number }> {
  return bar.evaluate((el, sel) => {
    const rects = Array.from(el.querySelectorAll(sel))
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.height > 0 && r.width > 0);
    const mids = rects.map((r) => r.top + r.height / 2);
    return { spread: Math.max(...mids) - Math.min(...mids), right: Math.max(...rects.map((r) => r.right)), count: rects.length };
  }, items);
}

describe('the app at 1024 × 700', () => {
  let app: App | undefined;

  it('fits every view in the window, with the sidebar as named icons, remembered', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY, viewport: SMALL });
    const { page } = app;
    await page.waitForLoadState('networkidle');
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });

    // Icons only in a narrow window: each still has its name (for screen readers) and a tooltip.
    const sidebar = nav(page);
    expect((await sidebar.boundingBox())!.width).toBeLessThanOrEqual(64);
    for (const name of ['People', 'Campaigns', 'Calendar', 'Schedule', 'Capacity', 'Staffing', 'Snapshots', 'Settings', 'Currency and rates', 'About']) {
      const item = sidebar.getByRole('button', { name: new RegExp(`^${name}`) });
      expect(await item.count(), name).toBe(1);
      expect(await item.getAttribute('title')).toBe(name);
    }

    for (const view of ['Schedule', 'Calendar', 'Capacity', 'People', 'Campaigns', 'Staffing', 'Snapshots', 'Settings']) {
      await open(page, view);
      await page.waitForTimeout(800);
      await expectNoOverflow(page, view);
      await app.screenshot(`small-${view.toLowerCase()}`);
    }

    // Each of Settings' sections too.
    for (const [i, section] of (await page.locator('.settings-nav-item').all()).entries()) {
      const label = ((await section.textContent()) ?? '').trim();
      await section.click();
      await page.waitForTimeout(400);
      await expectNoOverflow(page, `Settings, ${label}`);
      await app.screenshot(`small-settings-${i + 1}`);
    }

    // Names back on request, and kept after a reload; then icons again.
    await sidebar.getByRole('button', { name: 'Expand sidebar' }).click();
    await expect.poll(async () => (await sidebar.boundingBox())!.width).toBeGreaterThan(180);
    expect(await sidebar.getByRole('button', { name: /^Staffing/ }).getAttribute('title')).toBeNull();
    await expectNoOverflow(page, 'Settings with the sidebar expanded');
    // The busiest top bars still fit, their title and count on one line.
    for (const view of ['Campaigns', 'Snapshots', 'People']) {
      await open(page, view);
      await expectNoOverflow(page, `${view} with the sidebar expanded`);
      await expectOneLine(page.locator('.topbar h1, .topbar .title-count:visible'), `${view} title`);
      const [crumb, actions] = [(await page.locator('.topbar .crumb').boundingBox())!, (await page.locator('.topbar-actions').boundingBox())!];
      expect(crumb.x + crumb.width, `${view}: the title clear of the actions`).toBeLessThanOrEqual(actions.x);
      const crumbFits = await page.locator('.topbar .crumb').evaluate((e) => e.scrollWidth <= e.clientWidth + 1);
      expect(crumbFits, `${view}: the title whole, not cut off`).toBe(true);
      await app.screenshot(`small-${view.toLowerCase()}-sidebar-expanded`);
    }
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(async () => (await nav(page).boundingBox())!.width).toBeGreaterThan(180);
    await app.screenshot('small-sidebar-expanded');
    await nav(page).getByRole('button', { name: 'Collapse sidebar' }).click();
    await expect.poll(async () => (await nav(page).boundingBox())!.width).toBeLessThanOrEqual(64);
    app.errors.assertNone();
  });

  it('keeps the Schedule toolbar on one row and hides the open-demand panel, remembered', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY, viewport: SMALL });
    const { page } = app;
    await page.waitForLoadState('networkidle');
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });
    await open(page, 'Schedule');
    const toolbar = page.locator('.sch-toolbar');
    const oneRow = () =>
      toolbar.evaluate((bar) => {
        const items = Array.from(bar.querySelectorAll(':scope > *, :scope > .sch-nav > *')).filter((e) => !(e as HTMLElement).hidden);
        const tops = items.map((e) => e.getBoundingClientRect()).filter((r) => r.height > 0).map((r) => r.top + r.height / 2);
        return { spread: Math.max(...tops) - Math.min(...tops), height: bar.getBoundingClientRect().height, right: Math.max(...items.map((e) => e.getBoundingClientRect().right)) };
      });
    const row = await oneRow();
    expect(row.spread).toBeLessThan(2);
    expect(row.height).toBeLessThanOrEqual(60);
    expect(row.right).toBeLessThanOrEqual(SMALL.width);

    // The folded controls are one click away, and the button counts those in use.
    const more = page.getByRole('button', { name: /^More/ });
    await more.click();
    await page.getByRole('combobox', { name: 'Group by' }).selectOption('role');
    await page.getByRole('group', { name: 'More' }).getByRole('button', { name: 'Freelancers' }).click();
    await app.screenshot('small-schedule-more');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('combobox', { name: 'Group by' }).count()).toBe(0);
    expect(await more.textContent()).toMatch(/^More\s*2/);
    await expect.poll(() => page.locator('.sch-group-label').count()).toBeGreaterThan(0);

    const panel = page.getByRole('complementary', { name: 'Open demand' });
    const grid = page.locator('.sch-scroll');
    await expect.poll(() => panel.count()).toBe(1);
    const narrow = (await grid.boundingBox())!.width;
    await page.getByRole('button', { name: /^Open demand/ }).click();
    await expect.poll(() => panel.count()).toBe(0);
    await expect.poll(async () => (await grid.boundingBox())!.width).toBeGreaterThan(narrow + 250);
    await expectNoOverflow(page, 'Schedule without its demand panel');
    await app.screenshot('small-schedule-demand-hidden');
    await page.reload({ waitUntil: 'networkidle' });
    await open(page, 'Schedule');
    await page.locator('.sch-scroll').waitFor();
    expect(await page.getByRole('complementary', { name: 'Open demand' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Open demand/ }).getAttribute('aria-pressed')).toBe('false');
    expect((await oneRow()).spread).toBeLessThan(2);
    // With the sidebar's names shown the search box gives way, and the row still holds.
    await nav(page).getByRole('button', { name: 'Expand sidebar' }).click();
    await expect.poll(async () => (await nav(page).boundingBox())!.width).toBeGreaterThan(180);
    const expanded = await oneRow();
    expect(expanded.spread).toBeLessThan(2);
    expect(expanded.right).toBeLessThanOrEqual(SMALL.width);
    await expectNoOverflow(page, 'Schedule with the sidebar expanded');
    await app.screenshot('small-schedule-sidebar-expanded');
    app.errors.assertNone();
  });

  it('keeps the filter and option bars on one row with the sidebar expanded', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY, viewport: SMALL });
    const { page } = app;
    await page.waitForLoadState('networkidle');
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });
    await nav(page).getByRole('button', { name: 'Expand sidebar' }).click();
    await expect.poll(async () => (await nav(page).boundingBox())!.width).toBeGreaterThan(180);
    // The Capacity tabs stretch to the bar's height (their underline sits on its edge): their buttons are
    // measured, and sit a few pixels above the other controls' middle.
    const bars: [string, string, string, string?][] = [
      ['People', '.people-filters', 'small-expanded-people-filters'],
      ['Campaigns', '.campaign-filters', 'small-expanded-campaign-filters'],
      ['Staffing', '.sf-bar', 'small-expanded-staffing-bar'],
      ['Capacity', '.capacity-filters', 'small-expanded-capacity-filters'],
      ['Capacity', '.cp-bar', 'small-expanded-capacity', ':scope > :not(.cp-tabs), .cp-tabs button'],
    ];
    for (const [view, selector, shot, items] of bars) {
      await open(page, view);
      const bar = page.locator(selector).first();
      await bar.waitFor({ timeout: 15_000 });
      await page.waitForTimeout(300);
      const row = await rowSpread(bar, items);
      await app.screenshot(shot);
      expect(row.count, `${view}: controls measured`).toBeGreaterThan(2);
      expect(row.spread, `${view}: its bar on one row (a second row is 40 px down)`).toBeLessThan(8);
      expect(row.right, `${view}: its bar inside the window`).toBeLessThanOrEqual(SMALL.width);
      await expectNoOverflow(page, `${view} with the sidebar expanded`);
    }
    // The folded filters are one click away, and the button counts those in use; the list follows.
    await open(page, 'People');
    const rows = page.getByRole('table', { name: 'People' }).locator('.grid-body [role="row"]');
    const everyone = await page.locator('.topbar .title-count').textContent();
    const more = page.locator('.people-filters').getByRole('button', { name: /^More/ });
    await more.click();
    await page.getByRole('group', { name: 'More' }).getByRole('button', { name: 'Freelancers' }).click();
    await page.keyboard.press('Escape');
    await expect.poll(() => more.textContent()).toMatch(/^More\s*1/);
    await expect.poll(() => page.locator('.topbar .title-count').textContent()).not.toBe(everyone);
    expect(await rows.first().textContent()).toContain('Freelancer');
    await app.screenshot('small-expanded-people-folded-filter');
    app.errors.assertNone();
  });

  it('keeps the People name column in place while the table scrolls sideways', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY, viewport: SMALL });
    const { page } = app;
    await open(page, 'People');
    const table = page.getByRole('table', { name: 'People' });
    const firstRow = table.locator('.grid-body [role="row"]').first();
    await firstRow.waitFor();
    const name = firstRow.getByRole('cell').first();
    const team = firstRow.getByRole('cell').nth(5);
    const [nameBefore, teamBefore] = [(await name.boundingBox())!, (await team.boundingBox())!];
    // The filter bar above it keeps one row too.
    const filterTops = await page.locator('.people-filters > *').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)));
    expect(Math.max(...filterTops) - Math.min(...filterTops)).toBeLessThan(2);
    const scrolled = await table.evaluate((el) => {
      el.scrollLeft = 400;
      return el.scrollLeft;
    });
    expect(scrolled).toBeGreaterThan(100);
    await expect.poll(async () => (await team.boundingBox())!.x).toBeCloseTo(teamBefore.x - scrolled, 0);
    expect((await name.boundingBox())!.x).toBeCloseTo(nameBefore.x, 0);
    // Still the top layer there: the name is what a click at its place hits.
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[role="cell"]')?.textContent ?? '', { x: nameBefore.x + 60, y: nameBefore.y + nameBefore.height / 2 });
    expect(hit).toContain((await name.textContent())!.slice(0, 8));
    await app.screenshot('small-people-scrolled');
    await expectNoOverflow(page, 'People scrolled sideways');
  });

  it('keeps figures on tiles whole: Staffing, a campaign, a snapshot', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY, viewport: SMALL });
    const { page } = app;
    await page.waitForLoadState('networkidle');
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload({ waitUntil: 'networkidle' });

    await open(page, 'Staffing');
    await page.getByRole('button', { name: 'Propose plan' }).click();
    await page.locator('.sf-proposal[data-proposal-id]').waitFor({ timeout: 30_000 });
    expect(await expectOneLine(page.locator('.sf-stat-value'), 'Staffing')).toBeGreaterThan(3);
    await expectNoOverflow(page, 'Staffing proposal');
    await app.screenshot('small-staffing-proposal');

    await open(page, 'Campaigns');
    await page.locator('.campaign-list tbody tr').first().click();
    await page.locator('.stat-value').first().waitFor({ timeout: 15_000 });
    expect(await expectOneLine(page.locator('.stat-value'), 'Campaign page')).toBeGreaterThan(2);
    await expectNoOverflow(page, 'Campaign page');
    await app.screenshot('small-campaign-page');

    await open(page, 'Snapshots');
    await page.getByRole('button', { name: 'Take snapshot' }).first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Take snapshot' }).click();
    await page.locator('.snap-card').first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(600);
    expect(await expectOneLine(page.locator('.snap-card .snap-v'), 'Snapshot')).toBeGreaterThan(0);
    await expectNoOverflow(page, 'Snapshot');
    await app.screenshot('small-snapshot');
    // With the sidebar's names shown the tiles reflow, whole.
    await nav(page).getByRole('button', { name: 'Expand sidebar' }).click();
    await expect.poll(async () => (await nav(page).boundingBox())!.width).toBeGreaterThan(180);
    await page.waitForTimeout(300);
    await expectOneLine(page.locator('.snap-card .snap-v'), 'Snapshot, sidebar expanded');
    await expectNoOverflow(page, 'Snapshot, sidebar expanded');
    await app.screenshot('small-snapshot-sidebar-expanded');
    await open(page, 'Staffing');
    await page.locator('.sf-stat-value').first().waitFor();
    await expectOneLine(page.locator('.sf-stat-value'), 'Staffing, sidebar expanded');
    await app.screenshot('small-staffing-sidebar-expanded');
  });

  it('fits the first-run screen', async () => {
    app = await startApp({ rendererDir, now: TODAY, viewport: SMALL });
    const { page } = app;
    await page.getByRole('button', { name: /start empty/i }).waitFor();
    await expectNoOverflow(page, 'First run');
    await app.screenshot('small-first-run');
  });

  it('fits the main dialogs in the window', async () => {
    app = await startApp({ rendererDir, seed: 'demo', now: TODAY, viewport: SMALL });
    const { page } = app;
    const dialogs: [string, string, RegExp, string][] = [
      ['People', 'Add person', /^add person/i, 'small-dialog-person'],
      ['Campaigns', 'New campaign', /^new campaign/i, 'small-dialog-campaign'],
      ['People', 'Export', /^export/i, 'small-dialog-export'],
    ];
    for (const [view, label, opener, shot] of dialogs) {
      await open(page, view);
      await page.getByRole('button', { name: opener }).first().click();
      const dialog = page.getByRole('dialog').last();
      await dialog.waitFor();
      await page.waitForTimeout(300);
      const box = (await dialog.boundingBox())!;
      expect(box.x, label).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, label).toBeLessThanOrEqual(SMALL.width);
      expect(box.y, label).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height, label).toBeLessThanOrEqual(SMALL.height);
      await expectNoOverflow(page, label);
      await app.screenshot(shot);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    }
    // The one booking editor, by its shortcut.
    await page.keyboard.press('Alt+Control+n');
    const editor = page.getByRole('dialog', { name: 'New booking' });
    await editor.waitFor();
    await page.waitForTimeout(300);
    const eb = (await editor.boundingBox())!;
    expect(eb.x + eb.width).toBeLessThanOrEqual(SMALL.width);
    expect(eb.y + eb.height).toBeLessThanOrEqual(SMALL.height);
    await expectNoOverflow(page, 'New booking');
    await app.screenshot('small-dialog-booking');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await nav(page).getByRole('button', { name: /^Currency and rates/ }).click();
    const money = page.getByRole('dialog').last();
    await money.waitFor();
    const box = (await money.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(SMALL.height);
    await app.screenshot('small-dialog-money');
  });
});
