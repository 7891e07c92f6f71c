// The io paths as they were before issue 7, kept only as the benchmark's same-run baseline:
// the export built its own capacity state and let exceljs copy a style per cell; the import
// analysed the file twice and wrote one row at a time (a prepared statement per insert).

import ExcelJS from 'exceljs';
import { buildCapacityState } from '@shared/capacity';
import type { Db } from '../../electron/db/open';
import { loadCapacityInput } from '../../electron/capacity/model';
import { takeBackup } from '../../electron/db/backup';
import { recordChange } from '../../electron/db/repos/history';
import { planData } from '@shared/io/plan/data';
import { PLAN_SHEETS, TABLES } from '@shared/io/plan/sheets';
import { analyse } from '../../electron/io/import/analyse';
import { loadSource, readTable } from '../../electron/io/read';

const NUM_FMT: Record<string, string | undefined> = { hours: '#,##0.0', money: '#,##0.00', percent: '0%', date: 'yyyy-mm-dd' };

export async function baselineExport(db: Db, path: string, range: { start: string; end: string }): Promise<void> {
  const state = buildCapacityState(loadCapacityInput(db, range));
  const data = planData(state, range, {});
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  for (const sheet of PLAN_SHEETS) {
    const table = TABLES[sheet](data);
    const ws = workbook.addWorksheet(table.title);
    ws.columns = table.columns.map((c) => ({ width: c.width, style: NUM_FMT[c.kind] ? { numFmt: NUM_FMT[c.kind] } : {} }));
    const header = ws.addRow(table.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    for (const values of table.rows) {
      const row = ws.addRow(values);
      if (values[4] === 'Utilisation') for (let c = 6; c <= table.columns.length; c++) row.getCell(c).numFmt = '0%';
      row.commit();
    }
    ws.commit();
  }
  await workbook.commit();
}

export async function baselineImport(db: Db, csv: string, backupDir: string, now: Date): Promise<number> {
  const options = { createMissing: false, skipErrorRows: false };
  const table = await readTable(loadSource({ path: csv }));
  analyse(db, 'bookings', table, undefined, options, now.toISOString());
  await takeBackup(db, backupDir, 'import', now);
  const a = analyse(db, 'bookings', table, undefined, options, now.toISOString());
  recordChange(db, 'baseline import', () => a.plans.forEach((plan) => plan.write(db)));
  return a.plans.length;
}
