import { formatNumber, parseIsoDate } from '../../lib/format';

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
export const weekLabel = (iso: string) => dayMonth.format(parseIsoDate(iso) as Date);
/** Whole hours, for headline figures: "1,378 h". */
export const wholeHours = (h: number) => `${formatNumber(Math.round(h), 0)} h`;
export const takenLabel = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

