import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames, type AppEvent, type PreloadApi } from '@shared/contract';
import type * as Stub from '../stub/electron';

let stub: typeof Stub;

/** Runs the preload fresh, as a sandboxed renderer would, and returns what it exposed. */
async function loadPreload(): Promise<PreloadApi> {
  await import('../../../electron/preload');
  return stub.contextBridge.exposed.get('api') as PreloadApi;
}

describe('preload', () => {
  // A fresh module graph per test, so the preload runs again against a fresh stub.
  beforeEach(async () => {
    vi.resetModules();
    stub = await import('../stub/electron');
  });

  it('exposes window.api with only invoke and onEvent, never ipcRenderer', async () => {
    const api = await loadPreload();
    expect([...stub.contextBridge.exposed.keys()]).toEqual(['api']);
    expect(Object.keys(api).sort()).toEqual(['invoke', 'onEvent']);
    for (const value of Object.values(api)) expect(value).not.toBe(stub.ipcRenderer);
  });

  it('forwards every contract channel, unchanged, to ipcRenderer.invoke', async () => {
    const api = await loadPreload();
    for (const channel of channelNames) await api.invoke(channel, { probe: channel });
    expect(stub.ipcRenderer.invoked.map((c) => c.channel)).toEqual(channelNames);
    expect(stub.ipcRenderer.invoked.every((c) => (c.args[0] as { probe: string }).probe === c.channel)).toBe(true);
  });

  it('returns the main process envelope as is', async () => {
    stub.ipcRenderer.responder = () => ({ ok: false, error: { code: 'not_found', message: 'Gone' } });
    const api = await loadPreload();
    expect(await api.invoke('app:info', undefined)).toEqual({ ok: false, error: { code: 'not_found', message: 'Gone' } });
  });

  it.each(['app:event', 'electron-store-get-data', 'constructor', '__proto__', 'toString', ''])('refuses %j without sending anything', async (name) => {
    const api = await loadPreload();
    const result = await api.invoke(name as never, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(stub.ipcRenderer.invoked).toEqual([]);
  });

  it('refuses a name that is not a string', async () => {
    const api = await loadPreload();
    expect(await api.invoke({ toString: () => 'app:info' } as never, {})).toMatchObject({ ok: false });
    expect(stub.ipcRenderer.invoked).toEqual([]);
  });

  it('turns a failed send (e.g. an input that cannot be cloned) into an error envelope', async () => {
    stub.ipcRenderer.responder = () => {
      throw new Error('An object could not be cloned.');
    };
    const api = await loadPreload();
    expect(await api.invoke('app:info', undefined)).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('delivers app events without the IPC event, and unsubscribes', async () => {
    const api = await loadPreload();
    const seen: unknown[][] = [];
    const off = api.onEvent((...args) => seen.push(args));
    const event: AppEvent = { type: 'menu', command: 'redo' };
    stub.ipcRenderer.emit('app:event', { sender: stub.ipcRenderer }, event);
    stub.ipcRenderer.emit('other', { sender: stub.ipcRenderer }, { type: 'workspace-changed' });
    expect(seen).toEqual([[event]]);
    off();
    stub.ipcRenderer.emit('app:event', { sender: stub.ipcRenderer }, event);
    expect(seen).toHaveLength(1);
    expect(stub.ipcRenderer.listenerCount('app:event')).toBe(0);
  });
});
