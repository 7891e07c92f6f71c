// Worker thread entry: solves one staffing instance (whole mode takes seconds) off the main process.
import { parentPort } from 'node:worker_threads';
import { solveStaffing, type StaffingInstance, type StaffingMode, type WholeOptions } from '@shared/staffing';
import { serveTask } from '../workers/runWorker';

export interface SolveTask {
  inst: StaffingInstance;
  mode: StaffingMode;
  opts: WholeOptions;
}

if (parentPort) serveTask(parentPort, async ({ inst, mode, opts }: SolveTask) => solveStaffing(inst, mode, opts));
