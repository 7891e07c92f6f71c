import type { Database } from 'better-sqlite3';

/**
 * The studio's own calendar: closures that span several days and closures that repeat every year
 * (24–26 December), the public holidays a studio ignores or adds for a holiday region, and the
 * workspace's defaults (the working week new people get, the first day of the week; none: built-in).
 *
 * A closure's `end_date` is its last day (the same as `date` for one day); existing rows get
 * their own date. `holiday_overrides.region` is '' for a whole country, so the UNIQUE holds.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE closures ADD COLUMN end_date TEXT CHECK (end_date IS NULL OR end_date >= date);
    ALTER TABLE closures ADD COLUMN repeats_yearly INTEGER NOT NULL DEFAULT 0 CHECK (repeats_yearly IN (0, 1));
    UPDATE closures SET end_date = date;

    CREATE TABLE holiday_overrides (
      id INTEGER PRIMARY KEY,
      country TEXT NOT NULL CHECK (length(country) BETWEEN 2 AND 3),
      region TEXT NOT NULL DEFAULT '',
      date TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('ignore', 'add')),
      name TEXT NOT NULL,
      UNIQUE (country, region, date, kind)
    ) STRICT;

    CREATE TABLE workspace_defaults (
      one INTEGER PRIMARY KEY CHECK (one = 1),
      week TEXT NOT NULL CHECK (json_valid(week) AND json_array_length(week) = 7),
      first_day INTEGER CHECK (first_day IS NULL OR first_day BETWEEN 0 AND 6),
      date_format TEXT NOT NULL DEFAULT 'system' CHECK (date_format IN ('system', 'dmy', 'mdy', 'ymd'))
    ) STRICT;
  `);
}
