// The drop measurement of `bench:ui`: find (or make room for) a short bar, drag it onto free days
// and time the drop until the load shading under it changes.
import type { Page } from 'playwright-core';

/** A failure that makes the bench exit non-zero with a plain message instead of a figure of -1. */
export class BenchFailure extends Error {}

export function fail(reason: string): never {
  throw new BenchFailure(`bench:ui could not measure the drop: ${reason}.`);
}

export interface Move {
  talentId: string;
  x: number;
  y: number;
  dx: number;
  /** The first day the bar lands on: its shading must change. */
  watch: string;
}

export async function openSchedule(page: Page): Promise<void> {
  await page.waitForSelector('nav[aria-label="Main"]', { timeout: 60_000 });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Schedule/ }).click();
  await page.waitForSelector('.sch-name', { timeout: 60_000 });
}

/** Back to the top rows and today, with nothing focused in the toolbar. */
export async function showToday(page: Page): Promise<void> {
  await page.evaluate(() => {
    const el = document.querySelector('.sch-scroll') as HTMLElement;
    el.scrollTop = 0;
    (document.querySelector('.sch-toolbar button') as HTMLElement | null)?.blur();
  });
  await page.getByRole('button', { name: 'Today' }).click();
  await page.waitForTimeout(1500);
}

type ShadeAt = (t: number, d: string) => Promise<{ level: string | null; bg: string | null } | null>;

/** Finds a short bar with working, unbooked days after it in the same row: returns the drag to make. */
export async function pickMove(page: Page): Promise<Move | null> {
  return page.evaluate(async () => {
    const bars = [...document.querySelectorAll<HTMLElement>('.sch-bar:not(.saving)')];
    const grid = (document.querySelector('.sch-scroll') as HTMLElement).getBoundingClientRect();
    const header = new Map([...document.querySelectorAll<HTMLElement>('.sch-h-cell')].map((h) => [h.dataset.day as string, h]));
    const days = [...header.keys()].sort();
    const shadeAt = (window as unknown as { __shadeAt: ShadeAt }).__shadeAt;
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
          return { talentId: row.dataset.talentId as string, x: r.left + Math.min(40, r.width / 2), y: r.top + r.height / 2, dx: k * 34, watch: target[0] };
        }
      }
    }
    return null;
  });
}

/**
 * Two free working days in a row in view, with free working days a few days after them: where a
 * bar booked on the first two can be dragged to the others. Scans the rows in view, top first.
 */
export async function findRoom(page: Page): Promise<{ talentId: number; start: string; end: string } | null> {
  return page.evaluate(async () => {
    const grid = (document.querySelector('.sch-scroll') as HTMLElement).getBoundingClientRect();
    const cells = [...document.querySelectorAll<HTMLElement>('.sch-h-cell')].filter((h) => {
      const c = h.getBoundingClientRect();
      return c.left >= grid.left + 260 && c.right <= grid.right - 300;
    });
    const days = cells.map((h) => h.dataset.day as string);
    const weekend = new Set(cells.filter((h) => h.classList.contains('we')).map((h) => h.dataset.day));
    const shadeAt = (window as unknown as { __shadeAt: ShadeAt }).__shadeAt;
    const rows = [...document.querySelectorAll<HTMLElement>('.sch-row[data-talent-id]')].filter((row) => {
      const r = row.getBoundingClientRect();
      return r.top >= grid.top + 60 && r.bottom <= grid.bottom - 20;
    });
    for (const row of rows) {
      const talentId = Number(row.dataset.talentId);
      const free: boolean[] = [];
      for (const d of days) {
        const shade = weekend.has(d) ? null : await shadeAt(talentId, d);
        free.push(!!shade && !shade.level && !shade.bg);
      }
      for (let i = 0; i + 1 < days.length; i++) {
        if (!free[i] || !free[i + 1]) continue;
        for (let k = 3; k < 12 && i + k + 1 < days.length; k++) {
          if (free[i + k] && free[i + k + 1]) return { talentId, start: days[i], end: days[i + 1] };
        }
      }
    }
    return null;
  });
}

/** Drags the bar and times the drop until the shading changes (-1: it never did) and until saved. */
export async function timeDrop(page: Page, move: Move): Promise<{ dropToShadeMs: number; dropToSavedMs: number }> {
  await page.evaluate(({ watch, talentId }) => {
    const w = window as unknown as { __drop: number; __shade: number; __shadeAt: ShadeAt };
    w.__drop = 0;
    w.__shade = 0;
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
  const round = (n: number) => Math.round(n * 10) / 10;
  return { dropToShadeMs: t.shade ? round(t.shade - t.drop) : -1, dropToSavedMs: round(t.now - t.drop) };
}
