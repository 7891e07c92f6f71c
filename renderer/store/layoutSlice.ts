// How the window is laid out, as the user left it: the sidebar (icons only, or with names) and the
// Schedule's open-demand panel. Remembered on this computer (localStorage), not in the workspace.

import type { Slice } from './types';

/** 'auto': icons only in a narrow window (below SIDEBAR_AUTO_WIDTH), names otherwise. */
export type SidebarMode = 'auto' | 'expanded' | 'collapsed';
/** Below this window width the sidebar shows icons only, unless the user chose otherwise. */
export const SIDEBAR_AUTO_WIDTH = 1200;

export interface LayoutPrefs {
  sidebar: SidebarMode;
  scheduleDemandOpen: boolean;
}

const KEY = 'capacity-planner.layout';
const DEFAULTS: LayoutPrefs = { sidebar: 'auto', scheduleDemandOpen: true };

function readPrefs(): LayoutPrefs {
  try {
    const raw = JSON.parse(window.localStorage.getItem(KEY) ?? '{}') as Partial<LayoutPrefs>;
    return {
      sidebar: raw.sidebar === 'expanded' || raw.sidebar === 'collapsed' ? raw.sidebar : DEFAULTS.sidebar,
      scheduleDemandOpen: typeof raw.scheduleDemandOpen === 'boolean' ? raw.scheduleDemandOpen : DEFAULTS.scheduleDemandOpen,
    };
  } catch {
    return DEFAULTS;
  }
}

function writePrefs(prefs: LayoutPrefs): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(prefs));
  } catch {
    // A window without storage still works; it just forgets.
  }
}

/** Whether the sidebar shows icons only, for a window this wide. */
export const isSidebarCollapsed = (mode: SidebarMode, windowWidth: number) => (mode === 'auto' ? windowWidth < SIDEBAR_AUTO_WIDTH : mode === 'collapsed');

export interface LayoutSlice {
  layout: LayoutPrefs;
  /** Sets the sidebar to icons only (true) or with names (false), remembered. */
  setSidebarCollapsed(collapsed: boolean): void;
  setScheduleDemandOpen(open: boolean): void;
}

export const createLayoutSlice: Slice<LayoutSlice> = (set, get) => {
  const save = (patch: Partial<LayoutPrefs>) => {
    const layout = { ...get().layout, ...patch };
    writePrefs(layout);
    set({ layout });
  };
  return {
    layout: readPrefs(),
    setSidebarCollapsed: (collapsed) => save({ sidebar: collapsed ? 'collapsed' : 'expanded' }),
    setScheduleDemandOpen: (open) => save({ scheduleDemandOpen: open }),
  };
};
