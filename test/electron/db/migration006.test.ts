import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';
import { openWorkspace } from '../../../electron/db/open';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-migrate6-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 6: templates, campaign phases and handoffs', () => {
  it('keeps old demand lines (no phase, no limit) and guards the new tables', () => {
    const path = join(dir, 'w.db');
    const old = new Database(path);
    old.pragma('foreign_keys = ON');
    migrate(old, migrations.slice(0, 5));
    old.exec(`
      INSERT INTO roles (id, name) VALUES (1, 'Motion designer');
      INSERT INTO campaigns (id, name, status, probability, priority, start, end) VALUES (4, 'TV spot', 'confirmed', 100, 2, '2027-02-01', '2027-03-31');
      INSERT INTO demand_lines (id, campaign_id, role_id, hours, start, end, priority) VALUES (9, 4, 1, 37.5, '2027-02-03', '2027-02-12', 2);
    `);
    old.close();
    const db = openWorkspace(path);
    expect(db.prepare('SELECT id, hours, phase_id, max_people FROM demand_lines').all()).toEqual([{ id: 9, hours: 37.5, phase_id: null, max_people: null }]);
    db.exec(`INSERT INTO campaign_phases (id, campaign_id, position, name, start, end) VALUES (1, 4, 0, 'Edit', '2027-02-03', '2027-02-12')`);
    db.exec('UPDATE demand_lines SET phase_id = 1, max_people = 2 WHERE id = 9');
    expect(() => db.exec("INSERT INTO campaign_phases (campaign_id, position, name, start, end) VALUES (4, 1, 'Grade', '2027-02-12', '2027-02-11')")).toThrow(/CHECK/);
    expect(() => db.exec('UPDATE demand_lines SET phase_id = 77 WHERE id = 9')).toThrow(/FOREIGN KEY/);
    expect(() => db.exec("INSERT INTO templates (name) VALUES ('')")).toThrow(/CHECK/);
    db.exec("INSERT INTO templates (id, name) VALUES (1, 'TV spot')");
    expect(() => db.exec("INSERT INTO template_phases (template_id, position, name, duration_days) VALUES (1, 0, 'Shoot', 1306)")).toThrow(/CHECK/);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
