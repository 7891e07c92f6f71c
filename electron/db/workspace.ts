import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { backupsDirFor, sortSharedBackups, takeBackup } from './backup';
import { settleWorkspaceId } from './identity';
import { migrate, pendingMigrations, schemaVersion } from './migrate';
import { openWorkspace, type Db, type OpenOptions } from './open';

/**
 * Opens the workspace as the app does: locked against other instances, given its id (a new one if
 * it is a copy of a workspace beside it), its backups sorted into its own folder, backed up before any migration and once on each start.
 */
export async function openWorkspaceForApp(path: string, now: () => Date, options: Pick<OpenOptions, 'nativeBinding'> = {}): Promise<Db> {
  const existed = existsSync(path) && statSync(path).size > 0;
  const db = openWorkspace(path, { ...options, exclusive: true, migrate: false });
  try {
    const root = backupsDirFor(path);
    const siblings = workspacesBeside(path);
    if (schemaVersion(db) > 0) sortSharedBackups(root, settleWorkspaceId(db, path, siblings), siblings.length === 0);
    if (existed && pendingMigrations(db).length > 0) await takeBackup(db, root, 'migration', now());
    migrate(db);
    settleWorkspaceId(db, path, siblings);
    if (existed) await takeBackup(db, root, 'start', now());
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * The other workspaces that may live in the same folder: any other SQLite file with a workspace's
 * extension (its application id may still sit in its -wal file, so the header alone can't tell).
 */
function workspacesBeside(path: string): string[] {
  const folder = dirname(path);
  return readdirSync(folder)
    .filter((file) => file !== basename(path) && /\.(db|sqlite|cpw)$/i.test(file))
    .map((file) => join(folder, file))
    .filter(isSqliteFile);
}

function isSqliteFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    const fd = openSync(path, 'r');
    try {
      const head = Buffer.alloc(16);
      return readSync(fd, head, 0, 16, 0) === 16 && head.toString('latin1') === 'SQLite format 3\u0000';
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}
