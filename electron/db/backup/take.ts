// Taking a backup: written under a temporary name, flushed to disk, checked (integrity_check, the
// workspace's id and its counts), and only then renamed into place. A kill at any moment leaves
// either no backup or a leftover under the temporary name, never a damaged file that looks whole.

import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { addDaysIso } from '@shared/dates';
import { AppError } from '@shared/errors';
import { workspaceId } from '../../io/workspaceId';
import { openSqliteFile, type Db } from '../open';
import { countRows, type TableCounts } from '../repos/meta';
import { removeDbFile, syncDir, syncFile } from './files';
import { nativeBindingInUse } from '../../native';
import { runWorkerTask, workerScript, type WorkerScript } from '../../workers/runWorker';
import type { CheckJob } from './checkWorker';
import { inspectBackup, type Inspection } from './inspect';
import { backupName, ownBackupsDir, parseName, partialName, type BackupReason } from './names';

/** Retention: the newest KEEP_LATEST, plus the newest of each day for KEEP_DAYS days. */
export const KEEP_LATEST = 10;
export const KEEP_DAYS = 30;

/** Backups (and restores' working copies) being written by this process right now: not leftovers, whatever the folder shows. */
export const inFlight = new Set<string>();

function freeName(dir: string, now: Date, reason: BackupReason): string {
  let takenAt = now;
  let file = backupName(takenAt, reason);
  const taken = (f: string) => existsSync(join(dir, f)) || existsSync(join(dir, partialName(f))) || inFlight.has(join(dir, partialName(f)));
  while (taken(file)) {
    takenAt = new Date(takenAt.getTime() + 1);
    file = backupName(takenAt, reason);
  }
  return file;
}

/** A backup's header says WAL like its workspace's: switched to a plain journal, a read-only open of it creates no files. */
export function toRollbackJournal(path: string): void {
  const db = openSqliteFile(path);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** The copy made a plain file (rollback journal), flushed to disk, and checked in full. */
export function settleCopy(path: string): Inspection {
  toRollbackJournal(path);
  syncFile(path);
  return inspectBackup(path, 'integrity');
}

const COUNTED: Record<keyof TableCounts, string> = { talent: 'people', campaigns: 'campaigns', demandLines: 'demand lines', bookings: 'bookings' };

/** A copy this big is checked in a worker thread: below it, starting the worker costs more than the check. */
const OFF_THREAD_BYTES = 16 * 1024 * 1024;

// Found on first use, as the export worker's.
let script: WorkerScript | null = null;

/** Benchmarks run the built worker (out/main), as the app does, rather than its source through tsx. */
export function useBackupCheckWorkerScript(built: WorkerScript): void {
  script = built;
}

/** The copy settled (settleCopy): in a worker thread for a big workspace (seconds: the flush and the full check), so the main process goes on meanwhile. */
async function settled(path: string): Promise<Inspection> {
  if (statSync(path).size < OFF_THREAD_BYTES) return settleCopy(path);
  script ??= workerScript('backupCheckWorker', new URL('./checkWorker.ts', import.meta.url));
  return runWorkerTask<Inspection>(script, { path, nativeBinding: nativeBindingInUse() } satisfies CheckJob);
}

async function check(path: string, id: string, expected: TableCounts): Promise<void> {
  const inspection = await settled(path);
  if (!inspection.ok) throw new AppError('workspace', `The backup could not be made: ${inspection.problem}.`);
  const { facts } = inspection;
  if (facts.workspaceId !== id) throw new AppError('workspace', 'The backup could not be made: the copy does not carry this workspace’s id.');
  const off = (Object.keys(COUNTED) as (keyof TableCounts)[]).find((k) => facts.counts[k] !== expected[k]);
  if (off) throw new AppError('workspace', `The backup could not be made: the copy holds ${facts.counts[off]} ${COUNTED[off]} where the workspace holds ${expected[off]}.`);
}

/** A consistent, checked copy of the open workspace in its own backups folder, then pruning (unless the caller prunes once it keeps the backup). */
export async function takeBackup(db: Db, root: string, reason: BackupReason, now: Date, options: { prune?: boolean } = {}): Promise<string> {
  const id = workspaceId(db);
  const dir = ownBackupsDir(root, id);
  mkdirSync(dir, { recursive: true });
  const file = freeName(dir, now, reason);
  const partial = join(dir, partialName(file));
  const path = join(dir, file);
  inFlight.add(partial);
  try {
    // In one step (a fifth of a second for 120 MB): the copy is of one moment, and its check can start at once.
    await db.backup(partial, { progress: ({ remainingPages }) => remainingPages });
    const expected = countRows(db); // read at once: nothing else runs between the backup's end and here
    await check(partial, id, expected);
    renameSync(partial, path);
    syncDir(dir);
  } catch (error) {
    removeDbFile(partial);
    throw error;
  } finally {
    inFlight.delete(partial);
  }
  if (options.prune !== false) pruneBackups(dir, now);
  return path;
}

/** Which backups retention keeps, given their names (newest first not required). */
export function backupsToKeep(files: string[], now: Date): Set<string> {
  const dated = files
    .map((file) => ({ file, parsed: parseName(file) }))
    .filter((x) => x.parsed)
    .sort((a, b) => b.parsed!.takenAt.localeCompare(a.parsed!.takenAt));
  const keep = new Set(dated.slice(0, KEEP_LATEST).map((x) => x.file));
  const oldest = addDaysIso(now.toISOString().slice(0, 10), -KEEP_DAYS);
  const days = new Set<string>();
  for (const { file, parsed } of dated) {
    const day = parsed!.takenAt.slice(0, 10);
    if (day >= oldest && !days.has(day)) {
      days.add(day);
      keep.add(file);
    }
  }
  return keep;
}

/** Retention within one workspace's own folder; nothing outside it is ever pruned. */
export function pruneBackups(dir: string, now: Date): void {
  const files = readdirSync(dir).filter((f) => parseName(f));
  const keep = backupsToKeep(files, now);
  for (const file of files) if (!keep.has(file)) rmSync(join(dir, file), { force: true });
}
