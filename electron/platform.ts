// The app's Platform: native dialogs, printing through a hidden, locked-down window, and events
// pushed to the main window. Handlers receive it in their context and never import electron.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, dialog, shell } from 'electron';
import type { Platform, PrintOptions } from './handlers/context';
import { pushEvent } from './ipc';

const MM_PER_INCH = 25.4;

async function printToPdf(html: string, options: PrintOptions): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), 'capacity-planner-print-'));
  const file = join(dir, 'page.html');
  writeFileSync(file, html, 'utf8');
  const win = new BrowserWindow({
    show: false,
    webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: false, webSecurity: true, disableBlinkFeatures: 'Auxclick' },
  });
  // The page is our own static HTML: it may not navigate or open anything.
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  try {
    await win.loadURL(pathToFileURL(file).href);
    const m = options.marginsMm ?? { top: 10, bottom: 10, left: 10, right: 10 };
    const header = Boolean(options.headerTemplate || options.footerTemplate);
    const pdf = await win.webContents.printToPDF({
      landscape: options.landscape,
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: header,
      headerTemplate: options.headerTemplate ?? '<span></span>',
      footerTemplate: options.footerTemplate ?? '<span></span>',
      margins: { top: m.top / MM_PER_INCH, bottom: m.bottom / MM_PER_INCH, left: m.left / MM_PER_INCH, right: m.right / MM_PER_INCH },
    });
    return new Uint8Array(pdf);
  } finally {
    if (!win.isDestroyed()) win.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function electronPlatform(mainWindow: () => BrowserWindow | null): Platform {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const win = mainWindow();
      const options = { title, defaultPath: defaultName, filters, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseOpenPath({ title, filters }) {
      const win = mainWindow();
      const options = { title, filters: [...filters, { name: 'All files', extensions: ['*'] }], properties: ['openFile' as const] };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    printToPdf,
    showInFolder: (path) => shell.showItemInFolder(path),
    emit: (event) => pushEvent(mainWindow(), event),
  };
}
