import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channelNames, type AppEvent, type PreloadApi } from '@shared/contract';
import type { Envelope } from '@shared/errors';

// The only file that touches ipcRenderer. It exposes two functions, never ipcRenderer itself.
// Kept in sync with APP_EVENT_CHANNEL in ipc.ts (the preload bundle must not pull in main-process code).
const APP_EVENT_CHANNEL = 'app:event';
const allowed: ReadonlySet<string> = new Set(channelNames);

const failure = (code: 'invalid_input' | 'internal', message: string): Envelope<unknown> => ({ ok: false, error: { code, message } });

export const api: PreloadApi = {
  async invoke(channel, input) {
    if (typeof channel !== 'string' || !allowed.has(channel)) {
      return failure('invalid_input', `Unknown action “${String(channel).slice(0, 80)}”.`);
    }
    try {
      return (await ipcRenderer.invoke(channel, input)) as Envelope<unknown>;
    } catch {
      // e.g. an input that can't be cloned across the boundary
      return failure('internal', 'The action could not be sent to the workspace. Nothing was changed.');
    }
  },
  onEvent(listener: (event: AppEvent) => void) {
    // The IPC event (and its sender) stays on this side of the bridge.
    const wrapped = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(APP_EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(APP_EVENT_CHANNEL, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
