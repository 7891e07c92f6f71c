// A staffing proposal, before it is accepted, as XLSX (the plan's sheet writer) or as a page the
// main process prints to PDF. It is written from the proposal as the window shows it: no workspace read.

import type { StaffingProposalView } from '@shared/contract';
import { proposalPreamble, proposalTables, type ProposalMeta } from '@shared/staffing/plan/proposalExport';
import { proposalHtml } from '@shared/staffing/plan/proposalPdf';
import type { IoTask } from '../task';
import { writePlanXlsx } from './plan/xlsx';

export interface ProposalWork {
  kind: 'proposal';
  view: StaffingProposalView;
  meta: ProposalMeta;
  format: 'xlsx' | 'pdf';
  path: string;
}

export async function renderProposal(work: ProposalWork, task: IoTask): Promise<{ path: string; rows: number; html?: string; title?: string }> {
  if (work.format === 'pdf') return { path: work.path, ...proposalHtml(work.view, work.meta) };
  const rows = await writePlanXlsx(work.path, proposalTables(work.view), proposalPreamble(work.view, work.meta), task);
  return { path: work.path, rows };
}
