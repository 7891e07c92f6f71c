import { isWeekend, weekStartOfDay } from './days';
import type { ShadeCell } from './shadeCells';
import type { Zoom } from './types';

/** The colours of the grid's shading (the e2e tests read them back from the drawn image). */
export const SHADE = {
  weekend: '#f5f6f8',
  dayLine: '#eef0f3',
  weekLine: '#e7e9ee',
  off: '#f5f6f8',
  hol: '#f1edff',
  overBg: '#fff4f4',
  holLine: '#e9e3ff',
  full: '#2f9e44',
  over: '#e03131',
  free: ['#e9f7ee', '#d3f0dc', '#b2e5c1', '#8fd8a5', '#74cc8e'],
} as const;

/** Row geometry inside a row of ROW_H: the cell height (without the row's border) and the strip. */
export const CELL_H = 37;
export const STRIP = { inset: 1, bottom: 2, height: 5 } as const;

export interface BandFrame {
  /** First day drawn at x = 0, and the day width. */
  dayStart: number;
  dayEnd: number;
  dayW: number;
  zoom: Zoom;
}

/**
 * Collects rectangles by colour and writes them as one SVG image: an image is painted with the rows'
 * own layer, where a canvas would be a composited layer of its own (and make everything above it one).
 */
export class ShadePen {
  private readonly paths = new Map<string, string[]>();
  private readonly strips = new Map<string, string[]>();
  stripCount = 0;

  rect(colour: string, x: number, y: number, w: number, h: number): void {
    let list = this.paths.get(colour);
    if (!list) this.paths.set(colour, (list = []));
    list.push(`M${x} ${y}h${w}v${h}h${-w}z`);
  }

  strip(colour: string, x: number, y: number, w: number, h: number): void {
    let list = this.strips.get(colour);
    if (!list) this.strips.set(colour, (list = []));
    list.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="2"/>`);
    this.stripCount++;
  }

  /** Backgrounds and lines in a fixed order (later ones cover earlier ones), then the strips. */
  toDataUrl(width: number, height: number): string {
    const order = [SHADE.weekend, SHADE.dayLine, SHADE.weekLine, SHADE.off, SHADE.hol, SHADE.overBg, SHADE.holLine];
    const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" shape-rendering="crispEdges">`];
    for (const colour of order) {
      const d = this.paths.get(colour);
      if (d) parts.push(`<path fill="${colour}" d="${d.join('')}"/>`);
    }
    for (const [colour, rects] of this.strips) parts.push(`<g fill="${colour}" shape-rendering="auto">${rects.join('')}</g>`);
    parts.push('</svg>');
    return `data:image/svg+xml,${encodeURIComponent(parts.join(''))}`;
  }
}

const x = (f: BandFrame, day: number) => (day - f.dayStart) * f.dayW;

/** Weekend columns and day lines (day zoom), Monday lines (week zoom), month lines (month zoom). */
export function paintGridLines(pen: ShadePen, f: BandFrame, height: number, monthStarts: number[]): void {
  if (f.zoom === 'day') {
    for (let d = f.dayStart; d <= f.dayEnd; d++) {
      if (isWeekend(d)) pen.rect(SHADE.weekend, x(f, d), 0, f.dayW, height);
      pen.rect(SHADE.dayLine, x(f, d), 0, 1, height);
    }
    return;
  }
  const lines = f.zoom === 'week' ? mondays(f) : monthStarts;
  for (const d of lines) pen.rect(SHADE.weekLine, x(f, d), 0, 1, height);
}

/** One row's cells at `top`: their backgrounds, and the load strip along the bottom. */
export function paintRow(pen: ShadePen, f: BandFrame, top: number, cells: ShadeCell[]): void {
  for (const cell of cells) {
    const left = x(f, cell.start);
    const w = cell.days * f.dayW;
    const bg = cell.bg === 'hol' ? SHADE.hol : cell.bg === 'off' ? SHADE.off : cell.level === 'over' ? SHADE.overBg : null;
    if (bg) pen.rect(bg, left, top, w, CELL_H);
    if (cell.bg === 'hol') pen.rect(SHADE.holLine, left, top, 1, CELL_H);
    if (cell.level) {
      const colour = cell.level === 'free' ? SHADE.free[cell.fill] : SHADE[cell.level];
      pen.strip(colour, left + STRIP.inset, top + CELL_H - STRIP.bottom - STRIP.height, w - 2 * STRIP.inset, STRIP.height);
    }
  }
}

function mondays(f: BandFrame): number[] {
  const out: number[] = [];
  for (let d = weekStartOfDay(f.dayStart); d <= f.dayEnd; d += 7) if (d >= f.dayStart) out.push(d);
  return out;
}
