import { ipcMain as electronIpcMain, type BrowserWindow, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import { channelNames, type AppEvent, type Handlers } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import { dispatch } from './dispatch';
import { isRendererUrl, type RendererTarget } from './paths';

/** The one channel the main process pushes on; the preload listens to it and nothing else. */
export const APP_EVENT_CHANNEL = 'app:event';

export interface IpcBinding {
  handlers: Handlers;
  /** The window whose top frame may call; read at call time, since the window is created later. */
  mainWindow: () => BrowserWindow | null;
  target: RendererTarget;
  ipcMain?: IpcMain;
}

const REJECTED: Envelope<never> = {
  ok: false,
  error: { code: 'invalid_input', message: 'This request did not come from the Capacity Planner window, so it was refused.' },
};

/** Only the main window's top frame, showing the app's own page, may call a handler. */
export function isTrustedSender(event: IpcMainInvokeEvent, window: BrowserWindow | null, target: RendererTarget): boolean {
  const frame = event.senderFrame;
  if (!frame || !window || window.isDestroyed()) return false;
  if (event.sender !== window.webContents) return false;
  if (frame !== window.webContents.mainFrame || frame.parent !== null) return false;
  return isRendererUrl(frame.url, target);
}

/** Registers one ipcMain.handle per contract channel. Returns a function that removes them. */
export function bindIpc({ handlers, mainWindow, target, ipcMain = electronIpcMain }: IpcBinding): () => void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, input: unknown) => {
      if (!isTrustedSender(event, mainWindow(), target)) {
        console.warn(`[capacity-planner] refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
        return REJECTED;
      }
      return dispatch(handlers, channel, input);
    });
  }
  return () => {
    for (const channel of channelNames) ipcMain.removeHandler(channel);
  };
}

/** Sends an AppEvent to the renderer (menu commands, workspace changes). A closed window is skipped. */
export function pushEvent(window: BrowserWindow | null, event: AppEvent): void {
  if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
  window.webContents.send(APP_EVENT_CHANNEL, event);
}
