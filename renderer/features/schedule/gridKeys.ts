import type React from 'react';
import { isTextEntry } from '../../lib/keys';
import { deleteBooking } from './changes';
import { dayFromIso } from './days';
import { draftOfBooking } from './draftFor';
import { HEADER_H, NAME_W, ROW_H } from './geometry';
import type { GridContext } from './gridContext';
import { keyMove } from './keyMove';
import { keyMoveTimeOff, timeOffKey } from './timeOffPointer';
import { acrossRows, besideInRow, currentItem, firstInView, focusItem, startOf, talentOf, type GridItem } from './gridItems';
import { getSchedule, setSchedule } from './state';

/** Room kept between a revealed bar and the sticky name column, so its whole focus ring shows. */
const REVEAL_GAP = 8;

/** Scrolls just enough for a bar's start to be in view, clear of the sticky header and name column. */
export function reveal(ctx: GridContext, talentId: number, startDay: number): void {
  const s = ctx.scroller;
  const r = ctx.rowOf.get(talentId);
  if (!s || r === undefined) return;
  const x = (startDay - ctx.axisStart) * ctx.dayW;
  const viewW = s.clientWidth - NAME_W;
  if (x < s.scrollLeft + REVEAL_GAP || x > s.scrollLeft + viewW - 60) s.scrollLeft = Math.max(0, x - viewW / 3);
  const y = r * ROW_H;
  const viewH = s.clientHeight - HEADER_H;
  if (y < s.scrollTop) s.scrollTop = y;
  else if (y + ROW_H > s.scrollTop + viewH) s.scrollTop = y + ROW_H - viewH;
}

const revealItem = (ctx: GridContext, i: GridItem) => reveal(ctx, talentOf(i), startOf(i));

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const;
type Arrow = (typeof ARROWS)[number];
const isArrow = (key: string): key is Arrow => (ARROWS as readonly string[]).includes(key);

/** The keyboard shortcuts, for the grid's label and the help line under the toolbar. */
export const KEY_HELP = 'Arrow keys move between bookings and time off, Enter opens one, Delete removes it. Alt+arrows move the selected bar a day (Shift: a week), a booking also to the person above or below. Alt+drag on empty days adds time off; right-click a day for more.';

/**
 * Arrow keys move the focus between bars (←→ in a row, ↑↓ to the nearest bar in the rows above or
 * below); Enter opens it; Alt+arrows move the selected bars.
 */
export function gridKeyDown(e: React.KeyboardEvent, ctx: GridContext): void {
  if (isTextEntry(e.target as Element)) return;
  const s = getSchedule();
  const focus = s.focusId !== null ? s.bookings.get(s.focusId) : undefined;
  if (e.key === 'Escape') {
    setSchedule({ selection: new Set(), focusId: null, timeOffFocus: null, menu: null });
    return;
  }
  if (s.timeOffFocus !== null && timeOffKey(e, s.timeOffFocus)) return;
  if (e.key === 'Enter' && focus) {
    e.preventDefault();
    setSchedule({ draft: draftOfBooking(focus) });
    return;
  }
  if ((e.key === 'Delete' || e.key === 'Backspace') && focus && s.selection.size <= 1) {
    e.preventDefault();
    void deleteBooking(focus).catch(() => setSchedule({ error: 'The booking could not be deleted.' }));
    return;
  }
  if (!isArrow(e.key)) return;
  e.preventDefault();
  const from = currentItem(s);
  if (e.altKey) {
    if (from?.kind === 'off') keyMoveTimeOff(from.o, e.key, e.shiftKey, (o) => reveal(ctx, o.talentId, dayFromIso(o.start)));
    else keyMove(ctx, e.key, e.shiftKey, (moved) => reveal(ctx, moved.talentId, dayFromIso(moved.start)));
    return;
  }
  const dir = e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 1;
  const horizontal = e.key === 'ArrowLeft' || e.key === 'ArrowRight';
  const next = !from ? firstInView(ctx) : horizontal ? besideInRow(ctx, from, dir) : acrossRows(ctx, from, dir);
  if (!next) return;
  focusItem(next);
  revealItem(ctx, next);
}
