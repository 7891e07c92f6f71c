import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../renderer/store';
import { isSidebarCollapsed, SIDEBAR_AUTO_WIDTH } from '../../renderer/store/layoutSlice';

// The window's layout as the user left it: the sidebar's icons-only choice and the Schedule's
// demand panel, kept on this computer across restarts (a new store reads them back).

const KEY = 'capacity-planner.layout';
afterEach(() => window.localStorage.clear());

describe('layout preferences', () => {
  it('folds the sidebar to icons below the width, unless the user chose', () => {
    expect(isSidebarCollapsed('auto', 1024)).toBe(true);
    expect(isSidebarCollapsed('auto', SIDEBAR_AUTO_WIDTH - 1)).toBe(true);
    expect(isSidebarCollapsed('auto', SIDEBAR_AUTO_WIDTH)).toBe(false);
    expect(isSidebarCollapsed('expanded', 1024)).toBe(false);
    expect(isSidebarCollapsed('collapsed', 1920)).toBe(true);
  });

  it('remembers the sidebar and the demand panel in a new window', () => {
    const first = createAppStore();
    expect(first.getState().layout).toEqual({ sidebar: 'auto', scheduleDemandOpen: true });
    first.getState().setSidebarCollapsed(false);
    first.getState().setScheduleDemandOpen(false);
    const second = createAppStore();
    expect(second.getState().layout).toEqual({ sidebar: 'expanded', scheduleDemandOpen: false });
    second.getState().setSidebarCollapsed(true);
    expect(createAppStore().getState().layout.sidebar).toBe('collapsed');
  });

  it('starts from the defaults when what was kept is damaged', () => {
    window.localStorage.setItem(KEY, '{not json');
    expect(createAppStore().getState().layout).toEqual({ sidebar: 'auto', scheduleDemandOpen: true });
    window.localStorage.setItem(KEY, JSON.stringify({ sidebar: 'sideways', scheduleDemandOpen: 'no' }));
    expect(createAppStore().getState().layout).toEqual({ sidebar: 'auto', scheduleDemandOpen: true });
  });
});
