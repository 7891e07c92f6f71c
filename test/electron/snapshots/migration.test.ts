import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-snap-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 002: snapshots', () => {
  it('keeps version-1 rows intact and adds the snapshots table with its immutability trigger', () => {
    const db = new Database(join(dir, 'w.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, 1));
    expect(schemaVersion(db)).toBe(1);
    db.exec(`
      INSERT INTO meta (key, value) VALUES ('workspace.id', 'abc');
      INSERT INTO roles (id, name, utilisation_target, colour) VALUES (1, 'Designer', 80, '#7048e8');
      INSERT INTO talent (id, kind, name, primary_role_id, cost_rate) VALUES (1, 'staff', 'Ada Lovelace', 1, 50);
      INSERT INTO campaigns (id, name, client, status, probability, priority, budget, currency, start, "end", owner, colour, notes)
        VALUES (1, 'Spring Launch', 'Northwind', 'confirmed', 100, 3, 20000, 'GBP', '2027-03-01', '2027-04-30', '', '#0c8599', '');
      INSERT INTO bookings (id, talent_id, campaign_id, start, "end", hours_per_day, status, note, created_at, updated_at)
        VALUES (1, 1, 1, '2027-03-01', '2027-03-05', 7.5, 'confirmed', '', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
    `);
    const dump = (table: string) => JSON.stringify(db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all());
    const before = ['meta', 'roles', 'talent', 'campaigns', 'bookings'].map(dump);

    expect(migrate(db, migrations.slice(0, 2))).toBe(2);
    expect(['meta', 'roles', 'talent', 'campaigns', 'bookings'].map(dump)).toEqual(before);
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'trigger') AND name LIKE 'snapshots%'").all();
    expect(tables.map((t) => (t as { name: string }).name).sort()).toEqual(['snapshots', 'snapshots_immutable']);
    expect((db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'snapshots'").get() as { sql: string }).sql).toMatch(/STRICT/);
    db.close();
  });
});
