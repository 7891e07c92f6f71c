// The schedule on a big workspace, in Chromium: `npm run bench:ui`.
//
// Needs the built renderer (`npx electron-vite build` → out/renderer, or CP_RENDERER_DIR) and the
// generated workspace (`npx tsx build/scripts/seed.ts --people 5000 --bookings 100000 --months 24
// --out big.db`, or BENCH_DB). The workspace is copied first: the bench moves a booking.
// Prints one JSON line, or fails (exit 1) saying why when the drop can't be measured. When no bar
// in view can be moved, one is booked through the bridge first (BENCH_BOOK_BAR=1 always does).
// Figures, not assertions: these machines vary ±30–50% run to run.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startApp } from '../e2e/harness';
import { installShadeProbe } from '../e2e/support/scheduleShade';
import { BenchFailure, fail, findRoom, openSchedule, pickMove, showToday, timeDrop } from './uiDrop';

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

const app = await startApp({ rendererDir: RENDERER, workspace, viewport: { width: 1440, height: 900 } });
try {
  const { page } = app;
  // tsx keeps function names with a __name helper the page doesn't have.
  await page.evaluate('window.__name = (f) => f');
  const cdp = await page.context().newCDPSession(page);
  const people = (await app.bridge.call('app:info')).counts.talent;
  await page.waitForSelector('nav[aria-label="Main"]', { timeout: 60_000 });

  const t0 = Date.now();
  await openSchedule(page);
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

  // Drop a moved booking and time until the load shading under it changes. A workspace with no
  // short bar and free days beside it in view gets one, booked through the bridge.
  await showToday(page);
  let move = process.env.BENCH_BOOK_BAR ? null : await pickMove(page);
  let madeBar = false;
  if (!move) {
    const room = await findRoom(page);
    if (!room) fail('no person in view has two free working days with free days after them, so no bar can be made to move');
    const campaign = (await app.bridge.call('campaigns:list', {})).find((c) => c.status === 'confirmed');
    if (!campaign) fail('the workspace has no confirmed campaign to book a bar on');
    await app.bridge.call('bookings:create', { talentId: room.talentId, campaignId: campaign.id, start: room.start, end: room.end, hoursPerDay: 4, note: 'bench:ui' });
    madeBar = true;
    // Loaded afresh, the Schedule shows the new bar whatever announces changes to an open one.
    await page.reload({ waitUntil: 'load' });
    await page.evaluate('window.__name = (f) => f');
    await openSchedule(page);
    await page.waitForSelector('.sch-shade[data-strips]:not([data-strips="0"])', { timeout: 60_000 });
    await installShadeProbe(page);
    await showToday(page);
    move = await pickMove(page);
    if (!move) fail(`booked a bar for person ${room.talentId} on ${room.start} to ${room.end}, but the Schedule showed no bar it could move`);
  }
  const { dropToShadeMs, dropToSavedMs } = await timeDrop(page, move);
  if (dropToShadeMs < 0) fail(`moved a bar for person ${move.talentId}, but the shading on ${move.watch} did not change within 10 s of the drop`);

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
      madeBar,
      frames: frames.length,
      loadAverage: Math.round(loadavg()[0] * 10) / 10,
    }),
  );
  if (app.errors.list.length) console.error('page errors:', JSON.stringify(app.errors.list.slice(0, 5)));
} catch (e) {
  if (!(e instanceof BenchFailure)) throw e;
  console.error(e.message);
  process.exitCode = 1;
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
