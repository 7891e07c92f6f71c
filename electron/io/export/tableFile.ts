// Writing rows as CSV (RFC 4180, UTF-8 with a BOM so Excel reads it as UTF-8) or as a small XLSX.

import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { guard } from '@shared/io/text';
import type { FileFormat, OutCell } from '@shared/io/types';
import { writeFileAtomic } from '../writeFile';

export type { OutCell } from '@shared/io/types';

export interface SheetData {
  name: string;
  headers: string[];
  rows: OutCell[][];
  /** Column widths in characters (default from the header). */
  widths?: number[];
}

/**
 * A cell as CSV text. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR first)
 * gets a leading apostrophe (`guard`), so a name like "=HYPERLINK(…)" stays text when the file is
 * opened; the importer takes it off again (`unguard`).
 */
export function csvCell(v: OutCell): string | number {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'string') return guard(v);
  return v ?? '';
}

export function writeCsv(path: string, sheet: SheetData): number {
  const text = '\uFEFF' + Papa.unparse({ fields: sheet.headers, data: sheet.rows.map((r) => r.map(csvCell)) }, { newline: '\r\n' }) + '\r\n';
  writeFileAtomic(path, text);
  return Buffer.byteLength(text);
}

export async function writeXlsx(path: string, sheets: SheetData[]): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Capacity Planner';
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = s.headers.map((h, i) => ({ header: h, width: s.widths?.[i] ?? Math.max(10, Math.min(40, h.length + 2)) }));
    ws.getRow(1).font = { bold: true };
    for (const r of s.rows) ws.addRow(r);
    if (s.headers.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.headers.length } };
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  writeFileAtomic(path, bytes);
  return bytes.length;
}

export async function writeTableFile(path: string, format: FileFormat, sheet: SheetData): Promise<{ path: string; bytes: number; rows: number }> {
  const bytes = format === 'csv' ? writeCsv(path, sheet) : await writeXlsx(path, [sheet]);
  return { path, bytes, rows: sheet.rows.length };
}
