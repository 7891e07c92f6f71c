import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsDirFor, backupsToKeep, listBackups, takeBackup } from '../../../electron/db/backup';
import { openWorkspace } from '../../../electron/db/open';
import { openWorkspaceForApp } from '../../../electron/db/workspace';
import { workspaceId } from '../../../electron/io/workspaceId';
import { dumpWorkspace, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

describe('backups', () => {
  it('a restore brings back every table exactly, after backing up the current state', async () => {
    const { ada, spring } = await smallStudio(ws);
    await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6 });
    const original = dumpWorkspace(ws.db);
    const { backups } = await ws.call('backups:create');
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ reason: 'manual', counts: { talent: 1, campaigns: 1, demandLines: 1, bookings: 1 } });

    await ws.call('talent:delete', { id: ada.id });
    await ws.call('campaigns:create', { name: 'Later', status: 'pipeline', probability: 30, start: '2027-06-01', end: '2027-06-30' });
    const changed = dumpWorkspace(ws.db);
    expect(changed).not.toBe(original);

    const result = await ws.call('backups:restore', { file: backups[0].file });
    expect(dumpWorkspace(ws.db)).toBe(original);
    const after = await ws.call('backups:list');
    const safety = after.backups.find((b) => b.file === result.safetyBackup);
    expect(safety).toMatchObject({ reason: 'restore', counts: { talent: 0, campaigns: 2, bookings: 0 } });
    expect(await ws.call('history:state')).toMatchObject({ undo: null, redo: null, undoStep: null, redoStep: null });
  });

  it('refuses a restore of something outside the backups folder', async () => {
    const result = await ws.send('backups:restore', { file: '../workspace.db' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'file' } });
  });

  it('keeps the latest ten plus one a day for thirty days', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    const files: string[] = [];
    for (let day = 0; day < 40; day++) {
      for (let hour = 0; hour < 3; hour++) {
        const d = new Date(now.getTime() - day * 86_400_000 - hour * 3_600_000);
        files.push(`workspace-${d.toISOString().replace(/:/g, '-').replace('.', '-')}-start.db`);
      }
    }
    const keep = backupsToKeep(files, now);
    // 10 newest span today and the three previous days; then one a day back to 30 days ago.
    expect(keep.size).toBe(10 + (31 - 4));
    expect(keep.has(files[0])).toBe(true);
    expect(keep.has(files[files.length - 1])).toBe(false);
  });

  it('prunes as it goes, and lists newest first', async () => {
    const dir = backupsDirFor(ws.path);
    for (let i = 0; i < 14; i++) await takeBackup(ws.db, dir, 'manual', new Date(Date.UTC(2026, 10, 26, 9, i)));
    const list = listBackups(dir, workspaceId(ws.db));
    expect(list).toHaveLength(10);
    expect(list[0].takenAt).toBe('2026-11-26T09:13:00.000Z');
  });
});

describe('opening as the app does', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cp-open-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('backs up on each start of an existing workspace, not on the first', async () => {
    const path = join(dir, 'workspace.db');
    const now = () => new Date('2026-11-26T10:00:00Z');
    (await openWorkspaceForApp(path, now)).close();
    expect(existsSync(backupsDirFor(path))).toBe(false);
    (await openWorkspaceForApp(path, now)).close();
    const db = openWorkspace(path);
    const id = workspaceId(db);
    db.close();
    expect(listBackups(backupsDirFor(path), id).map((b) => b.reason)).toEqual(['start']);
  });

  it('refuses a workspace that another process has open, with a clear message', async () => {
    const path = join(dir, 'workspace.db');
    openWorkspace(path).close();
    const script = join(dir, 'holder.mjs');
    writeFileSync(
      script,
      `import Database from ${JSON.stringify(require.resolve('better-sqlite3'))};
       const db = new Database(${JSON.stringify(path)});
       db.pragma('locking_mode = EXCLUSIVE'); db.pragma('journal_mode = WAL'); db.exec('BEGIN IMMEDIATE; COMMIT;');
       console.log('locked'); setTimeout(() => process.exit(0), 20000);`,
    );
    const holder = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => holder.stdout.on('data', (d: Buffer) => d.toString().includes('locked') && resolve()));
      await expect(openWorkspaceForApp(path, () => new Date())).rejects.toThrow(/open in another Capacity Planner window or another program/);
    } finally {
      holder.kill('SIGKILL');
    }
    // Once the other process is gone, the lock goes with it.
    await new Promise((r) => holder.on('exit', r));
    (await openWorkspaceForApp(path, () => new Date())).close();
  });
});
