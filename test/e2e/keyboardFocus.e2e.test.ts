import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from './bridge/server';
import { startApp, type App } from './harness';
import { activeElement, focusChange, focusFromTop, MIN_CHANGED, tabsUntil, walkTabs, type FocusWalk } from './support/focusWalk';
import { changedPixels, decodePng } from './support/png';

// Keyboard users on the demo studio: Tab through every view and check that each control the focus
// lands on changes pixels around it (focused vs blurred); the skip link reaches the Schedule grid
// in one Tab; the grid's focused booking is never under its sticky header or name column.

const TODAY = '2026-11-26';
const rendererDir = process.env.CP_RENDERER_DIR || undefined;
const CAP = 80;

const nav = (page: Page, name: RegExp) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name }).click();
const atLeast = (page: Page, selector: string) => expect.poll(() => page.locator(selector).count(), { timeout: 30_000 }).toBeGreaterThan(0);

interface ViewCase {
  name: string;
  open(page: Page): Promise<void>;
}

const VIEWS: ViewCase[] = [
  { name: 'Schedule', open: async (p) => (await nav(p, /^Schedule/), await atLeast(p, '.sch-bar')) },
  { name: 'Calendar', open: async (p) => (await nav(p, /^Calendar/), await atLeast(p, '.fc-event')) },
  { name: 'Capacity', open: async (p) => (await nav(p, /^Capacity/), await atLeast(p, '.hm-row .hm-person')) },
  { name: 'People', open: async (p) => (await nav(p, /^People/), await atLeast(p, '.grid-body .grid-row')) },
  { name: 'Campaigns', open: async (p) => (await nav(p, /^Campaigns/), await atLeast(p, 'tbody tr')) },
  {
    name: 'Campaign page',
    open: async (p) => {
      await nav(p, /^Campaigns/);
      await atLeast(p, 'tbody tr');
      await p.locator('tbody tr').first().click();
      await expect.poll(() => p.getByText('Still open', { exact: true }).count(), { timeout: 20_000 }).toBe(1);
    },
  },
  { name: 'Staffing', open: async (p) => (await nav(p, /^Staffing/), await atLeast(p, '.sf-open-demand tr[data-line-id]')) },
  { name: 'Snapshots', open: async (p) => (await nav(p, /^Snapshots/), await expect.poll(() => p.getByRole('heading', { name: 'Quarter review', level: 2 }).count(), { timeout: 30_000 }).toBe(1)) },
  { name: 'Settings', open: async (p) => (await nav(p, /^Settings/), await atLeast(p, '[aria-label="Settings"] button')) },
];

