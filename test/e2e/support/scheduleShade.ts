import type { Page } from 'playwright-core';
import { CELL_H, SHADE, STRIP } from '../../../renderer/features/schedule/shadePaint';

/** What the schedule's canvas shows for one person on one day (or week, or month). */
export interface Shade {
  /** The load strip: 'free' | 'full' | 'over', or null when none is drawn. */
  level: string | null;
  /** 0..4 for a free strip: how much of the day is booked. */
  fill: number | null;
  /** The cell's background: 'hol' | 'off' | 'overBg', or null for a plain working day. */
  bg: string | null;
}

/**
 * Installs `window.__shadeAt(talentId, iso)` in the page: draws the shading SVG of the band under a
 * person's row into a canvas, reads its pixels at the day's column (from the date header) and names
 * the colours found. It reads what was drawn, so it breaks if the shading is wrong. Resolves null
 * when the row or day isn't rendered.
 */
export async function installShadeProbe(page: Page): Promise<void> {
  const palette = {
    strips: [['full', SHADE.full], ['over', SHADE.over], ...SHADE.free.map((c, i) => [`free:${i}`, c])],
    backgrounds: [['hol', SHADE.hol], ['off', SHADE.off], ['overBg', SHADE.overBg]],
    stripY: CELL_H - STRIP.bottom - STRIP.height / 2,
  };
  await page.evaluate(`window.__shadePalette = ${JSON.stringify(palette)}; window.__shadeAt = ${PROBE};`);
}

// Plain JavaScript, evaluated in the page (no bundler helpers).
const PROBE = `async (talentId, iso) => {
  const P = window.__shadePalette;
  const col = document.querySelector('.sch-h-cell[data-day="' + iso + '"]');
  const row = document.querySelector('.sch-row[data-talent-id="' + talentId + '"]');
  if (!col || !row) return null;
  const c = col.getBoundingClientRect();
  const r = row.getBoundingClientRect();
  const x = c.left + c.width / 2;
  const band = [...document.querySelectorAll('.sch-shade')].find((el) => {
    const b = el.getBoundingClientRect();
    return x >= b.left && x < b.right && r.top + 1 >= b.top && r.top + 1 < b.bottom;
  });
  if (!band) return null;
  const b = band.getBoundingClientRect();
  const url = 'data:image/svg+xml,' + encodeURIComponent(new XMLSerializer().serializeToString(band));
  const img = new Image();
  img.src = url;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(b.width);
  canvas.height = Math.round(b.height);
  const g = canvas.getContext('2d');
  g.drawImage(img, 0, 0);
  const pixel = (y) => g.getImageData(Math.floor(x - b.left), Math.floor(y - b.top), 1, 1).data;
  const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
  const match = (d, list) => {
    for (const [n, h] of list) if (hex(h).every((v, i) => Math.abs(v - d[i]) <= 2)) return n;
    return null;
  };
  const name = (d, list) => (d[3] < 250 ? null : match(d, list) || 'unknown(' + d[0] + ',' + d[1] + ',' + d[2] + ')');
  const stripPx = pixel(r.top + P.stripY);
  // A strip colour, or nothing (transparent, or the cell's own background showing through).
  const strip = stripPx[3] < 250 || match(stripPx, P.backgrounds) ? null : name(stripPx, P.strips);
  const bg = name(pixel(r.top + 6), P.backgrounds);
  const [level, fill] = strip && strip.startsWith('free:') ? ['free', Number(strip.slice(5))] : [strip, null];
  return { level, fill, bg };
}`;

/** The shade of a person's day, read from the canvas; null when it isn't rendered. */
export async function shadeAt(page: Page, talentId: number, iso: string): Promise<Shade | null> {
  return page.evaluate(([t, d]) => (window as unknown as { __shadeAt(t: number, d: string): Promise<Shade | null> }).__shadeAt(t, d), [talentId, iso] as const);
}
