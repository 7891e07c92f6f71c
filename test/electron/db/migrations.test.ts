import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate, schemaVersion } from '../../../electron/db/migrate';
import { migrations, LATEST_VERSION } from '../../../electron/db/migrations';
import { openWorkspace } from '../../../electron/db/open';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migrate', () => {
  it('applies every pending migration and records the version', () => {
    const db = new Database(join(dir, 'w.db'));
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
  });

  it('applies all pending migrations in one transaction: a failing one leaves nothing behind', () => {
    const db = new Database(join(dir, 'w.db'));
    const broken = [...migrations, { version: LATEST_VERSION + 1, up: () => { throw new Error('boom'); } }];
    expect(() => migrate(db, broken)).toThrow('boom');
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get()).toEqual({ n: 0 });
    db.close();
  });

  it('refuses a workspace from a newer app version and leaves the file byte-for-byte untouched', () => {
    const path = join(dir, 'newer.db');
    const db = openWorkspace(path);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    const before = readFileSync(path);
    expect(() => openWorkspace(path)).toThrow(/newer version of Capacity Planner/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a text file, a truncated database and another application’s database', () => {
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'just some notes, not a database at all');
    expect(() => openWorkspace(text)).toThrow(/not a Capacity Planner workspace/);

    const other = join(dir, 'other.db');
    const foreign = new Database(other);
    foreign.exec('CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)');
    foreign.close();
    expect(() => openWorkspace(other)).toThrow(/another application/);

    const good = join(dir, 'good.db');
    openWorkspace(good).close();
    const truncated = join(dir, 'truncated.db');
    writeFileSync(truncated, readFileSync(good).subarray(0, 1000));
    expect(() => openWorkspace(truncated)).toThrow(/damaged|not a Capacity Planner workspace|Could not open/);
  });

  it('opens with WAL, foreign keys on and STRICT tables', () => {
    const db = openWorkspace(join(dir, 'w.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(10);
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT$/);
    db.close();
  });
});

describe('migration 1: the initial domain schema', () => {
  it('creates every table of the domain, with its constraints enforced', () => {
    const db = new Database(join(dir, 'w.db'));
    migrate(db, migrations.slice(0, 1));
    const names = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual([
      'bookings', 'campaigns', 'closures', 'demand_line_skills', 'demand_lines', 'meta', 'roles', 'skills', 'talent', 'talent_roles',
      'talent_skills', 'talent_tags', 'time_off', 'work_patterns',
    ]);
    db.pragma('foreign_keys = ON');
    db.prepare("INSERT INTO roles (name) VALUES ('Designer')").run();
    expect(() => db.prepare("INSERT INTO talent (kind, name, primary_role_id) VALUES ('robot', 'X', 1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO talent (kind, name, primary_role_id) VALUES ('staff', 'X', 99)").run()).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO talent (kind, name, primary_role_id, headcount) VALUES ('staff', 'X', 1, 'three')").run()).toThrow(/cannot store TEXT value in INTEGER/);
    db.close();
  });
});

describe('migration 3: money', () => {
  it('keeps every person and rate, adds per-hour units, and reports in the currency most people are paid in', () => {
    const db = new Database(join(dir, 'w.db'));
    migrate(db, migrations.slice(0, 2));
    db.exec(`
      INSERT INTO roles (id, name) VALUES (1, 'Designer');
      INSERT INTO talent (id, kind, name, primary_role_id, cost_rate, currency) VALUES
        (1, 'staff', 'Ada', 1, 50, 'GBP'), (2, 'freelancer', 'Bea', 1, 60, 'EUR'), (3, 'staff', 'Cas', 1, 55, 'EUR');
    `);
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT id, cost_rate AS rate, cost_rate_unit AS unit, bill_rate_unit AS billUnit FROM talent ORDER BY id').all()).toEqual([
      { id: 1, rate: 50, unit: 'hour', billUnit: 'hour' },
      { id: 2, rate: 60, unit: 'hour', billUnit: 'hour' },
      { id: 3, rate: 55, unit: 'hour', billUnit: 'hour' },
    ]);
    expect(db.prepare('SELECT reporting_currency AS c FROM money_settings').get()).toEqual({ c: 'EUR' });
    db.close();
  });

  it('reports in GBP when nobody is paid yet, and its tables refuse nonsense', () => {
    const db = new Database(join(dir, 'w.db'));
    migrate(db);
    expect(db.prepare('SELECT reporting_currency AS c FROM money_settings').get()).toEqual({ c: 'GBP' });
    const insert = db.prepare('INSERT INTO exchange_rates (from_currency, to_currency, rate, effective_from) VALUES (?, ?, ?, ?)');
    insert.run('EUR', 'GBP', 0.86, '2026-01-01');
    expect(() => insert.run('EUR', 'GBP', 0.85, '2026-01-01')).toThrow(/UNIQUE/);
    expect(() => insert.run('EUR', 'EUR', 1, '2026-01-01')).toThrow(/CHECK/);
    expect(() => insert.run('EUR', 'USD', 0, '2026-01-01')).toThrow(/CHECK/);
    expect(() => insert.run('eur', 'USD', 1.1, '2026-01-01')).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO money_settings (id, reporting_currency) VALUES (2, 'USD')").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO roles (id, name) VALUES (1, 'Designer')").run();
    expect(() => db.prepare("INSERT INTO talent (kind, name, primary_role_id, cost_rate_unit) VALUES ('staff', 'X', 1, 'week')").run()).toThrow(/CHECK/);
    db.close();
  });
});
