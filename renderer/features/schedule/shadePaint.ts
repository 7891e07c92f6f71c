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

/** One filled path of the band: all its shapes of one colour. */
export interface ShadePath {
  fill: string;
  d: string;
  /** Load strips are smoothed (rounded corners); backgrounds and lines stay on whole pixels. */
  strip: boolean;
}

/** Backgrounds and lines in the order they are painted (later ones cover earlier ones). */
const BACKGROUND_ORDER = [SHADE.weekend, SHADE.dayLine, SHADE.weekLine, SHADE.off, SHADE.hol, SHADE.overBg, SHADE.holLine];
const STRIP_RADIUS = 2;

/**
 * Collects rectangles by colour, as path data for an inline SVG: a band is a handful of paths in
 * the page, where an SVG image would cost Chromium a document of its own, and a canvas a
 * composited layer of its own.
 */
export class ShadePen {
  private readonly rects = new Map<string, string[]>();
  private readonly strips = new Map<string, string[]>();
  stripCount = 0;

  rect(colour: string, x: number, y: number, w: number, h: number): void {
    add(this.rects, colour, `M${x} ${y}h${w}v${h}h${-w}z`);
  }

  /** A rectangle with rounded corners (the load strip). */
  strip(colour: string, x: number, y: number, w: number, h: number): void {
    const r = Math.min(STRIP_RADIUS, w / 2, h / 2);
    const arc = (dx: number, dy: number) => `a${r} ${r} 0 0 1 ${dx} ${dy}`;
    add(this.strips, colour, `M${x + r} ${y}h${w - 2 * r}${arc(r, r)}v${h - 2 * r}${arc(-r, r)}h${2 * r - w}${arc(-r, -r)}v${2 * r - h}${arc(r, -r)}z`);
    this.stripCount++;
  }

  /** Backgrounds and lines in a fixed order, then the strips above them. */
  paths(): ShadePath[] {
    const out: ShadePath[] = [];
    for (const colour of BACKGROUND_ORDER) {
      const d = this.rects.get(colour);
      if (d) out.push({ fill: colour, d: d.join(''), strip: false });
    }
    for (const [colour, d] of this.strips) out.push({ fill: colour, d: d.join(''), strip: true });
    return out;
  }
}

function add(map: Map<string, string[]>, colour: string, d: string): void {
  let list = map.get(colour);
  if (!list) map.set(colour, (list = []));
  list.push(d);
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
