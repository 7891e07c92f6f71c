// Numbers as people write them: 1,234.5 (UK/US) or 1.234,5 (most of Europe), with currency marks
// and spaces. A column's style is decided from all its values; a value that reads two ways with
// no evidence in its own column is read the file's way and reported, never guessed silently.

import { memoByText } from './memo';
import type { Cell, NumberStyle } from './types';

export const NUMBER_STYLE_WORDS: Record<NumberStyle, string> = { point: 'a decimal point (1,234.5)', comma: 'a decimal comma (1.234,5)' };

const CURRENCY = /^(?:[£$€¥₹]|[A-Z]{3}\b|CHF|kr\.?)\s*|\s*(?:[£$€¥₹]|[A-Z]{3}|CHF|kr\.?|,-|\.-)$/g;
const GROUP_SPACE = /(\d)[\s\u00a0\u202f'’](?=\d{3}(?:\D|$))/g;
const POINT = /^[-+]?(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[-+]?\.\d+$/;
const COMMA = /^[-+]?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)(?:,\d+)?$|^[-+]?,\d+$/;

/** The digits and separators of a written number ("€ 7.500" → "7.500", "7 500,50" → "7500,50"). */
function core(text: string): string {
  return text.trim().replace(CURRENCY, '').replace(CURRENCY, '').trim().replace(GROUP_SPACE, '$1');
}

const readPoint = memoByText((text: string) => {
  const c = core(text);
  return POINT.test(c) ? Number(c.replace(/,/g, '')) : null;
});
const readComma = memoByText((text: string) => {
  const c = core(text);
  return COMMA.test(c) ? Number(c.replace(/\./g, '').replace(',', '.')) : null;
});

/** The text as a number in the given style, or null when it isn't one in that style. */
export function readNumber(text: string, style: NumberStyle): number | null {
  return style === 'point' ? readPoint(text) : readComma(text);
}

/**
 * What one written value says about the style: the style it proves; 'either' when it reads as
 * two different numbers ("1.200": 1.2 or 1200); 'none' when the style doesn't matter ("40");
 * null when it is not a number in either style.
 */
export const styleEvidence = memoByText((text: string): NumberStyle | 'either' | 'none' | null => {
  const p = readNumber(text, 'point');
  const c = readNumber(text, 'comma');
  if (p === null) return c === null ? null : 'comma';
  if (c === null) return 'point';
  return p === c ? 'none' : 'either';
});

/** How a column's style was settled, from the surest to the least sure. */
export type StyleSource = 'choice' | 'column' | 'file' | 'delimiter' | 'default';

export interface ColumnStyle {
  style: NumberStyle;
  source: StyleSource;
  /** A value that proves the style (from this column, or from the file), to name in messages. */
  example: string | null;
}

interface Tally {
  point: number;
  comma: number;
  either: number;
  pointExample: string | null;
  commaExample: string | null;
}

export function tallyStyles(cells: Iterable<Cell>): Tally {
  const t: Tally = { point: 0, comma: 0, either: 0, pointExample: null, commaExample: null };
  for (const cell of cells) {
    if (typeof cell !== 'string') continue;
    const e = styleEvidence(cell);
    if (e === 'point') {
      t.point++;
      t.pointExample ??= cell.trim();
    } else if (e === 'comma') {
      t.comma++;
      t.commaExample ??= cell.trim();
    } else if (e === 'either') t.either++;
  }
  return t;
}

const majority = (t: Tally): NumberStyle | null => (t.point === 0 && t.comma === 0 ? null : t.comma > t.point ? 'comma' : 'point');
const exampleOf = (t: Tally, style: NumberStyle) => (style === 'comma' ? t.commaExample : t.pointExample);

/**
 * Each number column's style: the user's choice; else what the column's own values prove (the
 * majority when they disagree: the others are then errors); else the rest of the file's numbers;
 * else a ';' separator (Excel's in decimal-comma countries); else a decimal point.
 */
export function decideStyles(columns: Map<string, Tally>, choice: NumberStyle | undefined, delimiter: string | undefined): Map<string, ColumnStyle> {
  const out = new Map<string, ColumnStyle>();
  const file: Tally = { point: 0, comma: 0, either: 0, pointExample: null, commaExample: null };
  for (const t of columns.values()) {
    file.point += t.point;
    file.comma += t.comma;
    file.pointExample ??= t.pointExample;
    file.commaExample ??= t.commaExample;
  }
  const fileStyle = majority(file);
  for (const [key, t] of columns) {
    const own = majority(t);
    if (choice) out.set(key, { style: choice, source: 'choice', example: exampleOf(t, choice) });
    else if (own) out.set(key, { style: own, source: 'column', example: exampleOf(t, own) });
    else if (fileStyle) out.set(key, { style: fileStyle, source: 'file', example: exampleOf(file, fileStyle) });
    else if (delimiter === ';') out.set(key, { style: 'comma', source: 'delimiter', example: null });
    else out.set(key, { style: 'point', source: 'default', example: null });
  }
  return out;
}

const show = (n: number) => String(Number(n.toFixed(6)));

/** Why a value that reads two ways was read as it was: for a row warning. */
export function eitherWarning(text: string, column: ColumnStyle): string {
  const chosen = readNumber(text, column.style)!;
  const other = readNumber(text, column.style === 'point' ? 'comma' : 'point')!;
  const why: Record<StyleSource, string> = {
    choice: 'as you chose',
    column: 'as the other numbers in this column are written',
    file: `because the file's other numbers use ${NUMBER_STYLE_WORDS[column.style]}${column.example ? `, e.g. '${column.example}'` : ''}`,
    delimiter: "because the file is separated by ';', as in countries that write a decimal comma",
    default: 'because nothing in the file shows which style it uses',
  };
  return `'${text.trim()}' could be ${show(chosen)} or ${show(other)}; read as ${show(chosen)} ${why[column.source]}. If that is wrong, choose how the file writes numbers.`;
}

/** Why a value can't be read in its column's style: for a row error. */
export function styleError(text: string, column: ColumnStyle): string {
  const like = column.example ? `, like '${column.example}'` : '';
  const how = column.source === 'choice' ? `you chose ${NUMBER_STYLE_WORDS[column.style]}` : `this column's numbers use ${NUMBER_STYLE_WORDS[column.style]}${like}`;
  return `'${text.trim()}' is written in the other style: ${how}. Write it the same way, or choose how the file writes numbers.`;
}
