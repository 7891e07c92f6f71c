import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '@shared/errors';
import { LATEST_VERSION } from './migrations';
import { openWorkspace, type Db } from './open';
import type { TableCounts } from './repos/meta';

export const BACKUP_REASONS = ['start', 'migration', 'import', 'plan', 'manual', 'restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export interface BackupInfo {
  file: string;
  takenAt: string;
  reason: BackupReason;
  sizeBytes: number;
  schemaVersion: number;
  counts: TableCounts | null;
}

/** Retention: the newest KEEP_LATEST, plus the newest of each day for KEEP_DAYS days. */
export const KEEP_LATEST = 10;
export const KEEP_DAYS = 30;

const NAME = /^workspace-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z]+)\.db$/;

export function backupsDirFor(workspacePath: string): string {
  return join(workspacePath, '..', 'backups');
}

function backupName(takenAt: Date, reason: BackupReason): string {
  return `workspace-${takenAt.toISOString().replace(/:/g, '-').replace('.', '-')}-${reason}.db`;
}

function parseName(file: string): { takenAt: string; reason: BackupReason } | null {
  const m = NAME.exec(file);
  if (!m || !(BACKUP_REASONS as readonly string[]).includes(m[6])) return null;
  return { takenAt: `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`, reason: m[6] as BackupReason };
}

/** A consistent copy of the open workspace through SQLite's online backup, then pruning. */
export async function takeBackup(db: Db, dir: string, reason: BackupReason, now: Date): Promise<string> {
  mkdirSync(dir, { recursive: true });
  let takenAt = now;
  let path = join(dir, backupName(takenAt, reason));
  while (existsSync(path)) {
    takenAt = new Date(takenAt.getTime() + 1);
    path = join(dir, backupName(takenAt, reason));
  }
  await db.backup(path);
  pruneBackups(dir, now);
  return path;
}

function countsOf(path: string): { schemaVersion: number; counts: TableCounts | null } {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    const counts = db
      .prepare(
        `SELECT (SELECT count(*) FROM talent) AS talent, (SELECT count(*) FROM campaigns) AS campaigns,
                (SELECT count(*) FROM demand_lines) AS demandLines, (SELECT count(*) FROM bookings) AS bookings`,
      )
      .get() as TableCounts;
    return { schemaVersion, counts };
  } catch {
    return { schemaVersion: 0, counts: null };
  } finally {
    db.close();
  }
}

/** Every backup in the folder, newest first, with the counts a person recognises it by. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((file) => ({ file, parsed: parseName(file) }))
    .filter((x): x is { file: string; parsed: { takenAt: string; reason: BackupReason } } => x.parsed !== null)
    .map(({ file, parsed }) => {
      const path = join(dir, file);
      return { file, ...parsed, sizeBytes: statSync(path).size, ...countsOf(path) };
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Which backups retention keeps, given their names (newest first not required). */
export function backupsToKeep(files: string[], now: Date): Set<string> {
  const dated = files
    .map((file) => ({ file, parsed: parseName(file) }))
    .filter((x) => x.parsed)
    .sort((a, b) => b.parsed!.takenAt.localeCompare(a.parsed!.takenAt));
  const keep = new Set(dated.slice(0, KEEP_LATEST).map((x) => x.file));
  const oldest = new Date(now.getTime() - KEEP_DAYS * 86_400_000).toISOString().slice(0, 10);
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

export function pruneBackups(dir: string, now: Date): void {
  const files = readdirSync(dir).filter((f) => parseName(f));
  const keep = backupsToKeep(files, now);
  for (const file of files) if (!keep.has(file)) rmSync(join(dir, file), { force: true });
}

/**
 * Replaces the open workspace's data with a backup's, in one transaction, after backing up the
 * current state. A backup from an older app version is migrated (on a copy) first.
 */
export async function restoreBackup(db: Db, dir: string, file: string, now: Date): Promise<string> {
  if (basename(file) !== file || !parseName(file)) throw new AppError('invalid_input', 'That is not a backup in the backups folder.', 'file');
  const source = join(dir, file);
  if (!existsSync(source)) throw new AppError('not_found', 'That backup no longer exists.', 'file');
  const { schemaVersion } = countsOf(source);
  if (schemaVersion > LATEST_VERSION) throw new AppError('workspace', 'That backup was made by a newer version of Capacity Planner.');
  const safety = await takeBackup(db, dir, 'restore', now);
  const staging = join(dir, `.restore-${process.pid}.db`);
  copyFileSync(source, staging);
  try {
    openWorkspace(staging).close(); // brings an older backup up to the current schema
    copyAllTables(db, staging);
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(staging + suffix, { force: true });
  }
  return safety;
}

function copyAllTables(db: Db, from: string): void {
  const tables = (db.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((t) => t.name);
  db.prepare('ATTACH DATABASE ? AS restore_source').run(from);
  try {
    db.transaction(() => {
      db.pragma('defer_foreign_keys = ON');
      for (const t of tables) db.prepare(`DELETE FROM main."${t}"`).run();
      for (const t of tables) db.prepare(`INSERT INTO main."${t}" SELECT * FROM restore_source."${t}"`).run();
    }).immediate();
  } finally {
    db.prepare('DETACH DATABASE restore_source').run();
  }
}
