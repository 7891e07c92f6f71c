import { join } from 'node:path';
import { app, BrowserWindow, dialog, shell } from 'electron';
import type { Db } from './db/open';
import { openWorkspaceForApp } from './db/workspace';
import { electronPlatform } from './platform';
import { createHandlers } from './handlers';
import { bindIpc, pushEvent } from './ipc';
import { installMenu } from './menu';
import { resolveNativeBinding } from './native';
import { appPaths, rendererTarget } from './paths';
import { createSettings } from './settings';
import { createMainWindow } from './window';

export const APP_NAME = 'Capacity Planner';

export interface Shell {
  db: Db;
  window: () => BrowserWindow | null;
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
  const workspacePath = join(app.getPath('userData'), 'workspace.db');
  let db: Db;
  try {
    const nativeBinding = resolveNativeBinding({
      runtime: process.versions.electron ? 'electron' : 'node',
      isPackaged: app.isPackaged,
      electronVersion: process.versions.electron,
      platform: process.platform,
      arch: process.arch,
      root: app.getAppPath(),
    });
    // Locked against other instances, and backed up on each start and before any migration.
    db = await openWorkspaceForApp(workspacePath, () => new Date(), { nativeBinding });
  } catch (error) {
    // Shown before any window exists; the file is left exactly as it was.
    dialog.showErrorBox(`${APP_NAME} could not open its workspace`, (error as Error).message);
    app.quit();
    return null;
  }

  const handlers = createHandlers({ db, now: () => new Date(), app: { name: APP_NAME, version: app.getVersion(), workspacePath }, platform: electronPlatform(() => window) });
  const paths = appPaths(app.getAppPath());
  const target = rendererTarget(paths, process.env, app.isPackaged);
  const settings = createSettings();
  const open = () => {
    window = createMainWindow({ paths, target, settings });
    window.on('closed', () => {
      window = null;
    });
  };

  bindIpc({ handlers, mainWindow: () => window, target });
  installMenu({
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName: APP_NAME,
    send: (command) => pushEvent(window, { type: 'menu', command }),
    showWorkspaceInFolder: () => shell.showItemInFolder(workspacePath),
  });
  open();

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    if (db.open) db.close();
  });
  return { db, window: () => window };
}

// The entry point starts the app; tests import startApp() instead (vitest sets VITEST).
if (!process.env.VITEST) {
  startApp().catch((error: unknown) => {
    console.error('[capacity-planner] failed to start', error);
    dialog.showErrorBox(`${APP_NAME} could not start`, error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}
