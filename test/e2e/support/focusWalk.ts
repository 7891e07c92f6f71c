import type { Page } from 'playwright-core';
import { changedPixels, decodePng } from './png';

/** A keyboard-reachable control as the walk met it. */
export interface FocusStop {
  /** Its role or tag and its name, e.g. `button "Today"`. */
  name: string;
  /** Pixels around it that the focus changes clearly (a channel moves by ≥ MIN_DELTA). */
  changed: number;
}

export interface FocusWalk {
  stops: FocusStop[];
  /** Tab presses made (a date field takes one per part). */
  presses: number;
}

/** Room around a control for a ring drawn outside it (2 px offset + 2 px ring, and some). */
const PAD = 6;
/** A focus ring has to change this many pixels clearly to count as visible. */
export const MIN_CHANGED = 12;
const MIN_DELTA = 40;

interface Active {
  id: number;
  name: string;
  box: { x: number; y: number; width: number; height: number };
}

/**
 * Puts the sequential focus starting point at the top of the document, as a freshly loaded page
 * has it: the next Tab goes to the first control.
 */
export async function focusFromTop(page: Page): Promise<void> {
  await page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    active?.blur();
    const b = document.body;
    b.tabIndex = -1;
    b.focus({ preventScroll: true });
    b.blur();
    b.removeAttribute('tabindex');
  });
}

/** The focused element: an id stable while it lives, what it is called, and where it is. */
export function activeElement(page: Page, within?: string): Promise<Active | null> {
  return page.evaluate((scope) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || (scope && !el.closest(scope))) return null;
    const w = window as unknown as { __kbIds?: WeakMap<Element, number>; __kbNext?: number };
    w.__kbIds ??= new WeakMap();
    if (!w.__kbIds.has(el)) w.__kbIds.set(el, (w.__kbNext = (w.__kbNext ?? 0) + 1));
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    const text = el.getAttribute('aria-label') || label || el.textContent || el.getAttribute('placeholder') || el.getAttribute('title') || '';
    const role = el.getAttribute('role') || el.tagName.toLowerCase();
    const r = el.getBoundingClientRect();
    return { id: w.__kbIds.get(el)!, name: `${role} "${text.trim().replace(/\s+/g, ' ').slice(0, 60)}"`, box: { x: r.x, y: r.y, width: r.width, height: r.height } };
  }, within);
}

/** The padded box, cut to the viewport; null when nothing of it is on screen. */
async function clipOf(page: Page, box: Active['box']) {
  const vp = page.viewportSize()!;
  const x = Math.max(0, Math.floor(box.x - PAD));
  const y = Math.max(0, Math.floor(box.y - PAD));
  const right = Math.min(vp.width, Math.ceil(box.x + box.width + PAD));
  const bottom = Math.min(vp.height, Math.ceil(box.y + box.height + PAD));
  return right - x >= 2 && bottom - y >= 2 ? { x, y, width: right - x, height: bottom - y } : null;
}

const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** Clearly changed pixels around the focused element: focused, then blurred. Blurring keeps Tab's place. */
export async function focusChange(page: Page, box: Active['box']): Promise<number> {
  const clip = await clipOf(page, box);
  await settle(page);
  const shot = () => (clip ? page.screenshot({ clip, animations: 'disabled', caret: 'hide' }) : Promise.resolve(null));
  const focused = await shot();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await settle(page);
  const blurred = await shot();
  return focused && blurred ? changedPixels(decodePng(focused), decodePng(blurred), MIN_DELTA) : 0;
}

/**
 * Presses Tab through the page from where focus is (at most `cap` times, stopping when focus leaves
 * the page, or the element `within` selects, or comes round again), and measures each control's
 * focus ring.
 */
export async function walkTabs(page: Page, cap: number, within?: string): Promise<FocusWalk> {
  const stops: FocusStop[] = [];
  const seen = new Set<number>();
  let presses = 0;
  while (presses < cap) {
    await page.keyboard.press('Tab');
    presses++;
    const active = await activeElement(page, within);
    if (!active || (stops.length > 0 && active.id === firstId(seen))) break;
    if (seen.has(active.id)) continue; // the next part of a date field
    seen.add(active.id);
    stops.push({ name: active.name, changed: await focusChange(page, active.box) });
  }
  return { stops, presses };
}

const firstId = (seen: Set<number>) => seen.values().next().value;

/** Tab presses from the top of the page until `isTarget` holds for the focused element (null past `cap`). */
export async function tabsUntil(page: Page, isTarget: (name: string) => boolean, cap: number): Promise<number | null> {
  await focusFromTop(page);
  for (let n = 1; n <= cap; n++) {
    await page.keyboard.press('Tab');
    const active = await activeElement(page);
    if (active && isTarget(active.name)) return n;
  }
  return null;
}
