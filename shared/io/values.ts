// Reading typed values from cells. Each parser gives the value or a reason phrased to follow
// "Row 7, column 'Hours': ", e.g. "must be a number of hours ≥ 0; got '-8'".

import type { WeekHours } from '@shared/domain';
import { quote } from './text';
import type { Cell, PercentCell } from './types';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** True for an empty cell (null, or text that is only spaces). */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

export function isPercentCell(cell: Cell | undefined): cell is PercentCell {
  return typeof cell === 'object' && cell !== null && !(cell instanceof Date);
}

export function textOf(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (isPercentCell(cell)) return `${cell.percent}%`;
  return String(cell).trim();
}

/** A number: "1,234.5", "12.5", "£40" and "40 GBP" are read; "12,5" (decimal comma) too when unambiguous. */
export function numberOf(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  let text = cell.trim().replace(/^[£$€]\s*/, '').replace(/\s*(?:[A-Z]{3}|[£$€])$/, '').replace(/\s+/g, '');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text)) text = text.replace(/,/g, '');
  else if (/^-?\d+,\d{1,2}$/.test(text)) text = text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null;
  return Number(text);
}

export function parseNumber(cell: Cell, what: string, min: number, max: number): Parsed<number> {
  const n = numberOf(cell);
  if (n === null || n < min || n > max) {
    const range = max === Infinity ? `≥ ${min}` : `between ${min} and ${max}`;
    return fail(`must be ${what} ${range}; got ${quote(textOf(cell))}`);
  }
  return ok(n);
}

/** A percentage: 80, '80 %', or a spreadsheet cell formatted as a percentage (showing 80 %). */
export function parsePercent(cell: Cell): Parsed<number> {
  const n = isPercentCell(cell) ? cell.percent : numberOf(typeof cell === 'string' ? cell.replace(/\s*%\s*$/, '') : cell);
  if (n === null || n < 0 || n > 100) return fail(`must be a percentage between 0 and 100; got ${quote(textOf(cell))}`);
  return ok(n);
}

export const parseHours = (cell: Cell, max: number) => parseNumber(cell, 'a number of hours', 0, max);

export function parsePositiveHours(cell: Cell, max: number): Parsed<number> {
  const n = numberOf(cell);
  if (n === null || n <= 0 || n > max) return fail(`must be a number of hours more than 0 and at most ${max}; got ${quote(textOf(cell))}`);
  return ok(n);
}

export function parseInteger(cell: Cell, what: string, min: number, max: number): Parsed<number> {
  const n = numberOf(cell);
  if (n === null || !Number.isInteger(n) || n < min || n > max) return fail(`must be ${what}, a whole number from ${min} to ${max}; got ${quote(textOf(cell))}`);
  return ok(n);
}

/** One of the allowed words (case-insensitive; synonyms map to a value). */
export function parseChoice<T extends string>(cell: Cell, allowed: readonly T[], synonyms: Record<string, T> = {}, words?: Record<T, string>): Parsed<T> {
  const text = textOf(cell).toLowerCase().replace(/[\s-]+/g, '_');
  const hit = allowed.find((a) => a === text) ?? synonyms[text];
  return hit ? ok(hit) : fail(`must be one of ${allowed.map((a) => words?.[a] ?? a).join(', ')}; got ${quote(textOf(cell))}`);
}

/** A list split on ';' or ',' or newlines, trimmed, blanks dropped. */
export function listOf(cell: Cell): string[] {
  return textOf(cell)
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "Figma:4; Typography:3" (also "Figma 4", "Figma (4)", "Figma=4"); a bare name means level `bare`. */
export function parseSkillList(cell: Cell, bare: number | null): Parsed<{ name: string; level: number }[]> {
  const out: { name: string; level: number }[] = [];
  for (const part of textOf(cell).split(/[;\n]/).flatMap((p) => (/[:=(]|\s\d\s*$/.test(p) ? [p] : p.split(','))).map((p) => p.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*(?::|=|\(|\s)\s*(\d+(?:\.\d+)?)\s*\)?$/.exec(part);
    if (!m) {
      if (bare === null) return fail(`must list skills with levels like 'Figma:4; Typography:3'; got ${quote(part)}`);
      out.push({ name: part, level: bare });
      continue;
    }
    const level = Number(m[2]);
    if (!Number.isInteger(level) || level < 1 || level > 5) return fail(`skill levels are whole numbers from 1 to 5; got ${quote(part)}`);
    if (out.some((s) => s.name.toLowerCase() === m[1].toLowerCase())) return fail(`lists ${quote(m[1])} twice`);
    out.push({ name: m[1].trim(), level });
  }
  return ok(out);
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const dayIndex = (word: string): number => DAYS.indexOf(word.toLowerCase().slice(0, 3));

/**
 * A working week in words: "Mon–Thu 7.5", "Mon-Fri 7.5; Sat 4", "Mon, Wed 8", or seven numbers
 * "7.5 7.5 7.5 7.5 7.5 0 0" (Monday first). Days not named work 0 hours.
 */
export function parseWeekPattern(cell: Cell): Parsed<WeekHours> {
  const text = textOf(cell);
  const hours: WeekHours = [0, 0, 0, 0, 0, 0, 0];
  const numbers = text.split(/[\s,;/|]+/).filter(Boolean);
  const bad = () => fail<WeekHours>(`must be a working week like 'Mon–Fri 7.5' or 'Mon–Thu 8; Fri 4', or seven numbers of hours from Monday; got ${quote(text)}`);
  if (numbers.length === 7 && numbers.every((n) => numberOf(n) !== null)) {
    for (let i = 0; i < 7; i++) {
      const h = numberOf(numbers[i])!;
      if (h < 0 || h > 24) return fail(`each day's hours must be between 0 and 24; got ${quote(numbers[i])}`);
      hours[i] = h;
    }
    return ok(hours);
  }
  const parts = text.split(/[;\n]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return bad();
  for (const part of parts) {
    const m = /^([A-Za-z][A-Za-z\s,–—-]*?)\s*:?\s*(\d+(?:[.,]\d+)?)\s*h?(?:ours)?$/i.exec(part);
    if (!m) return bad();
    const h = Number(m[2].replace(',', '.'));
    if (h > 24) return fail(`each day's hours must be between 0 and 24; got ${quote(part)}`);
    for (const piece of m[1].split(',').map((s) => s.trim()).filter(Boolean)) {
      const range = piece.split(/\s*[–—-]\s*|\s+to\s+/i);
      const from = dayIndex(range[0]);
      const to = dayIndex(range[range.length - 1]);
      if (from < 0 || to < 0 || range.length > 2 || to < from) return bad();
      for (let d = from; d <= to; d++) hours[d] = h;
    }
  }
  return ok(hours);
}

/** Formats a week the way parseWeekPattern reads it back: "Mon–Fri 7.5" or "Mon–Thu 8; Fri 4". */
export function formatWeekPattern(hours: readonly number[]): string {
  const parts: string[] = [];
  let i = 0;
  while (i < 7) {
    let j = i;
    while (j + 1 < 7 && hours[j + 1] === hours[i]) j++;
    if (hours[i] > 0) {
      const name = (d: number) => DAYS[d][0].toUpperCase() + DAYS[d].slice(1);
      parts.push(`${i === j ? name(i) : `${name(i)}–${name(j)}`} ${hours[i]}`);
    }
    i = j + 1;
  }
  return parts.length ? parts.join('; ') : 'Mon–Sun 0';
}
