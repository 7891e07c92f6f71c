// Planned against actual as XLSX (the plan's sheet writer) or as a page the main process prints to
// PDF. Written from the comparison the handler made: no workspace read.

import type { PlannedVsActual } from '@shared/contract';
import { actualsHtml } from '@shared/actuals/exportHtml';
import { actualsPreamble, actualsTables, type ActualsExportMeta } from '@shared/actuals/exportTables';
import type { IoTask } from '../task';
import { writePlanXlsx } from './plan/xlsx';

export interface ActualsWork {
  kind: 'actuals';
  data: PlannedVsActual;
  meta: ActualsExportMeta & { appName: string };
  format: 'xlsx' | 'pdf';
  path: string;
}

export async function renderActuals(work: ActualsWork, task: IoTask, now: string): Promise<{ path: string; rows: number; html?: string; title?: string }> {
  if (work.format === 'pdf') return { path: work.path, rows: 0, ...actualsHtml(work.data, { ...work.meta, now }) };
  const rows = await writePlanXlsx(work.path, actualsTables(work.data), actualsPreamble(work.data, work.meta), task);
  return { path: work.path, rows };
}
