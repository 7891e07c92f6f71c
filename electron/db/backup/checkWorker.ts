// Worker thread entry: a backup copy made a plain file, flushed and checked in full, off the main
// process, so a big workspace's check (seconds) runs while the main process goes on (an import
// reads its file meanwhile).
import { parentPort } from 'node:worker_threads';
import { serveTask } from '../../workers/runWorker';
import { useSqliteBinding } from '../open';
import type { Inspection } from './inspect';
import { settleCopy } from './take';

export interface CheckJob {
  path: string;
  /** better-sqlite3's binding for this runtime (the app's Electron build), else the default. */
  nativeBinding?: string;
}

if (parentPort) {
  serveTask(parentPort, async (job: CheckJob): Promise<Inspection> => {
    useSqliteBinding(job.nativeBinding);
    return settleCopy(job.path);
  });
}
