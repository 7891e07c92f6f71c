import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/db/migrate';
import { migrations } from '../../../electron/db/migrations';
import { openWorkspace } from '../../../electron/db/open';
import { listClosures } from '../../../electron/db/repos/closures';
import { getWorkspaceDefaults } from '../../../electron/db/repos/defaults';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-migrate5-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 5: the studio calendar', () => {
  it('keeps closures as one-day closures that do not repeat, and adds holiday overrides', () => {
    const path = join(dir, 'w.db');
    const old = new Database(path);
    migrate(old, migrations.slice(0, 4));
    old.exec("INSERT INTO closures (id, date, name) VALUES (3, '2026-12-24', 'Christmas Eve'), (8, '2027-04-02', 'Away day')");
    old.close();

    const db = openWorkspace(path);
    expect(listClosures(db)).toEqual([
      { id: 3, date: '2026-12-24', endDate: '2026-12-24', name: 'Christmas Eve', repeatsYearly: false },
      { id: 8, date: '2027-04-02', endDate: '2027-04-02', name: 'Away day', repeatsYearly: false },
    ]);
    expect(() => db.prepare("UPDATE closures SET end_date = '2026-12-01' WHERE id = 3").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO holiday_overrides (country, region, date, kind, name) VALUES ('DE', 'BY', '2027-05-17', 'ignore', 'Whit Monday')").run();
    expect(() => db.prepare("INSERT INTO holiday_overrides (country, region, date, kind, name) VALUES ('DE', 'BY', '2027-05-17', 'ignore', 'Again')").run()).toThrow(/UNIQUE/);
    // No defaults stored: the built-in working week, and the first day of the week from the system.
    expect(getWorkspaceDefaults(db)).toEqual({ week: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0], firstDayOfWeek: null, dateFormat: 'system' });
    expect(() => db.prepare("INSERT INTO workspace_defaults (one, week) VALUES (1, '[8, 8]')").run()).toThrow(/CHECK/);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
