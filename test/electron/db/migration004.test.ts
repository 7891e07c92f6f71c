import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/db/migrate';
import { migrations, LATEST_VERSION } from '../../../electron/db/migrations';
import { openWorkspace } from '../../../electron/db/open';
import { installHistory, recordChange, undoLast } from '../../../electron/db/repos/history';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-migrate4-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const OLD_ROWS = `
  INSERT INTO roles (id, name) VALUES (1, 'Designer'), (2, 'Copywriter');
  INSERT INTO talent (id, kind, name, primary_role_id, cost_rate, currency) VALUES (1, 'staff', 'Ada', 1, 50, 'GBP'), (2, 'freelancer', 'Bea', 2, 420, 'EUR');
  INSERT INTO campaigns (id, name, client, status, probability, priority, budget, currency, start, end) VALUES
    (7, 'Spring pitch', 'Acme', 'pipeline', 40, 2, 12000, 'EUR', '2026-03-04', '2026-04-17'),
    (9, 'Retail refresh', 'Bolt', 'in_progress', 100, 1, 80000, 'GBP', '2026-01-05', '2026-06-30'),
    (12, 'Old rebrand', 'Cora', 'cancelled', 0, 3, 0, 'USD', '2025-10-01', '2025-12-19');
  INSERT INTO demand_lines (id, campaign_id, role_id, hours, start, end, priority) VALUES (3, 7, 1, 120, '2026-03-04', '2026-04-17', 2), (4, 9, 2, 37.5, '2026-02-02', '2026-02-06', 1);
  INSERT INTO bookings (id, talent_id, campaign_id, demand_line_id, start, end, hours_per_day, status, created_at, updated_at) VALUES
    (5, 1, 9, 4, '2026-02-02', '2026-02-06', 7.5, 'confirmed', '2026-01-10T09:00:00Z', '2026-01-10T09:00:00Z'),
    (6, 2, 7, 3, '2026-03-04', '2026-03-06', 3.5, 'tentative', '2026-01-11T09:00:00Z', '2026-01-11T09:00:00Z');
`;

const all = (db: Database.Database, sql: string) => db.prepare(sql).all();

describe('migration 4: lost and on-hold campaigns', () => {
  it('keeps every campaign, line, booking and key, and accepts the two new statuses', () => {
    const path = join(dir, 'w.db');
    const old = new Database(path);
    old.pragma('foreign_keys = ON');
    migrate(old, migrations.slice(0, 3));
    old.exec(OLD_ROWS);
    const before = ['campaigns', 'demand_lines', 'bookings'].map((t) => all(old, `SELECT * FROM ${t} ORDER BY id`));
    const indexes = all(old, "SELECT name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name");
    old.close();

    const db = openWorkspace(path); // foreign keys on, as the app opens it
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    // Migration 6 adds demand lines' phase and people limit (null on every old line).
    const withoutLater = (rows: unknown[]) => rows.map((r) => Object.fromEntries(Object.entries(r as object).filter(([k, v]) => !(['phase_id', 'max_people'].includes(k) && v === null))));
    expect(['campaigns', 'demand_lines', 'bookings'].map((t) => withoutLater(all(db, `SELECT * FROM ${t} ORDER BY id`)))).toEqual(before);
    // Tables (and columns) added by later migrations bring their own indexes.
    expect(all(db, "SELECT name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') AND tbl_name NOT IN ('holiday_overrides', 'briefs', 'brief_channels', 'marketing_channels', 'actuals', 'actual_aliases', 'retros', 'retro_actions') AND tbl_name NOT LIKE 'template%' AND tbl_name NOT LIKE 'campaign_phase%' AND name <> 'demand_lines_phase' ORDER BY name")).toEqual(indexes);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);

    db.prepare("UPDATE campaigns SET status = 'lost' WHERE id = 7").run();
    db.prepare("UPDATE campaigns SET status = 'on_hold' WHERE id = 9").run();
    expect(all(db, 'SELECT id, status FROM campaigns ORDER BY id')).toEqual([
      { id: 7, status: 'lost' }, { id: 9, status: 'on_hold' }, { id: 12, status: 'cancelled' },
    ]);
    expect(() => db.prepare("UPDATE campaigns SET status = 'paused' WHERE id = 9").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE campaigns SET end = '2020-01-01' WHERE id = 9").run()).toThrow(/CHECK/);
    // The keys still hold: a campaign with bookings can't be deleted.
    expect(() => db.prepare('DELETE FROM campaigns WHERE id = 9').run()).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('keeps a connection’s undo triggers, and undo puts a lost pitch back in the pipeline', () => {
    const db = new Database(join(dir, 'w.db'));
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, 3));
    db.exec(OLD_ROWS);
    installHistory(db);
    const triggers = () => all(db, "SELECT name FROM sqlite_temp_schema WHERE type = 'trigger' AND tbl_name = 'campaigns' ORDER BY name");
    const had = triggers();
    expect(had).toHaveLength(3);
    migrate(db, migrations.slice(0, 4));
    expect(triggers()).toEqual(had);
    recordChange(db, 'Mark lost', () => db.prepare("UPDATE campaigns SET status = 'lost' WHERE id = 7").run());
    expect(undoLast(db)).toBe('Mark lost');
    expect(db.prepare('SELECT status FROM campaigns WHERE id = 7').get()).toEqual({ status: 'pipeline' });
    db.close();
  });
});
