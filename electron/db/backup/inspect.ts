// Reading a backup file without changing anything: no SQLite files are left beside it, and a file
// cut short, emptied, damaged or from another program is named as such instead of being trusted.

import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { APPLICATION_ID } from '../migrate';
import { openSqliteFile, type Db } from '../open';
import type { TableCounts } from '../repos/meta';

export interface BackupFacts {
  schemaVersion: number;
  counts: TableCounts;
  /** The id of the workspace it was taken of; null in a backup made before workspaces had one. */
  workspaceId: string | null;
}

export type Inspection = { ok: true; facts: BackupFacts } | { ok: false; problem: string };

/** 'none': it opens and reads; 'quick': SQLite's quick_check too; 'integrity': the full integrity_check. */
export type CheckDepth = 'none' | 'quick' | 'integrity';

const HEADER = 'SQLite format 3\u0000';
export const CUT_SHORT = 'it was cut short while being written (the app stopped before it was finished)';

function header(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(100);
    const read = readSync(fd, buf, 0, 100, 0);
    return buf.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

function precheck(path: string): string | null {
  if (!existsSync(path)) return 'the file is missing';
  const size = statSync(path).size;
  if (size === 0) return 'the file is empty';
  if (existsSync(`${path}-journal`)) return CUT_SHORT;
  const head = header(path);
  if (head.length < 100 || head.subarray(0, 16).toString('latin1') !== HEADER) return 'it is not a SQLite database';
  if (head.readUInt32BE(68) !== APPLICATION_ID) return 'it is not a Capacity Planner workspace';
  const pageSize = head.readUInt16BE(16) === 1 ? 65536 : head.readUInt16BE(16);
  if (size < head.readUInt32BE(28) * pageSize) return CUT_SHORT;
  return null;
}

function read(db: Db, depth: CheckDepth): Inspection {
  if (depth !== 'none') {
    const result = db.pragma(depth === 'quick' ? 'quick_check' : 'integrity_check', { simple: true });
    if (result !== 'ok') return { ok: false, problem: `the database check found damage (${String(result)})` };
  }
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const counts = db
    .prepare(
      `SELECT (SELECT count(*) FROM talent) AS talent, (SELECT count(*) FROM campaigns) AS campaigns,
              (SELECT count(*) FROM demand_lines) AS demandLines, (SELECT count(*) FROM bookings) AS bookings`,
    )
    .get() as TableCounts;
  const id = db.prepare("SELECT value FROM meta WHERE key = 'workspace_id'").get() as { value: string } | undefined;
  return { ok: true, facts: { schemaVersion, counts, workspaceId: id?.value ?? null } };
}

/** What a backup holds, or why it can't be trusted. */
export function inspectBackup(path: string, depth: CheckDepth): Inspection {
  const problem = precheck(path);
  if (problem) return { ok: false, problem };
  // A read-only open of a file in WAL mode (backups made by earlier versions) creates -wal and -shm.
  const created = ['-wal', '-shm'].filter((s) => !existsSync(path + s));
  let db: Db | null = null;
  try {
    db = openSqliteFile(path, { readonly: true });
    return read(db, depth);
  } catch (error) {
    return { ok: false, problem: `it could not be read (${(error as Error).message})` };
  } finally {
    db?.close();
    for (const s of created) rmSync(path + s, { force: true });
  }
}
