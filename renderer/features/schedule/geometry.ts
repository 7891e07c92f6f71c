import type { Zoom } from './types';

/** Layout constants of the grid, in CSS pixels. */
export const NAME_W = 232;
export const ROW_H = 38;
export const HEADER_H = 46;
export const LOAD_H = 5;
/** Width of the resize grip at each end of a booking bar (px; schedule.css draws it). */
export const EDGE_W = 7;

/** Width of one day at each zoom. Weeks and months are drawn on the same day scale. */
export const DAY_W: Record<Zoom, number> = { day: 34, week: 13, month: 4 };

/** How many rows / days are rendered beyond the viewport, and the step the window moves by. */
export const ROW_CHUNK = 8;
export const DAY_CHUNK: Record<Zoom, number> = { day: 14, week: 28, month: 92 };

/** How far the time axis grows when the user scrolls near one of its ends. */
export const AXIS_GROW: Record<Zoom, number> = { day: 120, week: 364, month: 1095 };

export interface GridWindow {
  rowStart: number;
  rowEnd: number;
  dayStart: number;
  dayEnd: number;
}

/** The rows and days to render for a scroll position, snapped to chunks so most scroll frames don't re-render. */
export function windowFor(scrollTop: number, scrollLeft: number, width: number, height: number, rowCount: number, axisStart: number, axisDays: number, zoom: Zoom): GridWindow {
  const first = Math.floor(Math.max(0, scrollTop) / ROW_H);
  const last = Math.ceil((scrollTop + height) / ROW_H);
  const rowStart = Math.max(0, Math.floor(first / ROW_CHUNK) * ROW_CHUNK - ROW_CHUNK);
  const rowEnd = Math.min(rowCount, Math.ceil(last / ROW_CHUNK) * ROW_CHUNK + ROW_CHUNK);
  const dayW = DAY_W[zoom];
  const chunk = DAY_CHUNK[zoom];
  const d0 = Math.floor(Math.max(0, scrollLeft) / dayW);
  const d1 = Math.ceil((scrollLeft + Math.max(0, width - NAME_W)) / dayW);
  const dayStart = axisStart + Math.max(0, Math.floor(d0 / chunk) * chunk - chunk);
  const dayEnd = axisStart + Math.min(axisDays - 1, Math.ceil(d1 / chunk) * chunk + chunk);
  return { rowStart, rowEnd, dayStart, dayEnd };
}

export function sameWindow(a: GridWindow, b: GridWindow): boolean {
  return a.rowStart === b.rowStart && a.rowEnd === b.rowEnd && a.dayStart === b.dayStart && a.dayEnd === b.dayEnd;
}
