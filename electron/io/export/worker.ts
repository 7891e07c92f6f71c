// Worker thread entry for exports: opens the workspace image it is given and writes the file (a
// staffing plan, a bookings calendar, people or campaigns) off the main process, reporting
// progress and stopping on cancel. A PDF's page is made here and printed by the main process.
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { buildCapacityState } from '@shared/capacity';
import type { AppEvent } from '@shared/contract';
import type { FileFormat } from '@shared/io/types';
import { loadCapacityInput } from '../../capacity/model';
import { briefsForExport } from '../../db/repos/briefs';
import type { Db } from '../../db/open';
import { serveTask } from '../../workers/runWorker';
import { IoTask } from '../task';
import { campaignSheet, talentSheet } from './entities';
import { writeIcs, type IcsRequest } from './ics';
import { renderPlan, type PlanRequest } from './plan';
import { renderProposal, type ProposalWork } from './proposal';
import { renderActuals, type ActualsWork } from './actuals';
import { writeTableFile } from './tableFile';

export type ExportWork =
  | { kind: 'plan'; request: PlanRequest }
  | { kind: 'ics'; request: IcsRequest }
  | { kind: 'entity'; entity: 'talent' | 'campaigns'; format: FileFormat; path: string }
  | ProposalWork
  | ActualsWork;

export type ExportJob = ExportWork & {
  /** The workspace as one consistent image (sqlite3_serialize): the app's connection holds the file's lock. */
  image: Uint8Array;
  /** better-sqlite3's binding for this runtime (the app's Electron build), else the default. */
  nativeBinding?: string;
  /** The app's clock: today's local date, and now (ISO). */
  today: string;
  now: string;
};

/** What the worker sends back: a written file, or a PDF's page to print. */
export interface ExportOutcome {
  path: string;
  rows: number;
  events?: number;
  html?: string;
  /** The printed page's title (its header), when it is not the plan's. */
  title?: string;
}

/** What the worker's task reports: its progress events, as the main process's task emits them. */
export type ExportProgress = Extract<AppEvent, { type: 'progress' }>;

function openImage(job: ExportJob): Db {
  // The header's read/write versions say WAL (2), which a database in memory can't use: 1 is a rollback journal.
  job.image[18] = job.image[19] = 1;
  const db = new Database(Buffer.from(job.image.buffer, job.image.byteOffset, job.image.byteLength), { nativeBinding: job.nativeBinding });
  job.image = new Uint8Array(0);
  return db;
}

async function run(job: ExportJob, task: IoTask): Promise<ExportOutcome> {
  // A proposal is written from the proposal itself: it comes without a workspace image.
  if (job.kind === 'proposal') return renderProposal(job, task);
  if (job.kind === 'actuals') return renderActuals(job, task, job.now);
  const db = openImage(job);
  try {
    if (job.kind === 'ics') return writeIcs(db, job.request, new Date(job.now));
    if (job.kind === 'entity') return writeTableFile(job.path, job.format, job.entity === 'talent' ? talentSheet(db) : campaignSheet(db));
    task.progress(0, 1, 'Reading the plan');
    const input = loadCapacityInput(db, job.request.range);
    const briefs = briefsForExport(db);
    db.close();
    const state = buildCapacityState(input);
    await task.step(0, 1, 'Reading the plan');
    return { path: job.request.path, ...(await renderPlan(state, job.request, task, job.today, briefs)) };
  } finally {
    if (db.open) db.close();
  }
}

if (parentPort) {
  serveTask(parentPort, async (job: ExportJob, channel) => {
    const task = new IoTask('export', 'Export', (event) => channel.progress(event));
    channel.onCancel(() => task.cancel());
    return run(job, task);
  });
}
