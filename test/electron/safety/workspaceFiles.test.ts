// Workspaces as files: switching (New, Open, Open Recent) opens the new file first and keeps the
// current one open and untouched when that fails; Save a Copy As writes a consistent copy.

import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '@shared/contract';
import { dispatch } from '../../../electron/dispatch';
import { openWorkspace, type Db } from '../../../electron/db/open';
import { openWorkspaceForApp } from '../../../electron/db/workspace';
import { fileMenuActions } from '../../../electron/files/actions';
import { addRecent, cleanRecent, MAX_RECENT, recentLabel } from '../../../electron/files/recent';
import { WorkspaceSession, type SessionDeps } from '../../../electron/files/session';
import { createRecentStore } from '../../../electron/files/store';
import { createHandlers } from '../../../electron/handlers';
import { workspaceId } from '../../../electron/io/workspaceId';
import { installMenu } from '../../../electron/menu';
import { Menu, resetStub } from '../stub/electron';
import { dumpWorkspace, FIXED_NOW } from '../helpers/workspace';

let dir: string;
const opened: Db[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cp-files-'));
});
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const openApp = async (path: string) => {
  const db = await openWorkspaceForApp(path, () => FIXED_NOW);
  opened.push(db);
  return db;
};

async function seeded(name: string, person: string): Promise<string> {
  const path = join(dir, name);
  const db = openWorkspace(path);
  const h = createHandlers({ db, now: () => FIXED_NOW, app: { name: 'Capacity Planner', version: '0', workspacePath: path } });
  const role = (await dispatch(h, 'roles:create', { name: 'Designer' })) as { ok: true; value: { id: number } };
  await dispatch(h, 'talent:create', { kind: 'staff', name: person, primaryRoleId: role.value.id });
  db.close();
  return path;
}

function harness(initialPath: string, initialDb: Db) {
  const bound: Handlers[] = [];
  const unbound: Handlers[] = [];
  const deps: SessionDeps & { errors: { title: string; message: string }[]; changes: string[]; remembered: string[]; forgotten: string[] } = {
    errors: [],
    changes: [],
    remembered: [],
    forgotten: [],
    open: openApp,
    makeHandlers: (db, path) => createHandlers({ db, now: () => FIXED_NOW, app: { name: 'Capacity Planner', version: '0', workspacePath: path } }),
    bind: (handlers) => {
      bound.push(handlers);
      return () => unbound.push(handlers);
    },
    changed: (path) => deps.changes.push(path),
    remember: (path) => deps.remembered.push(path),
    forget: (path) => deps.forgotten.push(path),
    showError: (title, message) => deps.errors.push({ title, message }),
  };
  const session = new WorkspaceSession(deps, { path: initialPath, db: initialDb });
  const people = async () => ((await dispatch(session.current.handlers, 'talent:list', {})) as { ok: true; value: { name: string }[] }).value.map((p) => p.name);
  return { session, deps, bound, unbound, people };
}

