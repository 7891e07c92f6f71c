import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** The width a bar's controls take on one row: its visible children, the gaps between them, its padding. */
function oneRowWidth(el: HTMLElement): number {
  const cs = getComputedStyle(el);
  const kids = Array.from(el.children).filter((k) => !k.classList.contains('spacer') && k.getBoundingClientRect().width > 0);
  const gap = parseFloat(cs.columnGap) || 0;
  const widths = kids.reduce((w, k) => w + k.getBoundingClientRect().width, 0);
  return widths + gap * Math.max(0, kids.length - 1) + (parseFloat(cs.paddingLeft) || 0) + (parseFloat(cs.paddingRight) || 0);
}

/**
 * How far a toolbar folds its controls away (0: not at all, up to `max`), so they keep one row: one
 * level more while the row would not fit. The width each level needs is measured while it shows, so
 * the bar unfolds again once the window is wide enough for the level before.
 */
export function useFoldLevel(ref: RefObject<HTMLElement | null>, max: number): number {
  const [level, setLevel] = useState(0);
  const need = useRef<number[]>([]);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => {
      need.current[level] = oneRowWidth(el);
      const width = el.clientWidth + 0.5;
      if (level < max && width < need.current[level]) setLevel(level + 1);
      else if (level > 0 && width >= need.current[level - 1]) setLevel(level - 1);
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, level, max]);
  return level;
}

/** Whether a toolbar folds its less-used controls away (into a "More" button) to keep one row. */
export const useFold = (ref: RefObject<HTMLElement | null>): boolean => useFoldLevel(ref, 1) > 0;
