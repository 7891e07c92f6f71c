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

function ref(group: HTMLElement | null): void {
  if (group) makeStop(group, initialStop(group));
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
