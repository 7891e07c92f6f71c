// A CSV of exchange rates, read all or nothing: columns from, to, rate and effective from (in any
// order, a header row first). The first bad value refuses the file, naming its row and column.

import { isIsoDate } from '@shared/dates';
import { AppError } from '@shared/errors';
import type { Cell, Table } from '@shared/io/types';

export interface RateRow {
  fromCurrency: string;
  toCurrency: string;
  rate: number;
  effectiveFrom: string;
}

const COLUMNS = {
  fromCurrency: ['from', 'from currency', 'currency from', 'base'],
  toCurrency: ['to', 'to currency', 'currency to', 'quote'],
  rate: ['rate', 'exchange rate'],
  effectiveFrom: ['effective from', 'effective', 'from date', 'date', 'valid from'],
} as const;
type Column = keyof typeof COLUMNS;
const LABELS: Record<Column, string> = { fromCurrency: 'From', toCurrency: 'To', rate: 'Rate', effectiveFrom: 'Effective from' };

const normal = (h: string) => h.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');

function columnIndexes(headers: readonly string[]): Record<Column, number> {
  const names = headers.map(normal);
  const out = {} as Record<Column, number>;
  for (const column of Object.keys(COLUMNS) as Column[]) {
    const i = names.findIndex((n) => (COLUMNS[column] as readonly string[]).includes(n));
    if (i < 0) {
      throw new AppError('invalid_input', `The file has no “${LABELS[column]}” column. Its header row needs: From, To, Rate, Effective from. Nothing was imported.`);
    }
    out[column] = i;
  }
  return out;
}

const text = (c: Cell) => (c instanceof Date ? c.toISOString().slice(0, 10) : c === null ? '' : String(c).trim());

function fieldOf(column: Column, cell: Cell): string | number {
  const value = text(cell);
  if (column === 'rate') {
    const n = typeof cell === 'number' ? cell : /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
    if (!(n > 0) || !Number.isFinite(n)) throw new Error(`“${value}” is not a rate above 0 (write it like 1.17)`);
    return n;
  }
  if (column === 'effectiveFrom') {
    if (!isIsoDate(value)) throw new Error(`“${value}” is not a date written as YYYY-MM-DD`);
    return value;
  }
  const code = value.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new Error(`“${value}” is not a three-letter currency code such as GBP`);
  return code;
}

/** The rates of a table, or an error naming the first bad row and column (spreadsheet row numbers). */
export function ratesFromTable(table: Table): RateRow[] {
  const index = columnIndexes(table.headers);
  const rows: RateRow[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((cells, i) => {
    const rowNumber = i + 2;
    if (cells.every((c) => text(c) === '')) return;
    const row = {} as Record<Column, string | number>;
    for (const column of Object.keys(COLUMNS) as Column[]) {
      try {
        row[column] = fieldOf(column, cells[index[column]] ?? null);
      } catch (error) {
        throw new AppError('invalid_input', `Row ${rowNumber}, ${LABELS[column]}: ${(error as Error).message}. Nothing was imported.`, column);
      }
    }
    const rate = row as unknown as RateRow;
    if (rate.fromCurrency === rate.toCurrency) {
      throw new AppError('invalid_input', `Row ${rowNumber}, To: the same currency as From. Nothing was imported.`, 'toCurrency');
    }
    const key = `${rate.fromCurrency}>${rate.toCurrency}@${rate.effectiveFrom}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new AppError('invalid_input', `Row ${rowNumber}, Effective from: row ${earlier} already gives ${rate.fromCurrency} to ${rate.toCurrency} from ${rate.effectiveFrom}. Nothing was imported.`, 'effectiveFrom');
    }
    seen.set(key, rowNumber);
    rows.push(rate);
  });
  if (rows.length === 0) throw new AppError('invalid_input', 'The file has a header row but no rates. Nothing was imported.');
  return rows;
}
