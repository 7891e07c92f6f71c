import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames } from '@shared/contract';
import { openWorkspace } from '../../../electron/db/open';
import { createRecentStore } from '../../../electron/files/store';
import { startApp, type Shell } from '../../../electron/main';
import { BrowserWindow, Menu, app, dialog, ipcMain, resetStub } from '../stub/electron';
import { useTempDirs } from './helpers';

const tempDir = useTempDirs();

describe('startApp', () => {
  let userData: string;
  let shell: Shell | null = null;

  beforeEach(() => {
    resetStub();
    userData = tempDir();
    app.setPath('userData', userData);
  });
  afterEach(() => {
    if (shell?.db.open) shell.db.close();
    shell = null;
  });

  const window = () => BrowserWindow.instances[0];

  it('opens the workspace in userData, binds every channel, builds the menu and a secure window', async () => {
    shell = await startApp();
    expect(shell).not.toBeNull();
    expect(existsSync(join(userData, 'workspace.db'))).toBe(true);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());
    expect(Menu.getApplicationMenu()).not.toBeNull();
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(window().options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window().loaded?.kind).toBe('file');

    const info = await ipcMain.invokeFrom({ webContents: window().webContents, frame: window().webContents.mainFrame }, 'app:info', undefined);
    expect(info).toMatchObject({ ok: true, value: { name: 'Capacity Planner', version: '0.1.0-test', workspacePath: join(userData, 'workspace.db') } });
  });

  it('sends menu commands to the window', async () => {
    shell = await startApp();
    const menu = Menu.getApplicationMenu() as Menu;
    const undo = menu.items.find((i) => i.label === '&Edit')?.submenu?.items.find((i) => i.label === 'Undo');
    undo?.click?.();
    expect(window().webContents.sent).toEqual([{ channel: 'app:event', args: [{ type: 'menu', command: 'undo' }] }]);
  });

  it('switches workspace from the File menu: rebinds every channel to the new file and reloads the window', async () => {
    shell = await startApp();
    const first = shell!.db;
    const other = join(tempDir(), 'other.db');
    openWorkspace(other).close();
    const file = (Menu.getApplicationMenu() as Menu).items.find((i) => i.label === '&File')?.submenu?.items ?? [];
    expect(file.map((i) => i.label)).toEqual(expect.arrayContaining(['New Workspace…', 'Open Workspace…', 'Open Recent', 'Save a Copy As…']));

    expect(await shell!.session.open(other)).toBe('switched');
    expect(first.open).toBe(false);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());
    const info = await ipcMain.invokeFrom({ webContents: window().webContents, frame: window().webContents.mainFrame }, 'app:info', undefined);
    expect(info).toMatchObject({ ok: true, value: { workspacePath: other } });
    expect(window().webContents.reloads).toBe(1);
    expect(window().webContents.sent).toContainEqual({ channel: 'app:event', args: [{ type: 'workspace-changed' }] });
  });

  it('reopens the last workspace used, and falls back to the default one when it cannot be opened', async () => {
    const last = join(tempDir(), 'last.db');
    openWorkspace(last).close();
    createRecentStore({ cwd: userData }).add(last);
    shell = await startApp();
    expect(shell?.session.current.path).toBe(last);
    shell?.db.close();

    resetStub();
    app.setPath('userData', userData);
    const raw = new Database(last);
    raw.pragma('user_version = 999');
    raw.close();
    shell = await startApp();
    expect(shell?.session.current.path).toBe(join(userData, 'workspace.db'));
    expect(dialog.errors[0].content).toMatch(/newer version[\s\S]*default workspace instead/);
  });

  it('quits at once when another instance holds the lock', async () => {
    app.singleInstance = false;
    expect(await startApp()).toBeNull();
    expect(app.quitCalls).toBe(1);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('focuses the existing window when a second instance starts', async () => {
    shell = await startApp();
    window().minimize();
    app.emit('second-instance');
    expect(window().isMinimized()).toBe(false);
    expect(window().focused).toBe(true);
  });

  it('refuses a workspace from a newer version with a message, leaving the file untouched', async () => {
    const path = join(userData, 'workspace.db');
    openWorkspace(path).close();
    const raw = new Database(path);
    raw.pragma('user_version = 999');
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');

    expect(await startApp()).toBeNull();
    expect(dialog.errors).toHaveLength(1);
    expect(dialog.errors[0].content).toMatch(/newer version of Capacity Planner/);
    expect(app.quitCalls).toBe(1);
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(createHash('sha256').update(readFileSync(path)).digest('hex')).toBe(before);
  });

  it('closes the workspace when the app quits', async () => {
    shell = await startApp();
    expect(shell?.db.open).toBe(true);
    window().close();
    expect(app.quitCalls).toBe(1);
    expect(shell?.db.open).toBe(false);
  });
});
