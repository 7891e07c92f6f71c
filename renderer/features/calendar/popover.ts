// FullCalendar keeps its "+N more" popover inside the window sideways and at the top, not at the
// bottom: a busy day in the last week ran off the window. Its list scrolls (calendar.css caps its
// height) and, once drawn, it is lifted so its bottom stays on screen.

const MARGIN = 10;

/** Lifts the open popover so it lies within the viewport; its list can be scrolled and focused. */
export function keepPopoverOnScreen(): void {
  requestAnimationFrame(() => {
    const popover = document.querySelector<HTMLElement>('.cp-calendar .fc-more-popover');
    if (!popover) return;
    const body = popover.querySelector<HTMLElement>('.fc-popover-body');
    if (body && body.scrollHeight > body.clientHeight) body.tabIndex = 0;
    const box = popover.getBoundingClientRect();
    const over = box.bottom - (window.innerHeight - MARGIN);
    if (over <= 0) return;
    const top = Number.parseFloat(popover.style.top || '0');
    popover.style.top = `${top - Math.min(over, box.top - MARGIN)}px`;
  });
}

/** FullCalendar's moreLinkClick: the popover, kept on screen. */
export function morePopover(): 'popover' {
  keepPopoverOnScreen();
  return 'popover';
}
