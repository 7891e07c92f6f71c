// Reading an import file into a Table: CSV (UTF-8, papaparse; a file on disk streamed in chunks) or
// XLSX (exceljs, first sheet).
// Anything malformed becomes an AppError that says what is wrong and how to fix it.

import { createHash, type Hash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { AppError } from '@shared/errors';
import { ENTITY_NOUNS } from '@shared/io/fields';
import { normaliseHeader, unguard } from '@shared/io/text';
import type { Cell, FileFormat, ImportEntity, Table } from '@shared/io/types';
import type { ColumnTable, ImportTable } from '@shared/io/table';
import { textOf } from '@shared/io/values';
import { ColumnTableBuilder, rowTable } from './columnTable';

export type ImportSource = { path: string; format?: FileFormat } | { base64: string; format: FileFormat };

export interface LoadedFile {
  bytes: Buffer;
  format: FileFormat;
  fingerprint: string;
}

const MAX_BYTES = 50 * 1024 * 1024;
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const bad = (message: string) => new AppError('invalid_input', message);

function formatOfPath(path: string): FileFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm') return 'xlsx';
  if (ext === '.xls') throw bad("Old Excel .xls files can't be read. Open it in Excel and save it as .xlsx, or as CSV UTF-8.");
  return 'csv';
}

/** The file's size, refusing a file that can't be opened or is too big to import. */
function sizeOf(path: string): number {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new AppError('not_found', `The file “${path}” can't be opened: it doesn't exist or can't be read.`);
  }
  if (size > MAX_BYTES) throw bad('The file is larger than 50 MB. Split it into smaller files.');
  return size;
}

export function loadSource(source: ImportSource): LoadedFile {
  let bytes: Buffer;
  let format: FileFormat;
  if ('path' in source) {
    sizeOf(source.path);
    bytes = readFileSync(source.path);
    format = source.format ?? formatOfPath(source.path);
  } else {
    bytes = Buffer.from(source.base64, 'base64');
    if (bytes.length > MAX_BYTES) throw bad('The file is larger than 50 MB. Split it into smaller files.');
    format = source.format;
  }
  return { bytes, format, fingerprint: createHash('sha256').update(bytes).digest('hex') };
}

const notUtf8 = () => bad("The file isn't UTF-8 text; save it as CSV UTF-8 (in Excel: File › Save As › CSV UTF-8) and import that.");

/** Refuses a workbook, UTF-16 and other non-UTF-8 text, from the file's first bytes. */
function refuseNotUtf8(bytes: Buffer): void {
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw bad('This file is an Excel workbook, not a CSV file. Import it as .xlsx.');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw notUtf8();
  if (bytes.subarray(0, 4096).includes(0)) throw notUtf8();
}

/** UTF-8 text of a CSV file, refusing UTF-16 and other encodings. */
export function decodeCsvText(bytes: Buffer): string {
  refuseNotUtf8(bytes);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw notUtf8();
  }
}

/** The text of a small CSV given as text or as a path (rates, closures): refuses what can't be read. */
export function csvTextOf(source: { path: string } | { text: string }): string {
  if ('text' in source) return source.text;
  try {
    return decodeCsvText(readFileSync(source.path));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('not_found', `The file “${source.path}” can't be opened: it doesn't exist or can't be read.`, 'path');
  }
}

/** A `sep=;` first line, which Excel writes and reads to know the separator. */
const SEP_LINE = /^sep=(.)[ \t]*\r?\n/i;

/** A CSV error's row and what it is, in words. */
function brokenRow(error: Papa.ParseError, row: number, sepLine: boolean): AppError {
  const what = error.code === 'MissingQuotes' ? 'a quoted value is never closed' : error.code === 'InvalidQuotes' ? 'a quote sits inside a value that is not quoted' : error.message;
  return bad(`Row ${row + 1 + (sepLine ? 1 : 0)}: the CSV is broken here (${what}). Check the quotes (") in this row; nothing was imported.`);
}

