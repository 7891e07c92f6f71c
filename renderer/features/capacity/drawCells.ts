// Paints the visible heatmap cells on a canvas: a few thousand rectangles a frame cost far less
// than as many DOM nodes, so the heatmap scrolls smoothly at 5,000 people × 104 weeks.

import { cellColours, cellLoad, freeColours, INACTIVE_BG, INACTIVE_HATCH } from '@shared/utilisationScale';
import type { GridRow } from './gridPages';

export interface DrawView {
  width: number;
  height: number;
  scrollLeft: number;
  scrollTop: number;
  colW: number;
  rowH: number;
  colCount: number;
  rowCount: number;
  showText: boolean;
  selected: { row: number; col: number } | null;
  /** Today's position in columns (index + fraction), or null. */
  today: number | null;
  /** Cells as utilisation (the default) or as free hours. */
  show?: 'utilisation' | 'free';
}

const freeText = (hours: number) => String(Math.round(hours * 10) / 10);

const hatches = new Map<string, CanvasPattern | null>();
function hatchPattern(ctx: CanvasRenderingContext2D, dpr: number, colour: string): CanvasPattern | null {
  const key = `${colour}|${dpr}`;
  if (hatches.has(key)) return hatches.get(key) ?? null;
  const tile = document.createElement('canvas');
  const size = Math.round(6 * dpr);
  tile.width = size;
  tile.height = size;
  const t = tile.getContext('2d');
  if (!t) return null;
  t.strokeStyle = colour;
  t.lineWidth = 1.6 * dpr;
  t.beginPath();
  for (const o of [-size, 0, size]) {
    t.moveTo(o, size);
    t.lineTo(o + size, 0);
  }
  t.stroke();
  const pattern = ctx.createPattern(tile, 'repeat');
  hatches.set(key, pattern);
  return pattern;
}

export function drawCells(ctx: CanvasRenderingContext2D, dpr: number, v: DrawView, rowAt: (r: number) => GridRow | undefined): void {
  ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  ctx.clearRect(0, 0, v.width, v.height);
  if (!v.colCount) return;
  const c0 = Math.max(0, Math.floor(v.scrollLeft / v.colW));
  const c1 = Math.min(v.colCount - 1, Math.floor((v.scrollLeft + v.width) / v.colW));
  const r0 = Math.max(0, Math.floor(v.scrollTop / v.rowH));
  const r1 = Math.min(v.rowCount - 1, Math.floor((v.scrollTop + v.height) / v.rowH));
  const onDark = hatchPattern(ctx, dpr, 'rgba(255,255,255,0.62)');
  const onLight = hatchPattern(ctx, dpr, 'rgba(34,102,173,0.55)');
  const outside = hatchPattern(ctx, dpr, INACTIVE_HATCH);
  ctx.font = '500 11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let r = r0; r <= r1; r++) {
    const y = r * v.rowH - v.scrollTop;
    const row = rowAt(r);
    if (!row) {
      ctx.fillStyle = '#f4f6f9';
      ctx.fillRect(0, y + 6, v.width, v.rowH - 12);
      continue;
    }
    const target = row.person.target;
    for (let c = c0; c <= c1; c++) {
      const x = c * v.colW - v.scrollLeft;
      if (row.inactive[c] >= 0.999 && row.confirmed[c] + row.tentative[c] === 0) {
        // Wholly outside the contract: drawn apart from a 0 % (or no capacity) cell, with no figure.
        ctx.fillStyle = INACTIVE_BG;
        ctx.fillRect(x, y, v.colW - 1, v.rowH - 1);
        if (outside) {
          ctx.fillStyle = outside;
          ctx.fillRect(x, y, v.colW - 1, v.rowH - 1);
        }
        continue;
      }
      if (v.show === 'free') {
        const { bg, fg } = freeColours(row.free[c], row.capacity[c]);
        ctx.fillStyle = bg;
        ctx.fillRect(x, y, v.colW - 1, v.rowH - 1);
        if (v.showText && row.capacity[c] > 0) {
          ctx.fillStyle = fg;
          ctx.fillText(freeText(row.free[c]), x + (v.colW - 1) / 2, y + (v.rowH - 1) / 2 + 0.5);
        }
        continue;
      }
      const load = cellLoad(row.capacity[c], row.confirmed[c], row.tentative[c], target);
      const { bg, fg } = cellColours(load, target);
      ctx.fillStyle = bg;
      ctx.fillRect(x, y, v.colW - 1, v.rowH - 1);
      const pattern = load.state === 'free' || load.state === 'under' ? onLight : onDark;
      if (load.tentativeShare > 0 && pattern) {
        // The tentative share of the booked hours, hatched from the right edge.
        const w = Math.max(0.18, load.tentativeShare) * (v.colW - 1);
        ctx.fillStyle = pattern;
        ctx.fillRect(x + v.colW - 1 - w, y, w, v.rowH - 1);
      }
      if (v.showText && load.state !== 'off' && (load.state !== 'free' || v.colW >= 40)) {
        ctx.fillStyle = fg;
        ctx.fillText(Number.isFinite(load.utilisation) ? String(Math.round(load.utilisation * 100)) : '!', x + (v.colW - 1) / 2, y + (v.rowH - 1) / 2 + 0.5);
      }
    }
  }
  if (v.today !== null) {
    ctx.fillStyle = 'rgba(59, 91, 219, 0.6)';
    ctx.fillRect(v.today * v.colW - v.scrollLeft - 1, 0, 2, Math.min(v.height, v.rowCount * v.rowH - v.scrollTop));
  }
  if (v.selected && v.selected.row >= r0 && v.selected.row <= r1) {
    // A dark ring with a white line inside: it reads on the palest and the darkest cells.
    const x = v.selected.col * v.colW - v.scrollLeft;
    const y = v.selected.row * v.rowH - v.scrollTop;
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#1c2330';
    ctx.strokeRect(x + 1, y + 1, v.colW - 3, v.rowH - 3);
    ctx.strokeStyle = '#fff';
    ctx.lineWidth = 1;
    ctx.strokeRect(x + 2.5, y + 2.5, v.colW - 6, v.rowH - 6);
  }
}
