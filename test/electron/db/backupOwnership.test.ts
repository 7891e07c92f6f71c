// Backups that are what they say they are: each workspace of a folder has its own backups (by its
// id), a restore refuses another workspace's backup or a damaged one, leftovers of backups cut short
// are named as damaged and can be deleted, and reading a backup leaves no files beside it.

import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, Input, Result } from '@shared/contract';
import { dispatch } from '../../../electron/dispatch';
import { backupsDirFor, listBackups } from '../../../electron/db/backup';
import { openWorkspace, type Db } from '../../../electron/db/open';
import { openWorkspaceForApp } from '../../../electron/db/workspace';
import { createHandlers } from '../../../electron/handlers';
import { workspaceId } from '../../../electron/io/workspaceId';
import { dumpWorkspace, FIXED_NOW } from '../helpers/workspace';

let dir: string;
const open: Db[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-backups-'));
});
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

let clock = FIXED_NOW.getTime();
const tick = () => new Date((clock += 60_000));

function workspace(db: Db, path: string, now: () => Date = tick) {
  open.push(db);
  const handlers = createHandlers({ db, now, app: { name: 'Capacity Planner', version: '0.0.0-test', workspacePath: path } });
  const send = (channel: string, input?: unknown) => dispatch(handlers, channel, input);
  const call = async <C extends ChannelName>(channel: C, input?: Input<C>): Promise<Result<C>> => {
    const envelope = await send(channel, input);
    if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.message}`);
    return envelope.value as Result<C>;
  };
  return { db, path, send, call, id: workspaceId(db) };
}
type Ws = ReturnType<typeof workspace>;

const at = (name: string) => workspace(openWorkspace(join(dir, name)), join(dir, name));

/** Studio A: a full-timer in GBP and a part-timer in EUR (Mon-Wed), a closure, a campaign with bookings. */
async function studioA(ws: Ws) {
  const role = await ws.call('roles:create', { name: 'Designer' });
  const ada = await ws.call('talent:create', { kind: 'staff', name: 'Ada Lovelace', primaryRoleId: role.id, costRate: 420, currency: 'GBP', holidayCountry: 'GB', holidayRegion: 'ENG' });
  const part = await ws.call('talent:create', { kind: 'freelancer', name: 'Jörg Weiß', primaryRoleId: role.id, costRate: 560, currency: 'EUR', patterns: [{ effectiveFrom: '2026-01-01', hours: [0, 7.5, 7.5, 7.5, 0, 0, 0] }] });
  await ws.call('closures:create', { date: '2026-12-24', name: 'Studio closed' });
  const camp = await ws.call('campaigns:create', { name: 'Winter Sale', status: 'confirmed', start: '2026-12-02', end: '2027-01-15' });
  await ws.call('bookings:create', { talentId: ada.id, campaignId: camp.id, start: '2026-12-02', end: '2026-12-18', hoursPerDay: 6 });
  await ws.call('bookings:create', { talentId: part.id, campaignId: camp.id, start: '2026-12-08', end: '2026-12-10', hoursPerDay: 7.5 });
}

/** Studio B: one agency of three, one pipeline campaign. */
async function studioB(ws: Ws) {
  const role = await ws.call('roles:create', { name: 'Animator' });
  const agency = await ws.call('talent:create', { kind: 'agency', name: 'Pixel Co', primaryRoleId: role.id, headcount: 3, currency: 'USD', billRate: 95 });
  const camp = await ws.call('campaigns:create', { name: 'Spring Film', status: 'pipeline', probability: 40, start: '2027-03-03', end: '2027-04-30' });
  await ws.call('bookings:create', { talentId: agency.id, campaignId: camp.id, start: '2027-03-03', end: '2027-03-26', hoursPerDay: 12 });
}

const names = (dirPath: string) => (existsSync(dirPath) ? readdirSync(dirPath).sort() : []);

describe('each workspace of a folder has its own backups', () => {
  it('lists only its own, restores only its own, and prunes only its own', async () => {
    const a = at('a.db');
    const b = at('b.db');
    await studioA(a);
    await studioB(b);
    await a.call('backups:create');
    for (let i = 0; i < 14; i++) await b.call('backups:create'); // B's retention runs 14 times
    const aList = await a.call('backups:list');
    const bList = await b.call('backups:list');
    expect(aList.backups).toHaveLength(1);
    expect(aList.backups[0]).toMatchObject({ status: 'ok', counts: { talent: 2, campaigns: 1, bookings: 2 } });
    expect(bList.backups).toHaveLength(10);
    expect(bList.backups.every((x) => x.status === 'ok' && x.counts?.talent === 1)).toBe(true);
    expect(aList.folder).toBe(join(dir, 'backups', a.id));
    expect(bList.folder).toBe(join(dir, 'backups', b.id));
    // A can't even name one of B's backups.
    expect(await a.send('backups:restore', { file: bList.backups[0].file })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('refuses to restore a backup of another workspace, saying so, and changes nothing', async () => {
    const a = at('a.db');
    const b = at('b.db');
    await studioA(a);
    await studioB(b);
    const { backups } = await b.call('backups:create');
    // B's backup put into A's own folder by hand: not listed there, and refused.
    const file = backups[0].file;
    mkdirSync(join(dir, 'backups', a.id), { recursive: true });
    copyFileSync(join(dir, 'backups', b.id, file), join(dir, 'backups', a.id, file));
    expect((await a.call('backups:list')).backups).toEqual([]);
    const before = dumpWorkspace(a.db);
    const result = await a.send('backups:restore', { file });
    expect(result).toMatchObject({ ok: false, error: { code: 'workspace' } });
    const message = (result as { error: { message: string } }).error.message;
    expect(message).toMatch(/^This backup belongs to another workspace: .*holding 1 person and 1 booking/);
    expect(message).toMatch(/Your workspace is unchanged/);
    expect(dumpWorkspace(a.db)).toBe(before);
    expect(names(join(dir, 'backups', a.id)).filter((f) => f.endsWith('-restore.db'))).toEqual([]); // refused before the safety backup
  });

  it('takes backups asked for at once under names of their own', async () => {
    const a = workspace(openWorkspace(join(dir, 'a.db')), join(dir, 'a.db'), () => FIXED_NOW); // the same moment for all three
    await studioA(a);
    await Promise.all([a.call('backups:create'), a.call('backups:create'), a.call('backups:create')]);
    const { backups } = await a.call('backups:list');
    expect(backups.map((x) => x.status)).toEqual(['ok', 'ok', 'ok']);
    expect(new Set(backups.map((x) => x.file)).size).toBe(3);
  });

  it('runs two restores asked for at once without one removing the other’s working copy', async () => {
    const a = at('a.db');
    await studioA(a);
    const first = (await a.call('backups:create')).backups[0];
    await a.call('talent:create', { kind: 'staff', name: 'Zoë Late', primaryRoleId: 1 });
    const second = (await a.call('backups:create')).backups.find((x) => x.file !== first.file)!;
    expect(second.counts?.talent).toBe(3);
    const results = await Promise.all([a.send('backups:restore', { file: first.file }), a.send('backups:restore', { file: second.file })]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect([2, 3]).toContain((await a.call('talent:list', {})).length);
    expect(a.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(names(join(dir, 'backups', a.id)).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('gives a new workspace its own id from its first open, and keeps it across opens and restores', async () => {
    const path = join(dir, 'new.db');
    const first = await openWorkspaceForApp(path, tick);
    const id = workspaceId(first);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    first.close();
    const again = await openWorkspaceForApp(path, tick);
    const ws = workspace(again, path);
    expect(ws.id).toBe(id);
    const { backups } = await ws.call('backups:list');
    expect(backups.map((x) => x.reason)).toEqual(['start']);
    await ws.call('backups:restore', { file: backups[0].file });
    expect(workspaceId(again)).toBe(id);
  });
});

describe('a workspace copied or moved outside the app', () => {
  it('gives a copy made in a file manager its own id and backups, and the original keeps its own', async () => {
    const a = at('a.db');
    await studioA(a);
    a.db.close();
    const original = workspace(await openWorkspaceForApp(a.path, tick), a.path); // remembers where it lives
    await original.call('backups:create');
    original.db.close();
    const copyPath = join(dir, 'a copy.db');
    copyFileSync(a.path, copyPath);
    const copy = workspace(await openWorkspaceForApp(copyPath, tick), copyPath);
    expect(copy.id).not.toBe(a.id);
    expect((await copy.call('backups:list')).backups.map((x) => x.reason)).toEqual(['start']);
    expect(await copy.call('talent:list', {})).toHaveLength(2);
    copy.db.close();
    const back = workspace(await openWorkspaceForApp(a.path, tick), a.path);
    expect(back.id).toBe(a.id);
    expect((await back.call('backups:list')).backups.map((x) => x.reason).sort()).toEqual(['manual', 'start', 'start']);
  });

  it('keeps the id (and the backups) of a workspace that was moved or renamed', async () => {
    const a = at('a.db');
    await studioA(a);
    a.db.close();
    (await openWorkspaceForApp(a.path, tick)).close();
    const moved = join(dir, 'renamed.db');
    renameSync(a.path, moved);
    const ws = workspace(await openWorkspaceForApp(moved, tick), moved);
    expect(ws.id).toBe(a.id);
    expect((await ws.call('backups:list')).backups).toHaveLength(2);
  });
});

describe('damaged backups', () => {
  async function withBackup() {
    const a = at('a.db');
    await studioA(a);
    const { backups, folder } = await a.call('backups:create');
    return { a, folder, file: backups[0].file, good: join(folder, backups[0].file) };
  }

  it('names an empty file as damaged, refuses to restore it, and deletes it when asked', async () => {
    const { a, folder } = await withBackup();
    const empty = 'workspace-2026-11-26T11-00-00-000Z-manual.db';
    writeFileSync(join(folder, empty), '');
    const before = dumpWorkspace(a.db);
    const listed = (await a.call('backups:list')).backups.find((x) => x.file === empty);
    expect(listed).toMatchObject({ status: 'damaged', counts: null, problem: 'the file is empty' });
    const refused = await a.send('backups:restore', { file: empty });
    expect(refused).toMatchObject({ ok: false, error: { code: 'workspace', message: expect.stringMatching(/^This backup is damaged, so it was not restored: the file is empty/) } });
    expect(dumpWorkspace(a.db)).toBe(before); // the old bug: 0 people, 0 bookings
    const after = await a.call('backups:delete', { file: empty });
    expect(after.backups.map((x) => x.file)).not.toContain(empty);
    expect(existsSync(join(folder, empty))).toBe(false);
  });

  it('names a backup cut short while being written as damaged, and deletes it with the files beside it', async () => {
    const { a, folder, good } = await withBackup();
    const leftover = '.workspace-2026-11-26T12-00-00-000Z-import.db.partial';
    const bytes = readFileSync(good);
    writeFileSync(join(folder, leftover), bytes.subarray(0, bytes.length / 2));
    writeFileSync(join(folder, `${leftover}-journal`), 'x');
    const entry = (await a.call('backups:list')).backups.find((x) => x.file === leftover);
    expect(entry).toMatchObject({ status: 'damaged', reason: 'import', takenAt: '2026-11-26T12:00:00.000Z', problem: expect.stringMatching(/cut short/) });
    expect(await a.send('backups:restore', { file: leftover })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'file' } });
    await a.call('backups:delete', { file: leftover });
    expect(names(folder).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('refuses a backup that fails integrity_check, and refuses to delete a sound one', async () => {
    const { a, folder, file, good } = await withBackup();
    const bytes = readFileSync(good);
    const pageSize = bytes.readUInt16BE(16);
    const pages = bytes.length / pageSize;
    for (let p = 1; p < pages; p++) bytes.fill(0xa5, p * pageSize + 8, p * pageSize + 40); // cells scribbled over, header intact
    const broken = 'workspace-2026-11-26T13-00-00-000Z-manual.db';
    writeFileSync(join(folder, broken), bytes);
    const before = dumpWorkspace(a.db);
    expect(await a.send('backups:restore', { file: broken })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^This backup is damaged/) } });
    expect(dumpWorkspace(a.db)).toBe(before);
    expect(await a.send('backups:delete', { file })).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/sound/) } });
    expect(existsSync(good)).toBe(true);
    await a.call('backups:delete', { file: broken });
    expect(existsSync(join(folder, broken))).toBe(false);
  });

  it('deletes only inside the backups folder, by name', async () => {
    const { a } = await withBackup();
    for (const file of ['../a.db', 'a.db', '/etc/passwd', '.workspace-x.db.partial/../../a.db']) {
      expect(await a.send('backups:delete', { file })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'file' } });
    }
    expect(existsSync(join(dir, 'a.db'))).toBe(true);
  });
});

describe('reading backups leaves nothing behind', () => {
  it('listing new and older (WAL-headed) backups creates no -wal or -shm file', async () => {
    const a = at('a.db');
    await studioA(a);
    const { folder } = await a.call('backups:create');
    // A backup as earlier versions wrote it: the workspace's WAL header, straight into the folder.
    await a.db.backup(join(folder, 'workspace-2026-11-20T09-00-00-000Z-start.db'));
    const before = names(folder);
    const { backups } = await a.call('backups:list');
    expect(backups.map((x) => x.status)).toEqual(['ok', 'ok']);
    expect(names(folder)).toEqual(before);
    expect(before.some((f) => /-(wal|shm)$/.test(f))).toBe(false);
  });
});

describe('backups from the folder all workspaces shared before', () => {
  /** Writes an old-style backup of `ws` into backups/ itself, optionally without its id (made before ids). */
  async function oldBackup(ws: Ws, stamp: string, keepId: boolean): Promise<string> {
    const root = backupsDirFor(ws.path);
    mkdirSync(root, { recursive: true });
    const file = `workspace-${stamp}-start.db`;
    await ws.db.backup(join(root, file));
    if (!keepId) {
      const copy = openWorkspace(join(root, file));
      copy.prepare("DELETE FROM meta WHERE key = 'workspace_id'").run();
      copy.close();
    }
    return file;
  }

  it('sorts them out on open: its own move into its folder, another’s stay, those without an id are shown as unattributed', async () => {
    const a = at('a.db');
    const b = at('b.db');
    await studioA(a);
    await studioB(b);
    const aOld = await oldBackup(a, '2026-11-01T09-00-00-000Z', true);
    const bOld = await oldBackup(b, '2026-11-02T09-00-00-000Z', true);
    const noId = await oldBackup(b, '2026-11-03T09-00-00-000Z', false);
    writeFileSync(join(dir, 'backups', 'workspace-2026-11-04T09-00-00-000Z-start.db'), ''); // cut short by an old kill
    a.db.close();
    const reopened = workspace(await openWorkspaceForApp(a.path, tick), a.path);
    expect(reopened.id).toBe(a.id);
    const own = join(dir, 'backups', a.id);
    expect(names(own)).toContain(aOld);
    expect(names(join(dir, 'backups'))).toContain(bOld);
    const { backups } = await reopened.call('backups:list');
    const byFile = new Map(backups.map((x) => [x.file, x]));
    expect(byFile.get(aOld)).toMatchObject({ status: 'ok', counts: { talent: 2 } });
    expect(byFile.has(bOld)).toBe(false); // never for another workspace
    expect(byFile.get(noId)).toMatchObject({ status: 'unattributed', counts: { talent: 1 } });
    expect(byFile.get('workspace-2026-11-04T09-00-00-000Z-start.db')).toMatchObject({ status: 'damaged' });
    // An unattributed backup restores, and the workspace keeps its own id.
    await reopened.call('backups:restore', { file: noId });
    expect(workspaceId(reopened.db)).toBe(a.id);
    expect((await reopened.call('talent:list', {})).map((t) => t.name)).toEqual(['Pixel Co']);
  });

  it('takes the old backups without an id as its own when it is the only workspace in the folder', async () => {
    const a = at('a.db');
    await studioA(a);
    const noId = await oldBackup(a, '2026-11-03T09-00-00-000Z', false);
    a.db.close();
    const reopened = workspace(await openWorkspaceForApp(a.path, tick), a.path);
    const { backups } = await reopened.call('backups:list');
    expect(backups.find((x) => x.file === noId)).toMatchObject({ status: 'ok' });
    expect(names(join(dir, 'backups')).filter((f) => f.endsWith('.db'))).toEqual([]);
  });

  it('removes what an interrupted restore left behind when the workspace opens', async () => {
    const a = at('a.db');
    await studioA(a);
    const { folder } = await a.call('backups:create');
    writeFileSync(join(folder, '.restore-4242-1.db'), 'half');
    writeFileSync(join(folder, '.restore-4242-1.db-journal'), 'x');
    a.db.close();
    open.push(await openWorkspaceForApp(a.path, tick));
    expect(names(folder).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(listBackups(backupsDirFor(a.path), a.id).every((x) => x.status === 'ok')).toBe(true);
  });
});
