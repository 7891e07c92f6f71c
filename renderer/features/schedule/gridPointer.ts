import type React from 'react';
import { dayFromIso } from './days';
import { newDraft } from './draftFor';
import { EDGE_W, NAME_W, ROW_H } from './geometry';
import type { GridContext } from './gridContext';
import { personRowNear } from './rows';
import { saveMoves, type PlannedMove } from './saveMoves';
import { useStore } from '../../store';
import { getSchedule, setSchedule, type DragPreview } from './state';
import { dragTimeOff, openTimeOff, timeOffOf } from './timeOffPointer';

type Mode = 'move' | 'start' | 'end' | 'create' | 'band';
const EDGE = 36;

/** Where a client point falls in the grid body. */
export function hitBody(ctx: GridContext, clientX: number, clientY: number) {
  const r = (ctx.body as HTMLDivElement).getBoundingClientRect();
  const x = clientX - r.left;
  const y = clientY - r.top;
  return { x, y, row: Math.floor(y / ROW_H), day: ctx.axisStart + Math.floor((x - NAME_W) / ctx.dayW) };
}

function targetRow(ctx: GridContext, row: number, dir: 1 | -1): number | null {
  const r = Math.max(0, Math.min(ctx.rows.length - 1, row));
  return personRowNear(ctx.rows, r, dir) ?? personRowNear(ctx.rows, r, dir === 1 ? -1 : 1);
}

function autoScroll(ctx: GridContext, ev: PointerEvent): void {
  const s = ctx.scroller;
  if (!s) return;
  const r = s.getBoundingClientRect();
  if (ev.clientX > r.right - EDGE) s.scrollLeft += 12;
  else if (ev.clientX < r.left + NAME_W + EDGE) s.scrollLeft -= 12;
  if (ev.clientY > r.bottom - EDGE) s.scrollTop += 12;
  else if (ev.clientY < r.top + EDGE + 46) s.scrollTop -= 12;
}

type Preview = (h: Hit, alt: boolean) => DragPreview | null;
type Hit = ReturnType<typeof hitBody>;

/**
 * The pointer loop of one drag: past a 4 px threshold the preview follows the pointer (scrolling
 * near the edges); release hands the last preview to `done` (null for a click), Escape cancels.
 */
function track(ctx: GridContext, e: React.PointerEvent, h0: Hit, preview: Preview, done: (p: DragPreview | null) => void, keyOf: (h: Hit, alt: boolean) => string): void {
  let moved = false;
  let lastKey = '';
  const onMove = (ev: PointerEvent) => {
    const h = hitBody(ctx, ev.clientX, ev.clientY);
    if (!moved && Math.abs(h.x - h0.x) < 4 && Math.abs(h.y - h0.y) < 4) return;
    moved = true;
    autoScroll(ctx, ev);
    const key = keyOf(h, ev.altKey);
    if (key === lastKey) return;
    lastKey = key;
    setSchedule({ drag: preview(h, ev.altKey || e.altKey) });
  };
  const cleanup = () => {
    window.removeEventListener('pointermove', onMove);
    window.removeEventListener('pointerup', onUp);
    window.removeEventListener('keydown', onKey, true);
  };
  const onKey = (ev: KeyboardEvent) => {
    if (ev.key !== 'Escape') return;
    ev.stopPropagation();
    cleanup();
    setSchedule({ drag: null });
  };
  const onUp = (ev: PointerEvent) => {
    cleanup();
    const drag = moved ? preview(hitBody(ctx, ev.clientX, ev.clientY), ev.altKey || e.altKey) : null;
    setSchedule({ drag: null });
    done(drag);
  };
  window.addEventListener('pointermove', onMove);
  window.addEventListener('pointerup', onUp);
  window.addEventListener('keydown', onKey, true);
}

/**
 * Pointer handling on the grid body. Drag on empty cells: a new booking (Alt/Option-drag: time
 * off). Drag a bar: move it (with the other selected bars; Alt/Option copies). Drag an edge: change
 * its dates. Time off drags along its row the same way. Shift/Ctrl/⌘-click toggles a bar in the
 * selection; Shift-drag on empty cells draws a rubber band.
 */
