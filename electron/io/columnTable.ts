// Collecting a big CSV's rows into a column table (shared/io/table.ts) as papaparse gives them.

import type { Table } from '@shared/io/types';
import { rowOf, type Column, type ColumnTable } from '@shared/io/table';

/** Distinct values a column keeps one entry for; a column with more (notes, ids) stores each as it comes. */
const INTERN_MAX = 4096;

/** Collects rows into a column table. */
export class ColumnTableBuilder {
  private readonly columns: (Column & { index: Map<string, number> })[] = [];
  private length = 0;
  private capacity = 1024;

  /** One row's cells as read: `clean` gives a cell's value, or null for an empty one. */
  push(cells: readonly string[], clean: (text: string) => string | null): void {
    if (this.length === this.capacity) this.grow();
    // Two bytes a cell while a column has fewer than 65,536 values (all but notes and ids, mostly).
    while (this.columns.length < cells.length) this.columns.push({ ids: new Uint16Array(this.capacity), values: [null], index: new Map() });
    for (let c = 0; c < cells.length; c++) {
      const value = clean(cells[c]);
      if (value === null) continue;
      const column = this.columns[c];
      const id = this.idOf(column, value);
      if (id > 0xffff && column.ids instanceof Uint16Array) column.ids = Int32Array.from(column.ids);
      column.ids[this.length] = id;
    }
    this.length++;
  }

  private idOf(column: Column & { index: Map<string, number> }, value: string): number {
    const known = column.index.get(value);
    if (known !== undefined) return known;
    const id = column.values.push(ownCopy(value)) - 1;
    if (column.index.size < INTERN_MAX) column.index.set(column.values[id] as string, id);
    return id;
  }

  private grow(): void {
    this.capacity *= 2;
    for (const column of this.columns) {
      const ids = column.ids instanceof Uint16Array ? new Uint16Array(this.capacity) : new Int32Array(this.capacity);
      ids.set(column.ids);
      column.ids = ids;
    }
  }

  /** The table, without the empty rows at its end (a final newline gives one). */
  build(headers: string[], delimiter?: string): ColumnTable {
    while (this.length > 0 && this.columns.every((column) => column.ids[this.length - 1] === 0)) this.length--;
    const columns = this.columns.map(({ ids, values }) => ({ ids: ids.subarray(0, this.length), values }));
    return { headers, delimiter, length: this.length, columns };
  }
}

/** The same table with an array of cells per row. */
export function rowTable(table: ColumnTable): Table {
  return { headers: table.headers, rows: Array.from({ length: table.length }, (_, i) => rowOf(table, i)), delimiter: table.delimiter };
}

/**
 * A string of its own: a cell cut from a chunk of the file's text would otherwise keep the whole
 * chunk (a megabyte, twice that with one accented name) alive as long as the table.
 */
const ownCopy = (value: string) => (value.length < 13 ? value : Buffer.from(value, 'utf8').toString('utf8'));
