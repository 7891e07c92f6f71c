import type { RowReader } from '@shared/io/rows';
import type { DateOrder, NameMatch, NumberStyle, PreviewRow, UnmatchedName } from '@shared/io/types';
import type { Db } from '../../db/open';
import type { Catalogue } from './catalogue';

export interface ImportOptions {
  /** Create roles and skills the file names but the workspace lacks (default false: they are errors). */
  createMissing: boolean;
  /** How to read d/m/yyyy-style dates; detected from the file when absent. */
  dateOrder?: DateOrder;
  /** How the file writes numbers (1,234.5 or 1.234,5); decided per column from its values when absent. */
  numberStyle?: NumberStyle;
  /** Commit the valid rows and leave out rows with errors (default false: any error refuses the commit). */
  skipErrorRows: boolean;
  /** Actuals: the user's answers for names that match no person or campaign. */
  matches?: NameMatch[];
}

/** What an importer that holds rows back (actuals) says about them. */
export interface HeldRows {
  tool: 'harvest' | 'toggl' | 'clockify' | null;
  unmatched: UnmatchedName[];
  /** Rows waiting on a name the user has not mapped or skipped yet. */
  unmatchedRows: number;
  unchanged: number;
  skipped: number;
  /** The held rows, for the preview's list (first 1,000). */
  rows: PreviewRow[];
}

/** A valid row, ready to write. */
export interface PlannedRow {
  row: number;
  action: 'create' | 'update';
  label: string;
  write: (db: Db) => void;
}

export interface EntityImporter {
  /**
   * Writes the plans (inside the import's transaction) faster than one by one, e.g. with a batch
   * insert; calls `progress` with the number written so far. Default: each plan's `write`.
   */
  writeAll?(db: Db, plans: PlannedRow[], progress: (written: number) => void): void;
  /** Problems with the file's columns as a whole (e.g. no way to find the campaign). */
  checkColumns(mapped: (field: string) => boolean): string[];
  /** The row's plan, null after recording its issues on the reader, or 'held' for a row that is neither (unmatched, skipped). */
  resolve(r: RowReader): PlannedRow | null | 'held';
  /** After every row: the plans to keep (e.g. without rows already imported as they are). */
  finish?(plans: PlannedRow[]): PlannedRow[];
  /** Rows held back and why. */
  held?(): HeldRows;
  /** Written first, inside the import's transaction (e.g. the names the user mapped, to remember). */
  beforeWrite?(db: Db): void;
}

export interface ImporterContext {
  db: Db;
  catalogue: Catalogue;
  /** ISO timestamp for created/updated stamps. */
  now: string;
  options: ImportOptions;
  headers: readonly string[];
  /** The file's data rows (blank ones too): room for the plans can be made once. */
  rows: number;
}

/** Remembers which row first used a key, to report "Row 9 duplicates row 4 (same email)". */
export class SeenKeys {
  private readonly seen = new Map<string, number>();

  /** The earlier row with this key, recording this row when it is the first. */
  check(kind: string, key: string | null | undefined, row: number): number | null {
    if (key === null || key === undefined || key === '') return null;
    const k = `${kind}\u0000${key.toLowerCase()}`;
    const first = this.seen.get(k);
    if (first !== undefined) return first;
    this.seen.set(k, row);
    return null;
  }
}
