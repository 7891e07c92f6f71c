import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../../electron/db/migrate';
import { migrations, LATEST_VERSION } from '../../../electron/db/migrations';
import { upgradedStudio } from './upgrade';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-migrate9-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const version = migrations.findIndex((m) => m.up.toString().includes('retro_actions')) + 1;

describe('migration 009: retrospectives', () => {
  it('keeps the workspace, and adds retrospectives (gone with their campaign) and actions (ownerless when the person goes)', () => {
    expect(version).toBe(9);
    const path = join(dir, 'w.db');
    const { db, before, after } = upgradedStudio(path, version);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(after).toEqual(before);
    const retro = db.prepare("INSERT INTO retros (campaign_id, start, end, title, created_at, updated_at) VALUES (?, ?, ?, ?, 'now', 'now')");
    retro.run(9, '2026-11-01', '2026-12-31', 'Web, looking back');
    retro.run(null, '2026-10-01', '2026-12-31', 'Q4');
    expect(() => retro.run(null, '2026-12-31', '2026-10-01', 'Backwards')).toThrow(/CHECK/);
    expect(() => retro.run(null, '2026-10-01', '2026-12-31', '')).toThrow(/CHECK/);
    db.prepare("INSERT INTO retro_actions (retro_id, text, owner_id, due) VALUES (1, 'Book earlier', 1, '2026-12-04'), (2, 'Log daily', 1, NULL)").run();
    db.prepare('DELETE FROM talent WHERE id = 1').run();
    expect(db.prepare('SELECT owner_id FROM retro_actions ORDER BY id').pluck().all()).toEqual([null, null]);
    db.prepare('DELETE FROM campaigns WHERE id = 9').run();
    expect(db.prepare('SELECT title FROM retros').pluck().all()).toEqual(['Q4']);
    expect(db.prepare('SELECT text FROM retro_actions').pluck().all()).toEqual(['Log daily']);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
