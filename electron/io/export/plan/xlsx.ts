// The staffing plan as XLSX: exceljs's streaming writer, rows committed as they are written, and
// one shared style object per column kind (exceljs caches a style by object identity, so a
// per-cell style copy would be serialised again for every cell).

import { createWriteStream, renameSync, rmSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { IoTask } from '../../task';
import { columnLetters, drainSheet, rowXml, styleIdOf, writeRawRow } from './rawRows';
import type { Kind, Table } from '@shared/io/plan/sheets';

const NUMBER_TYPE = 2; // exceljs ValueType.Number: a style with no number format gets 'General'
const STRING_TYPE = 3;

type Style = Partial<ExcelJS.Style>;
const NUM_FMT: Record<Kind, string | undefined> = { text: undefined, hours: '#,##0.0', dayHours: '0.00', money: '#,##0.00', percent: '0%', date: 'yyyy-mm-dd' };
const STYLE: Record<Kind, Style> = {
  text: {}, hours: { numFmt: NUM_FMT.hours }, dayHours: { numFmt: NUM_FMT.dayHours }, money: { numFmt: NUM_FMT.money }, percent: { numFmt: NUM_FMT.percent }, date: { numFmt: NUM_FMT.date },
};
const BOLD: Style = { font: { bold: true } };
const BOLD_DAY: Style = { font: { bold: true }, numFmt: 'd mmm' };

function styleRow(row: ExcelJS.Row, styles: Style[]): void {
  for (let c = 0; c < styles.length; c++) row.getCell(c + 1).style = styles[c];
}

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: Table, preamble: string[], progress: (rows: number) => Promise<void>) {
  const top = preamble.length ? preamble.length + 1 : 0;
  const headerRow = top + 1;
  const ws = workbook.addWorksheet(table.title, { views: [{ state: 'frozen', xSplit: table.fixed, ySplit: headerRow }] });
  ws.columns = table.columns.map((c) => ({ width: c.width }));
  const last = table.columns.length;
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: last } };
  for (const line of preamble) {
    const row = ws.addRow([line]);
    row.getCell(1).style = BOLD;
    row.commit();
  }
  if (top) ws.addRow([]).commit();
  const header = ws.addRow(table.columns.map((c) => c.header));
  styleRow(header, table.columns.map((c) => (c.header instanceof Date ? BOLD_DAY : BOLD)));
  header.commit();
  const id = (kind: Kind) => styleIdOf(workbook, STYLE[kind], kind === 'text' ? STRING_TYPE : NUMBER_TYPE);
  const plain = table.columns.map((c) => (c.kind === 'text' ? 0 : id(c.kind)));
  // The person sheet's utilisation rows are ratios: percent in the week and total columns.
  const percent = plain.map((s, i) => (i >= 5 ? id('percent') : s));
  const utilisation = table.title === 'By person';
  const letters = columnLetters(last);
  let next = headerRow + 1;
  let rows = 0;
  for (const values of table.rows) {
    next = writeRawRow(ws, next, rowXml(next, values, utilisation && values[4] === 'Utilisation' ? percent : plain, letters));
    if ((++rows & 255) === 0) {
      await drainSheet(ws);
      await progress(rows);
    }
  }
  ws.commit();
  return rows;
}

/** Writes the sheets to a temporary file beside `path`, then renames it: a cancel or failure leaves no partial file. */
export async function writePlanXlsx(path: string, tables: Table[], preamble: string[], task: IoTask): Promise<number> {
  const partial = `${path}.partial`;
  const stream = createWriteStream(partial);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Capacity Planner';
  const total = tables.reduce((n, t) => n + t.count, 0);
  let written = 0;
  try {
    for (const [i, table] of tables.entries()) {
      const before = written;
      written += await writeSheet(workbook, table, i === 0 ? preamble : [], (rows) => task.step(before + rows, total, `Writing ${table.title.toLowerCase()}`));
    }
    task.throwIfCancelled();
    await workbook.commit();
    renameSync(partial, path);
    return written;
  } catch (error) {
    // The stream may still be opening its file: wait until it is closed, then remove the file.
    if (!stream.closed) await new Promise<void>((closed) => stream.destroy().once('close', () => closed()));
    rmSync(partial, { force: true });
    throw error;
  }
}
