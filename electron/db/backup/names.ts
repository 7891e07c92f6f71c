// Where a workspace's backups live and what their files are called. Each workspace keeps its own
// folder, `backups/<workspace id>/`, beside the workspace file; `backups/` itself is the folder
// all workspaces of a folder shared before that (its files are sorted out when a workspace opens).

import { join } from 'node:path';

export const BACKUP_REASONS = ['start', 'migration', 'import', 'plan', 'manual', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

const NAME = /^workspace-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z]+)\.db$/;
/** A backup being written: `.<final name>.partial`, with SQLite's own files beside it. */
const PARTIAL = /^\.(workspace-[^/\\]+\.db)\.partial(-journal|-wal|-shm)?$/;
const RESTORE_STAGING = /^\.restore-\d+-\d+\.db(-journal|-wal|-shm)?$/;

/** The files SQLite may keep beside a database. */
export const SIDE_FILES = ['-journal', '-wal', '-shm'] as const;

/** The shared folder beside the workspace file. */
export function backupsDirFor(workspacePath: string): string {
  return join(workspacePath, '..', 'backups');
}

/** This workspace's own folder inside it. */
export function ownBackupsDir(root: string, workspaceId: string): string {
  return join(root, workspaceId);
}

export function backupName(takenAt: Date, reason: BackupReason): string {
  return `workspace-${takenAt.toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}.db`;
}

export function parseName(file: string): { takenAt: string; reason: BackupReason } | null {
  const m = NAME.exec(file);
  if (!m || !(BACKUP_REASONS as readonly string[]).includes(m[6])) return null;
  return { takenAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, reason: m[6] as BackupReason };
}

export function partialName(file: string): string {
  return `.${file}.partial`;
}

/** For a leftover of a backup cut short (or one of SQLite's files beside it): the leftover's name and the backup it was to be. */
export function parseLeftover(file: string): { leftover: string; backup: string } | null {
  const m = PARTIAL.exec(file);
  return m && parseName(m[1]) ? { leftover: partialName(m[1]), backup: m[1] } : null;
}

let staged = 0;

/** A restore's working copy of the backup: unique within the process, so two restores never share one. */
export function restoreStagingName(): string {
  staged += 1;
  return `.restore-${process.pid}-${staged}.db`;
}

export function isRestoreStaging(file: string): boolean {
  return RESTORE_STAGING.test(file);
}
