import type { Database } from 'better-sqlite3';
import { AppError } from '@shared/errors';
import { migrations as allMigrations, type Migration } from './migrations';

/** 'CAPP' — marks a SQLite file as a Capacity Planner workspace. */
export const APPLICATION_ID = 0x43415050;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every pending migration in one transaction, then sets user_version.
 * A workspace written by a newer app is refused before anything is touched.
 */
export function assertNotNewer(db: Database, migrations: Migration[] = allMigrations): void {
  const current = schemaVersion(db);
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  if (current > latest) {
    throw new AppError(
      'workspace',
      `This workspace was saved by a newer version of Capacity Planner (format ${current}; this app reads up to ${latest}). Update the app to open it. The file was left untouched.`,
    );
  }
}

export function pendingMigrations(db: Database, migrations: Migration[] = allMigrations): Migration[] {
  const current = schemaVersion(db);
  return migrations.filter((m) => m.version > current);
}

export function migrate(db: Database, migrations: Migration[] = allMigrations): number {
  assertNotNewer(db, migrations);
  const current = schemaVersion(db);
  const latest = migrations.length ? migrations[migrations.length - 1].version : 0;
  const pending = pendingMigrations(db, migrations);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return latest;
}
