// Worker thread entry: builds the capacity state for an export's range and writes the plan (CSV,
// XLSX) or its PDF page, off the main process, reporting progress and stopping on cancel.
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { buildCapacityState, type ColumnarCapacityInput } from '@shared/capacity';
import type { AppEvent } from '@shared/contract';
import { loadCapacityInput } from '../../../capacity/model';
import { serveTask } from '../../../workers/runWorker';
import { IoTask } from '../../task';
import { renderPlan, type PlanRequest } from './index';

export interface PlanJob {
  /** The workspace as one consistent image (sqlite3_serialize): the app's connection holds the file's lock. */
  image: Uint8Array;
  /** better-sqlite3's binding for this runtime (the app's Electron build), else the default. */
  nativeBinding?: string;
  request: PlanRequest;
  today: string;
}

/** Reads what the capacity core needs from the image, then lets it go. */
function readImage(job: PlanJob): ColumnarCapacityInput {
  // The header's read/write versions say WAL (2), which a database in memory can't use: 1 is a rollback journal.
  job.image[18] = job.image[19] = 1;
  const db = new Database(Buffer.from(job.image.buffer, job.image.byteOffset, job.image.byteLength), { nativeBinding: job.nativeBinding });
  try {
    return loadCapacityInput(db, job.request.range);
  } finally {
    db.close();
  }
}

/** What the worker's task reports: its progress events, as the main process's task emits them. */
export type PlanProgress = Extract<AppEvent, { type: 'progress' }>;

if (parentPort) {
  serveTask(parentPort, async (job: PlanJob, channel) => {
    const { request, today } = job;
    const task = new IoTask('export', 'Export', (event) => channel.progress(event));
    channel.onCancel(() => task.cancel());
    task.progress(0, 1, 'Reading the plan');
    const state = buildCapacityState(readImage(job));
    job.image = new Uint8Array(0);
    await task.step(0, 1, 'Reading the plan');
    return renderPlan(state, request, task, today);
  });
}
