import { useEffect } from 'react';
import { useStore } from '../../store';
import type { GridWindow } from './geometry';
import type { GridRow, Zoom } from './types';

/** Fetches the window's data once scrolling settles for a moment. */
export function useWindowFetch(win: GridWindow, rows: GridRow[], zoom: Zoom): void {
  const ensureWindow = useStore((s) => s.ensureScheduleWindow);
  useEffect(() => {
    if (win.dayEnd < win.dayStart) return;
    const timer = window.setTimeout(() => {
      const ids: number[] = [];
      // Rows a few chunks beyond the window too, so vertical scrolling fetches less often.
      for (let r = Math.max(0, win.rowStart - 16); r < Math.min(win.rowEnd + 24, rows.length); r++) {
        const row = rows[r];
        if (row.type === 'person') ids.push(row.person.id);
      }
      if (ids.length) ensureWindow(ids, win.dayStart, win.dayEnd, zoom);
    }, 40);
    return () => window.clearTimeout(timer);
  }, [win, rows, zoom, ensureWindow]);
}
