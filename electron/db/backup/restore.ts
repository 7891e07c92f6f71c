// Restoring a backup, and deleting a damaged one. A restore works on a copy of the backup: it must
// pass integrity_check, be a workspace, and be of this workspace (or from before workspaces had
// ids); only then is the current state backed up and replaced, in one transaction.

import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '@shared/errors';
import { workspaceId } from '../../io/workspaceId';
import { LATEST_VERSION } from '../migrations';
import { openWorkspace, type Db } from '../open';
import { countRows, getMeta, setMeta, type TableCounts } from '../repos/meta';
import { removeDbFile } from './files';
import { inspectBackup, type BackupFacts } from './inspect';
import { isRestoreStaging, ownBackupsDir, parseLeftover, parseName, restoreStagingName, SIDE_FILES } from './names';
import { inFlight, takeBackup } from './take';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Where a backup of this workspace may be: its own folder, else the old shared one. */
function locate(root: string, id: string, file: string): string {
  if (basename(file) !== file || !parseName(file)) throw new AppError('invalid_input', 'That is not a backup in the backups folder.', 'file');
  const own = join(ownBackupsDir(root, id), file);
  if (existsSync(own)) return own;
  if (existsSync(join(root, file))) return join(root, file);
  throw new AppError('not_found', 'That backup no longer exists.', 'file');
}

function assertRestorable(path: string, id: string): BackupFacts {
  const inspection = inspectBackup(path, 'integrity');
  if (!inspection.ok) throw new AppError('workspace', `This backup is damaged, so it was not restored: ${inspection.problem}. Your workspace is unchanged.`);
  const { facts } = inspection;
  if (facts.workspaceId !== null && facts.workspaceId !== id) {
    throw new AppError(
      'workspace',
      `This backup belongs to another workspace: it was taken of a different workspace file (holding ${plural(facts.counts.talent, 'person', 'people')} and ${plural(facts.counts.bookings, 'booking', 'bookings')}), so restoring it would replace this workspace’s data with another’s. Open that workspace to restore it. Your workspace is unchanged.`,
    );
  }
  if (facts.schemaVersion > LATEST_VERSION) throw new AppError('workspace', 'That backup was made by a newer version of Capacity Planner.');
  return facts;
}

/**
 * Replaces the open workspace's data with a backup's, in one transaction, after backing up the
 * current state. A backup from an older app version is migrated (on the copy) first.
 */
export async function restoreBackup(db: Db, root: string, file: string, now: Date): Promise<string> {
  const id = workspaceId(db);
  const source = locate(root, id, file);
  const own = ownBackupsDir(root, id);
  mkdirSync(own, { recursive: true });
  const stale = readdirSync(own).filter((f) => isRestoreStaging(f) && !inFlight.has(join(own, f.replace(/-(journal|wal|shm)$/, ''))));
  for (const f of stale) removeDbFile(join(own, f));
  const staging = join(own, restoreStagingName());
  inFlight.add(staging);
  try {
    copyFileSync(source, staging);
    const { counts } = assertRestorable(staging, id);
    const safety = await takeBackup(db, root, 'restore', now);
    if (!existsSync(staging)) throw new AppError('workspace', 'The backup’s working copy went missing, so nothing was restored. Your workspace is unchanged.');
    openWorkspace(staging).close(); // brings an older backup up to the current schema
    copyAllTables(db, staging, counts);
    return safety;
  } finally {
    removeDbFile(staging);
    inFlight.delete(staging);
  }
}

/** What makes the workspace itself: kept whatever the backup holds. */
const IDENTITY = ['workspace_id', 'workspace_home'];

function copyAllTables(db: Db, from: string, expected: TableCounts): void {
  const identity = IDENTITY.map((key) => [key, getMeta(db, key)] as const);
  const tables = (db.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
  db.prepare('ATTACH DATABASE ? AS restore_source').run(from);
  try {
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      for (const t of tables) db.prepare(`DELETE FROM main."${t}"`).run();
      for (const t of tables) db.prepare(`INSERT INTO main."${t}" SELECT * FROM restore_source."${t}"`).run();
      for (const [key, value] of identity) if (value !== undefined) setMeta(db, key, value);
      const got = countRows(db);
      if ((Object.keys(expected) as (keyof TableCounts)[]).some((k) => got[k] !== expected[k])) {
        throw new AppError('workspace', 'The restored data did not match the backup’s counts, so nothing was restored. Your workspace is unchanged.');
      }
    }).immediate();
  } finally {
    db.prepare('DETACH DATABASE restore_source').run();
  }
}

/**
 * Deletes a damaged backup, or the leftover of one cut short: only in this workspace's own folder
 * (or an unreadable one in the old shared folder), and never one that passes the check.
 */
export function deleteDamagedBackup(root: string, id: string, file: string): void {
  const own = ownBackupsDir(root, id);
  const leftover = parseLeftover(file);
  if (basename(file) !== file || !(parseName(file) || leftover?.leftover === file)) {
    throw new AppError('invalid_input', 'That is not a backup in the backups folder.', 'file');
  }
  if (leftover) {
    if (inFlight.has(join(own, file))) throw new AppError('conflict', 'This backup is being written right now.', 'file');
    if (!['', ...SIDE_FILES].some((s) => existsSync(join(own, file + s)))) throw new AppError('not_found', 'That backup no longer exists.', 'file');
    removeDbFile(join(own, file));
    return;
  }
  const path = locate(root, id, file);
  if (inspectBackup(path, 'integrity').ok) throw new AppError('conflict', 'This backup is sound, so it was not deleted: only a damaged backup can be deleted here.', 'file');
  removeDbFile(path);
}
