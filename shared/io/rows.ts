// Reading one data row through the column mapping, collecting issues in words.

import { parseDateCell } from './dates';
import { labelOf } from './mapping';
import { quote } from './text';
import { isBlank, textOf, type Parsed } from './values';
import type { Cell, DateOrder, ImportEntity, ImportIssue, Table } from './types';

export class RowReader {
  readonly issues: ImportIssue[] = [];

  constructor(
    private readonly entity: ImportEntity,
    private readonly table: Table,
    private readonly indexOf: ReadonlyMap<string, number>,
    private readonly dateOrder: DateOrder | null,
    /** Index into table.rows. */
    readonly index: number,
  ) {}

  /** The spreadsheet row number (header = 1). */
  get row(): number {
    return this.index + 2;
  }

  get blank(): boolean {
    return this.table.rows[this.index].every((c) => isBlank(c));
  }

  /** True when the field has a column in the file (even if this row's cell is empty). */
  mapped(field: string): boolean {
    return this.indexOf.has(field);
  }

  /** True when the field's cell has a value. */
  has(field: string): boolean {
    return !isBlank(this.cell(field));
  }

  cell(field: string): Cell {
    const i = this.indexOf.get(field);
    return i === undefined ? null : (this.table.rows[this.index][i] ?? null);
  }

  header(field: string): string {
    const i = this.indexOf.get(field);
    return i === undefined ? labelOf(this.entity, field) : this.table.headers[i];
  }

  /** Records "Row 7, column 'Hours': <reason>". */
  fail(field: string | null, reason: string): null {
    const column = field === null ? null : this.header(field);
    const where = column === null ? `Row ${this.row}` : `Row ${this.row}, column '${column}'`;
    this.issues.push({ row: this.row, column, message: `${where}: ${reason}` });
    return null;
  }

  /** The parsed value, or undefined after recording the reason. */
  take<T>(field: string, parse: (cell: Cell) => Parsed<T>): T | undefined {
    const result = parse(this.cell(field));
    if (result.ok) return result.value;
    this.fail(field, result.reason);
    return undefined;
  }

  /** Like take, but an empty cell gives `fallback` without an issue. */
  optional<T, F>(field: string, parse: (cell: Cell) => Parsed<T>, fallback: F): T | F | undefined {
    return this.has(field) ? this.take(field, parse) : fallback;
  }

  required<T>(field: string, parse: (cell: Cell) => Parsed<T>): T | undefined {
    if (!this.has(field)) {
      this.fail(field, 'is required and is empty');
      return undefined;
    }
    return this.take(field, parse);
  }

  date(field: string): string | undefined {
    return this.take(field, (cell) => {
      const r = parseDateCell(cell, this.dateOrder);
      return r.ok ? r : { ok: false, reason: `${quote(textOf(cell))} ${r.reason}` };
    });
  }

  get failed(): boolean {
    return this.issues.length > 0;
  }
}
