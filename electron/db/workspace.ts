import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { workspaceId } from '../io/workspaceId';
import { backupsDirFor, sortSharedBackups, takeBackup } from './backup';
import { migrate, pendingMigrations, schemaVersion } from './migrate';
import { openWorkspace, type Db, type OpenOptions } from './open';

/**
 * Opens the workspace as the app does: locked against other instances, given its id, its backups
 * sorted into its own folder, backed up before any migration and once on each start.
 */
export async function openWorkspaceForApp(path: string, now: () => Date, options: Pick<OpenOptions, 'nativeBinding'> = {}): Promise<Db> {
  const existed = existsSync(path) && statSync(path).size > 0;
  const db = openWorkspace(path, { ...options, exclusive: true, migrate: false });
  try {
    const root = backupsDirFor(path);
    if (schemaVersion(db) > 0) sortSharedBackups(root, workspaceId(db), !otherWorkspaceBeside(path));
    if (existed && pendingMigrations(db).length > 0) await takeBackup(db, root, 'migration', now());
    migrate(db);
    workspaceId(db);
    if (existed) await takeBackup(db, root, 'start', now());
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Whether another workspace may live in the same folder: any other SQLite file with a workspace's
 * extension (its application id may still sit in its -wal file, so the header alone can't tell).
 */
function otherWorkspaceBeside(path: string): boolean {
  const folder = dirname(path);
  return readdirSync(folder).some((file) => file !== basename(path) && /\.(db|sqlite|cpw)$/i.test(file) && isSqliteFile(join(folder, file)));
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
