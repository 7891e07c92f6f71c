// Writing the staffing plan: XLSX (every sheet, streamed), CSV (one sheet) or PDF (printed HTML).

import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { CapacityState } from '@shared/capacity';
import type { FileFormat } from '@shared/io/types';
import { AppError } from '@shared/errors';
import type { Platform } from '../../../handlers/context';
import { silentTask, type IoTask } from '../../task';
import { csvCell } from '../tableFile';
import { planData, type PlanData, type PlanFilter } from './data';
import { longDate, planHtml, PDF_FOOTER, PDF_HEADER, PDF_MARGINS_MM } from './pdf';
import { PLAN_SHEETS, TABLES, type PlanSheet } from './sheets';
import { writePlanXlsx } from './xlsx';

export { planState } from './data';

export interface PlanRequest {
  path: string;
  format: FileFormat | 'pdf';
  range: { start: string; end: string };
  filter: PlanFilter;
  /** For CSV: which table (default 'person'). XLSX and PDF have them all (PDF: all but the bookings list). */
  sheet?: PlanSheet;
}

export interface PlanEnv {
  /** Printing, for PDF. */
  platform?: Platform;
  task?: IoTask;
  /** The generation date printed on the PDF (local day). */
  today?: string;
}

export function describeFilter(filter: PlanFilter, roleName?: string): string {
  const parts = [
    filter.roleId ? `role ${roleName ?? filter.roleId}` : '',
    filter.talentIds ? `${filter.talentIds.length} ${filter.talentIds.length === 1 ? 'person' : 'people'}` : '',
    filter.campaignIds ? `${filter.campaignIds.length} campaign${filter.campaignIds.length === 1 ? '' : 's'}` : '',
    filter.confirmedOnly ? 'confirmed bookings only' : 'confirmed and tentative bookings',
  ].filter(Boolean);
  return `Filter: ${parts.join(', ')}`;
}


async function writeCsv(data: PlanData, request: PlanRequest, task: IoTask): Promise<number> {
  const table = TABLES[request.sheet ?? 'person'](data);
  const body: (string | number)[][] = [];
  for (const r of table.rows) {
    body.push(r.map(csvCell));
    if ((body.length & 1023) === 0) await task.step(body.length, table.count, 'Writing CSV');
  }
  task.throwIfCancelled();
  const headers = table.columns.map((c) => String(csvCell(c.header)));
  writeFileSync(request.path, '\uFEFF' + Papa.unparse({ fields: headers, data: body }, { newline: '\r\n' }) + '\r\n', 'utf8');
  return body.length;
}

async function writePdf(data: PlanData, request: PlanRequest, env: PlanEnv, title: string, filterLine: string, task: IoTask): Promise<number> {
  if (!env.platform) throw new AppError('invalid_input', 'PDF export needs the app window (printing is not available here).');
  const today = env.today ?? new Date().toISOString().slice(0, 10);
  const { html, rows } = planHtml(data, { title, filterLine, generated: today });
  await task.step(0, 1, 'Printing PDF');
  const pdf = await env.platform.printToPdf(html, {
    landscape: true, headerTemplate: PDF_HEADER(title), footerTemplate: PDF_FOOTER(longDate(today)), marginsMm: PDF_MARGINS_MM,
  });
  task.throwIfCancelled();
  const partial = `${request.path}.partial`;
  try {
    writeFileSync(partial, pdf);
    renameSync(partial, request.path);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  return rows;
}

export async function writePlan(state: CapacityState, request: PlanRequest, env: PlanEnv = {}): Promise<{ path: string; bytes: number; rows: number }> {
  const task = env.task ?? silentTask();
  const data = planData(state, request.range, request.filter);
  const roleName = request.filter.roleId ? state.roleNames[state.roleIds.indexOf(request.filter.roleId)] : undefined;
  const title = `Staffing plan, ${request.range.start} to ${request.range.end}`;
  const filterLine = describeFilter(request.filter, roleName);
  let rows: number;
  if (request.format === 'csv') rows = await writeCsv(data, request, task);
  else if (request.format === 'pdf') rows = await writePdf(data, request, env, title, filterLine, task);
  else rows = await writePlanXlsx(request.path, PLAN_SHEETS.map((s) => TABLES[s](data)), [title, filterLine], task);
  return { path: request.path, bytes: statSync(request.path).size, rows };
}
