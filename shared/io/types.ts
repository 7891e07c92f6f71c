// Shapes shared by the importer, the exporters and the contract. Pure types, no I/O.

export const IMPORT_ENTITIES = ['talent', 'campaigns', 'demandLines', 'bookings', 'timeOff', 'actuals'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

export const FILE_FORMATS = ['csv', 'xlsx'] as const;
export type FileFormat = (typeof FILE_FORMATS)[number];

/** How to read d/m/yyyy-style dates: day first, month first, or detect from the file (default). */
export type DateOrder = 'dmy' | 'mdy';

/** How a file writes numbers: 1,234.5 ('point') or 1.234,5 ('comma'). */
export type NumberStyle = 'point' | 'comma';

/** An XLSX number formatted as a percentage: `percent` is what the cell shows (80 for 0.8). */
export interface PercentCell {
  percent: number;
}

/** One cell as read from a file: text from CSV, or a typed value from XLSX. */
export type Cell = string | number | boolean | Date | PercentCell | null;

/** A file read into a header row and data rows (data row i is spreadsheet row i + 2, or below the header row). */
export interface Table {
  headers: string[];
  rows: Cell[][];
  /** The CSV's field separator (none for XLSX). */
  delimiter?: string;
  /** The header's spreadsheet row, when title lines sit above it (default 1): data row i is row headerRow + 1 + i. */
  headerRow?: number;
}

/** Column header text → field name, or null to ignore the column. */
export type ColumnMapping = Record<string, string | null>;

/** One problem, located as a spreadsheet shows it: header = row 1. */
export interface ImportIssue {
  /** 1-based spreadsheet row; 1 for problems with the header row or the whole file. */
  row: number;
  /** The file's header text, or null for a problem with the whole row or file. */
  column: string | null;
  /** The full sentence to show, e.g. "Row 7, column 'Hours': must be a number of hours ≥ 0; got '-8'". */
  message: string;
}

export interface ColumnGuess {
  header: string;
  field: string | null;
  /** True when the mapping came from the header text, false when the caller set it. */
  guessed: boolean;
}

export interface FieldInfo {
  field: string;
  label: string;
  required: boolean;
}

/** 'unmatched': names a person or campaign the workspace lacks, waiting for the user to map or skip it; 'skip': the user chose to skip it; 'unchanged': already imported as it is. */
export type RowAction = 'create' | 'update' | 'error' | 'unmatched' | 'skip' | 'unchanged';

/** A name in an actuals file that matches no person or campaign: the user maps it or skips its rows. */
export interface UnmatchedName {
  kind: 'person' | 'campaign';
  /** As the file writes it ("Zoë Brontë 🎨", "Website relaunch"). */
  name: string;
  /** The email or code beside it, when the file gives one. */
  detail: string | null;
  rows: number;
  hours: number;
  /** The first rows that name it (up to 5). */
  firstRows: number[];
}

/** The user's answer for an unmatched name: a person or campaign id, or null to skip its rows. Remembered for the next import when mapped. */
export interface NameMatch {
  kind: 'person' | 'campaign';
  name: string;
  targetId: number | null;
}

export interface PreviewRow {
  row: number;
  action: RowAction;
  /** What the row is, in words: a name, or "Ada Lovelace on Spring Launch". */
  label: string;
}

export interface ImportPreview {
  entity: ImportEntity;
  format: FileFormat;
  /** sha256 of the file's bytes: pass it to commit to refuse a file that changed since the preview. */
  fingerprint: string;
  columns: ColumnGuess[];
  fields: FieldInfo[];
  rowCount: number;
  create: number;
  update: number;
  errorRows: number;
  /** The date order used for d/m/yyyy-style dates, or null when there were none. */
  dateOrder: DateOrder | null;
  /** How each number column written as text was read, and why (columns whose numbers read the same either way are left out). */
  numberStyles: { column: string; style: NumberStyle; source: 'choice' | 'column' | 'file' | 'delimiter' | 'default' }[];
  /** Roles and skills the commit will create (only with createMissing). */
  willCreate: { roles: string[]; skills: string[] };
  /** Every row's outcome, first 1,000 rows. */
  rows: PreviewRow[];
  /** Every problem, first 1,000 (errorCount has the total). */
  errors: ImportIssue[];
  errorCount: number;
  /** Values read one of two possible ways (e.g. '1.200': 1.2 or 1200), first 1,000: they don't stop an import, but check them. */
  warnings: ImportIssue[];
  warningCount: number;
  /** Actuals: the time tracker the headers show (null: a sheet mapped by hand). */
  tool?: 'harvest' | 'toggl' | 'clockify' | null;
  /** Actuals: names that match no person or campaign (none left: every row can be imported or is skipped). */
  unmatched?: UnmatchedName[];
  /** Actuals: rows already in the workspace as they are (a re-import), and rows the user chose to skip. */
  unchanged?: number;
  skippedRows?: number;
}

export interface ImportResult {
  entity: ImportEntity;
  created: number;
  updated: number;
  /** Error rows left out (only with skipErrorRows). */
  skipped: number;
  rolesCreated: number;
  skillsCreated: number;
  /** The undo step's label, e.g. "Import 120 people". */
  label: string;
  /** File name of the backup taken before the import. */
  backup: string;
}

/** A cell written to a CSV or XLSX file. */
export type OutCell = string | number | Date | null;
