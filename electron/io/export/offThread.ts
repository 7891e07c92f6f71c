// Exports as the app runs them: the main process takes a consistent image of the workspace (its
// connection holds the file's lock, so a worker can't open the file; the image is a memory copy of
// the pages, tens of milliseconds) and hands it to a worker thread, which reads it, builds the
// figures and streams the file. The window's calls are answered meanwhile; io:cancel reaches the
// worker through the task.

import { rmSync, statSync } from 'node:fs';
import type { Db } from '../../db/open';
import { countTalent } from '../../db/repos/talent';
import { nativeBindingInUse } from '../../native';
import { runWorkerTask, workerScript, type WorkerScript } from '../../workers/runWorker';
import type { IoTask } from '../task';
import { workspaceId } from '../workspaceId';
import { assertCanPrint, printPagePdf, printPlanPdf, refuseTooManyForPdf, type PlanEnv } from './plan';
import type { ExportJob, ExportOutcome, ExportProgress, ExportWork } from './worker';

// Found on first use, as the staffing worker's.
let script: WorkerScript | null = null;

/** Benchmarks and the memory test run the built worker (out/main), as the app does, rather than its source through tsx. */
export function useExportWorkerScript(built: WorkerScript): void {
  script = built;
}

/**
 * A small young generation keeps the worker's garbage from piling up between collections (about
 * 80 MB less at the peak of a two-year XLSX of 5,000 people); the old generation's cap stops a
 * runaway export in its worker, with an error, instead of taking the app down.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 768 };

export type ExportEnv = PlanEnv & { task: IoTask; today: string; now: Date };

export async function exportOffThread(db: Db, work: ExportWork, env: ExportEnv) {
  if ((work.kind === 'plan' && work.request.format === 'pdf') || ((work.kind === 'proposal' || work.kind === 'actuals') && work.format === 'pdf')) assertCanPrint(env);
  if (work.kind === 'plan' && work.request.format === 'pdf') {
    // Refused at once when the count is plain (the worker checks the people it finds in any case).
    if (!work.request.filter.talentIds) refuseTooManyForPdf(countTalent(db, work.request.filter.roleId));
  }
  // A calendar's UIDs carry the workspace's id: make it here (it is written once), not in the copy.
  if (work.kind === 'ics') workspaceId(db);
  const { task } = env;
  task.progress(0, 1, 'Reading the workspace');
  const image = work.kind === 'proposal' || work.kind === 'actuals' ? new Uint8Array(0) : db.serialize();
  const job: ExportJob = { ...work, image, nativeBinding: nativeBindingInUse(), today: env.today, now: env.now.toISOString() };
  script ??= workerScript('exportWorker', new URL('./worker.ts', import.meta.url));
  const target = work.kind === 'entity' || work.kind === 'proposal' || work.kind === 'actuals' ? work.path : work.request.path;
  const { html, title, ...outcome } = await runWorkerTask<ExportOutcome>(script, job, {
    onProgress: (e) => task.progress((e as ExportProgress).done, (e as ExportProgress).total, (e as ExportProgress).label),
    bindCancel: (cancel) => task.onCancel(cancel),
    // Moved, not copied, when the image owns its memory.
    transfer: image.byteOffset === 0 && image.byteLength === image.buffer.byteLength ? [image.buffer as ArrayBuffer] : undefined,
    resourceLimits: WORKER_LIMITS,
  }).catch((error: unknown) => {
    // A worker that died mid-write could not remove its temporary file.
    rmSync(`${target}.partial`, { force: true });
    throw error;
  });
  task.throwIfCancelled();
  if (html !== undefined && work.kind === 'plan') await printPlanPdf(html, work.request, env, task);
  if (html !== undefined && (work.kind === 'proposal' || work.kind === 'actuals')) await printPagePdf(html, work.path, title ?? '', env, task);
  return { ...outcome, bytes: statSync(outcome.path).size };
}
