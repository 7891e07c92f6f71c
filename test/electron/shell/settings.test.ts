import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW, MIN_WINDOW, createSettings, fitToDisplays, sanitizeWindowState } from '../../../electron/settings';
import { useTempDirs } from './helpers';

const tempDir = useTempDirs();

describe('settings', () => {
  it('starts from defaults and keeps what was set, in its cwd', () => {
    const cwd = tempDir();
    const settings = createSettings({ cwd });
    expect(settings.path.startsWith(cwd)).toBe(true);
    expect(settings.windowState()).toEqual(DEFAULT_WINDOW);
    expect(settings.get('theme')).toBe('system');
    settings.set('theme', 'dark');
    settings.set('lastView', 'calendar');
    const again = createSettings({ cwd });
    expect(again.get('theme')).toBe('dark');
    expect(again.get('lastView')).toBe('calendar');
  });

  it('survives a damaged preferences file', () => {
    const cwd = tempDir();
    const path = createSettings({ cwd }).path;
    writeFileSync(path, '{ not json');
    expect(createSettings({ cwd }).windowState()).toEqual(DEFAULT_WINDOW);
  });
});

describe('sanitizeWindowState', () => {
  it('replaces nonsense with defaults and clamps to the minimum size', () => {
    expect(sanitizeWindowState(null)).toEqual(DEFAULT_WINDOW);
    expect(sanitizeWindowState({ width: 'wide', height: Number.NaN, maximized: 'yes' })).toEqual(DEFAULT_WINDOW);
    expect(sanitizeWindowState({ width: 10, height: 10, maximized: true })).toEqual({ ...MIN_WINDOW, maximized: true });
    expect(sanitizeWindowState({ width: 1000.4, height: 700, x: 5.6 })).toEqual({ width: 1000, height: 700, maximized: false });
    expect(sanitizeWindowState({ width: 1000, height: 700, x: -5, y: 20 })).toEqual({ width: 1000, height: 700, x: -5, y: 20, maximized: false });
  });
});

describe('fitToDisplays', () => {
  const laptop = { x: 0, y: 0, width: 1440, height: 860 };
  const external = { x: 1440, y: 0, width: 2560, height: 1400 };

  it('keeps a position on a connected display', () => {
    const state = { width: 1600, height: 1000, x: 1600, y: 100, maximized: false };
    expect(fitToDisplays(state, [laptop, external])).toEqual(state);
  });

  it('drops a position on a display that is gone, and fits the size to the primary', () => {
    expect(fitToDisplays({ width: 1600, height: 1000, x: 1600, y: 100, maximized: true }, [laptop])).toEqual({ width: 1440, height: 860, maximized: true });
  });

  it('leaves the state alone when no display is known', () => {
    const state = { width: 1600, height: 1000, maximized: false };
    expect(fitToDisplays(state, [])).toBe(state);
  });
});
