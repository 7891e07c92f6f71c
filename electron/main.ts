import { join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { Db } from './db/open';
import { openWorkspaceForApp } from './db/workspace';
import { electronPlatform } from './platform';
import { createHandlers } from './handlers';
import { fileMenuActions } from './files/actions';
import { WorkspaceSession } from './files/session';
import { createRecentStore } from './files/store';
import { bindIpc, pushEvent } from './ipc';
import { installMenu } from './menu';
import { resolveNativeBinding, setNativeBindingInUse } from './native';
import { appPaths, rendererTarget } from './paths';
import { createSettings } from './settings';
import { createMainWindow } from './window';

export const APP_NAME = 'Capacity Planner';

export interface Shell {
  /** The open workspace's database (another one after a switch). */
  readonly db: Db;
  window: () => BrowserWindow | null;
  session: WorkspaceSession;
}

/** Opens the workspace and the window. Resolves with null when the app quits instead (another instance, or a workspace it can't open). */
export async function startApp(): Promise<Shell | null> {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return null;
  }
  let window: BrowserWindow | null = null;
  app.on('second-instance', () => {
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  await app.whenReady();
  const recent = createRecentStore();
  const defaultPath = join(app.getPath('userData'), 'workspace.db');
  let workspacePath = recent.last() ?? defaultPath;
  let db: Db;
  let openForApp: (path: string) => Promise<Db>;
  try {
    const nativeBinding = resolveNativeBinding({
      runtime: process.versions.electron ? 'electron' : 'node',
      isPackaged: app.isPackaged,
      electronVersion: process.versions.electron,
      platform: process.platform,
      arch: process.arch,
      root: app.getAppPath(),
    });
    setNativeBindingInUse(nativeBinding);
    // Locked against other instances, and backed up on each start and before any migration.
    openForApp = (path: string) => openWorkspaceForApp(path, () => new Date(), { nativeBinding });
    try {
      db = await openForApp(workspacePath);
    } catch (error) {
      if (workspacePath === defaultPath) throw error;
      // The last workspace used can't be opened (moved to a newer app, locked...): say so, and open the default one.
      dialog.showErrorBox(`${APP_NAME} could not open the last workspace`, `${(error as Error).message}\n\nOpening the default workspace instead.`);
      workspacePath = defaultPath;
      db = await openForApp(workspacePath);
    }
  } catch (error) {
    // Shown before any window exists; the file is left exactly as it was.
    dialog.showErrorBox(`${APP_NAME} could not open its workspace`, (error as Error).message);
    app.quit();
    return null;
  }

  const platform = electronPlatform(() => window);
  const paths = appPaths(app.getAppPath());
  const target = rendererTarget(paths, process.env, app.isPackaged);
  const settings = createSettings();
  const open = () => {
    window = createMainWindow({ paths, target, settings });
    window.on('closed', () => {
      window = null;
    });
  };

  // File › New/Open/Open Recent switch the workspace: the new file is opened (locked, backed up)
  // before the current one is closed, the IPC table is rebound to it, and the window reloads.
  const session: WorkspaceSession = new WorkspaceSession(
    {
      open: openForApp,
      makeHandlers: (wsDb, path) => createHandlers({ db: wsDb, now: () => new Date(), app: { name: APP_NAME, version: app.getVersion(), workspacePath: path }, platform }),
      bind: (handlers) => bindIpc({ handlers, mainWindow: () => window, target }),
      changed: () => {
        pushEvent(window, { type: 'workspace-changed' });
        if (window && !window.isDestroyed()) window.webContents.reload();
      },
      remember: (path) => recent.add(path),
      forget: (path) => recent.remove(path),
      showError: (title, message) => dialog.showErrorBox(title, message),
    },
    { path: workspacePath, db },
  );
  const menu = () =>
    installMenu({
      platform: process.platform,
      isPackaged: app.isPackaged,
      appName: APP_NAME,
      send: (command) => pushEvent(window, { type: 'menu', command }),
      showWorkspaceInFolder: () => shell.showItemInFolder(session.current.path),
      files: fileMenuActions({ session: () => session, platform, recent, refreshMenu: menu, onError: (e) => dialog.showErrorBox(APP_NAME, (e as Error).message) }),
    });
  menu();
  open();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => session.close());
  return {
    get db() {
      return session.current.db;
    },
    window: () => window,
    session,
  };
}

// The entry point starts the app; tests import startApp() instead (vitest sets VITEST).
if (!process.env.VITEST) {
  startApp().catch((error: unknown) => {
    console.error('[capacity-planner] failed to start', error);
    dialog.showErrorBox(`${APP_NAME} could not start`, error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
