import { existsSync, statSync } from 'node:fs';
import { backupsDirFor, takeBackup } from './backup';
import { migrate, pendingMigrations } from './migrate';
import { openWorkspace, type Db, type OpenOptions } from './open';

/**
 * Opens the workspace as the app does: locked against other instances, backed up before any
 * migration and once on each start.
 */
export async function openWorkspaceForApp(path: string, now: () => Date, options: Pick<OpenOptions, 'nativeBinding'> = {}): Promise<Db> {
  const existed = existsSync(path) && statSync(path).size > 0;
  const db = openWorkspace(path, { ...options, exclusive: true, migrate: false });
  try {
    const dir = backupsDirFor(path);
    if (existed && pendingMigrations(db).length > 0) await takeBackup(db, dir, 'migration', now());
    migrate(db);
    if (existed) await takeBackup(db, dir, 'start', now());
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
