import type React from 'react';
import { TIME_OFF_TYPE_WORDS, type TimeOff } from '@shared/domain';
import { errorMessage } from '../../api';
import { newTimeOffOpen, timeOffOpenOf } from '../timeoff/timeOffDraft';
import { deleteTimeOff, moveTimeOff } from '../timeoff/timeOffWrites';
import { noteOnBanner } from './changes';
import { dayFromIso, isoFromDay } from './days';
import type { GridContext } from './gridContext';
import { getSchedule, setSchedule, type DragPreview } from './state';

type Hit = { x: number; y: number; row: number; day: number };
type Grip = 'start' | 'end' | 'move';

/** The period of time off an element of the grid stands for. */
export function timeOffOf(el: Element | null): TimeOff | undefined {
  const bar = el?.closest<HTMLElement>('[data-time-off-id]');
  if (!bar) return undefined;
  const id = Number(bar.dataset.timeOffId);
  return getSchedule().timeOff.get(Number(bar.dataset.talentId))?.find((o) => o.id === id);
}

/** Opens the time-off dialog for a person's days (a new period), or for a saved period. */
export function openTimeOff(talentId: number, from: number, to: number): void {
  setSchedule({ timeOffOpen: newTimeOffOpen(talentId, isoFromDay(from), isoFromDay(to)), menu: null });
}

/**
 * Dragging a period of time off along its row: the middle moves it, an end changes that day.
 * `track` runs the pointer loop (gridPointer's); the release saves the new days as one step.
 */
export function dragTimeOff(off: TimeOff, grip: Grip, h0: Hit, track: (preview: (h: Hit) => DragPreview | null, done: (p: DragPreview | null) => void) => void): void {
  setSchedule({ timeOffFocus: off.id, selection: new Set(), focusId: null });
  const s0 = dayFromIso(off.start);
  const e0 = dayFromIso(off.end);
  const label = TIME_OFF_TYPE_WORDS[off.type];
  track(
    (h) => {
      const d = h.day - h0.day;
      const start = grip === 'end' ? s0 : grip === 'start' ? Math.min(s0 + d, e0) : s0 + d;
      const end = grip === 'start' ? e0 : grip === 'end' ? Math.max(e0 + d, s0) : e0 + d;
      return { kind: 'timeOff', id: off.id, row: h0.row, start, end, label };
    },
    (p) => {
      if (p?.kind === 'timeOff') void saveTimeOffDays(off, isoFromDay(p.start), isoFromDay(p.end));
    },
  );
}

/** Draws the new days at once, then writes them; a refusal puts the period back and says why. */
async function saveTimeOffDays(off: TimeOff, start: string, end: string): Promise<void> {
  if (start === off.start && end === off.end) return;
  const put = (o: TimeOff) =>
    setSchedule((s) => {
      const timeOff = new Map(s.timeOff);
      timeOff.set(o.talentId, (timeOff.get(o.talentId) ?? []).map((x) => (x.id === o.id ? o : x)));
      return { timeOff };
    });
  put({ ...off, start, end });
  try {
    const saved = await moveTimeOff(off, start, end, noteOnBanner);
    if (saved) put(saved);
  } catch (e) {
    put(off);
    setSchedule({ error: errorMessage(e) });
  }
}

/** Alt+←/→ moves a period of time off a day (Shift: a week) along its row; ↑/↓ leave it (time off stays with its person). */
export function keyMoveTimeOff(off: TimeOff, key: string, week: boolean, onMoved: (o: TimeOff) => void): void {
  if (key !== 'ArrowLeft' && key !== 'ArrowRight') return;
  const d = (key === 'ArrowLeft' ? -1 : 1) * (week ? 7 : 1);
  const start = isoFromDay(dayFromIso(off.start) + d);
  const end = isoFromDay(dayFromIso(off.end) + d);
  void saveTimeOffDays(off, start, end);
  onMoved({ ...off, start, end });
}

/** Right-click on a person's row: the grid's menu there. */
export function gridContextMenu(e: React.MouseEvent, ctx: GridContext, hit: Hit): void {
  const target = e.target as HTMLElement;
  if (target.closest('.sch-names, .sch-group, [data-booking-id]')) return;
  const row = ctx.rows[hit.row];
  if (row?.type !== 'person') return;
  e.preventDefault();
  const off = timeOffOf(target);
  if (off) setSchedule({ timeOffFocus: off.id, selection: new Set(), focusId: null });
  setSchedule({ menu: { x: e.clientX, y: e.clientY, talentId: row.person.id, day: hit.day, timeOffId: off?.id ?? null } });
}

/** Enter opens the selected period of time off, Delete (or Backspace) removes it; true when the key was one of those. */
export function timeOffKey(e: React.KeyboardEvent, id: number): boolean {
  if (e.key !== 'Enter' && e.key !== 'Delete' && e.key !== 'Backspace') return false;
  const off = findTimeOff(id);
  if (!off) return false;
  e.preventDefault();
  if (e.key === 'Enter') setSchedule({ timeOffOpen: timeOffOpenOf(off) });
  else void removeTimeOff(off);
  return true;
}

export function findTimeOff(id: number): TimeOff | undefined {
  for (const list of getSchedule().timeOff.values()) {
    const off = list.find((o) => o.id === id);
    if (off) return off;
  }
  return undefined;
}

/** Deletes a period (one undoable step), taking it off the row at once. */
export async function removeTimeOff(off: TimeOff): Promise<void> {
  const put = (list: (l: TimeOff[]) => TimeOff[]) =>
    setSchedule((s) => {
      const timeOff = new Map(s.timeOff);
      timeOff.set(off.talentId, list(timeOff.get(off.talentId) ?? []));
      return { timeOff };
    });
  put((l) => l.filter((o) => o.id !== off.id));
  setSchedule((s) => (s.timeOffFocus === off.id ? { timeOffFocus: null, menu: null } : { menu: null }));
  try {
    await deleteTimeOff(off, undefined, noteOnBanner);
  } catch (e) {
    put((l) => [...l.filter((o) => o.id !== off.id), off]);
    setSchedule({ error: errorMessage(e) });
  }
}
