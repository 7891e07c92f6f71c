import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow as ElectronWindow } from 'electron';
import { channelNames, type Handlers } from '@shared/contract';
import { openWorkspace, type Db } from '../../../electron/db/open';
import { createHandlers } from '../../../electron/handlers';
import { APP_EVENT_CHANNEL, bindIpc, pushEvent } from '../../../electron/ipc';
import { appPaths, rendererTarget, type RendererTarget } from '../../../electron/paths';
import { BrowserWindow, StubWebContents, StubWebFrameMain, ipcMain, resetStub, session } from '../stub/electron';
import { useTempDirs } from './helpers';

const tempDir = useTempDirs();
const paths = appPaths('/opt/capacity-planner/resources/app.asar');
const fileTarget = rendererTarget(paths, {}, true);

describe('bindIpc', () => {
  let db: Db;
  let handlers: Handlers;
  let info: ReturnType<typeof vi.fn>;
  let window: BrowserWindow;
  let unbind: () => void;

  const bind = (target: RendererTarget = fileTarget) => {
    unbind = bindIpc({ handlers, mainWindow: () => window as unknown as ElectronWindow, target });
  };
  const fromWindow = () => ({ webContents: window.webContents, frame: window.webContents.mainFrame });

  beforeEach(async () => {
    resetStub();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const dir = tempDir();
    const workspacePath = join(dir, 'workspace.db');
    db = openWorkspace(workspacePath);
    const real = createHandlers({ db, now: () => new Date(2026, 0, 15), app: { name: 'Capacity Planner', version: '9.9.9', workspacePath } });
    info = vi.fn(real['app:info']);
    handlers = { ...real, 'app:info': info as unknown as Handlers['app:info'] };
    window = new BrowserWindow({});
    await window.loadFile(paths.rendererHtml);
  });
  afterEach(() => {
    unbind?.();
    db.close();
    vi.restoreAllMocks();
  });

  it('registers exactly one handler per contract channel', () => {
    bind();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());
    unbind();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('dispatches a call from the app window to the real handler table', async () => {
    bind();
    const result = await ipcMain.invokeFrom(fromWindow(), 'app:info', undefined);
    expect(result).toMatchObject({ ok: true, value: { name: 'Capacity Planner', version: '9.9.9', firstRun: true } });
    expect(info).toHaveBeenCalledTimes(1);
  });

  it('validates the input before the handler runs', async () => {
    bind();
    const result = await ipcMain.invokeFrom(fromWindow(), 'app:info', { unexpected: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(info).not.toHaveBeenCalled();
    const holidays = await ipcMain.invokeFrom(fromWindow(), 'holidays:list', { from: '2026-02-30', to: '2026-03-01', places: [] });
    expect(holidays).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'from' } });
  });

  it('writes through to the workspace file', async () => {
    bind();
    expect(await ipcMain.invokeFrom(fromWindow(), 'workspace:startEmpty', undefined)).toMatchObject({ ok: true, value: { firstRun: false } });
    expect(await ipcMain.invokeFrom(fromWindow(), 'app:info', undefined)).toMatchObject({ ok: true, value: { firstRun: false } });
  });

  const foreign: [string, () => { webContents: StubWebContents; frame: StubWebFrameMain | null }][] = [
    ['no sender frame (e.g. a frame already gone)', () => ({ webContents: window.webContents, frame: null })],
    ['another web contents', () => {
      const other = new StubWebContents(session.defaultSession);
      other.mainFrame.url = pathToFileURL(paths.rendererHtml).href;
      return { webContents: other, frame: other.mainFrame };
    }],
    ['a subframe of the app window', () => {
      const sub = new StubWebFrameMain(pathToFileURL(paths.rendererHtml).href);
      sub.parent = window.webContents.mainFrame;
      return { webContents: window.webContents, frame: sub };
    }],
    ['the app window showing a remote page', () => {
      window.webContents.mainFrame.url = 'https://evil.example/index.html';
      return fromWindow();
    }],
    ['the app window showing another local file', () => {
      window.webContents.mainFrame.url = pathToFileURL('/tmp/downloaded.html').href;
      return fromWindow();
    }],
  ];

  it.each(foreign)('refuses %s without calling the handler', async (_name, sender) => {
    bind();
    const result = await ipcMain.invokeFrom(sender(), 'app:info', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/refused/) } });
    expect(info).not.toHaveBeenCalled();
  });

  it('refuses calls once the window is gone', async () => {
    bind();
    const sender = fromWindow();
    window.destroy();
    expect(await ipcMain.invokeFrom(sender, 'app:info', undefined)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(info).not.toHaveBeenCalled();
  });

  it('in development accepts the dev server origin and nothing else', async () => {
    const dev = rendererTarget(paths, { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, false);
    expect(dev.kind).toBe('dev');
    bind(dev);
    window.webContents.mainFrame.url = 'http://localhost:5173/#/people';
    expect(await ipcMain.invokeFrom(fromWindow(), 'app:info', undefined)).toMatchObject({ ok: true });
    window.webContents.mainFrame.url = 'http://localhost:5174/';
    expect(await ipcMain.invokeFrom(fromWindow(), 'app:info', undefined)).toMatchObject({ ok: false });
    expect(info).toHaveBeenCalledTimes(1);
  });

  it('never honours a dev server URL in a packaged app, or one that is not loopback', () => {
    expect(rendererTarget(paths, { ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true).kind).toBe('file');
    expect(rendererTarget(paths, { ELECTRON_RENDERER_URL: 'https://evil.example' }, false).kind).toBe('file');
  });
});

describe('pushEvent', () => {
  beforeEach(resetStub);

  it('sends AppEvents on app:event', () => {
    const window = new BrowserWindow({});
    pushEvent(window as unknown as ElectronWindow, { type: 'menu', command: 'undo' });
    expect(window.webContents.sent).toEqual([{ channel: APP_EVENT_CHANNEL, args: [{ type: 'menu', command: 'undo' }] }]);
    expect(channelNames).not.toContain(APP_EVENT_CHANNEL);
  });

  it('skips a closed or missing window', () => {
    const window = new BrowserWindow({});
    window.destroy();
    expect(() => pushEvent(window as unknown as ElectronWindow, { type: 'workspace-changed' })).not.toThrow();
    expect(() => pushEvent(null, { type: 'workspace-changed' })).not.toThrow();
    expect(window.webContents.sent).toEqual([]);
  });
});
