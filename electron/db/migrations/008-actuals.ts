import type { Database } from 'better-sqlite3';

/**
 * Actuals: hours a person really worked on a campaign on a day, imported from a time tracker
 * (Harvest, Toggl Track, Clockify, any sheet) or entered by hand. `source_key` is stable per
 * source row (a hash of the tool and the row's identifying fields), so re-importing the same or an
 * overlapping export updates rows instead of adding them again; a hand entry's key is its person,
 * campaign and day. `cost`/`currency` keep what the tracker said a row cost (for reference; the
 * figures use the person's cost rate, as for plans).
 *
 * One index besides the key: a person's or campaign's actuals are read by date range (a week of a
 * million rows is a few thousand), and each more index made a 200,000-row import of a year's
 * actuals half as fast again (random inserts into a big b-tree).
 *
 * `actual_aliases` remembers the user's answer for a name a file writes differently from the
 * workspace ("Zoe B." is Zoë Brontë; "Website relaunch" is the campaign Web Relaunch).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE actuals (
      id INTEGER PRIMARY KEY,
      talent_id INTEGER NOT NULL REFERENCES talent(id) ON DELETE CASCADE,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
      date TEXT NOT NULL CHECK (length(date) = 10),
      hours REAL NOT NULL CHECK (hours > 0 AND hours <= 168),
      source TEXT NOT NULL CHECK (source IN ('harvest', 'toggl', 'clockify', 'file', 'hand')),
      source_key TEXT NOT NULL UNIQUE,
      note TEXT NOT NULL DEFAULT '',
      cost REAL,
      currency TEXT
    ) STRICT;
    CREATE INDEX actuals_by_date ON actuals (date, talent_id);

    -- Bumped by every write to actuals (an import, a hand entry, an undo): the main process keeps
    -- the actuals in memory for planned-against-actual and reloads them only when this moves.
    CREATE TABLE actuals_version (one INTEGER PRIMARY KEY CHECK (one = 1), version INTEGER NOT NULL) STRICT;
    INSERT INTO actuals_version (one, version) VALUES (1, 0);
    CREATE TRIGGER actuals_written_insert AFTER INSERT ON actuals BEGIN UPDATE actuals_version SET version = version + 1; END;
    CREATE TRIGGER actuals_written_update AFTER UPDATE ON actuals BEGIN UPDATE actuals_version SET version = version + 1; END;
    CREATE TRIGGER actuals_written_delete AFTER DELETE ON actuals BEGIN UPDATE actuals_version SET version = version + 1; END;

    CREATE TABLE actual_aliases (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('person', 'campaign')),
      source_name TEXT NOT NULL CHECK (length(source_name) > 0),
      target_id INTEGER NOT NULL,
      UNIQUE (kind, source_name)
    ) STRICT;
  `);
}
