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
 * Whether a toolbar should fold its less-used controls away (into a "More" button): true when, shown
 * in full, they would not fit on one row. The full row's width is measured while unfolded, so the
 * bar unfolds again once the window is wide enough for it.
 */
export function useFold(ref: RefObject<HTMLElement | null>): boolean {
  const [fold, setFold] = useState(false);
  const need = useRef(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => {
      if (!fold) need.current = oneRowWidth(el);
      setFold(el.clientWidth + 0.5 < need.current);
    };
    check();
    const observer = new ResizeObserver(check);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, fold]);
  return fold;
}
