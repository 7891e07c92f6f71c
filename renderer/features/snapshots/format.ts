import { formatNumber } from '../../lib/format';

export { formatDate, formatHours, formatMoney } from '../../lib/format';

/** 0.812 → "81%"; null → "–". */
export const pct = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${formatNumber(v * 100, 0)}%`);
export const signedHours = (h: number) => {
  const r = Math.round(h);
  return r === 0 ? '0 h' : `${r > 0 ? '+' : '−'}${formatNumber(Math.abs(r), 0)} h`;
};
export const signedPoints = (v: number | null) => {
  if (v === null) return '–';
  const p = Math.round(v * 1000) / 10;
  return p === 0 ? '0 points' : `${p > 0 ? '+' : '−'}${formatNumber(Math.abs(p), 1)} points`;
};
export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
/** '2026-12-07' → '7 Dec' (or 'Dec 7'), no year. */
export const weekLabel = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayMonth.format(new Date(y, m - 1, d));
};
/** Whole hours, for headline figures: "1,378 h". */
export const wholeHours = (h: number) => `${formatNumber(Math.round(h), 0)} h`;
export const takenLabel = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

/** Utilisation → a cell colour: pale to blue up to 100%, orange above, red above 120%. */
export function heatColour(u: number | null): string {
  if (u === null) return '#f1f3f5';
  if (u > 1.0001) return u > 1.2 ? '#c92a2a' : '#f08c00';
  const t = Math.max(0, Math.min(1, u));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${mix(239, 59)},${mix(243, 91)},${mix(255, 219)})`;
}