describe('keyboard focus on every view', () => {
  let app: App;
  const walks = new Map<string, FocusWalk>();

  beforeAll(async () => {
    app = await startApp({
      rendererDir,
      seed: 'demo',
      now: TODAY,
      prepare: (bridge) => bridge.call('snapshots:take', { name: 'Quarter review', range: { start: '2026-11-23', end: '2027-02-14' }, filter: {} }),
    });
    await app.page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  });

  afterAll(async () => {
    const figures = [...walks].map(([view, w]) => ({ view, presses: w.presses, stops: w.stops.length, invisible: w.stops.filter((s) => s.changed < MIN_CHANGED).map((s) => s.name), reached: w.stops.map((s) => s.name) }));
    mkdirSync(join(REPO_ROOT, 'test-output'), { recursive: true });
    writeFileSync(join(REPO_ROOT, 'test-output/keyboard-focus.json'), JSON.stringify(figures, null, 2));
    await app?.close();
  });

  for (const view of VIEWS) {
    it(`${view.name}: every control Tab reaches shows its focus`, async () => {
      const { page } = app;
      await view.open(page);
      await focusFromTop(page);
      const walk = await walkTabs(page, CAP);
      walks.set(view.name, walk);
      expect(walk.stops.length).toBeGreaterThan(5);
      const invisible = walk.stops.filter((s) => s.changed < MIN_CHANGED).map((s) => `${s.name} (${s.changed} px)`);
      expect(invisible, `focus is invisible on ${invisible.length} of ${walk.stops.length} controls`).toEqual([]);
      app.errors.assertNone();
    }, 180_000);
  }

  it('Schedule: the skip link is the first tab stop and reaches the grid, and the toolbar is short to tab through', async () => {
    const { page } = app;
    await VIEWS[0].open(page);
    await focusFromTop(page);
    await page.keyboard.press('Tab');
    const skip = await activeElement(page);
    expect(skip?.name).toBe('a "Skip to schedule"');
    await app.screenshot('keyboard-focus-skip-link');
    expect(await focusChange(page, skip!.box)).toBeGreaterThanOrEqual(MIN_CHANGED);
    await focusFromTop(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect((await activeElement(page))?.name).toMatch(/^region "Schedule: people by day/);
    // Without the skip link: through the sidebar, the top bar and the toolbar.
    const plain = await tabsUntil(page, (name) => name.startsWith('region "Schedule'), CAP);
    console.log(`Tab presses to the Schedule grid: 1 with the skip link, ${plain} without`);
    expect(plain).not.toBeNull();
    expect(plain!).toBeLessThanOrEqual(20);

    // Elsewhere the skip link goes to the view itself.
    await nav(page, /^People/);
    await focusFromTop(page);
    await page.keyboard.press('Tab');
    expect((await activeElement(page))?.name).toBe('a "Skip to main content"');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
  });

  it('a button group is one tab stop: arrows move inside it, Tab leaves it, and it is re-entered where it was left', async () => {
    const { page } = app;
    await VIEWS[0].open(page);
    const at = async () => (await activeElement(page))?.name;
    // The zoom buttons (Kind is folded under More): one stop, arrows inside.
    expect(await tabsUntil(page, (name) => name === 'button "Days"', CAP)).not.toBeNull();
    await page.keyboard.press('ArrowRight');
    expect(await at()).toBe('button "Weeks"');
    await page.keyboard.press('End');
    expect(await at()).toBe('button "Months"');
    await page.keyboard.press('ArrowRight');
    expect(await at()).toBe('button "Days"');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');
    expect(await at()).toMatch(/^button "Open demand/);
    await page.keyboard.press('Shift+Tab');
    expect(await at()).toBe('button "Months"');
    // Nothing was chosen by moving: the view is still at days.
    expect(await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { pressed: true }).textContent()).toBe('Days');

    // The sidebar, one stop: the arrows walk the views, Enter opens one.
    await focusFromTop(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await at()).toMatch(/^button "Schedule/);
    await page.keyboard.press('ArrowUp');
    expect(await at()).toMatch(/^button "Calendar/);
    await page.keyboard.press('Tab');
    expect(await at()).toMatch(/^input "Who's free/);
  });

  it('the Calendar’s Month / Week / List / Year buttons are one tab stop: arrows move, Enter switches the view', async () => {
    const { page } = app;
    await VIEWS[1].open(page);
    const at = async () => (await activeElement(page))?.name ?? '';
    const views = page.getByRole('group', { name: 'View' });
    expect(await views.getByRole('button').count()).toBe(4);
    expect(await views.locator('button[tabindex="0"]').count()).toBe(1);
    const presses = await tabsUntil(page, (name) => name === 'button "Month"', CAP);
    expect(presses).not.toBeNull();
    await page.keyboard.press('ArrowRight');
    expect(await at()).toBe('button "Week"');
    await page.keyboard.press('End');
    expect(await at()).toBe('button "Year"');
    // Tab leaves the group, not to its next button; Shift+Tab comes back to where it was left.
    await page.keyboard.press('Tab');
    expect(await at()).not.toMatch(/^button "(Month|Week|List|Year)"$/);
    await page.keyboard.press('Shift+Tab');
    expect(await at()).toBe('button "Year"');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.fc-listMonth-view, .fc-list').count()).toBeGreaterThan(0);
    expect(await views.locator('button[tabindex="0"]').textContent()).toBe('List');
    // Still one stop after the view's redraw.
    expect(await views.locator('button[tabindex="0"]').count()).toBe(1);
    console.log(`Tab presses to the Calendar's view buttons: ${presses}`);
  });

  it('the snapshot’s role × week table is one tab stop: ← → along a role, ↑ ↓ to the same week of the next role', async () => {
    const { page } = app;
    await VIEWS[7].open(page);
    const at = async () => (await activeElement(page))?.name ?? '';
    const table = page.getByRole('table', { name: 'Utilisation by role and week' });
    const cells = await table.getByRole('cell').count();
    expect(await tabsUntil(page, (name) => name.startsWith('cell "'), CAP)).not.toBeNull();
    const first = await at();
    expect(first).toMatch(/^cell "[^,]+, week of Nov 23: /);
    await page.keyboard.press('ArrowRight');
    const role = first.slice(6, first.indexOf(','));
    expect(await at()).toMatch(new RegExp(`^cell "${role}, week of Nov 30: `));
    await page.keyboard.press('ArrowDown');
    const below = await at();
    expect(below).toMatch(/week of Nov 30: /);
    expect(below).not.toContain(role);
    await page.keyboard.press('Tab');
    expect(await at()).not.toMatch(/^cell "/);
    console.log(`Snapshot table: 1 tab stop for ${cells} cells`);
  });

  for (const [name, open] of [
    ['Add person', (p: Page) => p.getByRole('button', { name: 'Add person' }).first().click()],
    ['New booking', (p: Page) => p.keyboard.press('Alt+Control+n')],
  ] as const) {
    it(`the ${name} dialog: every control shows its focus`, async () => {
      const { page } = app;
      await VIEWS[3].open(page);
      await open(page);
      const dialog = page.getByRole('dialog');
      await expect.poll(() => dialog.count()).toBe(1);
      const walk = await walkTabs(page, CAP, '[role="dialog"]');
      walks.set(`${name} dialog`, walk);
      expect(walk.stops.length).toBeGreaterThan(4);
      const invisible = walk.stops.filter((s) => s.changed < MIN_CHANGED).map((s) => `${s.name} (${s.changed} px)`);
      expect(invisible, `focus is invisible on ${invisible.length} of ${walk.stops.length} controls`).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
    });
  }

  it('Capacity: the heatmap’s ring shows on all four sides, and the cell the arrows choose is never under its sticky header or names', async () => {
    const { page } = app;
    await VIEWS[2].open(page);
    await page.getByRole('group', { name: 'Bucket' }).getByRole('button', { name: 'Days' }).click();
    expect(await tabsUntil(page, (name) => name.startsWith('grid "'), CAP)).not.toBeNull();
    await expectRingAllRound(page, '.hm-scroll');
    const keys = [...Array<string>(40).fill('ArrowRight'), ...Array<string>(25).fill('ArrowDown'), ...Array<string>(25).fill('ArrowUp'), ...Array<string>(40).fill('ArrowLeft')];
    let checked = 0;
    for (const [i, key] of keys.entries()) {
      await page.keyboard.press(key);
      if (i % 5 !== 4) continue;
      const clear = await selectedCellClear(page);
      expect(clear, `after ${i + 1} keys (${key})`).toEqual({ rowBelowHeader: true, columnRightOfNames: true });
      checked++;
    }
    expect(checked).toBe(26);
    app.errors.assertNone();
  });

  it('Schedule: the grid’s ring shows on all four sides, and the focused booking is never under the sticky header or name column', async () => {
    const { page } = app;
    await VIEWS[0].open(page);
    await focusFromTop(page);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The ring goes round the grid's column (the grid and its key help line).
    await expectRingAllRound(page, '#schedule-grid');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect((await activeElement(page))?.name).toMatch(/^region "Schedule/);

    // Walk the bookings: down the rows, then along one, then back up. Each focused bar shows its
    // ring where it starts, in the grid's open area (not under the header or the names).
    const keys = [...Array<string>(14).fill('ArrowDown'), ...Array<string>(8).fill('ArrowRight'), ...Array<string>(10).fill('ArrowUp'), ...Array<string>(8).fill('ArrowLeft')];
    let checked = 0;
    for (const key of keys) {
      await page.keyboard.press(key);
      const seen = await focusedBarSeen(page);
      if (!seen) continue;
      checked++;
      expect(seen.hit, `the focused booking after ${key} is covered by ${seen.hit}`).toBe('bar');
    }
    expect(checked).toBeGreaterThan(20);
    const bar = page.locator('.sch-bar.focused');
    const barBox = (await bar.boundingBox())!;
    const ringShot = await page.screenshot({ clip: clipIn(barBox, page.viewportSize()!) });
    await app.screenshot('keyboard-focus-schedule-bar');
    await page.keyboard.press('Escape');
    const plainShot = await page.screenshot({ clip: clipIn(barBox, page.viewportSize()!) });
    expect(changedPixels(decodePng(ringShot), decodePng(plainShot), 40)).toBeGreaterThanOrEqual(MIN_CHANGED);
    app.errors.assertNone();
  });
});

/** The focused grid `selector` (focused from the keyboard) shows a ring along each edge of the box round it. */
async function expectRingAllRound(page: Page, selector: string): Promise<void> {
  const grid = page.locator(selector);
  const box = await grid.evaluate((el) => el.parentElement!.getBoundingClientRect().toJSON() as { x: number; y: number; width: number; height: number });
  for (const [side, edge] of Object.entries(edgesOf(box))) {
    await grid.focus();
    expect(await focusChange(page, edge), `the ring of ${selector} on its ${side} edge`).toBeGreaterThanOrEqual(MIN_CHANGED);
  }
  await grid.focus();
}

/** 4 px bands along each edge of a box. */
function edgesOf(b: { x: number; y: number; width: number; height: number }) {
  return {
    top: { x: b.x + 20, y: b.y - 2, width: b.width - 40, height: 4 },
    left: { x: b.x - 2, y: b.y + 20, width: 4, height: b.height - 40 },
    bottom: { x: b.x + 20, y: b.y + b.height - 2, width: b.width - 40, height: 4 },
    right: { x: b.x + b.width - 2, y: b.y + 20, width: 4, height: b.height - 40 },
  };
}

function clipIn(b: { x: number; y: number; width: number; height: number }, vp: { width: number; height: number }) {
  const x = Math.max(0, Math.floor(b.x));
  const y = Math.max(0, Math.floor(b.y));
  return { x, y, width: Math.min(vp.width, Math.ceil(b.x + b.width)) - x, height: Math.min(vp.height, Math.ceil(b.y + b.height)) - y };
}

/**
 * What the user sees at the focused bar's first corner just inside its ring: 'bar', or the class of
 * whatever covers it. Null when no bar has the focus.
 */
function focusedBarSeen(page: Page): Promise<{ hit: string } | null> {
  return page.evaluate(() => {
    const bar = document.querySelector('.sch-bar.focused');
    if (!bar) return null;
    const r = bar.getBoundingClientRect();
    const at = document.elementFromPoint(r.left + 3, r.top + 3);
    const grid = document.getElementById('schedule-grid')!.getBoundingClientRect();
    const inside = r.left + 3 < grid.right && r.top + 3 < grid.bottom;
    if (!inside) return { hit: 'outside the grid' };
    return { hit: at && (at === bar || bar.contains(at)) ? 'bar' : String((at as HTMLElement | null)?.className || at?.tagName) };
  });
}

/** Where the heatmap's chosen cell (its side panel's person and day) is: clear of the sticky parts? */
async function selectedCellClear(page: Page) {
  const panel = page.locator('aside.cp-panel');
  await expect.poll(() => panel.count()).toBe(1);
  return page.evaluate(() => {
    const aside = document.querySelector<HTMLElement>('aside.cp-panel')!;
    const name = aside.querySelector('h2')!.textContent;
    const head = document.querySelector('.hm-head')!.getBoundingClientRect();
    const names = document.querySelector('.hm-corner')!.getBoundingClientRect();
    const row = [...document.querySelectorAll('.hm-row')].find((r) => r.querySelector('.hm-person')?.textContent === name);
    const col = document.querySelector(`.hm-head-cell[title^="${aside.dataset.start}"]`);
    return {
      rowBelowHeader: Boolean(row && row.getBoundingClientRect().top >= head.bottom - 1),
      columnRightOfNames: Boolean(col && col.getBoundingClientRect().left >= names.right - 1),
    };
  });
}
