// Text for the report: numbers, dates and escaping. No locale lookups beyond Intl.

import { dayFromIso, ymdFromDay } from '@shared/dates';

const number0 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const number1 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export const hours = (h: number) => `${number0.format(Math.round(h))} h`;
/** Hours to one decimal: "89.5 h". */
export const hoursOne = (h: number) => `${number1.format(Math.round(h * 10) / 10)} h`;
export const signedHours = (h: number) => (Math.round(h) === 0 ? '0 h' : `${h > 0 ? '+' : '−'}${number0.format(Math.abs(Math.round(h)))} h`);
export const count = (n: number) => number0.format(n);
export const pct = (v: number | null) => (v === null ? '–' : `${number0.format(v * 100)}%`);
export const signedPoints = (v: number | null) => {
  if (v === null) return '–';
  const p = Math.round(v * 1000) / 10;
  return p === 0 ? '0 points' : `${p > 0 ? '+' : '−'}${number1.format(Math.abs(p))} points`;
};
export const money = (v: number, currency: string) => {
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(v);
  } catch {
    return `${number0.format(v)} ${currency}`;
  }
};

/** '2026-11-23' → '23 Nov 2026'. */
export function day(iso: string): string {
  const { year, month, day: d } = ymdFromDay(dayFromIso(iso));
  return `${d} ${MONTHS[month - 1]} ${year}`;
}

/** '2026-11-23' → '23 Nov'. */
export function shortDay(iso: string): string {
  const { month, day: d } = ymdFromDay(dayFromIso(iso));
  return `${d} ${MONTHS[month - 1]}`;
}

/** An ISO timestamp as '26 Nov 2026, 10:00 UTC'. */
export function timestamp(iso: string): string {
  return `${day(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;
}
