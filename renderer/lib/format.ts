// Numbers, money and dates in the user's own locale. Dates arrive as ISO 'YYYY-MM-DD' calendar days.

import { isoOfLocalDate, localDateOfIso as parseIsoDate } from '@shared/dates';
import { useStore } from '../store';

const locale = (): string => (typeof navigator !== 'undefined' && navigator.language) || 'en-GB';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  const k = `${locale()}|${key}`;
  let f = cache.get(k);
  if (!f) {
    f = make();
    cache.set(k, f);
  }
  return f as T;
}

/** 1234.5 → "1,234.5" (at most `digits` decimals). */
export function formatNumber(value: number, digits = 1): string {
  return cached(`n${digits}`, () => new Intl.NumberFormat(locale(), { maximumFractionDigits: digits })).format(value);
}

/** Hours: "1,234 h", "7.5 h" or "3.25 h" (bookings are in quarter hours, so two decimals are kept). */
export function formatHours(value: number): string {
  return `${formatNumber(Math.round(value * 100) / 100, 2)} h`;
}

/** Money with its currency; whole units when the amount is large. */
export function formatMoney(value: number, currency: string, opts: { compact?: boolean } = {}): string {
  const digits = opts.compact || Math.abs(value) >= 1000 || Number.isInteger(value) ? 0 : 2;
  try {
    return cached(`c${currency}${digits}`, () =>
      new Intl.NumberFormat(locale(), { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }),
    ).format(value);
  } catch {
    return `${formatNumber(value, digits)} ${currency}`;
  }
}

/** 0.456 → "46%" ; takes a 0..100 number when `isPercent`. */
export function formatPercent(value: number, isPercent = true): string {
  const ratio = isPercent ? value / 100 : value;
  return cached('p', () => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 })).format(ratio);
}

/** 'YYYY-MM-DD' → a local Date at midnight, or null when not a date; Date → 'YYYY-MM-DD' in local time. */
export { localDateOfIso as parseIsoDate, isoOfLocalDate as toIsoDate } from '@shared/dates';

/**
 * The locale dates are written in: the workspace's date format (Settings › Defaults; day first as
 * in en-GB, month first as in en-US), else the user's own. null: year first, as ISO.
 */
function dateLocale(): string | null {
  const format = useStore.getState().defaults?.dateFormat ?? 'system';
  return format === 'ymd' ? null : format === 'dmy' ? 'en-GB' : format === 'mdy' ? 'en-US' : locale();
}

const dateFormatter = (loc: string) => cached(`d|${loc}`, () => new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'short', year: 'numeric' }));

/** "3 Mar 2026" in the user's locale, or as the workspace's date format says ("Mar 3, 2026", "2026-03-03"). */
export function formatDate(iso: string | null | undefined): string {
  const d = parseIsoDate(iso);
  if (!d) return '—';
  const loc = dateLocale();
  return loc === null ? isoOfLocalDate(d) : dateFormatter(loc).format(d);
}

/** "3 – 28 Mar 2026", "3 Mar – 4 Apr 2026" … via Intl's range formatting. */
export function formatDateRange(start: string | null | undefined, end: string | null | undefined): string {
  const a = parseIsoDate(start);
  const b = parseIsoDate(end);
  if (!a && !b) return '—';
  if (!a) return `until ${formatDate(end)}`;
  if (!b) return `from ${formatDate(start)}`;
  const loc = dateLocale();
  if (loc === null) return a.getTime() === b.getTime() ? isoOfLocalDate(a) : `${isoOfLocalDate(a)} – ${isoOfLocalDate(b)}`;
  return dateFormatter(loc).formatRange(a, b);
}

/** Short weekday names Monday..Sunday in the user's locale. */
export function weekdayNames(style: 'short' | 'narrow' = 'short'): string[] {
  const f = cached(`w${style}`, () => new Intl.DateTimeFormat(locale(), { weekday: style }));
  // 2024-01-01 is a Monday.
  return Array.from({ length: 7 }, (_, i) => f.format(new Date(2024, 0, 1 + i)));
}

export function todayIso(): string {
  return isoOfLocalDate(new Date());
}
