// Data rows written straight into exceljs's streaming worksheet as XML. exceljs builds a model
// object per cell and renders it through its generic XML writer, which costs more than all the
// rest of a large export; the plan's cells are only numbers, text, dates and blanks, so their
// XML is a few string templates. The sheet's structure (columns, frozen panes, filter, styles,
// the preamble and header rows) still comes from exceljs. Pinned to exceljs 4.4's WorksheetWriter.

import type ExcelJS from 'exceljs';
import type { OutCell } from '@shared/io/types';
import { DAY_MS } from '@shared/dates';

/** The WorksheetWriter internals a raw row needs (exceljs 4.4, lib/stream/xlsx/worksheet-writer.js). */
interface WriterInternals {
  startedData: boolean;
  _rowZero: number;
  _rows: unknown[];
  stream: { write(chunk: string): unknown };
  _writeColumns(): void;
  _writeOpenSheetData(): void;
}

// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeXml = (text: string) => text.replace(INVALID_XML, '').replace(/[&<>"]/g, (c) => ESCAPES[c]);
const EXCEL_EPOCH_DAYS = 25569; // 1970-01-01 as an Excel serial day

export function columnLetters(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    let n = i + 1;
    let s = '';
    while (n > 0) {
      const r = (n - 1) % 26;
      s = String.fromCharCode(65 + r) + s;
      n = Math.floor((n - 1) / 26);
    }
    return s;
  });
}

/** One row's XML: `styles[c]` is the style id of column c (0 for none). Null cells are left out. */
export function rowXml(rowNumber: number, values: readonly OutCell[], styles: readonly number[], letters: readonly string[]): string {
  let xml = `<row r="${rowNumber}">`;
  for (let c = 0; c < values.length; c++) {
    const v = values[c];
    if (v === null || v === undefined || v === '') continue;
    const s = styles[c] ? ` s="${styles[c]}"` : '';
    const ref = `${letters[c]}${rowNumber}`;
    if (typeof v === 'number') xml += Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : '';
    else if (v instanceof Date) xml += `<c r="${ref}"${s}><v>${v.getTime() / DAY_MS + EXCEL_EPOCH_DAYS}</v></c>`;
    else xml += `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
  }
  return `${xml}</row>`;
}

/** Writes a row after every row exceljs has committed; returns the next row number. */
export function writeRawRow(ws: ExcelJS.Worksheet, rowNumber: number, xml: string): number {
  const w = ws as unknown as WriterInternals;
  if (w._rows.length) throw new Error('writeRawRow: commit the exceljs rows first');
  if (!w.startedData) {
    w._writeColumns();
    w._writeOpenSheetData();
    w.startedData = true;
  }
  w.stream.write(xml);
  w._rowZero = rowNumber + 1;
  return rowNumber + 1;
}

/** Bytes of a sheet exceljs holds that the zip has not taken yet (its writer ignores backpressure). */
function backlog(ws: ExcelJS.Worksheet): number {
  type Buffered = { _writableState?: { length: number }; _readableState?: { length: number } };
  const stream = (ws as unknown as { stream: { buffers?: unknown[]; pipes?: Buffered[] } }).stream;
  const held = (p: Buffered) => (p._writableState?.length ?? 0) + (p._readableState?.length ?? 0);
  return (stream.buffers?.length ?? 0) * 65_536 + (stream.pipes ?? []).reduce((n, p) => n + held(p), 0);
}

const BACKLOG_MAX = 4 * 1024 * 1024;

/** Waits until the zip has caught up with the rows written so far, so that memory holds a few MB of a sheet, not all of it. */
export async function drainSheet(ws: ExcelJS.Worksheet): Promise<void> {
  while (backlog(ws) > BACKLOG_MAX) await new Promise((resolve) => setTimeout(resolve, 2));
}

/** The workbook's style id for a style object (registered once). */
export function styleIdOf(workbook: ExcelJS.stream.xlsx.WorkbookWriter, style: Partial<ExcelJS.Style>, cellType: number): number {
  const styles = (workbook as unknown as { styles: { addStyleModel(model: object, type: number): number } }).styles;
  return styles.addStyleModel(style, cellType);
}
