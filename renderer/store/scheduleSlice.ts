import type { BookingView, DemandLineSummary, WorkspaceChange } from '@shared/contract';
import type { TimeOff } from '@shared/domain';
import { call, errorMessage } from '../api';
import { dayFromIso, todayDay } from '../features/schedule/days';
import type { TimeOffOpen } from '../features/timeoff/timeOffDraft';
import type { BookingDraft, Confirmation, DragPreview, GridMenu, GroupBy, Load, ScheduleFilters, SortBy, UndoNote, Zoom } from '../features/schedule/types';
import { NO_TALENT_FILTER } from '../lib/talentFilter';
import { toTalentListInput } from './peopleFilter';
import { changedSpan, emptyCover, ensureWindow, fetchBookings, fetchHolidays, fetchShade, type ScheduleCover } from './scheduleWindow';
import type { Slice } from './types';
import { closureDaysIn } from '@shared/capacity/closures';

/** What the Schedule shows and how: its view settings, the data of the rows and days in view, and the user's selection. */
export interface ScheduleState {
  zoom: Zoom;
  groupBy: GroupBy;
  sortBy: SortBy;
  filters: ScheduleFilters;
  axisStart: number;
  axisEnd: number;
  /** Who matches the filters, or null when no filter is on (everyone in `allPeople`). */
  rowIds: Set<number> | null;
  rowsLoaded: boolean;
  rowsError: string | null;
  openLines: DemandLineSummary[];
  /** Bookings of the rows fetched so far, by id. */
  bookings: Map<number, BookingView>;
  /** Per person: bucket start day → hours. */
  loads: Map<number, Map<number, Load>>;
  timeOff: Map<number, TimeOff[]>;
  /** 'GB/ENG' → day → holiday name. */
  holidays: Map<string, Map<number, string>>;
  closures: Map<number, string>;
  selection: Set<number>;
  focusId: number | null;
  /** Ids of bookings being saved (drawn faded). */
  saving: Set<number>;
  drag: DragPreview | null;
  draft: BookingDraft | null;
  /** Time off open in its dialog, the period of time off selected (Delete, Enter), and the right-click menu. */
  timeOffOpen: TimeOffOpen | null;
  timeOffFocus: number | null;
  menu: GridMenu | null;
  confirm: Confirmation | null;
  undo: UndoNote | null;
  /** The undo step this view's latest write made, as main announced it, and when that arrived. */
  ownStep: { step: number; at: number } | null;
  error: string | null;
  /** A request to scroll the grid to a day (Today, Go to date). */
  jump: { day: number; seq: number } | null;
}

type SchedulePatch = Partial<ScheduleState> | ((s: ScheduleState) => Partial<ScheduleState>);

export interface ScheduleSlice {
  schedule: ScheduleState;
  /** What has been fetched for which rows and days (bookkeeping, never drawn). */
  scheduleCover: ScheduleCover;
  setSchedule(patch: SchedulePatch): void;
  /** The Schedule opens (mounts) or closes; on opening it asks again for what changed meanwhile. */
  setScheduleOpen(open: boolean): void;
  /** Who the rows are: everyone, or the ids matching the Schedule's filters. */
  loadScheduleRows(): Promise<void>;
  loadScheduleClosures(): Promise<void>;
  loadScheduleOpenLines(): Promise<void>;
  /** Makes sure the rows `ids` have data for [from, to]; fetches what's missing with a margin either side. */
  ensureScheduleWindow(ids: number[], from: number, to: number, zoom: Zoom): void;
  /** Puts bookings the window wrote (their results) in place of what was drawn, and drops `removed`. */
  putScheduleBookings(written: BookingView[], removed?: number[]): void;
  /** Fetches the bookings of these rows and days again (after a batch move, which answers only ids). */
  fetchScheduleBookings(span: { ids: number[]; from: number; to: number }): Promise<void>;
  /** The next 'window' bookings change is this view's own write (its result is drawn here); `onLine` when a demand line's open hours move. */
  expectOwnWrite(onLine: boolean): void;
  /** The write expected did not happen. */
  forgetOwnWrite(): void;
  /** Reactions to an announced change (see store/changes.ts): each refetches only the rows and days it names. */
  scheduleBookingsChanged(change: WorkspaceChange): Promise<void>;
  scheduleShadeChanged(change: WorkspaceChange): Promise<void>;
  scheduleTimeOffChanged(change: WorkspaceChange): Promise<void>;
  scheduleHolidaysChanged(): Promise<void>;
  /** Holidays of the places of the rows in view not yet fetched (a person moved to another country). */
  ensureScheduleHolidays(): Promise<void>;
  /** Open demand again, when the Schedule has asked for it before. */
  reloadScheduleOpenLines(): Promise<void>;
}

const today = todayDay();

export const initialSchedule: ScheduleState = {
  zoom: 'day',
  groupBy: 'none',
  sortBy: 'name',
  filters: NO_TALENT_FILTER,
  axisStart: today - 90,
  axisEnd: today + 270,
  rowIds: null,
  rowsLoaded: false,
  rowsError: null,
  openLines: [],
  bookings: new Map(),
  loads: new Map(),
  timeOff: new Map(),
  holidays: new Map(),
  closures: new Map(),
  selection: new Set(),
  focusId: null,
  saving: new Set(),
  drag: null,
  draft: null,
  timeOffOpen: null,
  timeOffFocus: null,
  menu: null,
  confirm: null,
  undo: null,
  ownStep: null,
  error: null,
  jump: { day: today, seq: 0 },
};