describe('switching workspace', () => {
  it('opens the chosen file, rebinds IPC to it, closes the previous one and tells the renderer', async () => {
    const a = await seeded('a.db', 'Ada');
    const b = await seeded('b.db', 'Bea');
    const h = harness(a, await openApp(a));
    const first = h.session.current;
    expect(await h.people()).toEqual(['Ada']);

    expect(await h.session.open(b)).toBe('switched');
    expect(await h.people()).toEqual(['Bea']);
    expect(first.db.open).toBe(false);
    expect(h.unbound).toEqual([first.handlers]);
    expect(h.bound).toEqual([first.handlers, h.session.current.handlers]);
    expect(h.deps.changes).toEqual([b]);
    expect(h.deps.remembered).toEqual([a, b]);
    const bBackups = join(dir, 'backups', workspaceId(h.session.current.db));
    expect(readdirSync(bBackups).some((f) => f.endsWith('-start.db'))).toBe(true); // opened as the app does, into its own backups
    expect(await h.session.open(b)).toBe('unchanged');
  });

  const refusals: [string, (path: string) => void | Promise<void>, RegExp][] = [
    ['locked by another instance', (p) => void opened.push(openWorkspace(p, { exclusive: true })), /open in another Capacity Planner window/],
    [
      'from a newer version',
      (p) => {
        const raw = new Database(p);
        raw.pragma('user_version = 999');
        raw.close();
      },
      /newer version of Capacity Planner/,
    ],
    ['not a workspace (text)', (p) => writeFileSync(p, 'name,email\nAda,ada@example.com\n'), /not a Capacity Planner workspace/],
    [
      'a database of another application',
      (p) => {
        rmSync(p, { force: true });
        const raw = new Database(p);
        raw.exec('CREATE TABLE other (x)');
        raw.close();
      },
      /another application/,
    ],
  ];

  it.each(refusals)('refuses a file %s with a clear message and keeps the current workspace open, untouched', async (_, spoil, message) => {
    const a = await seeded('a.db', 'Ada');
    const b = await seeded('b.db', 'Bea');
    await spoil(b);
    const h = harness(a, await openApp(a));
    const current = h.session.current;
    const before = dumpWorkspace(current.db);
    const bBefore = existsSync(b) ? hash(b) : null;

    expect(await h.session.open(b)).toBe('failed');
    expect(h.deps.errors).toHaveLength(1);
    expect(h.deps.errors[0].message).toMatch(message);
    expect(h.deps.errors[0].message).toMatch(/still open, unchanged/);
    expect(h.session.current).toBe(current);
    expect(current.db.open).toBe(true);
    expect(h.unbound).toEqual([]);
    expect(h.deps.changes).toEqual([]);
    expect(dumpWorkspace(current.db)).toBe(before);
    expect(await h.people()).toEqual(['Ada']);
    if (bBefore && !/locked/.test(_)) expect(hash(b)).toBe(bBefore);
  });

  it('refuses a recent file that no longer exists, and forgets it', async () => {
    const a = await seeded('a.db', 'Ada');
    const h = harness(a, await openApp(a));
    const gone = join(dir, 'gone.db');
    expect(await h.session.open(gone)).toBe('failed');
    expect(existsSync(gone)).toBe(false); // not created empty behind the user's back
    expect(h.deps.forgotten).toEqual([gone]);
    expect(h.deps.errors[0].message).toMatch(/no longer exists/);
  });

  it('creates a new empty workspace, and never over an existing file', async () => {
    const a = await seeded('a.db', 'Ada');
    const h = harness(a, await openApp(a));
    expect(await h.session.create(a)).toBe('failed');
    const b = await seeded('b.db', 'Bea');
    expect(await h.session.create(b)).toBe('failed');
    expect(h.deps.errors.map((e) => e.message).join()).toMatch(/already exists/);
    const fresh = join(dir, 'fresh.db');
    const before = workspaceId(h.session.current.db);
    expect(await h.session.create(fresh)).toBe('switched');
    expect(await h.people()).toEqual([]);
    expect(existsSync(fresh)).toBe(true);
    expect(workspaceId(h.session.current.db)).not.toBe(before); // its own id, so its own backups
  });
});

describe('Save a Copy As', () => {
  it('writes a consistent copy through the online backup, opening to the same data under its own workspace id', async () => {
    const a = await seeded('a.db', 'Ada');
    const h = harness(a, await openApp(a));
    const dest = join(dir, 'copy.db');
    expect(await h.session.saveCopyAs(dest)).toBe(true);
    const copy = openWorkspace(dest);
    const withoutId = (db: Db) => dumpWorkspace(db).replace(/"key":"workspace_id","value":"[^"]+"/, '');
    expect(withoutId(copy)).toBe(withoutId(h.session.current.db));
    expect(workspaceId(copy)).not.toBe(workspaceId(h.session.current.db)); // a workspace of its own: its own backups
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
    expect(readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
    expect(h.session.current.path).toBe(a); // still working in the original
  });

  it('refuses to copy over the open workspace itself', async () => {
    const a = await seeded('a.db', 'Ada');
    const h = harness(a, await openApp(a));
    const before = hash(a);
    expect(await h.session.saveCopyAs(a)).toBe(false);
    expect(h.deps.errors[0].message).toMatch(/another file/);
    expect(hash(a)).toBe(before);
  });

  it('reports a copy it could not write, leaving nothing half-written', async () => {
    const a = await seeded('a.db', 'Ada');
    const h = harness(a, await openApp(a));
    expect(await h.session.saveCopyAs(join(dir, 'no-such-folder', 'copy.db'))).toBe(false);
    expect(h.deps.errors).toHaveLength(1);
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);
  });
});

