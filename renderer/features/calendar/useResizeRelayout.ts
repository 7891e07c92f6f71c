import { useEffect, type RefObject } from 'react';
import type FullCalendar from '@fullcalendar/react';

/**
 * FullCalendar measures itself on window resizes only; the filter bar wrapping or a notice
 * appearing changes its box too. Re-measure whenever the box changes.
 */
export function useResizeRelayout(box: RefObject<HTMLElement | null>, calendar: RefObject<FullCalendar | null>): void {
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => calendar.current?.getApi().updateSize());
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [box, calendar]);
}
