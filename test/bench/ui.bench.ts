// The schedule on a big workspace, in Chromium: `npm run bench:ui`.
//
// Needs the built renderer (`npx electron-vite build` → out/renderer, or CP_RENDERER_DIR) and the
// generated workspace (`npx tsx build/scripts/seed.ts --people 5000 --bookings 100000 --months 24
// --out big.db`, or BENCH_DB). The workspace is copied first: the bench moves a booking.
// Prints one JSON line. Figures, not assertions: these machines vary ±30–50% run to run.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp } from '../e2e/harness';
import { installShadeProbe } from '../e2e/support/scheduleShade';

const SOURCE = process.env.BENCH_DB ?? 'big.db';
const RENDERER = process.env.CP_RENDERER_DIR || undefined;
const SCROLL_MS = 10_000;
/** The same rAF loop without scrolling, just before: the machine's floor for the frame figures. */
const IDLE_MS = 5_000;

if (!existsSync(SOURCE)) {
  console.error(`No workspace at ${SOURCE}: npx tsx build/scripts/seed.ts --people 5000 --bookings 100000 --months 24 --out ${SOURCE}`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'cp-bench-ui-'));
const workspace = join(dir, 'big.db');
copyFileSync(SOURCE, workspace);

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * rAF frame times while the grid scrolls down and sideways (and back), plus the largest DOM size seen.
 * With `scroll` false the loop is the same but leaves the grid where it is.
 */
async function scrollRun(page: Page, duration: number, scroll = true): Promise<{ frames: number[]; maxElements: number }> {
  return page.evaluate(async ({ duration, scroll }) => {
    const el = document.querySelector<HTMLElement>('.sch-scroll');
    if (!el) throw new Error('no grid');
    const frames: number[] = [];
    let maxElements = el.getElementsByTagName('*').length;
    const t0 = performance.now();
    let last = t0;
    let n = 0;
    await new Promise<void>((done) => {
      const step = (now: number) => {
        frames.push(now - last);
        last = now;
        const t = (now - t0) / duration;
        // Phase 1: down 40 px a frame and right 12 px a frame; phase 2: back up and left.
        const dir = !scroll ? 0 : t < 0.5 ? 1 : -1;
        if (dir) {
          el.scrollTop += 40 * dir;
          el.scrollLeft += 12 * dir;
        }
        if (++n % 10 === 0) maxElements = Math.max(maxElements, el.getElementsByTagName('*').length);
        if (now - t0 < duration) requestAnimationFrame(step);
        else done();
      };
      requestAnimationFrame(step);
    });
    frames.shift();
    return { frames, maxElements };
  }, { duration, scroll });
}

/** Finds a short bar with working, unbooked days after it in the same row: returns the drag to make. */
async function pickMove(page: Page) {
  return page.evaluate(async () => {
    const bars = [...document.querySelectorAll<HTMLElement>('.sch-bar:not(.saving)')];
    const grid = (document.querySelector('.sch-scroll') as HTMLElement).getBoundingClientRect();
    const header = new Map([...document.querySelectorAll<HTMLElement>('.sch-h-cell')].map((h) => [h.dataset.day as string, h]));
    const days = [...header.keys()].sort();
    const shadeAt = (window as unknown as { __shadeAt(t: number, d: string): Promise<{ level: string | null; bg: string | null } | null> }).__shadeAt;
    for (const bar of bars) {
      const r = bar.getBoundingClientRect();
      if (r.left < grid.left + 260 || r.right > grid.right - 300 || r.top < grid.top + 60 || r.bottom > grid.bottom - 20 || r.width > 200 || r.width < 30) continue;
      const row = bar.parentElement as HTMLElement;
      const n = Math.round(r.width / 34);
      const startIdx = days.indexOf(bar.dataset.start as string);
      if (startIdx < 0) continue;
      for (let k = n + 1; k < n + 12; k++) {
        const target = days.slice(startIdx + k, startIdx + k + n);
        const free = async (d: string) => {
          const shade = await shadeAt(Number(row.dataset.talentId), d);
          return !header.get(d)?.classList.contains('we') && !!shade && !shade.level && !shade.bg;
        };
        if (target.length === n && (await Promise.all(target.map(free))).every(Boolean)) {
          return { talentId: row.dataset.talentId, x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2, dx: k * 34, watch: target[0] };
        }
      }
    }
    return null;
  });
}

