import type React from 'react';
import type { BookingView } from '@shared/contract';
import { isTextEntry } from '../../lib/keys';
import { deleteBooking } from './changes';
import { dayFromIso } from './days';
import { draftOfBooking } from './draftFor';
import { HEADER_H, NAME_W, ROW_H } from './geometry';
import type { GridContext } from './gridContext';
import { keyMove } from './keyMove';
import { timeOffKey } from './timeOffPointer';
import { getSchedule, setSchedule } from './state';

/** Room kept between a revealed booking and the sticky name column, so its whole focus ring shows. */
const REVEAL_GAP = 8;

/** Scrolls just enough for a booking's start to be in view, clear of the sticky header and name column. */
export function reveal(ctx: GridContext, b: BookingView): void {
  const s = ctx.scroller;
  const r = ctx.rowOf.get(b.talentId);
  if (!s || r === undefined) return;
  const x = (dayFromIso(b.start) - ctx.axisStart) * ctx.dayW;
  const viewW = s.clientWidth - NAME_W;
  if (x < s.scrollLeft + REVEAL_GAP || x > s.scrollLeft + viewW - 60) s.scrollLeft = Math.max(0, x - viewW / 3);
  const y = r * ROW_H;
  const viewH = s.clientHeight - HEADER_H;
  if (y < s.scrollTop) s.scrollTop = y;
  else if (y + ROW_H > s.scrollTop + viewH) s.scrollTop = y + ROW_H - viewH;
}

function nearestInRow(list: BookingView[] | undefined, to: BookingView): BookingView | null {
  if (!list?.length) return null;
  const t = dayFromIso(to.start);
  let best: BookingView | null = null;
  let bestD = Infinity;
  for (const b of list) {
    const d = dayFromIso(b.end) < t ? t - dayFromIso(b.end) : dayFromIso(b.start) > t ? dayFromIso(b.start) - t : 0;
    if (d < bestD) {
      best = b;
      bestD = d;
    }
  }
  return bestD <= 62 ? best : null;
}

function firstInView(ctx: GridContext): BookingView | null {
  const s = ctx.scroller;
  if (!s) return null;
  const top = Math.floor(s.scrollTop / ROW_H);
  const fromDay = ctx.axisStart + Math.floor(s.scrollLeft / ctx.dayW);
  for (let r = top; r < Math.min(ctx.rows.length, top + 40); r++) {
    const row = ctx.rows[r];
    if (row.type !== 'person') continue;
    const b = ctx.byTalent.get(row.person.id)?.find((x) => dayFromIso(x.end) >= fromDay);
    if (b) return b;
  }
  return null;
}

const ARROWS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'] as const;
type Arrow = (typeof ARROWS)[number];
const isArrow = (key: string): key is Arrow => (ARROWS as readonly string[]).includes(key);

/** The keyboard shortcuts, for the grid's label and the help line under the toolbar. */
export const KEY_HELP = 'Arrow keys move between bookings, Enter opens one. Alt+arrows move the selected booking a day (Shift: a week) or to the person above or below. Alt+drag on empty days adds time off; right-click a day for more.';

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
  if (e.altKey) {
    keyMove(ctx, e.key, e.shiftKey, (moved) => reveal(ctx, moved));
    return;
  }
  let next: BookingView | null = null;
  if (!focus) next = firstInView(ctx);
  else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
    const list = ctx.byTalent.get(focus.talentId) ?? [];
    const i = list.findIndex((b) => b.id === focus.id);
    next = list[i + (e.key === 'ArrowLeft' ? -1 : 1)] ?? null;
  } else {
    const dir = e.key === 'ArrowUp' ? -1 : 1;
    const r0 = ctx.rowOf.get(focus.talentId) ?? 0;
    for (let r = r0 + dir, n = 0; r >= 0 && r < ctx.rows.length && n < 200 && !next; r += dir, n++) {
      const row = ctx.rows[r];
      if (row.type === 'person') next = nearestInRow(ctx.byTalent.get(row.person.id), focus);
    }
  }
  if (!next) return;
  setSchedule({ focusId: next.id, selection: new Set([next.id]) });
  reveal(ctx, next);
}
