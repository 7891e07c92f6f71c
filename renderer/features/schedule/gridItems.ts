import type { BookingView } from '@shared/contract';
import type { TimeOff } from '@shared/domain';
import { dayFromIso } from './days';
import { ROW_H } from './geometry';
import type { GridContext } from './gridContext';
import type { ScheduleState } from '../../store/scheduleSlice';
import { getSchedule, setSchedule } from './state';

/** What the arrow keys step between on the grid: booking bars and time-off bars alike. */
export type GridItem = { kind: 'booking'; b: BookingView } | { kind: 'off'; o: TimeOff };

export const talentOf = (i: GridItem) => (i.kind === 'booking' ? i.b.talentId : i.o.talentId);
export const startOf = (i: GridItem) => dayFromIso(i.kind === 'booking' ? i.b.start : i.o.start);
const endOf = (i: GridItem) => dayFromIso(i.kind === 'booking' ? i.b.end : i.o.end);
const idOf = (i: GridItem) => (i.kind === 'booking' ? `b${i.b.id}` : `o${i.o.id}`);

/** The item the keyboard is on: the focused booking, else the selected time off. */
export function currentItem(s: ScheduleState): GridItem | null {
  const b = s.focusId !== null ? s.bookings.get(s.focusId) : undefined;
  if (b) return { kind: 'booking', b };
  if (s.timeOffFocus === null) return null;
  for (const list of s.timeOff.values()) {
    const o = list.find((x) => x.id === s.timeOffFocus);
    if (o) return { kind: 'off', o };
  }
  return null;
}

/** A person's bookings and time off, by start (time off first on a tie: it is drawn under). */
export function rowItems(ctx: GridContext, talentId: number): GridItem[] {
  const items: GridItem[] = [
    ...(getSchedule().timeOff.get(talentId) ?? []).map((o): GridItem => ({ kind: 'off', o })),
    ...(ctx.byTalent.get(talentId) ?? []).map((b): GridItem => ({ kind: 'booking', b })),
  ];
  return items.sort((a, b) => startOf(a) - startOf(b) || (a.kind === b.kind ? 0 : a.kind === 'off' ? -1 : 1));
}

/** The item before or after `from` in its own row. */
export function besideInRow(ctx: GridContext, from: GridItem, dir: 1 | -1): GridItem | null {
  const list = rowItems(ctx, talentOf(from));
  const i = list.findIndex((x) => idOf(x) === idOf(from));
  return list[i + dir] ?? null;
}

/** The item nearest in days to `to` in another person's row, if one is within two months. */
function nearestInRow(list: GridItem[], to: GridItem): GridItem | null {
  const t = startOf(to);
  let best: GridItem | null = null;
  let bestD = Infinity;
  for (const x of list) {
    const d = endOf(x) < t ? t - endOf(x) : startOf(x) > t ? startOf(x) - t : 0;
    if (d < bestD) {
      best = x;
      bestD = d;
    }
  }
  return bestD <= 62 ? best : null;
}

/** The nearest item in the person rows above (−1) or below (1). */
export function acrossRows(ctx: GridContext, from: GridItem, dir: 1 | -1): GridItem | null {
  const r0 = ctx.rowOf.get(talentOf(from)) ?? 0;
  for (let r = r0 + dir, n = 0; r >= 0 && r < ctx.rows.length && n < 200; r += dir, n++) {
    const row = ctx.rows[r];
    const next = row.type === 'person' ? nearestInRow(rowItems(ctx, row.person.id), from) : null;
    if (next) return next;
  }
  return null;
}

/** The first item in view, for the first arrow press. */
export function firstInView(ctx: GridContext): GridItem | null {
  const s = ctx.scroller;
  if (!s) return null;
  const top = Math.floor(s.scrollTop / ROW_H);
  const fromDay = ctx.axisStart + Math.floor(s.scrollLeft / ctx.dayW);
  for (let r = top; r < Math.min(ctx.rows.length, top + 40); r++) {
    const row = ctx.rows[r];
    if (row.type !== 'person') continue;
    const x = rowItems(ctx, row.person.id).find((i) => endOf(i) >= fromDay);
    if (x) return x;
  }
  return null;
}

/** Puts the keyboard on an item: a booking is selected, time off is selected on its own. */
export function focusItem(i: GridItem): void {
  if (i.kind === 'booking') setSchedule({ focusId: i.b.id, selection: new Set([i.b.id]), timeOffFocus: null });
  else setSchedule({ timeOffFocus: i.o.id, focusId: null, selection: new Set() });
}