const app = await startApp({ rendererDir: RENDERER, workspace, viewport: { width: 1440, height: 900 } });
try {
  const { page } = app;
  // tsx keeps function names with a __name helper the page doesn't have.
  await page.evaluate('window.__name = (f) => f');
  const cdp = await page.context().newCDPSession(page);
  const people = (await app.bridge.call('app:info')).counts.talent;
  await page.waitForSelector('nav[aria-label="Main"]', { timeout: 60_000 });

  const t0 = Date.now();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Schedule/ }).click();
  await page.waitForSelector('.sch-name', { timeout: 60_000 });
  await page.waitForSelector('.sch-row .sch-bar', { timeout: 60_000 });
  const firstRowsMs = Date.now() - t0; // names, day cells and booking bars of the first rows
  await page.waitForSelector('.sch-shade[data-strips]:not([data-strips="0"])', { timeout: 60_000 });
  const firstShadeMs = Date.now() - t0; // their load shading (capacity:grid), drawn as the bands' images
  await installShadeProbe(page);
  await page.waitForTimeout(1000);
  await app.screenshot('schedule-bench-5000-day');

  const idle = (await scrollRun(page, IDLE_MS, false)).frames.sort((a, b) => a - b);
  const { frames, maxElements } = await scrollRun(page, SCROLL_MS);
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const sorted = [...frames].sort((a, b) => a - b);

  // Drop a moved booking and time until the load shading under it changes.
  await page.evaluate(() => {
    const el = document.querySelector('.sch-scroll') as HTMLElement;
    el.scrollTop = 0;
    (document.querySelector('.sch-toolbar button') as HTMLElement | null)?.blur();
  });
  await page.getByRole('button', { name: 'Today' }).click();
  await page.waitForTimeout(1500);
  const move = await pickMove(page);
  let dropToShadeMs = -1;
  let dropToSavedMs = -1;
  if (move) {
    await page.evaluate(({ watch, talentId }) => {
      const w = window as unknown as { __drop: number; __shade: number; __saved: number; __shadeAt(t: number, d: string): Promise<{ level: string | null } | null> };
      w.__drop = 0;
      w.__shade = 0;
      w.__saved = 0;
      window.addEventListener('pointerup', () => (w.__drop = performance.now()), { capture: true, once: true });
      const scroller = document.querySelector('.sch-scroll') as HTMLElement;
      // A band is drawn again (data-drawn changes): is there a load strip under the moved bar now?
      // The time is the redraw's, not the end of the probe's own image decode.
      new MutationObserver((_, obs) => {
        const at = performance.now();
        if (!w.__drop || w.__shade) return;
        void w.__shadeAt(Number(talentId), watch).then((shade) => {
          if (shade?.level && !w.__shade) {
            w.__shade = at;
            obs.disconnect();
          }
        });
      }).observe(scroller, { attributes: true, subtree: true, childList: true, attributeFilter: ['data-drawn'] });
    }, { watch: move.watch, talentId: move.talentId });
    await page.mouse.move(move.x, move.y);
    await page.mouse.down();
    await page.mouse.move(move.x + 6, move.y, { steps: 2 });
    await page.mouse.move(move.x + move.dx, move.y, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => (window as unknown as { __shade: number }).__shade > 0, undefined, { timeout: 10_000 }).catch(() => undefined);
    const confirm = page.getByRole('button', { name: 'Save anyway' });
    await page
      .waitForFunction(() => !document.querySelector('.sch-bar.saving') || !!document.querySelector('[role="dialog"]'), undefined, { timeout: 15_000 })
      .catch(() => undefined);
    if (await confirm.count()) await confirm.click();
    await page.waitForFunction(() => !document.querySelector('.sch-bar.saving'), undefined, { timeout: 15_000 }).catch(() => undefined);
    const t = await page.evaluate(() => {
      const w = window as unknown as { __drop: number; __shade: number };
      return { drop: w.__drop, shade: w.__shade, now: performance.now() };
    });
    if (t.shade) dropToShadeMs = round(t.shade - t.drop);
    dropToSavedMs = round(t.now - t.drop);
  }

  await page.getByRole('group', { name: 'Zoom' }).getByRole('button', { name: 'Weeks' }).click();
  await page.waitForTimeout(1500);
  await app.screenshot('schedule-bench-5000-week');

  console.log(
    JSON.stringify({
      bench: 'ui',
      people,
      firstRowsMs,
      firstShadeMs,
      frameP50Ms: round(pct(sorted, 50)),
      frameP95Ms: round(pct(sorted, 95)),
      frameP99Ms: round(pct(sorted, 99)),
      idleFrameP95Ms: round(pct(idle, 95)),
      maxGridElements: maxElements,
      heapMB: round(heap.usedSize / 1048576),
      dropToShadeMs,
      dropToSavedMs,
      frames: frames.length,
      loadAverage: Math.round(loadavg()[0] * 10) / 10,
    }),
  );
  if (app.errors.list.length) console.error('page errors:', JSON.stringify(app.errors.list.slice(0, 5)));
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
