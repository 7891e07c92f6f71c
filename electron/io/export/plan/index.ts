// Writing the staffing plan: XLSX (every sheet, streamed), CSV (one sheet) or PDF (printed HTML).

import { statSync } from 'node:fs';
import Papa from 'papaparse';
import type { CapacityState } from '@shared/capacity';
import type { FileFormat } from '@shared/io/types';
import { PDF_EXPORT_MAX_PEOPLE } from '@shared/contract/limits';
import { isoOfLocalDate } from '@shared/dates';
import { AppError } from '@shared/errors';
import type { Platform } from '../../../handlers/context';
import { silentTask, type IoTask } from '../../task';
import { writeWhole } from '../partialFile';
import { csvCell } from '../tableFile';
import { planData, type PlanData, type PlanFilter } from '@shared/io/plan/data';
import { longDate, planHtml, PDF_FOOTER, PDF_HEADER, PDF_MARGINS_MM } from '@shared/io/plan/pdf';
import { PLAN_SHEETS, TABLES, type PlanSheet } from '@shared/io/plan/sheets';
import { writePlanXlsx } from './xlsx';
import { briefsOfCampaigns, briefTable, type BriefForExport } from '@shared/io/plan/briefs';

export { planState } from './state';

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
  /** The workspace's briefs (those of the plan's campaigns are written). */
  briefs?: BriefForExport[];
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


/** The CSV's rows, written as they are made (a batch at a time), to a partial file renamed when complete. */
async function writeCsv(data: PlanData, request: PlanRequest, task: IoTask): Promise<number> {
  const table = TABLES[request.sheet ?? 'person'](data);
  const headers = table.columns.map((c) => String(csvCell(c.header)));
  const unparse = (rows: unknown[][]) => Papa.unparse(rows, { newline: '\r\n' }) + '\r\n';
  return writeWhole(request.path, async (file) => {
    await file.write('\uFEFF' + unparse([headers]));
    let batch: (string | number)[][] = [];
    let written = 0;
    for (const r of table.rows) {
      batch.push(r.map(csvCell));
      if (batch.length < 512) continue;
      await file.write(unparse(batch));
      written += batch.length;
      batch = [];
      await task.step(written, table.count, 'Writing CSV');
    }
    if (batch.length) await file.write(unparse(batch));
    task.throwIfCancelled();
    return written + batch.length;
  });
}

export const planTitle = (request: Pick<PlanRequest, 'range'>) => `Staffing plan, ${longDate(request.range.start)} to ${longDate(request.range.end)}`;

/** Refuses a PDF of more people than one may hold. */
export function refuseTooManyForPdf(people: number): void {
  if (people <= PDF_EXPORT_MAX_PEOPLE) return;
  throw new AppError(
    'invalid_input',
    `A PDF staffing plan holds at most ${PDF_EXPORT_MAX_PEOPLE.toLocaleString('en-GB')} people; this one would have ${people.toLocaleString('en-GB')}. Choose a role to narrow it, or export to Excel (XLSX).`,
    'filter',
  );
}

/** The PDF's page (HTML), refused beyond the people one PDF may hold. */
function pdfPage(data: PlanData, request: PlanRequest, filterLine: string, today: string, briefs: BriefForExport[]): { html: string; rows: number } {
  refuseTooManyForPdf(data.people.count);
  return planHtml(data, { title: planTitle(request), filterLine, generated: today }, briefs);
}

/** A PDF is printed by the platform (the app's window). */
export function assertCanPrint(env: PlanEnv): asserts env is PlanEnv & { platform: Platform } {
  if (!env.platform) throw new AppError('invalid_input', 'PDF export needs the app window (printing is not available here).');
}

/** Prints a page to PDF through the platform (A4 landscape, title and page numbers), written under a temporary name and renamed. */
export async function printPagePdf(html: string, path: string, title: string, env: PlanEnv, task: IoTask): Promise<void> {
  assertCanPrint(env);
  const today = env.today ?? isoOfLocalDate(new Date());
  task.progress(0, 1, 'Printing PDF');
  const pdf = await env.platform.printToPdf(html, {
    landscape: true, headerTemplate: PDF_HEADER(title), footerTemplate: PDF_FOOTER(longDate(today)), marginsMm: PDF_MARGINS_MM,
  });
  task.throwIfCancelled();
  await writeWhole(path, (file) => file.write(pdf));
}

export const printPlanPdf = (html: string, request: PlanRequest, env: PlanEnv, task: IoTask) => printPagePdf(html, request.path, planTitle(request), env, task);

/**
 * The part of an export that reads the capacity state (in the app, in a worker thread): CSV and
 * XLSX are written to their file; a PDF's page is returned for the platform to print.
 */
export async function renderPlan(state: CapacityState, request: PlanRequest, task: IoTask, today: string, allBriefs: BriefForExport[] = []): Promise<{ rows: number; html?: string }> {
  const data = planData(state, request.range, request.filter);
  const briefs = briefsOfCampaigns(allBriefs, data.campaigns.map((c) => c.id));
  const roleName = request.filter.roleId ? state.roleNames[state.roleIds.indexOf(request.filter.roleId)] : undefined;
  const filterLine = describeFilter(request.filter, roleName);
  if (request.format === 'csv') return { rows: await writeCsv(data, request, task) };
  if (request.format === 'pdf') return pdfPage(data, request, filterLine, today, briefs);
  const tables = [...PLAN_SHEETS.map((s) => TABLES[s](data)), briefTable(briefs)];
  return { rows: await writePlanXlsx(request.path, tables, [planTitle(request), filterLine], task) };
}

/** The whole export in this thread (scripts, benchmarks, tests of the writers). */
export async function writePlan(state: CapacityState, request: PlanRequest, env: PlanEnv = {}): Promise<{ path: string; bytes: number; rows: number }> {
  const task = env.task ?? silentTask();
  if (request.format === 'pdf') assertCanPrint(env);
  const today = env.today ?? isoOfLocalDate(new Date());
  const { rows, html } = await renderPlan(state, request, task, today, env.briefs);
  if (html !== undefined) await printPlanPdf(html, request, env, task);
  return { path: request.path, bytes: statSync(request.path).size, rows };
}
