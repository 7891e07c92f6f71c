/**
 * A stub of the Electron APIs the shell uses. vitest aliases `electron` here (the binary can't
 * run on CI). Each object records what the code under test did with it, so tests can check
 * window options, guards, IPC handlers, the preload's bridge and the menu. Call resetStub()
 * between tests.
 */
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- handlers of any Electron signature
type Listener = (...args: any[]) => unknown;

/** An Electron-style event whose default can be prevented. */
export function stubEvent<T extends object>(extra: T = {} as T): T & { defaultPrevented: boolean; preventDefault(): void } {
  const event = {
    ...extra,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

// ---------- app ----------
class StubApp extends EventEmitter {
  name = 'Capacity Planner';
  isPackaged = false;
  singleInstance = true;
  quitCalls = 0;
  exitCodes: number[] = [];
  paths = new Map<string, string>();
  appPath = process.cwd();
  version = '0.1.0-test';

  getPath(name: string): string {
    let path = this.paths.get(name);
    if (!path) {
      path = mkdtempSync(join(tmpdir(), `cp-stub-${name}-`));
      this.paths.set(name, path);
    }
    return path;
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  getAppPath(): string {
    return this.appPath;
  }
  getVersion(): string {
    return this.version;
  }
  getName(): string {
    return this.name;
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstance;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  isReady(): boolean {
    return true;
  }
  quit(): void {
    this.quitCalls += 1;
    this.emit('will-quit', stubEvent());
  }
  exit(code = 0): void {
    this.exitCodes.push(code);
  }
}

// ---------- web contents, frames, sessions ----------
export class StubWebFrameMain {
  parent: StubWebFrameMain | null = null;
  constructor(public url: string) {}
}

export class StubWebContents extends EventEmitter {
  static nextId = 1;
  id = StubWebContents.nextId++;
  mainFrame = new StubWebFrameMain('about:blank');
  sent: { channel: string; args: unknown[] }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  destroyed = false;
  reloads = 0;
  constructor(public session: StubSession) {
    super();
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  reload(): void {
    this.reloads += 1;
  }
  getURL(): string {
    return this.mainFrame.url;
  }
  /** Emits `name` with a preventable event and returns whether it was prevented. */
  fire(name: string, extra: object = {}, ...args: unknown[]): boolean {
    const event = stubEvent(extra);
    this.emit(name, event, ...args);
    return event.defaultPrevented;
  }
}

export class StubSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  webRequest = {
    beforeRequest: null as Listener | null,
    headersReceived: null as Listener | null,
    onBeforeRequest: (listener: Listener) => {
      this.webRequest.beforeRequest = listener;
    },
    onHeadersReceived: (listener: Listener) => {
      this.webRequest.headersReceived = listener;
    },
  };
  setPermissionRequestHandler(handler: Listener | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener | null): void {
    this.permissionCheckHandler = handler;
  }
}

// ---------- windows ----------
export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.instances.filter((w) => !w.destroyed);
  }
  static getFocusedWindow(): BrowserWindow | null {
    return BrowserWindow.getAllWindows().find((w) => w.focused) ?? null;
  }

  webContents: StubWebContents;
  loaded: { kind: 'file' | 'url'; target: string } | null = null;
  bounds: { x: number; y: number; width: number; height: number };
  maximized = false;
  minimized = false;
  visible = false;
  focused = false;
  destroyed = false;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any option back
  constructor(public options: Record<string, any> = {}) {
    super();
    const ses = (options.webPreferences?.session as StubSession | undefined) ?? session.defaultSession;
    this.webContents = new StubWebContents(ses);
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    this.visible = options.show !== false;
    BrowserWindow.instances.push(this);
  }
  async loadFile(path: string): Promise<void> {
    this.loaded = { kind: 'file', target: path };
    this.webContents.mainFrame.url = new URL(`file://${path}`).href;
  }
  async loadURL(url: string): Promise<void> {
    this.loaded = { kind: 'url', target: url };
    this.webContents.mainFrame.url = url;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  minimize(): void {
    this.minimized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds() {
    return { ...this.bounds };
  }
  getBounds() {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<{ x: number; y: number; width: number; height: number }>): void {
    this.bounds = { ...this.bounds, ...bounds };
    this.emit('resize');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    const event = stubEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
    if (BrowserWindow.getAllWindows().length === 0) app.emit('window-all-closed');
  }
}

// ---------- IPC ----------
type InvokeHandler = Listener;

class StubIpcMain extends EventEmitter {
  handlers = new Map<string, InvokeHandler>();
  handle(channel: string, handler: InvokeHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What ipcRenderer.invoke would do: run the handler with a fake event from `sender`. */
  async invokeFrom(sender: { webContents: StubWebContents; frame: StubWebFrameMain | null }, channel: string, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ sender: sender.webContents, senderFrame: sender.frame, processId: 1, frameId: 1 }, ...args);
  }
}

const echo = (channel: string, input: unknown) => ({ ok: true, value: { channel, input } });

class StubIpcRenderer extends EventEmitter {
  invoked: { channel: string; args: unknown[] }[] = [];
  /** Replace to answer invoke() calls; by default it echoes. */
  responder: (channel: string, ...args: unknown[]) => unknown = echo;
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return this.responder(channel, ...args);
  }
  send(): void {
    throw new Error('The preload must not use ipcRenderer.send');
  }
  sendSync(): unknown {
    throw new Error('The preload must not use ipcRenderer.sendSync');
  }
}

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, value: unknown): void {
    if (contextBridge.exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property on the window object: ${key}`);
    contextBridge.exposed.set(key, value);
  },
};

// ---------- menus ----------
export interface StubMenuItem {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  visible?: boolean;
  click?: (...args: unknown[]) => void;
  submenu?: StubMenu;
}

export class Menu {
  static application: Menu | null = null;
  items: StubMenuItem[] = [];
  static buildFromTemplate(template: Record<string, unknown>[]): Menu {
    const menu = new Menu();
    menu.items = template.map((item) => {
      const { submenu, ...rest } = item;
      if (!item.label && !item.role && item.type !== 'separator') throw new Error('A menu item needs a label, a role or type separator');
      return { ...rest, ...(submenu ? { submenu: Array.isArray(submenu) ? Menu.buildFromTemplate(submenu) : submenu } : {}) } as StubMenuItem;
    });
    return menu;
  }
  static setApplicationMenu(menu: Menu | null): void {
    Menu.application = menu;
  }
  static getApplicationMenu(): Menu | null {
    return Menu.application;
  }
}
type StubMenu = Menu;

// ---------- the rest ----------
export const shell = {
  opened: [] as string[],
  shown: [] as string[],
  async openExternal(url: string): Promise<void> {
    shell.opened.push(url);
  },
  showItemInFolder(path: string): void {
    shell.shown.push(path);
  },
  async openPath(path: string): Promise<string> {
    shell.opened.push(path);
    return '';
  },
};

export const dialog = {
  errors: [] as { title: string; content: string }[],
  showErrorBox(title: string, content: string): void {
    dialog.errors.push({ title, content });
  },
};

const defaultDisplays = () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }];

export const screen = {
  displays: defaultDisplays(),
  getAllDisplays() {
    return screen.displays;
  },
  getPrimaryDisplay() {
    return screen.displays[0];
  },
};

export const app = new StubApp();
export const ipcMain = new StubIpcMain();
export const ipcRenderer = new StubIpcRenderer();
export const session = { defaultSession: new StubSession(), fromPartition: () => new StubSession() };

/** Forget everything recorded; a fresh app, session and IPC registry. */
export function resetStub(): void {
  app.removeAllListeners();
  Object.assign(app, { isPackaged: false, singleInstance: true, quitCalls: 0, exitCodes: [], paths: new Map(), appPath: process.cwd(), version: '0.1.0-test' });
  BrowserWindow.instances = [];
  ipcMain.removeAllListeners();
  ipcMain.handlers.clear();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoked = [];
  ipcRenderer.responder = echo;
  contextBridge.exposed.clear();
  Menu.application = null;
  shell.opened = [];
  shell.shown = [];
  dialog.errors = [];
  screen.displays = defaultDisplays();
  session.defaultSession = new StubSession();
}

const electron = { app, BrowserWindow, ipcMain, ipcRenderer, contextBridge, Menu, shell, dialog, screen, session };
export default electron;
