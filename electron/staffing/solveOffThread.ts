import { solveStaffing, type SolveResult } from '@shared/staffing';
import { runWorker, workerScript } from '../workers/runWorker';
import type { SolveTask } from './solveWorker';

const SCRIPT = workerScript('staffingWorker', new URL('./solveWorker.ts', import.meta.url));

/**
 * Solves in a worker thread in whole mode (up to its time limit, seconds), so that the window's
 * other calls are answered meanwhile; split mode is exact in a fraction of a second and runs here.
 */
export function solveOffThread(task: SolveTask): Promise<SolveResult> {
  if (task.mode === 'split') return Promise.resolve(solveStaffing(task.inst, task.mode, task.opts));
  return runWorker<SolveResult>(SCRIPT, task);
}
