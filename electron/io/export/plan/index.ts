// Writing the staffing plan: XLSX (every sheet, streamed) or CSV (one sheet).

import { statSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { FileFormat } from '@shared/io/types';
import type { Db } from '../../../db/open';
import { planData, type PlanFilter } from './data';
import { PLAN_SHEETS, TABLES, type Kind, type PlanSheet, type Table } from './sheets';

export interface PlanRequest {
  path: string;
  format: FileFormat;
  range: { start: string; end: string };
  filter: PlanFilter;
  /** For CSV: which table (default 'person'). XLSX has them all. */
  sheet?: PlanSheet;
}

const NUM_FMT: Record<Kind, string | undefined> = { text: undefined, hours: '#,##0.0', money: '#,##0.00', percent: '0%', date: 'yyyy-mm-dd' };

function describe(request: PlanRequest): string {
  const f = request.filter;
  const parts = [
    f.roleId ? `role id ${f.roleId}` : '', f.talentIds ? `${f.talentIds.length} people` : '', f.campaignIds ? `${f.campaignIds.length} campaigns` : '',
    f.confirmedOnly ? 'confirmed bookings only' : 'confirmed and tentative bookings',
  ].filter(Boolean);
  return `Filter: ${parts.join(', ')}`;
}

async function writeSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: Table, preamble: string[]): Promise<number> {
  const top = preamble.length ? preamble.length + 1 : 0;
  const headerRow = top + 1;
  const ws = workbook.addWorksheet(table.title, { views: [{ state: 'frozen', xSplit: table.fixed, ySplit: headerRow }] });
  ws.columns = table.columns.map((c) => ({ width: c.width, style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind] } : {} }));
  const last = table.columns.length;
  ws.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: last } };
  preamble.forEach((line) => {
    const row = ws.addRow([line]);
    row.font = { bold: true };
    row.commit();
  });
  if (top) ws.addRow([]).commit();
  const header = ws.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.eachCell((cell) => {
    if (cell.value instanceof Date) cell.numFmt = 'd mmm';
  });
  header.commit();
  const utilisation = table.title === 'By person';
  let rows = 0;
  for (const values of table.rows) {
    const row = ws.addRow(values);
    if (utilisation && values[4] === 'Utilisation') for (let c = 6; c <= last; c++) row.getCell(c).numFmt = '0%';
    row.commit();
    rows++;
  }
  ws.commit();
  return rows;
}

export async function writePlan(db: Db, request: PlanRequest): Promise<{ path: string; bytes: number; rows: number }> {
  const data = planData(db, request.range, request.filter);
  const preamble = [`Staffing plan, ${request.range.start} to ${request.range.end}`, describe(request)];
  let rows = 0;
  if (request.format === 'csv') {
    const table = TABLES[request.sheet ?? 'person'](data);
    const body = [...table.rows].map((r) => r.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? ''))));
    rows = body.length;
    const headers = table.columns.map((c) => (c.header instanceof Date ? c.header.toISOString().slice(0, 10) : String(c.header ?? '')));
    writeFileSync(request.path, '\uFEFF' + Papa.unparse({ fields: headers, data: body }, { newline: '\r\n' }) + '\r\n', 'utf8');
  } else {
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: request.path, useStyles: true, useSharedStrings: false });
    workbook.creator = 'Capacity Planner';
    for (const [i, sheet] of PLAN_SHEETS.entries()) rows += await writeSheet(workbook, TABLES[sheet](data), i === 0 ? preamble : []);
    await workbook.commit();
  }
  return { path: request.path, bytes: statSync(request.path).size, rows };
}