export const createScheduleSlice: Slice<ScheduleSlice> = (set, get) => {
  const setSchedule = (patch: SchedulePatch) =>
    set((s) => ({ schedule: { ...s.schedule, ...(typeof patch === 'function' ? patch(s.schedule) : patch) } }));
  const fail = (e: unknown) => setSchedule({ error: errorMessage(e) });
  const io = { get, setSchedule, fail };
  /** While closed, a change drops what it may have touched (fetched again when the rows are next in view). */
  const closedMarks = (what: 'rows' | 'holidays' | 'lines'): boolean => {
    const cover = get().scheduleCover;
    if (cover.open) return false;
    cover.stale = true;
    if (what === 'rows') {
      cover.bookings.clear();
      cover.loads.clear();
    } else if (what === 'holidays') cover.holidays.clear();
    return true;
  };
  /** Another workspace (a restore, the demo): drop everything held and fetch the rows in view afresh. */
  const forgetAll = () => {
    const cover = get().scheduleCover;
    const { ids, from, to } = cover.view;
    cover.bookings.clear();
    cover.loads.clear();
    cover.holidays.clear();
    cover.ownWrites = [];
    setSchedule({ bookings: new Map(), loads: new Map(), timeOff: new Map(), holidays: new Map(), selection: new Set(), focusId: null });
    if (ids.length && cover.open) ensureWindow(io, ids, from, to, cover.zoom);
  };

  return {
    schedule: initialSchedule,
    scheduleCover: emptyCover(),
    setSchedule,

    setScheduleOpen(open) {
      const cover = get().scheduleCover;
      cover.open = open;
      if (!open || !cover.stale) return;
      cover.stale = false;
      void get().reloadScheduleOpenLines();
    },
    async loadScheduleRows() {
      const cover = get().scheduleCover;
      const ticket = ++cover.rowsSeq;
      const input = toTalentListInput(get().schedule.filters);
      try {
        const [matching] = await Promise.all([
          Object.keys(input).length ? call('talent:list', input) : Promise.resolve(null),
          get().allPeopleLoaded ? Promise.resolve() : get().loadAllPeople(),
        ]);
        if (ticket !== cover.rowsSeq) return;
        setSchedule({ rowIds: matching && new Set(matching.map((t) => t.id)), rowsLoaded: true, rowsError: null });
      } catch (e) {
        if (ticket === cover.rowsSeq) setSchedule({ rowsLoaded: true, rowsError: errorMessage(e) });
      }
    },
    async loadScheduleClosures() {
      try {
        const closures = await call('closures:list', {});
        // Closures span days and may repeat yearly: the years around this one, day by day.
        const year = new Date().getFullYear();
        setSchedule({ closures: closureDaysIn(closures, dayFromIso(`${year - 5}-01-01`), dayFromIso(`${year + 6}-12-31`)) });
      } catch (e) {
        fail(e);
      }
    },
    async loadScheduleOpenLines() {
      get().scheduleCover.openLinesAsked = true;
      try {
        setSchedule({ openLines: await call('demandLines:list', { openOnly: true }) });
      } catch (e) {
        fail(e);
      }
    },
    ensureScheduleWindow(ids, from, to, zoom) {
      ensureWindow(io, ids, from, to, zoom);
    },
    putScheduleBookings(written, removed = []) {
      setSchedule((s) => {
        const bookings = new Map(s.bookings);
        for (const id of removed) bookings.delete(id);
        for (const b of written) bookings.set(b.id, b);
        return { bookings };
      });
    },
    async fetchScheduleBookings({ ids, from, to }) {
      await fetchBookings(io, ids, from, to, 'bookings');
    },
    expectOwnWrite(onLine) {
      get().scheduleCover.ownWrites.push(onLine);
    },
    forgetOwnWrite() {
      get().scheduleCover.ownWrites.pop();
    },

    async scheduleBookingsChanged(change) {
      const cover = get().scheduleCover;
      if (change.areas.includes('workspace')) return forgetAll();
      if (closedMarks('rows')) return;
      const own = change.source === 'window' ? cover.ownWrites.shift() : undefined;
      if (own !== undefined && change.step !== undefined) get().setSchedule({ ownStep: { step: change.step, at: performance.now() } });
      const span = own === undefined ? changedSpan(cover, change, cover.bookings) : null;
      // Open hours move with any booking on a demand line: this view knows which of its own writes are.
      await Promise.all([span && fetchBookings(io, span.ids, span.from, span.to, 'bookings').catch(fail), own !== false && get().reloadScheduleOpenLines()]);
    },
    async scheduleShadeChanged(change) {
      if (closedMarks('rows')) return;
      const cover = get().scheduleCover;
      const span = changedSpan(cover, change, cover.loads);
      if (span) await fetchShade(io, span.ids, span.from, span.to, cover.zoom).catch(fail);
    },
    async scheduleTimeOffChanged(change) {
      if (closedMarks('rows')) return;
      const cover = get().scheduleCover;
      const span = changedSpan(cover, change, cover.bookings);
      if (span) await fetchBookings(io, span.ids, span.from, span.to, 'timeOff').catch(fail);
    },
    async reloadScheduleOpenLines() {
      if (closedMarks('lines')) return;
      if (get().scheduleCover.openLinesAsked) await get().loadScheduleOpenLines();
    },
    async scheduleHolidaysChanged() {
      if (closedMarks('holidays')) return;
      const cover = get().scheduleCover;
      if (cover.view.ids.length === 0) return;
      cover.holidays.clear();
      await Promise.all([get().loadScheduleClosures(), get().ensureScheduleHolidays()]);
    },
    async ensureScheduleHolidays() {
      const { view } = get().scheduleCover;
      const ids = new Set(view.ids);
      if (ids.size) await fetchHolidays(io, get().allPeople.filter((p) => ids.has(p.id)), view.from, view.to);
    },
  };
};