export function gridPointerDown(e: React.PointerEvent, ctx: GridContext): void {
  if (e.button !== 0 || !ctx.body) return;
  const target = e.target as HTMLElement;
  if (target.closest('.sch-names, .sch-group')) return;
  const h0 = hitBody(ctx, e.clientX, e.clientY);
  const s = getSchedule();
  if (s.menu) setSchedule({ menu: null });
  const barEl = target.closest<HTMLElement>('[data-booking-id]');
  const off = barEl ? undefined : timeOffOf(target);
  let mode: Mode;
  let ids: number[] = [];
  if (off) {
    e.preventDefault();
    ctx.scroller?.focus({ preventScroll: true });
    const bar = target.closest<HTMLElement>('[data-time-off-id]') as HTMLElement;
    dragTimeOff(off, barGrip(bar, e.clientX), h0, (preview, done) => track(ctx, e, h0, preview, done, (h) => `${h.day}`));
    return;
  }
  if (barEl) {
    const id = Number(barEl.dataset.bookingId);
    if (id < 0 || s.saving.has(id)) return;
    if (e.shiftKey || e.ctrlKey || e.metaKey) {
      const selection = new Set(s.selection);
      if (selection.has(id)) selection.delete(id);
      else selection.add(id);
      setSchedule({ selection, focusId: id, timeOffFocus: null });
      return;
    }
    const selection = s.selection.has(id) ? s.selection : new Set([id]);
    setSchedule({ selection, focusId: id, timeOffFocus: null });
    mode = barGrip(barEl, e.clientX);
    ids = mode === 'move' ? [...selection] : [id];
  } else {
    if (ctx.rows[h0.row]?.type !== 'person') return;
    mode = e.shiftKey ? 'band' : 'create';
    if (!e.shiftKey) setSchedule({ selection: new Set(), focusId: null, timeOffFocus: null });
  }
  e.preventDefault();
  ctx.scroller?.focus({ preventScroll: true });
  const originals = ids.map((id) => s.bookings.get(id)).filter((b) => !!b);
  // Alt/Option on empty days draws time off instead of a booking.
  const timeOff = mode === 'create' && e.altKey;

  const preview = (h: Hit, alt: boolean): DragPreview | null => {
    if (mode === 'create') return { kind: 'create', row: h0.row, from: Math.min(h0.day, h.day), to: Math.max(h0.day, h.day), timeOff };
    if (mode === 'band') return { kind: 'band', x0: h0.x, y0: h0.y, x1: h.x, y1: h.y };
    const dDays = h.day - h0.day;
    const dRows = mode === 'move' ? h.row - h0.row : 0;
    const items = [];
    for (const b of originals) {
      const r0 = ctx.rowOf.get(b.talentId);
      if (r0 === undefined) continue;
      const row = targetRow(ctx, r0 + dRows, dRows >= 0 ? 1 : -1);
      if (row === null) continue;
      let start = dayFromIso(b.start);
      let end = dayFromIso(b.end);
      if (mode === 'move') {
        start += dDays;
        end += dDays;
      } else if (mode === 'start') start = Math.min(start + dDays, end);
      else end = Math.max(end + dDays, start);
      const campaign = useStore.getState().campaignById.get(b.campaignId);
      items.push({ id: b.id, row, start, end, colour: campaign?.colour ?? '', label: campaign?.name ?? 'Booking', tentative: b.status === 'tentative' });
    }
    return { kind: 'move', copy: mode === 'move' && alt, items };
  };
  const done = (drag: DragPreview | null) => {
    if (!drag) return;
    if (drag.kind === 'create') {
      const row = ctx.rows[drag.row];
      if (row?.type !== 'person') return;
      if (drag.timeOff) openTimeOff(row.person.id, drag.from, drag.to);
      else setSchedule({ draft: newDraft(row.person.id, drag.from, drag.to) });
    } else if (drag.kind === 'band') selectInBand(ctx, drag);
    else if (drag.kind === 'move') saveMove(ctx, drag, mode);
  };
  track(ctx, e, h0, preview, done, (h, alt) => (mode === 'band' ? `${h.x},${h.y}` : `${h.day},${h.row},${alt}`));
}

function saveMove(ctx: GridContext, drag: Extract<DragPreview, { kind: 'move' }>, mode: Mode): void {
  const items: PlannedMove[] = [];
  for (const item of drag.items) {
    const row = ctx.rows[item.row];
    if (row?.type === 'person') items.push({ id: item.id, talentId: row.person.id, start: item.start, end: item.end });
  }
  void saveMoves(items, drag.copy ? 'copy' : mode === 'move' ? 'move' : 'dates');
}

function selectInBand(ctx: GridContext, band: Extract<DragPreview, { kind: 'band' }>): void {
  const x0 = Math.min(band.x0, band.x1);
  const x1 = Math.max(band.x0, band.x1);
  const y0 = Math.min(band.y0, band.y1);
  const y1 = Math.max(band.y0, band.y1);
  const selection = new Set(getSchedule().selection);
  for (const [talentId, list] of ctx.byTalent) {
    const r = ctx.rowOf.get(talentId);
    if (r === undefined || (r + 1) * ROW_H < y0 || r * ROW_H > y1) continue;
    for (const b of list) {
      const bx0 = NAME_W + (dayFromIso(b.start) - ctx.axisStart) * ctx.dayW;
      const bx1 = NAME_W + (dayFromIso(b.end) + 1 - ctx.axisStart) * ctx.dayW;
      if (bx1 >= x0 && bx0 <= x1) selection.add(b.id);
    }
  }
  setSchedule({ selection, focusId: [...selection][0] ?? null });
}

/** Which part of a bar the pointer is on: a resize grip at either end (the end's wins on a narrow bar), or the middle. */
function barGrip(bar: HTMLElement, clientX: number): 'start' | 'end' | 'move' {
  const r = bar.getBoundingClientRect();
  const x = clientX - r.left;
  return x >= r.width - EDGE_W ? 'end' : x < EDGE_W ? 'start' : 'move';
}
