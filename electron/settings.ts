import Store from 'electron-store';

/** The window's last normal (not maximised) bounds and whether it was maximised. */
export interface WindowState {
  width: number;
  height: number;
  x?: number;
  y?: number;
  maximized: boolean;
}

export interface Preferences {
  window: WindowState;
  lastView: string;
  theme: 'system' | 'light' | 'dark';
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW: WindowState = { width: 1440, height: 900, maximized: false };
export const MIN_WINDOW = { width: 960, height: 600 } as const;

const DEFAULTS: Preferences = { window: DEFAULT_WINDOW, lastView: 'people', theme: 'system' };

export interface Settings {
  windowState(): WindowState;
  saveWindowState(state: WindowState): void;
  get<K extends keyof Preferences>(key: K): Preferences[K];
  set<K extends keyof Preferences>(key: K, value: Preferences[K]): void;
  readonly path: string;
}

/** Preferences in electron-store (JSON in userData, or in `cwd` when given — tests must give an absolute one). */
export function createSettings(options: { cwd?: string } = {}): Settings {
  const store = new Store<Preferences>({ name: 'preferences', defaults: DEFAULTS, clearInvalidConfig: true, ...(options.cwd ? { cwd: options.cwd } : {}) });
  return {
    windowState: () => sanitizeWindowState(store.get('window')),
    saveWindowState: (state) => store.set('window', sanitizeWindowState(state)),
    get: (key) => store.get(key),
    set: (key, value) => store.set({ [key]: value } as Partial<Preferences>),
    get path() {
      return store.path;
    },
  };
}

const isNumber = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** A hand-edited or damaged file must not give a zero-sized or NaN window. */
export function sanitizeWindowState(raw: unknown): WindowState {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof WindowState, unknown>>;
  const size = (v: unknown, min: number, fallback: number) => (isNumber(v) ? Math.max(min, Math.min(Math.round(v), 10_000)) : fallback);
  const state: WindowState = {
    width: size(s.width, MIN_WINDOW.width, DEFAULT_WINDOW.width),
    height: size(s.height, MIN_WINDOW.height, DEFAULT_WINDOW.height),
    maximized: s.maximized === true,
  };
  if (isNumber(s.x) && isNumber(s.y)) {
    state.x = Math.round(s.x);
    state.y = Math.round(s.y);
  }
  return state;
}

/**
 * Drops a remembered position that no longer falls on any display (e.g. a monitor was unplugged),
 * and shrinks the size to fit the display it lands on, so the window is never opened off-screen.
 */
export function fitToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  if (workAreas.length === 0) return state;
  const { x, y } = state;
  const home =
    x !== undefined && y !== undefined
      ? workAreas.find((a) => x + 100 > a.x && x < a.x + a.width - 100 && y >= a.y && y < a.y + a.height - 50)
      : undefined;
  const area = home ?? workAreas[0];
  const fitted: WindowState = { width: Math.min(state.width, area.width), height: Math.min(state.height, area.height), maximized: state.maximized };
  if (home) {
    fitted.x = x;
    fitted.y = y;
  }
  return fitted;
}
