import type { BookingView } from '@shared/contract';
import { call, errorMessage } from '../../api';
import { writeOrAsk } from '../bookings/saveAnyway';
import { current, forgetCoverage, loadLookups, loadOpenLines, loadPeople, ensureWindow, refreshLoads } from './data';
import { dayFromIso } from './days';
import { emitWorkspaceChanged } from './events';
import { askConfirm, getSchedule, setSchedule } from './store';
import type { Load } from './types';
import { writeBookings, type MoveSource } from './writes';

/** A booking as it will be saved. `id` set = an update of that booking. */
export interface BookingInput {
  id?: number;
  talentId: number;
  campaignId: number;
  demandLineId: number | null;
  start: string;
  end: string;
  hoursPerDay: number;
  status: 'tentative' | 'confirmed';
  note: string;
}

let tempId = -1;
let noteId = 0;

/** Adds (sign 1) or removes (sign −1) a booking's hours from the day loads on screen, for instant shading. */
function shiftLoads(loads: Map<number, Map<number, Load>>, b: BookingInput | BookingView, sign: 1 | -1): void {
  if (getSchedule().zoom !== 'day') return;
  const old = loads.get(b.talentId);
  if (!old) return;
  const m = new Map(old);
  const end = dayFromIso(b.end);
  for (let d = dayFromIso(b.start); d <= end; d++) {
    const l = m.get(d);
    if (!l || l.cap <= 0) continue;
    const h = sign * b.hoursPerDay;
    m.set(d, b.status === 'confirmed' ? { ...l, conf: Math.max(0, l.conf + h) } : { ...l, tent: Math.max(0, l.tent + h) });
  }
  loads.set(b.talentId, m);
}

function asView(input: BookingInput, id: number, before: BookingView | undefined): BookingView {
  const now = new Date().toISOString();
  return { ...input, id, createdAt: before?.createdAt ?? now, updatedAt: before?.updatedAt ?? now, totalHours: before?.totalHours ?? 0 };
}

function describe(inputs: BookingInput[], verb: string): string {
  const { campaigns, people } = getSchedule();
  if (inputs.length > 1) return `${verb} ${inputs.length} bookings`;
  const b = inputs[0];
  const who = people.find((p) => p.id === b.talentId)?.name ?? 'someone';
  const what = campaigns.get(b.campaignId)?.name ?? 'a campaign';
  return `${verb} ${what} for ${who}`;
}

export interface CommitOptions {
  move?: MoveSource;
  /** Save even if it over-allocates someone (the editor's "Save anyway"). */
  allowOverAllocation?: boolean;
  /** Throw errors, a refusal for over-allocation included, to the caller (the editor shows them) instead of asking or showing them here. */
  rethrow?: boolean;
}

/**
 * Saves bookings as the user sees them at once: bars and load shading move immediately, then one
 * write goes to the API (a move of several bars as one undoable step). A write that would
 * over-allocate is refused by the main process; the planner is asked and "Save anyway" sends it
 * again allowed. The write's result replaces the bars; only the shading of the people touched (and
 * open demand, when a demand line is involved) is fetched again. Resolves with the saved bookings,
 * or null when nothing was saved.
 */
export async function commitBookings(inputs: BookingInput[], verb: string, opts: CommitOptions = {}): Promise<BookingView[] | null> {
  if (inputs.length === 0) return null;
  const before = getSchedule();
  const snapshot = { bookings: before.bookings, loads: before.loads };
  const bookings = new Map(before.bookings);
  const loads = new Map(before.loads);
  const saving = new Set<number>();
  const affected = new Set<number>();
  let lines = false;
  for (const input of inputs) {
    const old = input.id ? bookings.get(input.id) : undefined;
    if (old) {
      shiftLoads(loads, old, -1);
      affected.add(old.talentId);
      lines ||= old.demandLineId !== null;
    }
    const id = input.id ?? tempId--;
    bookings.set(id, asView(input, id, old));
    shiftLoads(loads, input, 1);
    saving.add(id);
    affected.add(input.talentId);
    lines ||= input.demandLineId !== null;
  }
  setSchedule({ bookings, loads, saving, error: null });

  const revert = () => setSchedule({ bookings: snapshot.bookings, loads: snapshot.loads, saving: new Set() });
  try {
    const write = (allow: boolean) => writeBookings(inputs, snapshot.bookings, opts.move, allow);
    const written = opts.rethrow ? await write(!!opts.allowOverAllocation) : await writeOrAsk(write, askConfirm);
    if (!written) {
      revert();
      return null;
    }
    setSchedule((s) => {
      const next = dropTemps(s.bookings);
      for (const b of written.saved) next.set(b.id, b);
      return { bookings: next, saving: new Set(), undo: { id: ++noteId, message: describe(inputs, verb), steps: written.steps } };
    });
    void refreshLoads([...affected]).catch(() => undefined);
    if (lines) void loadOpenLines();
    emitWorkspaceChanged();
    return written.saved;
  } catch (e) {
    revert();
    if (opts.rethrow) throw e;
    setSchedule({ error: errorMessage(e) });
    return null;
  }
}

function dropTemps(map: Map<number, BookingView>): Map<number, BookingView> {
  const out = new Map(map);
  for (const id of map.keys()) if (id < 0) out.delete(id);
  return out;
}

export async function deleteBooking(b: BookingView): Promise<void> {
  await call('bookings:delete', { id: b.id });
  setSchedule((s) => {
    const bookings = new Map(s.bookings);
    bookings.delete(b.id);
    const selection = new Set(s.selection);
    selection.delete(b.id);
    return { bookings, selection, focusId: s.focusId === b.id ? null : s.focusId };
  });
  void refreshLoads([b.talentId]).catch(() => undefined);
  if (b.demandLineId !== null) void loadOpenLines();
  setSchedule({ undo: { id: ++noteId, message: describe([b], 'Deleted'), steps: 1 } });
  emitWorkspaceChanged();
}

/** Refetches everything on screen (after undo/redo or a change made in another view). */
export async function refreshAll(): Promise<void> {
  forgetCoverage();
  await Promise.all([loadPeople(), loadLookups()]);
  const { zoom } = getSchedule();
  if (current.ids.length) ensureWindow(current.ids, current.from, current.to, zoom);
}

/** Undoes the last change made here (several steps only where the main process has no batch move). */
export async function undoSteps(steps: number): Promise<void> {
  setSchedule({ undo: null });
  try {
    for (let i = 0; i < steps; i++) await call('history:undo', {});
  } catch (e) {
    setSchedule({ error: errorMessage(e) });
  }
  setSchedule({ selection: new Set(), focusId: null });
  await refreshAll();
  emitWorkspaceChanged();
}
