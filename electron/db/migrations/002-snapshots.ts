import type { Database } from 'better-sqlite3';

/**
 * Capacity snapshots: the computed figures of a moment, kept for executives to review and compare.
 * One row per snapshot. The figures are gzip-compressed JSON, one blob per section; a trigger
 * refuses any update of them (or of when, how and by which app version they were taken), so a
 * snapshot can only be renamed, annotated or deleted.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE snapshots (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) > 0),
      note TEXT NOT NULL DEFAULT '',
      taken_at TEXT NOT NULL,
      taken_on TEXT NOT NULL,
      app_version TEXT NOT NULL,
      automatic INTEGER NOT NULL DEFAULT 0 CHECK (automatic IN (0, 1)),
      settings TEXT NOT NULL CHECK (json_valid(settings)),
      headline TEXT NOT NULL CHECK (json_valid(headline)),
      role_weeks BLOB NOT NULL,
      people BLOB NOT NULL,
      open_demand BLOB NOT NULL,
      campaigns BLOB NOT NULL,
      over_allocations BLOB NOT NULL,
      figures_bytes INTEGER NOT NULL CHECK (figures_bytes >= 0)
    ) STRICT;
    CREATE INDEX snapshots_taken ON snapshots(taken_at);

    CREATE TRIGGER snapshots_immutable BEFORE UPDATE OF
      taken_at, taken_on, app_version, automatic, settings, headline, role_weeks, people, open_demand, campaigns, over_allocations, figures_bytes
    ON snapshots
    BEGIN
      SELECT RAISE(ABORT, 'snapshot figures are immutable: a snapshot can only be renamed, annotated or deleted');
    END;
  `);
}
