// A big file's cells held by column: each column keeps one copy of each value it has and, per row,
// the value's number (two bytes a cell until a column has 65,536 values). A 200,000-row export is
// millions of cells but few distinct values (names, days, hours, "Yes"), so this is a fraction of
// an array of cells per row.

import type { Cell, Table } from './types';

export interface Column {
  /** Per row, the value's index in `values` (0: empty). */
  ids: Int32Array | Uint16Array;
  values: Cell[];
}

export interface ColumnTable {
  headers: string[];
  delimiter?: string;
  headerRow?: number;
  length: number;
  columns: Column[];
}

/** What an import reads: cells per row (small files, XLSX) or per column (a streamed CSV). */
export type ImportTable = Table | ColumnTable;

const isColumns = (table: ImportTable): table is ColumnTable => 'columns' in table;

export const rowCount = (table: ImportTable): number => (isColumns(table) ? table.length : table.rows.length);

/** The cells of data row `i` (made afresh for a column table). */
export function rowOf(table: ImportTable, i: number): Cell[] {
  if (!isColumns(table)) return table.rows[i];
  const out = new Array<Cell>(table.columns.length);
  for (let c = 0; c < out.length; c++) out[c] = table.columns[c].values[table.columns[c].ids[i]];
  return out;
}

/** The cell of data row `i` in column `c`. */
export function cellAt(table: ImportTable, i: number, c: number): Cell {
  if (!isColumns(table)) return table.rows[i][c] ?? null;
  const column = table.columns[c];
  return column ? column.values[column.ids[i]] : null;
}

/** True when data row `i` has no value (a column table holds blank cells as empty). */
export function isBlankRow(table: ImportTable, i: number, blank: (cell: Cell) => boolean): boolean {
  if (!isColumns(table)) return table.rows[i].every(blank);
  return table.columns.every((column) => column.ids[i] === 0);
}

/** Every row's cell in column `c`, top to bottom. */
export function* columnCells(table: ImportTable, c: number): Generator<Cell> {
  if (!isColumns(table)) {
    for (const row of table.rows) yield row[c] ?? null;
    return;
  }
  const column = table.columns[c];
  if (!column) return;
  for (let i = 0; i < table.length; i++) yield column.values[column.ids[i]];
}
