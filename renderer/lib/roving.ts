import type React from 'react';

/*
 * A group of buttons (a segmented control, toggle chips, tabs, the sidebar) as ONE tab stop: Tab
 * enters the group on its chosen button (pressed, checked, selected or current, else the first;
 * later, the one last focused), and the arrow keys, Home and End move between its buttons.
 * Spread `{...ROVING}` on the group's element; the buttons need nothing. Only tabindex is
 * touched, which React leaves alone on these buttons.
 */

const buttonsOf = (group: Element) => [...group.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.disabled);

function makeStop(group: Element, stop: HTMLElement | undefined): void {
  for (const b of buttonsOf(group)) b.tabIndex = b === stop ? 0 : -1;
}

function initialStop(group: Element): HTMLElement | undefined {
  const buttons = buttonsOf(group);
  const chosen = (b: HTMLButtonElement) => ['aria-pressed', 'aria-checked', 'aria-selected'].some((a) => b.getAttribute(a) === 'true') || b.getAttribute('aria-current') === 'page';
  return buttons.find(chosen) ?? buttons[0];
}

/** Keeps one stop as buttons come and go (a new snapshot's cells, a group that grows). */
function ref(group: HTMLElement | null): (() => void) | undefined {
  if (!group) return undefined;
  const sync = () => makeStop(group, buttonsOf(group).find((b) => b.getAttribute('tabindex') === '0') ?? initialStop(group));
  sync();
  const observer = new MutationObserver(sync);
  observer.observe(group, { childList: true, subtree: true });
  return () => observer.disconnect();
}

function onFocus(e: React.FocusEvent<HTMLElement>): void {
  const target = e.target as HTMLElement;
  if (target instanceof HTMLButtonElement) makeStop(e.currentTarget, target);
}

const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

function onKeyDown(e: React.KeyboardEvent<HTMLElement>): void {
  const buttons = buttonsOf(e.currentTarget);
  const at = buttons.indexOf(e.target as HTMLButtonElement);
  if (at < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
  let next: number;
  if (e.key in STEP) next = (at + STEP[e.key] + buttons.length) % buttons.length;
  else if (e.key === 'Home') next = 0;
  else if (e.key === 'End') next = buttons.length - 1;
  else return;
  e.preventDefault();
  buttons[next].focus();
}

export const ROVING = { ref, onFocus, onKeyDown };

/**
 * ROVING for a group React doesn't render (a library's button group): call it once the group is in
 * the page. It returns what undoes it.
 */
export function roveGroup(group: HTMLElement): () => void {
  const stopSync = ref(group);
  const focus = (e: FocusEvent) => onFocus(e as unknown as React.FocusEvent<HTMLElement>);
  const key = (e: KeyboardEvent) => onKeyDown(e as unknown as React.KeyboardEvent<HTMLElement>);
  group.addEventListener('focusin', focus);
  group.addEventListener('keydown', key);
  return () => {
    stopSync?.();
    group.removeEventListener('focusin', focus);
    group.removeEventListener('keydown', key);
  };
}

/** In a table of buttons, ↑ and ↓ go to the same column of the row above or below. */
function onGridKeyDown(e: React.KeyboardEvent<HTMLElement>): void {
  const cell = e.target as HTMLButtonElement;
  const row = cell.closest('[role="row"]');
  if ((e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || !row || e.altKey || e.ctrlKey || e.metaKey) return onKeyDown(e);
  const rows = [...e.currentTarget.querySelectorAll('[role="row"]')].filter((r) => buttonsOf(r).length > 0);
  const column = buttonsOf(row).indexOf(cell);
  const next = rows[rows.indexOf(row) + (e.key === 'ArrowUp' ? -1 : 1)];
  e.preventDefault();
  if (next && column >= 0) buttonsOf(next)[Math.min(column, buttonsOf(next).length - 1)].focus();
}

/** ROVING for a table of buttons (rows with role="row"): ← → Home End along, ↑ ↓ across the rows. */
export const ROVING_GRID = { ref, onFocus, onKeyDown: onGridKeyDown };
