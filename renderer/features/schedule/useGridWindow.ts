import { startTransition, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { AXIS_GROW, DAY_W, HEADER_H, NAME_W, sameWindow, windowFor, type GridWindow } from './geometry';
import { getSchedule, setSchedule, useSchedule } from './state';

const EMPTY: GridWindow = { rowStart: 0, rowEnd: 0, dayStart: 0, dayEnd: -1 };

/**
 * The rows and days to render for the grid's scroll position, in chunks, and the time axis that
 * grows when the user scrolls near either end. The viewport's size is kept from a ResizeObserver,
 * so a scroll event reads only the scroll offsets (no forced layout).
 */
export function useGridWindow(rowCount: number) {
  const axisStart = useSchedule((s) => s.axisStart);
  const axisEnd = useSchedule((s) => s.axisEnd);
  const zoom = useSchedule((s) => s.zoom);
  const jump = useSchedule((s) => s.jump);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [win, setWin] = useState<GridWindow>(EMPTY);
  const winRef = useRef(win);
  const shiftRef = useRef(0);
  const leftDay = useRef<number | null>(null);
  const size = useRef({ w: 0, h: 0 });
  /** The scroll offset the last update read (so others needn't read it, and force a layout). */
  const scrollLeft = useRef(0);
  const rowsRef = useRef(rowCount);
  rowsRef.current = rowCount;

  const update = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    if (size.current.w === 0) size.current = { w: el.clientWidth, h: el.clientHeight };
    const { w: width, h: height } = size.current;
    const s = getSchedule();
    const dw = DAY_W[s.zoom];
    const days = s.axisEnd - s.axisStart + 1;
    const left = el.scrollLeft;
    scrollLeft.current = left;
    leftDay.current = s.axisStart + left / dw;
    const w = windowFor(el.scrollTop, left, width, height - HEADER_H, rowsRef.current, s.axisStart, days, s.zoom);
    if (!sameWindow(w, winRef.current)) {
      winRef.current = w;
      // Interruptible: the browser keeps painting scroll frames while the new rows render (the
      // chunk of overscan either side covers the gap meanwhile).
      startTransition(() => setWin(w));
    }
    if (shiftRef.current !== 0) return;
    const margin = Math.max(1500, width * 1.5);
    if (left < margin) {
      const grow = AXIS_GROW[s.zoom];
      shiftRef.current = grow * dw;
      setSchedule({ axisStart: s.axisStart - grow });
    } else if (left + width > NAME_W + days * dw - margin) {
      setSchedule({ axisEnd: s.axisEnd + AXIS_GROW[s.zoom] });
    }
  }, []);

  // Today / Go to date (declared first: on mount it places the view before the axis effect runs).
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || !jump) return;
    const s = getSchedule();
    if (jump.day < s.axisStart + 30 || jump.day > s.axisEnd - 60) {
      leftDay.current = jump.day - 3;
      setSchedule({ axisStart: jump.day - 120, axisEnd: Math.max(jump.day + 240, jump.day + Math.ceil((el.clientWidth * 3) / DAY_W[s.zoom])) });
      return;
    }
    const lead = s.zoom === 'day' ? 3 : s.zoom === 'week' ? 14 : 60;
    el.scrollLeft = Math.max(0, (jump.day - lead - s.axisStart) * DAY_W[s.zoom]);
    leftDay.current = s.axisStart + el.scrollLeft / DAY_W[s.zoom];
    update();
  }, [jump, update]);

  // Keep the same dates on screen when the axis grows to the left or the zoom changes.
  const dayW = DAY_W[zoom];
  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    if (shiftRef.current) {
      el.scrollLeft += shiftRef.current;
      shiftRef.current = 0;
    } else if (leftDay.current !== null) {
      el.scrollLeft = (leftDay.current - axisStart) * dayW;
    }
    update();
  }, [axisStart, dayW, update]);

  useLayoutEffect(() => update(), [rowCount, axisEnd, update]);

  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => {
      size.current = { w: el.clientWidth, h: el.clientHeight };
      update();
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [update]);

  return { scrollRef, win, update, scrollLeft };
}