/** Papaparse's options for a file: the separator a `sep=` line names, else guessed from the first rows. */
const csvConfig = (sep: RegExpExecArray | null) => ({
  header: false,
  skipEmptyLines: false,
  ...(sep ? { delimiter: sep[1] } : { delimitersToGuess: [',', ';', '\t', '|'] }),
});

const cleanCell = (text: string) => (text.trim() === '' ? null : unguard(text));

/**
 * Collects a CSV's rows as papaparse gives them, one at a time, into a column table: the file's
 * rows are never all held as raw strings, nor as an array of cells each.
 */
function csvRows(sepLine: boolean) {
  let headerCells: string[] | null = null;
  const rows = new ColumnTableBuilder();
  let index = 0;
  let firstError: AppError | null = null;
  let delimiter = '';
  return {
    step(result: Papa.ParseStepResult<string[]>): void {
      const error = result.errors.find((e) => e.type === 'Quotes' || e.type === 'FieldMismatch');
      if (error && !firstError) firstError = brokenRow(error, index, sepLine);
      delimiter = result.meta.delimiter;
      const cells = result.data;
      if (index++ === 0) headerCells = cells;
      else rows.push(cells, cleanCell);
    },
    table(): ColumnTable {
      if (firstError) throw firstError;
      const header = headerCells as string[] | null;
      const table = rows.build(header ? header.map((h) => unguard(h).trim()) : [], delimiter);
      if (!header || (table.length === 0 && header.every((c) => c.trim() === ''))) throw bad('The file is empty: it has no header row.');
      return table;
    },
  };
}

export function parseCsv(text: string): Table {
  const sep = SEP_LINE.exec(text);
  const rows = csvRows(!!sep);
  Papa.parse<string[]>(sep ? text.slice(sep[0].length) : text, { ...csvConfig(sep), step: rows.step });
  return rowTable(rows.table());
}

/**
 * Bytes read from a CSV file at a time: the file is never in memory whole, as bytes or as text.
 * Small enough that each chunk's text (and papaparse's copies of it) is a young object that dies
 * young: 1 MB chunks were large objects, 40 of them a second left for a full collection to free.
 */
const CHUNK_BYTES = 1 << 16;

/** A CSV file read as UTF-8 text in chunks, hashed as it is read; a problem is kept until the whole file is hashed. */
async function* csvTextChunks(path: string, hash: Hash, problem: { error: AppError | null }): AsyncGenerator<string> {
  const file = await open(path, 'r');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    const buffer = Buffer.alloc(CHUNK_BYTES);
    for (let first = true; ; first = false) {
      const { bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, null);
      const bytes = buffer.subarray(0, bytesRead);
      hash.update(bytes);
      if (problem.error) {
        if (bytesRead === 0) return;
        continue;
      }
      try {
        if (first) refuseNotUtf8(bytes);
        // TextDecoder drops the BOM and carries a character cut at the chunk's end to the next one.
        const text = decoder.decode(bytes, { stream: bytesRead > 0 });
        if (text) yield text;
      } catch (error) {
        problem.error = error instanceof AppError ? error : notUtf8();
      }
      if (bytesRead === 0) return;
    }
  } finally {
    await file.close();
  }
}

/**
 * A CSV file read from disk in chunks straight into papaparse (the file is never held whole, as
 * bytes or as text), with its fingerprint. `table()` gives the table or throws what is wrong with
 * the file, so a caller can first compare the fingerprint (a changed file is named as changed).
 */
export async function streamCsv(path: string): Promise<{ fingerprint: string; table: () => ColumnTable }> {
  const hash = createHash('sha256');
  const problem: { error: AppError | null } = { error: null };
  const chunks = csvTextChunks(path, hash, problem);
  // The first text decides the separator (a `sep=` line) before papaparse starts.
  let head = '';
  for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
    head += next.value;
    if (head.includes('\n')) break;
  }
  const sep = SEP_LINE.exec(head);
  const rows = csvRows(!!sep);
  const rest = async function* () {
    if (head) yield sep ? head.slice(sep[0].length) : head;
    head = '';
    yield* chunks;
  };
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(Readable.from(rest()) as unknown as File, { ...csvConfig(sep), step: rows.step, complete: () => resolve(), error: (e: Error) => reject(e) });
  });
  const fingerprint = hash.digest('hex');
  return { fingerprint, table: () => (problem.error ? fail(problem.error) : rows.table()) };
}

