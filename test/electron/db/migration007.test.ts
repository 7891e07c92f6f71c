import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../../electron/db/migrate';
import { LATEST_VERSION, migrations } from '../../../electron/db/migrations';
import { up as briefsUp } from '../../../electron/db/migrations/007-briefs';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-migrate-briefs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('migration 007: briefs and marketing channels', () => {
  it('adds the tables to a workspace with campaigns, which keep every row; briefs refuse nonsense and go with their campaign', () => {
    const db = new Database(join(dir, 'w.db'));
    const at = migrations.findIndex((m) => m.up === briefsUp);
    expect(at).toBeGreaterThan(0);
    migrate(db, migrations.slice(0, at));
    db.exec(`INSERT INTO campaigns (id, name, client, status, probability, priority, budget, currency, start, "end") VALUES (1, 'Spring Launch', 'Northwind', 'pipeline', 40, 2, 12000, 'EUR', '2027-03-01', '2027-04-30')`);
    migrate(db);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT id, name FROM campaigns').all()).toEqual([{ id: 1, name: 'Spring Launch' }]);
    db.pragma('foreign_keys = ON');
    db.exec(`INSERT INTO marketing_channels (id, name) VALUES (1, 'Paid social')`);
    expect(() => db.exec(`INSERT INTO marketing_channels (name) VALUES ('paid SOCIAL')`)).toThrow(/UNIQUE/);
    const brief = db.prepare('INSERT INTO briefs (campaign_id, kpis, updated_at) VALUES (?, ?, ?)');
    expect(() => brief.run(1, '{"not":"a list"}', '2026-11-26T10:00:00Z')).toThrow(/CHECK/);
    expect(() => brief.run(99, '[]', '2026-11-26T10:00:00Z')).toThrow(/FOREIGN KEY/);
    brief.run(1, '[{"name":"Reach","target":1,"unit":""}]', '2026-11-26T10:00:00Z');
    db.exec('INSERT INTO brief_channels (campaign_id, channel_id, position) VALUES (1, 1, 0)');
    expect(() => db.exec('DELETE FROM marketing_channels WHERE id = 1')).toThrow(/FOREIGN KEY/);
    db.exec('DELETE FROM campaigns WHERE id = 1');
    expect(db.prepare('SELECT (SELECT count(*) FROM briefs) AS briefs, (SELECT count(*) FROM brief_channels) AS channels').get()).toEqual({ briefs: 0, channels: 0 });
    db.close();
  });
});
