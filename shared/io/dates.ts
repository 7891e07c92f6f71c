// Reading calendar days from cells: ISO, d/m/yyyy or m/d/yyyy, d.m.yyyy, Excel serial numbers
// and real spreadsheet dates. Returns ISO 'YYYY-MM-DD' or a reason in words.

import type { Cell, DateOrder } from './types';

export type DateResult = { ok: true; value: string } | { ok: false; reason: string };

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DOT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
/** Excel serial days: 1 = 1900-01-01 (with Excel's phantom 29 Feb 1900); 25569 = 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;
const SERIAL_MIN = 1; // 1900-01-01
const SERIAL_MAX = 109_574; // 2199-12-31

const pad = (n: number) => String(n).padStart(2, '0');

function isoOf(y: number, m: number, d: number): DateResult {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y >= 2200 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return { ok: false, reason: 'is not a real calendar day' };
  }
  return { ok: true, value: `${y}-${pad(m)}-${pad(d)}` };
}

/** An Excel serial day number as an ISO date. */
export function isoFromExcelSerial(serial: number): DateResult {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return { ok: false, reason: 'is not a date' };
  const whole = Math.floor(serial);
  const ms = (whole - EXCEL_EPOCH_OFFSET) * 86_400_000;
  const d = new Date(ms);
  return { ok: true, value: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` };
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
  if (typeof cell === 'number') return isoFromExcelSerial(cell);
  if (typeof cell !== 'string') return { ok: false, reason: 'is not a date' };
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
  if (/^\d{4,6}(\.\d+)?$/.test(text)) return isoFromExcelSerial(Number(text));
  return { ok: false, reason: 'is not a date; use YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY' };
}