const fail = (error: AppError): never => {
  throw error;
};

/** A file's table, format and fingerprint: a CSV on disk streamed, anything else read whole. */
export async function readSource(source: ImportSource, entity?: ImportEntity): Promise<{ format: FileFormat; fingerprint: string; table: () => Promise<ImportTable> }> {
  if ('path' in source && (source.format ?? formatOfPath(source.path)) === 'csv') {
    sizeOf(source.path);
    const csv = await streamCsv(source.path);
    return { format: 'csv', fingerprint: csv.fingerprint, table: async () => csv.table() };
  }
  const file = loadSource(source);
  return { format: file.format, fingerprint: file.fingerprint, table: () => readTable(file, entity) };
}

/** True for a number format that shows a percentage: a % outside quotes and escapes. */
const isPercentFormat = (numFmt: string | undefined) => !!numFmt && /%/.test(numFmt.replace(/"[^"]*"|\\./g, ''));

/** What a percent-formatted cell shows: 0.8 → 80 (to 12 significant digits, so 0.07 gives 7, not 7.000000000000001). */
const shownPercent = (value: number) => Number((value * 100).toPrecision(12));

function cellOf(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellOf((value.result ?? null) as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return String(value);
}

/** The sheet to read: one named for what is imported (an export's "Bookings" sheet), else the first visible one. */
function sheetFor(workbook: ExcelJS.Workbook, entity: ImportEntity | undefined): ExcelJS.Worksheet | undefined {
  const visible = workbook.worksheets.filter((s) => s.state === 'visible' && s.rowCount > 0);
  const names = entity ? [entity, ...ENTITY_NOUNS[entity]].map(normaliseHeader) : [];
  return visible.find((s) => names.includes(normaliseHeader(s.name))) ?? visible[0] ?? workbook.worksheets[0];
}

/** Title lines above a table (a report's name, a filter line, a blank row) are not its header: the header is the first row with two or more values. */
const TITLE_ROWS_MAX = 10;

export async function parseXlsx(bytes: Buffer, entity?: ImportEntity): Promise<Table> {
  const notWorkbook = () => bad("The file isn't an Excel workbook (.xlsx). If it is a CSV file, import it as CSV; if it is an old .xls file, save it as .xlsx.");
  if (!bytes.subarray(0, 4).equals(ZIP_MAGIC)) throw notWorkbook();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw notWorkbook();
  }
  const sheet = sheetFor(workbook, entity);
  if (!sheet || sheet.rowCount === 0) throw bad('The workbook is empty: its first sheet has no header row.');
  const width = sheet.columnCount;
  const read = (n: number): Cell[] => {
    const row = sheet.getRow(n);
    const out: Cell[] = [];
    for (let c = 1; c <= width; c++) {
      const source = row.getCell(c);
      const cell = cellOf(source.value);
      if (typeof cell === 'number' && isPercentFormat(source.numFmt)) out.push({ percent: shownPercent(cell) });
      else out.push(typeof cell === 'string' && cell.trim() === '' ? null : cell);
    }
    return out;
  };
  let headerRow = 1;
  while (headerRow < Math.min(TITLE_ROWS_MAX, sheet.rowCount) && read(headerRow).filter((c) => c !== null).length < 2) headerRow++;
  const headers = read(headerRow).map((h) => (h === null ? '' : h instanceof Date ? h.toISOString().slice(0, 10) : textOf(h)));
  const rows: Cell[][] = [];
  for (let n = headerRow + 1; n <= sheet.rowCount; n++) rows.push(read(n));
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === null)) rows.pop();
  return { headers, rows, ...(headerRow > 1 ? { headerRow } : {}) };
}

export async function readTable(file: LoadedFile, entity?: ImportEntity): Promise<Table> {
  return file.format === 'xlsx' ? parseXlsx(file.bytes, entity) : parseCsv(decodeCsvText(file.bytes));
}
