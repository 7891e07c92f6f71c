import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import { appPaths, rendererTarget } from '../../../electron/paths';
import { createSettings } from '../../../electron/settings';
import { CSP, createMainWindow, devCsp, installGuards, isAllowedRequest, windowOptions } from '../../../electron/window';
import { BrowserWindow, StubSession, StubWebContents, resetStub, screen } from '../stub/electron';
import { useTempDirs } from './helpers';

const tempDir = useTempDirs();
const paths = appPaths('/app');
const fileTarget = rendererTarget(paths, {}, true);
const devTarget = rendererTarget(paths, { ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false);

function guarded(target = fileTarget) {
  const ses = new StubSession();
  const contents = new StubWebContents(ses);
  installGuards(contents as unknown as WebContents, ses as unknown as Session, target);
  return { ses, contents };
}

const headers = (ses: StubSession, responseHeaders: Record<string, string[]>, url = 'file:///app/out/renderer/index.html') => {
  let result: { responseHeaders: Record<string, string[]> } | undefined;
  ses.webRequest.headersReceived?.({ url, responseHeaders }, (r: typeof result) => (result = r));
  return result?.responseHeaders ?? {};
};

describe('windowOptions', () => {
  it('uses the secure defaults and the CommonJS preload', () => {
    const options = windowOptions(paths, { width: 1200, height: 800, maximized: false });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(options).toMatchObject({ width: 1200, height: 800, show: false });
    expect(options).not.toHaveProperty('x');
  });

  it('places the window where it was', () => {
    expect(windowOptions(paths, { width: 1000, height: 700, x: 40, y: 50, maximized: false })).toMatchObject({ x: 40, y: 50 });
  });
});

describe('CSP', () => {
  const directives = Object.fromEntries(CSP.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

  it('allows only the app itself, with the relaxations FullCalendar needs', () => {
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'font-src': "'self' data:",
      'img-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(CSP).not.toMatch(/unsafe-eval|\*|https?:/);
  });

  it('relaxes scripts and the websocket only for the dev server', () => {
    const dev = devCsp('http://localhost:5173/');
    expect(dev).toContain("script-src 'self' 'unsafe-inline'");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173");
    expect(dev).toContain("object-src 'none'");
  });
});

describe('installGuards', () => {
  it('prevents every navigation away from the page', () => {
    const { contents } = guarded();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(contents.fire('will-navigate', { url: 'https://evil.example/' }, 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', { url: 'file:///etc/passwd' }, 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-redirect', { url: 'https://evil.example/' })).toBe(true);
    expect(contents.fire('will-frame-navigate', { url: 'https://evil.example/' })).toBe(true);
    vi.restoreAllMocks();
  });

  it('denies new windows, webviews and every permission', () => {
    const { contents, ses } = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'file:///app/out/renderer/index.html' })).toEqual({ action: 'deny' });
    expect(contents.fire('will-attach-webview', {}, {}, { src: 'https://example.com' })).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const granted = vi.fn();
      ses.permissionRequestHandler?.(contents, permission, granted, {});
      expect(granted).toHaveBeenCalledExactlyOnceWith(false);
      expect(ses.permissionCheckHandler?.(contents, permission, 'file://', {})).toBe(false);
    }
  });

  it('sets the CSP on every response, replacing any other', () => {
    const { ses } = guarded();
    const result = headers(ses, { 'content-type': ['text/html'], 'content-security-policy': ["default-src *"] });
    expect(result).toEqual({ 'content-type': ['text/html'], 'Content-Security-Policy': [CSP] });
  });

  it('sets the dev CSP when loading from the dev server', () => {
    const { ses } = guarded(devTarget);
    expect(headers(ses, {}, 'http://localhost:5173/')['Content-Security-Policy']).toEqual([devCsp('http://localhost:5173/')]);
  });

  it('cancels requests to anywhere but the app', () => {
    const { ses } = guarded();
    const cancelled = (url: string) => {
      let cancel: boolean | undefined;
      ses.webRequest.beforeRequest?.({ url }, (r: { cancel: boolean }) => (cancel = r.cancel));
      return cancel;
    };
    expect(cancelled('file:///app/out/renderer/assets/index.js')).toBe(false);
    expect(cancelled('data:font/woff2;base64,AAAA')).toBe(false);
    expect(cancelled('https://fonts.example.com/x.woff')).toBe(true);
    expect(cancelled('http://localhost:5173/src/main.tsx')).toBe(true);
  });

  it('lets the dev server through only in development', () => {
    expect(isAllowedRequest('http://localhost:5173/@vite/client', devTarget)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', devTarget)).toBe(true);
    expect(isAllowedRequest('http://localhost:8080/', devTarget)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/', fileTarget)).toBe(false);
  });
});

describe('createMainWindow', () => {
  beforeEach(resetStub);
  afterEach(() => vi.useRealTimers());

  it('loads the built renderer from file, guarded, and shows it when ready', () => {
    const settings = createSettings({ cwd: tempDir() });
    const window = createMainWindow({ paths, target: fileTarget, settings }) as unknown as BrowserWindow;
    expect(window.loaded).toEqual({ kind: 'file', target: '/app/out/renderer/index.html' });
    expect(window.options.webPreferences.sandbox).toBe(true);
    expect(window.webContents.windowOpenHandler).not.toBeNull();
    expect(window.webContents.session.permissionCheckHandler).not.toBeNull();
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('loads the dev server URL in development', () => {
    const window = createMainWindow({ paths, target: devTarget, settings: createSettings({ cwd: tempDir() }) }) as unknown as BrowserWindow;
    expect(window.loaded).toEqual({ kind: 'url', target: 'http://localhost:5173/' });
  });

  it('remembers size, position and maximised state across launches', () => {
    const cwd = tempDir();
    const first = createMainWindow({ paths, target: fileTarget, settings: createSettings({ cwd }) }) as unknown as BrowserWindow;
    first.bounds = { x: 120, y: 80, width: 1300, height: 850 };
    first.maximized = true;
    first.close();

    const stored = JSON.parse(readFileSync(createSettings({ cwd }).path, 'utf8'));
    expect(stored.window).toEqual({ x: 120, y: 80, width: 1300, height: 850, maximized: true });

    const second = createMainWindow({ paths, target: fileTarget, settings: createSettings({ cwd }) }) as unknown as BrowserWindow;
    expect(second.options).toMatchObject({ x: 120, y: 80, width: 1300, height: 850 });
    second.emit('ready-to-show');
    expect(second.isMaximized()).toBe(true);
  });

  it('saves shortly after a move or resize, not on every event', () => {
    vi.useFakeTimers();
    const cwd = tempDir();
    const settings = createSettings({ cwd });
    const window = createMainWindow({ paths, target: fileTarget, settings }) as unknown as BrowserWindow;
    window.setBounds({ width: 1111 });
    window.setBounds({ width: 1222 });
    expect(settings.windowState().width).not.toBe(1222);
    vi.advanceTimersByTime(600);
    expect(settings.windowState().width).toBe(1222);
  });

  it('does not reopen on a display that is gone', () => {
    const cwd = tempDir();
    createSettings({ cwd }).saveWindowState({ x: 3000, y: 100, width: 1400, height: 900, maximized: false });
    screen.displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1280, height: 800 }, bounds: { x: 0, y: 0, width: 1280, height: 800 } }];
    const window = createMainWindow({ paths, target: fileTarget, settings: createSettings({ cwd }) }) as unknown as BrowserWindow;
    expect(window.options).not.toHaveProperty('x');
    expect(window.options).toMatchObject({ width: 1280, height: 800 });
  });
});
