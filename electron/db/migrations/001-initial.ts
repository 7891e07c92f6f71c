import type { Database } from 'better-sqlite3';

/** The whole domain: talent, demand, bookings, and the managed lists they refer to. */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE meta (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE roles (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      utilisation_target REAL NOT NULL DEFAULT 80 CHECK (utilisation_target BETWEEN 0 AND 200),
      colour TEXT NOT NULL DEFAULT '#64748b'
    ) STRICT;

    CREATE TABLE skills (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE
    ) STRICT;

    CREATE TABLE talent (
      id INTEGER PRIMARY KEY,
      external_id TEXT UNIQUE,
      kind TEXT NOT NULL CHECK (kind IN ('staff', 'freelancer', 'agency')),
      name TEXT NOT NULL CHECK (length(name) > 0),
      email TEXT,
      team TEXT,
      primary_role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE RESTRICT,
      cost_rate REAL NOT NULL DEFAULT 0 CHECK (cost_rate >= 0),
      bill_rate REAL NOT NULL DEFAULT 0 CHECK (bill_rate >= 0),
      currency TEXT NOT NULL DEFAULT 'GBP',
      utilisation_target REAL CHECK (utilisation_target BETWEEN 0 AND 200),
      holiday_country TEXT,
      holiday_region TEXT,
      active_from TEXT,
      active_to TEXT,
      headcount INTEGER NOT NULL DEFAULT 1 CHECK (headcount >= 1),
      notes TEXT NOT NULL DEFAULT '',
      CHECK (active_to IS NULL OR active_from IS NULL OR active_to >= active_from)
    ) STRICT;
    CREATE UNIQUE INDEX talent_email ON talent(email COLLATE NOCASE) WHERE email IS NOT NULL;
    CREATE INDEX talent_primary_role ON talent(primary_role_id);

    CREATE TABLE talent_roles (
      talent_id INTEGER NOT NULL REFERENCES talent(id) ON DELETE CASCADE,
      role_id INTEGER NOT NULL REFERENCES roles(id) ON DELETE RESTRICT,
      PRIMARY KEY (talent_id, role_id)
    ) STRICT;
    CREATE INDEX talent_roles_role ON talent_roles(role_id);

    CREATE TABLE talent_skills (
      talent_id INTEGER NOT NULL REFERENCES talent(id) ON DELETE CASCADE,
      skill_id INTEGER NOT NULL REFERENCES skills(id) ON DELETE RESTRICT,
      level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
      PRIMARY KEY (talent_id, skill_id)
    ) STRICT;
    CREATE INDEX talent_skills_skill ON talent_skills(skill_id, level);

    CREATE TABLE talent_tags (
      talent_id INTEGER NOT NULL REFERENCES talent(id) ON DELETE CASCADE,
      tag TEXT NOT NULL,
      PRIMARY KEY (talent_id, tag)
    ) STRICT;

    CREATE TABLE work_patterns (
      id INTEGER PRIMARY KEY,
      talent_id INTEGER NOT NULL REFERENCES talent(id) ON DELETE CASCADE,
      effective_from TEXT NOT NULL,
      mon REAL NOT NULL CHECK (mon BETWEEN 0 AND 24),
      tue REAL NOT NULL CHECK (tue BETWEEN 0 AND 24),
      wed REAL NOT NULL CHECK (wed BETWEEN 0 AND 24),
      thu REAL NOT NULL CHECK (thu BETWEEN 0 AND 24),
      fri REAL NOT NULL CHECK (fri BETWEEN 0 AND 24),
      sat REAL NOT NULL CHECK (sat BETWEEN 0 AND 24),
      sun REAL NOT NULL CHECK (sun BETWEEN 0 AND 24),
      UNIQUE (talent_id, effective_from)
    ) STRICT;

    CREATE TABLE time_off (
      id INTEGER PRIMARY KEY,
      talent_id INTEGER NOT NULL REFERENCES talent(id) ON DELETE CASCADE,
      start TEXT NOT NULL,
      end TEXT NOT NULL,
      hours_per_day REAL CHECK (hours_per_day IS NULL OR hours_per_day > 0 AND hours_per_day <= 24),
      type TEXT NOT NULL CHECK (type IN ('vacation', 'sick', 'other')),
      note TEXT NOT NULL DEFAULT '',
      CHECK (end >= start)
    ) STRICT;
    CREATE INDEX time_off_talent ON time_off(talent_id, start);

    CREATE TABLE closures (
      id INTEGER PRIMARY KEY,
      date TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL
    ) STRICT;

    CREATE TABLE campaigns (
      id INTEGER PRIMARY KEY,
      external_id TEXT UNIQUE,
      name TEXT NOT NULL CHECK (length(name) > 0),
      client TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('pipeline', 'confirmed', 'in_progress', 'done', 'cancelled')),
      probability REAL NOT NULL CHECK (probability BETWEEN 0 AND 100),
      priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
      budget REAL NOT NULL DEFAULT 0 CHECK (budget >= 0),
      currency TEXT NOT NULL DEFAULT 'GBP',
      start TEXT NOT NULL,
      end TEXT NOT NULL,
      owner TEXT NOT NULL DEFAULT '',
      colour TEXT NOT NULL DEFAULT '#2563eb',
      notes TEXT NOT NULL DEFAULT '',
      CHECK (end >= start)
    ) STRICT;
    CREATE INDEX campaigns_dates ON campaigns(start, end);

    CREATE TABLE demand_lines (
      id INTEGER PRIMARY KEY,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
      role_id INTEGER REFERENCES roles(id) ON DELETE RESTRICT,
      hours REAL NOT NULL CHECK (hours > 0),
      start TEXT NOT NULL,
      end TEXT NOT NULL,
      priority INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5),
      note TEXT NOT NULL DEFAULT '',
      CHECK (end >= start)
    ) STRICT;
    CREATE INDEX demand_lines_campaign ON demand_lines(campaign_id);

    CREATE TABLE demand_line_skills (
      demand_line_id INTEGER NOT NULL REFERENCES demand_lines(id) ON DELETE CASCADE,
      skill_id INTEGER NOT NULL REFERENCES skills(id) ON DELETE RESTRICT,
      min_level INTEGER NOT NULL CHECK (min_level BETWEEN 1 AND 5),
      PRIMARY KEY (demand_line_id, skill_id)
    ) STRICT;

    CREATE TABLE bookings (
      id INTEGER PRIMARY KEY,
      talent_id INTEGER NOT NULL REFERENCES talent(id) ON DELETE RESTRICT,
      campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE RESTRICT,
      demand_line_id INTEGER REFERENCES demand_lines(id) ON DELETE RESTRICT,
      start TEXT NOT NULL,
      end TEXT NOT NULL,
      hours_per_day REAL NOT NULL CHECK (hours_per_day > 0 AND hours_per_day <= 24),
      status TEXT NOT NULL CHECK (status IN ('tentative', 'confirmed')),
      note TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      CHECK (end >= start)
    ) STRICT;
    CREATE INDEX bookings_talent ON bookings(talent_id, start);
    CREATE INDEX bookings_campaign ON bookings(campaign_id);
    CREATE INDEX bookings_line ON bookings(demand_line_id);
    CREATE INDEX bookings_dates ON bookings(start, end);
  `);
}
