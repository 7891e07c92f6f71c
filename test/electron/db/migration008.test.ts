import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../electron/db/migrate';
import { migrations, LATEST_VERSION } from '../../../electron/db/migrations';
import { upgradedStudio } from './upgrade';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-migrate8-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const version = migrations.findIndex((m) => m.up.toString().includes('actuals_version')) + 1;

describe('migration 008: actuals', () => {
  it('keeps the workspace as it was, and adds actuals keyed per source row, with remembered names and a version that moves on every write', () => {
    const path = join(dir, 'w.db');
    const { db, before, after } = upgradedStudio(path, version);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(after).toEqual(before);
    const insert = db.prepare("INSERT INTO actuals (talent_id, campaign_id, date, hours, source, source_key) VALUES (1, 9, '2026-11-02', ?, 'harvest', ?)");
    const versionNow = () => db.prepare('SELECT version FROM actuals_version').pluck().get();
    insert.run(7.5, 'k1');
    expect(() => insert.run(6, 'k1')).toThrow(/UNIQUE/);
    expect(() => insert.run(0, 'k2')).toThrow(/CHECK/);
    expect(versionNow()).toBe(1);
    db.prepare("UPDATE actuals SET hours = 6 WHERE source_key = 'k1'").run();
    expect(versionNow()).toBe(2);
    db.prepare("INSERT INTO actual_aliases (kind, source_name, target_id) VALUES ('person', 'zoe b.', 1)").run();
    expect(() => db.prepare("INSERT INTO actual_aliases (kind, source_name, target_id) VALUES ('person', 'zoe b.', 2)").run()).toThrow(/UNIQUE/);
    // Deleting the person takes their actuals with them (and moves the version).
    db.prepare('DELETE FROM talent WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM actuals').pluck().get()).toBe(0);
    expect(versionNow()).toBe(3);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
