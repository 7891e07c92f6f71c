// The one utilisation colour scale: the Capacity heatmap, the snapshot dashboard and the HTML
// report all colour with it. Sequential from free to full, with the target (a person's or a
// role's) at a fixed point of the scale so "on target" reads the same for everyone; a distinct
// warm ramp for over 100 %. Text on a cell is white or dark, whichever reaches WCAG AA on it.

import { textOn } from './contrast';

/** What a cell's figures mean, before any colour. */
export interface CellLoad {
  /** (confirmed + tentative) / capacity; Infinity when booked with no capacity. */
  utilisation: number;
  /** Tentative hours as a share of all booked hours, 0..1. */
  tentativeShare: number;
  state: 'off' | 'free' | 'under' | 'on' | 'over';
}

const EPS = 1e-6;
/** Within this many points of the target counts as "on target". */
export const ON_TARGET_BAND = 0.05;

export function cellLoad(capacity: number, confirmed: number, tentative: number, target: number | null): CellLoad {
  const booked = confirmed + tentative;
  const tentativeShare = booked > EPS ? tentative / booked : 0;
  if (capacity <= EPS) {
    return booked > EPS ? { utilisation: Infinity, tentativeShare, state: 'over' } : { utilisation: 0, tentativeShare, state: 'off' };
  }
  const utilisation = booked / capacity;
  const t = (target ?? 80) / 100;
  let state: CellLoad['state'];
  if (utilisation > 1 + EPS) state = 'over';
  else if (booked <= EPS) state = 'free';
  else if (utilisation >= t - ON_TARGET_BAND) state = 'on';
  else state = 'under';
  return { utilisation, tentativeShare, state };
}

type Rgb = [number, number, number];

const hex = (h: string): Rgb => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [0, 1, 2].map((i) => Math.round(a[i] + (b[i] - a[i]) * t)) as Rgb;
const css = ([r, g, b]: Rgb): string => `rgb(${r} ${g} ${b})`;

/** Stops of the sequential scale along 0..1 (free … target at 0.7 … full). */
const SEQ: [number, Rgb][] = [
  [0, hex('#f3f6fa')],
  [0.25, hex('#d0e3f7')],
  [0.55, hex('#86b8e8')],
  [0.7, hex('#3d8fd1')],
  [0.85, hex('#2266ad')],
  [1, hex('#173f7a')],
];
/** The warm ramp for over-allocation, from just over to 150 % and beyond. */
const WARM: [number, Rgb][] = [
  [0, hex('#ffb56b')],
  [0.5, hex('#f76707')],
  [1, hex('#c2255c')],
];
const TARGET_AT = 0.7;

function ramp(stops: [number, Rgb][], p: number): Rgb {
  const x = Math.min(1, Math.max(0, p));
  for (let i = 1; i < stops.length; i++) {
    const [p1, c1] = stops[i];
    if (x <= p1) {
      const [p0, c0] = stops[i - 1];
      return mix(c0, c1, p1 === p0 ? 1 : (x - p0) / (p1 - p0));
    }
  }
  return stops[stops.length - 1][1];
}

/** Position on the sequential scale: the target lands at TARGET_AT whatever its value. */
export function scalePosition(utilisation: number, target: number | null): number {
  const t = Math.min(0.99, Math.max(0.01, (target ?? 80) / 100));
  if (utilisation <= t) return (TARGET_AT * utilisation) / t;
  return TARGET_AT + ((1 - TARGET_AT) * Math.min(1, utilisation - t)) / (1 - t);
}

const STEPS = 100;
const seqPalette = Array.from({ length: STEPS + 1 }, (_, i) => ramp(SEQ, i / STEPS));
const warmPalette = Array.from({ length: STEPS + 1 }, (_, i) => ramp(WARM, i / STEPS));
const seqCss = seqPalette.map(css);
const warmCss = warmPalette.map(css);
const seqFg = seqCss.map((bg) => textOn(bg));
const warmFg = warmCss.map((bg) => textOn(bg, '#5c2400'));

export const OFF_COLOUR = '#e5e8ed';
/** Quiet text for empty and off cells, still 4.5:1 on both. */
const MUTED = '#5d6678';

/** Background and text colour for a cell. Table look-ups only: cheap enough for every cell on screen. */
export function cellColours(load: CellLoad, target: number | null): { bg: string; fg: string } {
  if (load.state === 'off') return { bg: OFF_COLOUR, fg: MUTED };
  if (load.state === 'free') return { bg: seqCss[0], fg: MUTED };
  if (load.state === 'over') {
    const over = Number.isFinite(load.utilisation) ? load.utilisation - 1 : 0.5;
    const i = Math.round(Math.min(1, over / 0.5) * STEPS);
    return { bg: warmCss[i], fg: warmFg[i] };
  }
  const i = Math.round(scalePosition(load.utilisation, target) * STEPS);
  return { bg: seqCss[i], fg: seqFg[i] };
}

/**
 * Colours for a utilisation share (booked ÷ capacity) against a target in percent; null when there
 * is no capacity to measure against. For figures already summed (a role's week in a snapshot).
 */
export function utilisationColours(utilisation: number | null, target: number | null): { bg: string; fg: string } {
  if (utilisation === null) return cellColours({ utilisation: 0, tentativeShare: 0, state: 'off' }, target);
  return cellColours(cellLoad(1, utilisation, 0, target), target);
}

/** In words, for a legend or a hint beside a heatmap. */
export const SCALE_WORDS = 'pale when free, deeper blue towards the target and full, orange to red over 100%';

/** Swatches for the legend, left to right. */
export function legendSwatches(target = 80): { label: string; bg: string }[] {
  const at = (u: number) => cellColours(cellLoad(100, u * 100, 0, target), target).bg;
  return [
    { label: 'Free', bg: at(0) },
    { label: '', bg: at(0.4) },
    { label: 'On target', bg: at(target / 100) },
    { label: 'Full', bg: at(1) },
    { label: 'Over', bg: cellColours({ utilisation: 1.25, tentativeShare: 0, state: 'over' }, target).bg },
  ];
}

/** Free hours mode: from nothing free (pale) to all of the capacity free (deep green). */
const GREEN: [number, Rgb][] = [
  [0, hex('#f3f6fa')],
  [0.3, hex('#cdebd5')],
  [0.65, hex('#74c48b')],
  [1, hex('#237a37')],
];
const greenCss = Array.from({ length: STEPS + 1 }, (_, i) => css(ramp(GREEN, i / STEPS)));
const greenFg = greenCss.map((bg, i) => (i === 0 ? MUTED : textOn(bg)));

/** Background and text colour for a cell in free-hours mode: the share of its capacity that is free. */
export function freeColours(free: number, capacity: number): { bg: string; fg: string } {
  if (capacity <= EPS) return { bg: OFF_COLOUR, fg: MUTED };
  const i = Math.round(Math.min(1, Math.max(0, free / capacity)) * STEPS);
  return { bg: greenCss[i], fg: greenFg[i] };
}

/** Swatches for the free-hours legend, left to right. */
export function freeLegendSwatches(): { label: string; bg: string }[] {
  return [
    { label: 'None free', bg: freeColours(0, 1).bg },
    { label: '', bg: freeColours(0.35, 1).bg },
    { label: '', bg: freeColours(0.7, 1).bg },
    { label: 'All free', bg: freeColours(1, 1).bg },
  ];
}

/** Days before a contract starts or after it ends: pale, hatched in grey, never a 0 % cell. */
export const INACTIVE_BG = '#fafbfc';
export const INACTIVE_HATCH = 'rgba(122,132,150,0.45)';
