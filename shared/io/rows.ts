// Reading one data row through the column mapping, collecting issues in words.

import { parseDateCell } from './dates';
import { FIELDS } from './fields';
import { labelOf } from './mapping';
import { eitherWarning, readNumber, styleError, styleEvidence, type ColumnStyle } from './numbers';
import { quote } from './text';
import { isBlank, textOf, type Parsed } from './values';
import { cellAt, isBlankRow, type ImportTable } from './table';
import type { Cell, DateOrder, ImportEntity, ImportIssue } from './types';

const NO_STYLES: ReadonlyMap<string, ColumnStyle> = new Map();
const PERCENT_FIELDS = new Set(Object.values(FIELDS).flatMap((defs) => defs.filter((f) => f.type === 'percent').map((f) => f.field)));

export class RowReader {
  readonly issues: ImportIssue[] = [];
  /** Values read one of two possible ways: shown in the preview, they don't stop the import. */
  readonly warnings: ImportIssue[] = [];

  constructor(
    private readonly entity: ImportEntity,
    private readonly table: ImportTable,
    private readonly indexOf: ReadonlyMap<string, number>,
    private readonly dateOrder: DateOrder | null,
    /** The data row's index in the table. */
    readonly index: number,
    /** field → how its column writes numbers (number and percent fields written as text). */
    private readonly numbers: ReadonlyMap<string, ColumnStyle> = NO_STYLES,
  ) {}

  /** The spreadsheet row number (header = 1). */
  get row(): number {
    return this.index + (this.table.headerRow ?? 1) + 1;
  }

  get blank(): boolean {
    return isBlankRow(this.table, this.index, isBlank);
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
    return i === undefined ? null : cellAt(this.table, this.index, i);
  }

  header(field: string): string {
    const i = this.indexOf.get(field);
    return i === undefined ? labelOf(this.entity, field) : this.table.headers[i];
  }

  /** Records "Row 7, column 'Hours': <reason>". */
  fail(field: string | null, reason: string): null {
    this.issues.push(this.issue(field, reason));
    return null;
  }

  private issue(field: string | null, reason: string): ImportIssue {
    const column = field === null ? null : this.header(field);
    const where = column === null ? `Row ${this.row}` : `Row ${this.row}, column '${column}'`;
    return { row: this.row, column, message: `${where}: ${reason}` };
  }

  /**
   * The cell with a number written as text read in its column's style ("1.200" → 1200 in a
   * decimal-comma column); undefined after recording a value written in the other style.
   */
  private numeric(field: string): Cell | undefined {
    const percent = PERCENT_FIELDS.has(field);
    const cell = this.styled(field, percent);
    if (percent && typeof cell === 'number' && cell > 0 && cell < 1) {
      this.warnings.push(this.issue(field, `'${cell}' reads as ${cell} %. If it means ${Number((cell * 100).toPrecision(12))} %, write ${Number((cell * 100).toPrecision(12))} or format the cell as a percentage.`));
    }
    return cell;
  }

  private styled(field: string, percent: boolean): Cell | undefined {
    const cell = this.cell(field);
    const column = this.numbers.get(field);
    if (!column || typeof cell !== 'string') return cell;
    const text = percent ? cell.replace(/\s*%\s*$/, '') : cell;
    const evidence = styleEvidence(text);
    if (evidence === null) return cell;
    const value = readNumber(text, column.style);
    if (value === null) return this.fail(field, styleError(text, column)) ?? undefined;
    if (evidence === 'either' && column.source !== 'column' && column.source !== 'choice') this.warnings.push(this.issue(field, eitherWarning(text, column)));
    return value;
  }

  /** The parsed value, or undefined after recording the reason. */
  take<T>(field: string, parse: (cell: Cell) => Parsed<T>): T | undefined {
    const cell = this.numeric(field);
    if (cell === undefined) return undefined;
    const result = parse(cell);
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