describe('File menu actions', () => {
  async function actions(choice: string | null) {
    const a = await seeded('a.db', 'Ada');
    const h = harness(a, await openApp(a));
    const platform = { chooseOpenPath: vi.fn(async () => choice), chooseSavePath: vi.fn(async () => choice) };
    const recent = { list: () => ['/x/one.db'], add: vi.fn(), remove: vi.fn(), clear: vi.fn(), last: () => null };
    const refreshMenu = vi.fn();
    const onError = vi.fn();
    const files = fileMenuActions({ session: () => h.session, platform, recent, refreshMenu, onError });
    const settle = () => vi.waitFor(() => expect(refreshMenu).toHaveBeenCalled());
    return { h, files, platform, recent, refreshMenu, onError, settle };
  }

  it('Open Workspace… asks for a file and switches to it', async () => {
    const b = await seeded('b.db', 'Bea');
    const t = await actions(b);
    t.files.openWorkspace();
    await t.settle();
    expect(t.platform.chooseOpenPath).toHaveBeenCalledWith(expect.objectContaining({ title: 'Open Workspace' }));
    expect(await t.h.people()).toEqual(['Bea']);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const t = await actions(null);
    const current = t.h.session.current;
    t.files.openWorkspace();
    t.files.newWorkspace();
    t.files.saveCopyAs();
    await t.settle();
    await new Promise((r) => setTimeout(r, 20));
    expect(t.h.session.current).toBe(current);
    expect(t.h.deps.errors).toEqual([]);
    expect(t.onError).not.toHaveBeenCalled();
  });

  it('Save a Copy As… proposes a dated name and keeps the current workspace', async () => {
    const dest = join(dir, 'saved.db');
    const t = await actions(dest);
    t.files.saveCopyAs();
    await vi.waitFor(() => expect(existsSync(dest)).toBe(true));
    expect(t.platform.chooseSavePath).toHaveBeenCalledWith(expect.objectContaining({ defaultName: expect.stringMatching(/^a copy \d{4}-\d{2}-\d{2}\.db$/) }));
    expect(t.h.session.current.path).toBe(join(dir, 'a.db'));
  });

  it('builds a File menu with New, Open, Open Recent and Save a Copy As', async () => {
    resetStub();
    const t = await actions(null);
    installMenu({ platform: 'linux', isPackaged: true, appName: 'Capacity Planner', send: () => undefined, showWorkspaceInFolder: () => undefined, files: t.files });
    const file = (Menu.getApplicationMenu() as Menu).items.find((i) => i.label === '&File')?.submenu?.items ?? [];
    expect(file.map((i) => i.label).filter(Boolean).slice(0, 4)).toEqual(['New Workspace…', 'Open Workspace…', 'Open Recent', 'Save a Copy As…']);
    expect(file.find((i) => i.label === 'Open Workspace…')?.accelerator).toBe('CmdOrCtrl+O');
    const recentItems = file.find((i) => i.label === 'Open Recent')?.submenu?.items ?? [];
    expect(recentItems.map((i) => i.label)).toEqual(['one.db — /x', undefined, 'Clear Recent']);
    recentItems[2].click?.();
    expect(t.recent.clear).toHaveBeenCalledOnce();
  });
});

describe('the recent list', () => {
  it('keeps the most recent first, without duplicates, at most ten, existing files only', () => {
    let list: string[] = [];
    for (let i = 0; i < 14; i++) list = addRecent(list, `/w/${i}.db`);
    list = addRecent(list, '/w/7.db');
    expect(list[0]).toBe('/w/7.db');
    expect(list).toHaveLength(MAX_RECENT);
    expect(new Set(list).size).toBe(list.length);
    expect(cleanRecent(['/a', 3, '/a', '/gone', null, '/b'], (p) => p !== '/gone')).toEqual(['/a', '/b']);
    expect(cleanRecent('garbage', () => true)).toEqual([]);
    expect(recentLabel('/Users/kim/Plans/studio.db')).toBe('studio.db — /Users/kim/Plans');
  });

  it('is kept in electron-store and drops files that were deleted', async () => {
    const a = await seeded('a.db', 'Ada');
    const b = await seeded('b.db', 'Bea');
    const store = createRecentStore({ cwd: dir });
    store.add(a);
    store.add(b);
    expect(store.list()).toEqual([b, a]);
    expect(createRecentStore({ cwd: dir }).last()).toBe(b);
    rmSync(b);
    expect(store.list()).toEqual([a]);
    store.clear();
    expect(store.last()).toBeNull();
  });
});
