// Reading calendar days from cells: ISO, d/m/yyyy or m/d/yyyy, d.m.yyyy, and date-formatted
// spreadsheet cells (never bare numbers). Returns ISO 'YYYY-MM-DD' or a reason in words.

import { daysInMonth } from '@shared/dates';
import { memoByText } from './memo';
import type { Cell, DateOrder } from './types';

export type DateResult = { ok: true; value: string } | { ok: false; reason: string };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DOT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(y: number, m: number, d: number): DateResult {
  if (y < 1900 || y >= 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    return { ok: false, reason: 'is not a real calendar day' };
  }
  return { ok: true, value: `${y}-${pad(m)}-${pad(d)}` };
}

/** The d/m vs m/d evidence in one text: 'dmy' or 'mdy' when one part is over 12, else null. */
export function slashEvidence(text: string): DateOrder | 'ambiguous' | null {
  const m = SLASH.exec(text.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  if (a > 12 && b <= 12) return 'dmy';
  if (b > 12 && a <= 12) return 'mdy';
  return a === b ? null : 'ambiguous';
}

/**
 * Picks the order for a file's slash dates: the caller's choice, else what the unambiguous dates
 * show. 'conflict' when the file has both; null when nothing decides it (ambiguous dates then fail).
 */
export function detectDateOrder(texts: Iterable<string>): DateOrder | 'conflict' | null {
  let dmy = false;
  let mdy = false;
  for (const text of texts) {
    const e = slashEvidence(text);
    if (e === 'dmy') dmy = true;
    else if (e === 'mdy') mdy = true;
  }
  if (dmy && mdy) return 'conflict';
  return dmy ? 'dmy' : mdy ? 'mdy' : null;
}

/** A cell as an ISO day. `order` decides d/m/yyyy vs m/d/yyyy; without it only unambiguous ones pass. */
export function parseDateCell(cell: Cell, order: DateOrder | null): DateResult {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return { ok: false, reason: 'is not a date' };
    // Spreadsheet dates carry no zone: exceljs gives them as UTC midnight.
    return isoOf(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  // Only a date-formatted spreadsheet cell is a date (it arrives as a Date): a plain number is not
  // an Excel day number, and in a CSV there are none.
  if (typeof cell === 'number') return { ok: false, reason: 'is a number, not a date: format the cell as a date, or write the date as YYYY-MM-DD' };
  if (typeof cell !== 'string') return { ok: false, reason: 'is not a date' };
  return textDate[order ?? 'none'](cell);
}

/** A text as an ISO day, for each date order (remembered per text: a file repeats its days). */
const textDate = {
  dmy: memoByText((text: string) => parseDateText(text, 'dmy')),
  mdy: memoByText((text: string) => parseDateText(text, 'mdy')),
  none: memoByText((text: string) => parseDateText(text, null)),
};

function parseDateText(cell: string, order: DateOrder | null): DateResult {
  const text = cell.trim();
  let m = ISO.exec(text);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOT.exec(text);
  if (m) return isoOf(Number(m[3]), Number(m[2]), Number(m[1]));
  m = SLASH.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    if (order === 'dmy') return isoOf(y, b, a);
    if (order === 'mdy') return isoOf(y, a, b);
    const e = slashEvidence(text);
    if (e === 'dmy') return isoOf(y, b, a);
    if (e === 'mdy') return isoOf(y, a, b);
    if (a === b) return isoOf(y, a, b);
    return {
      ok: false,
      reason: `is ambiguous: it could be ${isoOf(y, b, a).ok ? `${y}-${pad(b)}-${pad(a)}` : '?'} (day first) or ${y}-${pad(a)}-${pad(b)} (month first); choose the date order for this file`,
    };
  }
  if (/^\d{4}$/.test(text)) return { ok: false, reason: `is a year, not a date: write the day, e.g. ${text}-01-01` };
  if (/^\d+([.,]\d+)?$/.test(text)) return { ok: false, reason: 'is a number, not a date; use YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY' };
  return { ok: false, reason: 'is not a date; use YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY' };
}
