// FullCalendar's markup, made to pass axe-core (WCAG 2 A/AA) where its options can't.
import type { MoreLinkMountArg } from '@fullcalendar/core';

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
