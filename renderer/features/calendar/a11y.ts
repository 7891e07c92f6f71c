// FullCalendar's markup, made to pass axe-core (WCAG 2 A/AA) where its options can't.
import type { DayCellMountArg, MoreLinkMountArg } from '@fullcalendar/core';
import { roveGroup } from '../../lib/roving';

/** The "+N more" link is an <a> without href that opens a popover: a button, so aria-expanded is allowed. */
export function moreLinkMounted({ el }: MoreLinkMountArg): void {
  el.setAttribute('role', 'button');
}

/**
 * The prev/next chevrons are <span role="img"> without a name; the button's title ("Previous month")
 * names the button, so the glyph is hidden. Run after each render of the toolbar (datesSet).
 */
export function hideToolbarGlyphs(root: HTMLElement | null): void {
  for (const icon of root?.querySelectorAll('.fc-toolbar .fc-icon') ?? []) icon.setAttribute('aria-hidden', 'true');
}

/**
 * FullCalendar names each day cell by its day number alone, while the cell shows the day's bookings
 * and "+N more" too (WCAG 2.5.3, label in name): without the label, the cell's name is what it shows.
 */
export function dayCellMounted({ el }: DayCellMountArg): void {
  el.removeAttribute('aria-labelledby');
}

/**
 * The Month / Week / List / Year buttons are one tab stop, the arrow keys moving between them, like
 * every other button group in the app. FullCalendar renders them; run after each render (datesSet):
 * a group already done is left as it is.
 */
export function roveViewButtons(root: HTMLElement | null): void {
  for (const group of root?.querySelectorAll<HTMLElement>('.fc-toolbar .fc-button-group') ?? []) {
    if (group.dataset.roving || !group.querySelector('.fc-dayGridMonth-button')) continue;
    group.dataset.roving = 'true';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', 'View');
    roveGroup(group);
  }
}
