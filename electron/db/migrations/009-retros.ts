import type { Database } from 'better-sqlite3';

/**
 * Retrospectives: a look back at one campaign or at a period (campaign_id null, start/end the
 * period; for a campaign, start/end are its dates when the retrospective was written, so the
 * report stays on the days the team talked about). The notes are free text the team writes.
 * Actions have an owner (a person, kept when the person is deleted as "no owner") and a due day;
 * they are listed until `done` is set.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE retros (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER REFERENCES campaigns(id) ON DELETE CASCADE,
      start TEXT NOT NULL CHECK (length(start) = 10),
      end TEXT NOT NULL CHECK (length(end) = 10 AND end >= start),
      title TEXT NOT NULL CHECK (length(title) > 0),
      worked TEXT NOT NULL DEFAULT '',
      stalled TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE retro_actions (
      id INTEGER PRIMARY KEY,
      retro_id INTEGER NOT NULL REFERENCES retros(id) ON DELETE CASCADE,
      text TEXT NOT NULL CHECK (length(text) > 0),
      owner_id INTEGER REFERENCES talent(id) ON DELETE SET NULL,
      due TEXT CHECK (due IS NULL OR length(due) = 10),
      done TEXT CHECK (done IS NULL OR length(done) = 10)
    ) STRICT;
    CREATE INDEX retro_actions_by_retro ON retro_actions (retro_id);
  `);
}
