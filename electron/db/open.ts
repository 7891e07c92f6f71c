import Database from 'better-sqlite3';
import { existsSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import { AppError } from '@shared/errors';
import { workspaceId } from '../io/workspaceId';
import { APPLICATION_ID, assertNotNewer, migrate } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /** better-sqlite3's compiled addon for the running runtime (see native.ts). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Apply pending migrations now (default). Off when the caller backs up first (see workspace.ts). */
  migrate?: boolean;
  /**
   * Hold an exclusive lock on the file for as long as it is open, so that a second instance of
   * the app (or any other program) can't open the same workspace and write to it behind our back.
   */
  exclusive?: boolean;
}

const LOCKED = /SQLITE_BUSY|database is locked/i;

/** The better-sqlite3 build the app's workspace was opened with (see native.ts): other files open with it too. */
let appBinding: string | undefined;

/** In a worker thread: the build the app's workspace was opened with, for the files it opens. */
export function useSqliteBinding(path: string | undefined): void {
  if (path) appBinding = path;
}

/** A plain SQLite file (a backup, a copy being checked) opened with the same build as the workspace. */
export function openSqliteFile(path: string, options: { readonly?: boolean } = {}): Db {
  return new Database(path, { nativeBinding: appBinding, readonly: options.readonly ?? false, fileMustExist: true });
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

function assertLooksLikeSqlite(path: string): void {
  if (!existsSync(path) || statSync(path).size === 0) return;
  const fd = openSync(path, 'r');
  try {
    const header = Buffer.alloc(16);
    const read = readSync(fd, header, 0, 16, 0);
    if (read < 16 || header.toString('latin1') !== SQLITE_HEADER) {
      throw new AppError('workspace', `“${path}” is not a Capacity Planner workspace (it is not a SQLite database).`);
    }
  } finally {
    closeSync(fd);
  }
}

function assertIsWorkspace(db: Db, path: string): void {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
  if (appId === APPLICATION_ID) return;
  if (appId === 0 && version === 0 && tables.n === 0) return; // a brand-new, empty file
  throw new AppError('workspace', `“${path}” is a SQLite database from another application, not a Capacity Planner workspace.`);
}

/** Opens (creating if needed) a workspace with WAL, foreign keys and all migrations applied. */
export function openWorkspace(path: string, options: OpenOptions = {}): Db {
  assertLooksLikeSqlite(path);
  if (options.nativeBinding) appBinding = options.nativeBinding;
  let db: Db;
  try {
    db = new Database(path, { nativeBinding: options.nativeBinding ?? appBinding, readonly: options.readonly ?? false });
  } catch (error) {
    throw new AppError('workspace', `Could not open “${path}”: ${(error as Error).message}`);
  }
  try {
    db.pragma(`busy_timeout = ${options.exclusive ? 300 : 5000}`);
    if (options.exclusive) db.pragma('locking_mode = EXCLUSIVE');
    assertIsWorkspace(db, path);
    assertNotNewer(db);
    if (!options.readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      // The exclusive lock is taken by the first write and then kept.
      if (options.exclusive) db.exec('BEGIN IMMEDIATE; COMMIT;');
    }
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    if (!options.readonly && options.migrate !== false) {
      migrate(db);
      workspaceId(db); // every workspace has its id from its first open
    }
    return db;
  } catch (error) {
    db.close();
    if (error instanceof AppError) throw error;
    const message = `${(error as { code?: string }).code ?? ''} ${(error as Error).message}`;
    if (LOCKED.test(message)) {
      throw new AppError('workspace', `“${path}” is open in another Capacity Planner window or another program. Close it there, then try again.`);
    }
    if (/malformed|not a database|file is encrypted/i.test(message)) {
      throw new AppError('workspace', `“${path}” is damaged or not a Capacity Planner workspace (${message}).`);
    }
    throw new AppError('workspace', `Could not open “${path}”: ${message}`);
  }
}
