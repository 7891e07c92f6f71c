import type { BookingView } from '@shared/contract';
import { dayFromIso } from './days';
import type { GridContext } from './gridContext';
import { personRowNear } from './rows';
import { saveMoves, type PlannedMove } from './saveMoves';
import { getSchedule } from './state';

type Arrow = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

/** The person row above or below a booking's row (headings skipped), or null at the top or bottom. */
function talentBeside(ctx: GridContext, b: BookingView, dir: 1 | -1): number | null {
  const r0 = ctx.rowOf.get(b.talentId);
  if (r0 === undefined || r0 + dir < 0 || r0 + dir >= ctx.rows.length) return null;
  const r = personRowNear(ctx.rows, r0 + dir, dir);
  const row = r === null ? undefined : ctx.rows[r];
  return row?.type === 'person' ? row.person.id : null;
}

/** Where each selected booking goes for an Alt+arrow: ±1 day (±7 with Shift), or the next person up or down. */
export function plannedKeyMoves(ctx: GridContext, list: BookingView[], key: Arrow, week: boolean): PlannedMove[] | null {
  const out: PlannedMove[] = [];
  for (const b of list) {
    let start = dayFromIso(b.start);
    let end = dayFromIso(b.end);
    let talentId: number | null = b.talentId;
    if (key === 'ArrowLeft' || key === 'ArrowRight') {
      const d = (key === 'ArrowLeft' ? -1 : 1) * (week ? 7 : 1);
      start += d;
      end += d;
    } else talentId = talentBeside(ctx, b, key === 'ArrowUp' ? -1 : 1);
    if (talentId === null) return null; // one bar can't go further: none moves
    out.push({ id: b.id, talentId, start, end });
  }
  return out;
}

/** Presses waiting behind a move still saving; more than this (a held key) are dropped. */
const MAX_WAITING = 3;
let waiting = 0;
let lastMove: Promise<void> = Promise.resolve();

/**
 * Alt+arrow keys move the selected bookings (or the focused one) like a drag does: the same
 * over-allocation check, saved as one undoable change. A press that comes while the previous move
 * is still saving waits for it, and then moves from where that one put the bars, so quick presses
 * aren't lost. `onMoved` gets the focused booking at its new place.
 */
export function keyMove(ctx: GridContext, key: Arrow, week: boolean, onMoved: (b: BookingView) => void): void {
  if (waiting >= MAX_WAITING) return;
  waiting++;
  lastMove = lastMove
    .then(() => moveOnce(ctx, key, week, onMoved))
    .catch(() => undefined) // saveMoves reports its own errors; the next press must still run
    .finally(() => void waiting--);
}

async function moveOnce(ctx: GridContext, key: Arrow, week: boolean, onMoved: (b: BookingView) => void): Promise<void> {
  const s = getSchedule();
  const ids = s.selection.size ? [...s.selection] : s.focusId !== null ? [s.focusId] : [];
  const list = ids.map((id) => s.bookings.get(id)).filter((b): b is BookingView => !!b && b.id > 0);
  if (list.length === 0 || list.some((b) => s.saving.has(b.id))) return; // a drag of these is saving
  const moves = plannedKeyMoves(ctx, list, key, week);
  if (!moves) return;
  const saved = saveMoves(moves, 'move');
  const moved = getSchedule().bookings.get(s.focusId ?? list[0].id);
  if (moved) onMoved(moved);
  await saved;
}
