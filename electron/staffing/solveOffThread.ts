import { solveStaffing, type SolveResult } from '@shared/staffing';
import { runWorkerTask, workerScript, type WorkerScript } from '../workers/runWorker';
import type { SolveTask } from './solveWorker';

// Found on first use: code bundled for other uses (the crash-test writer) never needs it.
let script: WorkerScript | null = null;

/**
 * Solves in a worker thread in whole mode (up to its time limit, seconds), so that the window's
 * other calls are answered meanwhile; split mode is exact in a fraction of a second and runs here.
 */
export function solveOffThread(task: SolveTask): Promise<SolveResult> {
  if (task.mode === 'split') return Promise.resolve(solveStaffing(task.inst, task.mode, task.opts));
  script ??= workerScript('staffingWorker', new URL('./solveWorker.ts', import.meta.url));
  return runWorkerTask<SolveResult>(script, task);
}
