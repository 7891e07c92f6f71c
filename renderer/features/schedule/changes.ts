import type { BookingView } from '@shared/contract';
import { call, errorMessage } from '../../api';
import { useStore } from '../../store';
import { writeOrAsk } from '../bookings/saveAnyway';
import { dayFromIso } from './days';
import { askConfirm, getSchedule, setSchedule } from './state';
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
  const { campaignById, personById } = useStore.getState();
  if (inputs.length > 1) return `${verb} ${inputs.length} bookings`;
  const b = inputs[0];
  const who = personById.get(b.talentId)?.name ?? 'someone';
  const what = campaignById.get(b.campaignId)?.name ?? 'a campaign';
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
 * again allowed. The write's result replaces the bars drawn; the change the main process then
 * announces refreshes the shading of just those rows and days. Resolves with the saved bookings,
 * or null when nothing was saved.
 */
export async function commitBookings(inputs: BookingInput[], verb: string, opts: CommitOptions = {}): Promise<BookingView[] | null> {
  if (inputs.length === 0) return null;
  const before = getSchedule();
  const snapshot = { bookings: before.bookings, loads: before.loads };
  const bookings = new Map(before.bookings);
  const loads = new Map(before.loads);
  const saving = new Set<number>();
  for (const input of inputs) {
    const old = input.id ? bookings.get(input.id) : undefined;
    if (old) shiftLoads(loads, old, -1);
    const id = input.id ?? tempId--;
    bookings.set(id, asView(input, id, old));
    shiftLoads(loads, input, 1);
    saving.add(id);
  }
  setSchedule({ bookings, loads, saving, error: null });

  const store = useStore.getState();
  const revert = () => setSchedule({ bookings: snapshot.bookings, loads: snapshot.loads, saving: new Set() });
  // One announcement per write; this view draws their results itself.
  const own = opts.move && inputs.length > 1 ? 1 : inputs.length;
  const onLine = inputs.some((b) => b.demandLineId !== null || (b.id && before.bookings.get(b.id)?.demandLineId));
  try {
    const write = (allow: boolean) => writeBookings(inputs, snapshot.bookings, opts.move, allow);
    const since = performance.now();
    for (let i = 0; i < own; i++) store.expectOwnWrite(onLine);
    const written = opts.rethrow ? await write(!!opts.allowOverAllocation) : await writeOrAsk(write, askConfirm);
    if (!written) {
      for (let i = 0; i < own; i++) store.forgetOwnWrite();
      revert();
      return null;
    }
    store.putScheduleBookings(written.saved, [...saving].filter((id) => id < 0));
    setSchedule((s) => ({ saving: new Set(), undo: { id: ++noteId, message: describe(inputs, verb), steps: written.steps, since }, bookings: dropTemps(s.bookings) }));
    return written.saved;
  } catch (e) {
    for (let i = 0; i < own; i++) store.forgetOwnWrite();
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

/** A write done here that isn't a booking's (time off): said in the Schedule's banner, with its Undo. */
export function noteOnBanner(message: string): void {
  setSchedule({ undo: { id: ++noteId, message, steps: 1 } });
}

export async function deleteBooking(b: BookingView): Promise<void> {
  const store = useStore.getState();
  const since = performance.now();
  store.expectOwnWrite(b.demandLineId !== null);
  try {
    await call('bookings:delete', { id: b.id });
  } catch (e) {
    store.forgetOwnWrite();
    throw e;
  }
  store.putScheduleBookings([], [b.id]);
  setSchedule((s) => {
    const selection = new Set(s.selection);
    selection.delete(b.id);
    return { selection, focusId: s.focusId === b.id ? null : s.focusId };
  });
  setSchedule((s) => {
    const loads = new Map(s.loads);
    shiftLoads(loads, b, -1);
    return { loads, undo: { id: ++noteId, message: describe([b], 'Deleted'), steps: 1, since } };
  });
}
