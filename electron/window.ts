import { BrowserWindow, screen, session as electronSession, type BrowserWindowConstructorOptions, type Session, type WebContents } from 'electron';
import { isRendererUrl, type AppPaths, type RendererTarget } from './paths';
import { MIN_WINDOW, fitToDisplays, type Settings, type WindowState } from './settings';

/**
 * The renderer's Content-Security-Policy. FullCalendar injects styles at runtime and ships its
 * icon font as a data: URI, hence the two relaxations; nothing else is loaded from anywhere but
 * the app itself. renderer/index.html carries the same policy in a <meta> tag, because
 * webRequest headers are not applied to file:// pages.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * In development only: Vite's dev server needs its websocket for hot reload and an inline
 * React-refresh preamble. Never used by a packaged app (see rendererTarget).
 */
export function devCsp(devUrl: string): string {
  const origin = new URL(devUrl);
  const ws = `ws://${origin.host}`;
  return CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'").replace("connect-src 'self'", `connect-src 'self' ${ws}`);
}

export function cspFor(target: RendererTarget): string {
  return target.kind === 'dev' ? devCsp(target.url) : CSP;
}

export function windowOptions(paths: AppPaths, state: WindowState): BrowserWindowConstructorOptions {
  return {
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    title: 'Capacity Planner',
    backgroundColor: '#f8fafc',
    show: false,
    webPreferences: {
      preload: paths.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

/** Schemes the renderer may load from: the app's own files, inline data, and (in dev only) the dev server. */
export function isAllowedRequest(url: string, target: RendererTarget): boolean {
  if (/^(file|data|blob|devtools|chrome-extension):/i.test(url)) return true;
  if (target.kind !== 'dev') return false;
  try {
    const { host } = new URL(url);
    return host === new URL(target.url).host;
  } catch {
    return false;
  }
}

/**
 * Locks the window down: no navigation away from the app, no new windows, no webviews, no
 * permissions, no requests to anywhere but the app, and the CSP on every response.
 */
export function installGuards(contents: WebContents, ses: Session, target: RendererTarget): void {
  const csp = cspFor(target);
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    console.warn('[capacity-planner] blocked navigation to', String(url).slice(0, 200));
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isRendererUrl(event.url, target)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // The app is offline and has no external links: a new window is never what the user wants.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url, target) }));
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
}

export function loadRenderer(window: BrowserWindow, target: RendererTarget): Promise<void> {
  return target.kind === 'dev' ? window.loadURL(target.url) : window.loadFile(target.path);
}

/** Remembers size, position and maximised state: on close, and shortly after any move or resize. */
export function trackWindowState(window: BrowserWindow, settings: Settings): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (window.isDestroyed()) return;
    const bounds = window.getNormalBounds();
    settings.saveWindowState({ ...bounds, maximized: window.isMaximized() });
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', later);
  window.on('move', later);
  window.on('close', () => {
    clearTimeout(timer);
    save();
  });
}

export interface MainWindowDeps {
  paths: AppPaths;
  target: RendererTarget;
  settings: Settings;
  ses?: Session;
}

export function createMainWindow({ paths, target, settings, ses = electronSession.defaultSession }: MainWindowDeps): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const state = fitToDisplays(settings.windowState(), workAreas);
  const window = new BrowserWindow(windowOptions(paths, state));
  installGuards(window.webContents, ses, target);
  trackWindowState(window, settings);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  void loadRenderer(window, target).catch((error: unknown) => console.error('[capacity-planner] could not load the renderer', error));
  return window;
}
