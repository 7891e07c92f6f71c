import { NAME_W } from './geometry';

/** Keeps a label at least this wide inside its bar when pushed along. */
const MIN_LABEL = 48;

/**
 * Keeps the labels of bars that start left of the view at the view's left edge (right of the names).
 * Only bars that may cross the edge have `.pin` labels, so this touches a handful of elements; a
 * translate repaints them, where CSS sticky would make each one a composited layer. `scrollLeft` is
 * the one the scroll handler read: reading it here after a render would force a layout.
 */
export function pinLabels(scroller: HTMLElement, scrollLeft: number): void {
  const edge = scrollLeft + NAME_W;
  for (const label of scroller.querySelectorAll<HTMLElement>('.sch-bar-label.pin')) {
    const bar = label.parentElement as HTMLElement;
    const shift = Math.max(0, Math.min(edge - Number(bar.dataset.left), Number(bar.dataset.width) - MIN_LABEL));
    const transform = shift > 0 ? `translateX(${shift}px)` : '';
    if (label.style.transform !== transform) label.style.transform = transform;
  }
  // A bar whose start came into view lost its .pin: put its label back.
  for (const label of scroller.querySelectorAll<HTMLElement>('.sch-bar-label[style]:not(.pin)')) label.removeAttribute('style');
}
