import type { BookingView, Holiday, WorkspaceChange } from '@shared/contract';
import type { Closure, Id, IsoDate, TimeOff } from '@shared/domain';
import { call, errorMessage } from '../api';
import { MAX_DRAWN_BOOKINGS } from '../features/calendar/bookingEvents';
import { placesOf } from '../features/calendar/contextEvents';
import { daysBetween } from '../features/calendar/dates';
import { bookingQuery, isNarrowed, noFilters, peopleInScope, type CalendarFilters } from '../features/calendar/filters';
import { lookupsOf } from '../features/calendar/lookups';
import type { OverallocationMark, OverallocationSource } from '../features/calendar/overallocation';
import { personDaysOf, type PersonDays } from '../features/calendar/personDays';
import type { Slice } from './types';
import { closureSpansIn } from '@shared/capacity/closures';

/** How the bookings in view are drawn, for the notice above the calendar. */
export type DrawMode = { mode: 'bookings'; count: number } | { mode: 'counts'; count: number } | { mode: 'narrow'; reason: string };

/**
 * Ranges longer than this (the year view) show a count per day rather than the bookings; on a
 * workspace holding more than LARGE_WORKSPACE_BOOKINGS they need a filter first.
 */
export const LONG_RANGE_DAYS = 62;
export const LARGE_WORKSPACE_BOOKINGS = 5_000;
/** Time off and holidays are fetched for at most this many people at once. */
export const MAX_PEOPLE_FOR_CONTEXT = 500;

/** What the Calendar shows: its filters, the visible range, and what is in it. */
export interface CalendarState {
  filters: CalendarFilters;
  /** The visible days (inclusive), once the calendar has drawn. */
  range: { from: IsoDate; to: IsoDate } | null;
  bookings: BookingView[];
  drawn: DrawMode | null;
  closures: Closure[];
  timeOff: TimeOff[];
  holidays: Holiday[];
  marks: OverallocationMark[];
  /** With one person chosen: their days from the capacity core (non-working, outside the contract). */
  personDays: PersonDays | null;
  /** Requests in flight. */
  loading: number;
}

export interface CalendarSlice {
  calendar: CalendarState;
  /**
   * Bookkeeping: tickets of the latest requests (an older answer never overwrites a newer one), whether
   * the Calendar is on screen, and whether a change met its range while it wasn't.
   */
  calendarSeq: { bookings: number; context: number; open: boolean; stale: boolean };
  /** Over-allocated days for the range, when the app wires a source. */
  calendarOverallocation: OverallocationSource | null;
  /** On opening the Calendar: its starting filters and over-allocation source. */
  openCalendar(filters: CalendarFilters, overallocation: OverallocationSource | null): void;
  closeCalendar(): void;
  setCalendarFilters(filters: CalendarFilters): void;
  setCalendarRange(from: IsoDate, to: IsoDate): void;
  loadCalendarBookings(): Promise<void>;
  loadCalendarContext(): Promise<void>;
  /** Reactions to an announced change (see store/changes.ts): refetch only when it touches the range in view. */
  calendarBookingsChanged(change: WorkspaceChange): Promise<void>;
  calendarContextChanged(change: WorkspaceChange): Promise<void>;
}

const initialCalendar: CalendarState = { filters: noFilters, range: null, bookings: [], drawn: null, closures: [], timeOff: [], holidays: [], marks: [], personDays: null, loading: 0 };

/** True when the change's days (all days when it names none) meet the range in view. */
export function meetsRange(change: WorkspaceChange, range: CalendarState['range']): boolean {
  if (!range) return false;
  if (!change.range || change.areas.includes('workspace')) return true;
  return change.range.start <= range.to && change.range.end >= range.from;
}

/** One person's days in view, as the capacity core counts them; null for everyone. */
async function loadPersonDays(talentId: Id | null, from: IsoDate, to: IsoDate): Promise<PersonDays | null> {
  if (talentId === null) return null;
  const grid = await call('capacity:grid', { range: { start: from, end: to }, bucket: 'day', filter: { ids: [talentId] }, limit: 1 });
  return grid.people[0]?.id === talentId ? personDaysOf(grid, talentId) : null;
}

export const createCalendarSlice: Slice<CalendarSlice> = (set, get) => {
  const patch = (p: Partial<CalendarState> | ((c: CalendarState) => Partial<CalendarState>)) =>
    set((s) => ({ calendar: { ...s.calendar, ...(typeof p === 'function' ? p(s.calendar) : p) } }));
  const busy = (n: 1 | -1) => patch((c) => ({ loading: Math.max(0, c.loading + n) }));
  /** Names are needed before a fetch can say who is in scope (a role filter) or draw a title. */
  const people = async () => {
    const s = get();
    await Promise.all([s.allPeopleLoaded ? null : s.loadAllPeople(), s.lookupsLoaded ? null : s.loadLookups()]);
  };
  const fail = (error: unknown) => get().pushToast({ kind: 'error', message: `The calendar could not be loaded: ${errorMessage(error)}` });
  const reload = () => void Promise.all([get().loadCalendarBookings(), get().loadCalendarContext()]);
  /** While the Calendar is closed a change that meets its range is fetched on opening, not now. */
  const closed = () => {
    const track = get().calendarSeq;
    if (!track.open) track.stale = true;
    return !track.open;
  };

  /** Just one person's days (their booked hours moved); an answer overtaken by a newer context fetch is dropped. */
  const refreshPersonDays = async () => {
    const { range, filters } = get().calendar;
    if (!range || filters.talentId === null) return;
    const ticket = get().calendarSeq.context;
    try {
      const personDays = await loadPersonDays(filters.talentId, range.from, range.to);
      if (ticket === get().calendarSeq.context && get().calendar.filters.talentId === filters.talentId) patch({ personDays });
    } catch (error) {
      fail(error);
    }
  };

  return {
    calendar: initialCalendar,
    calendarSeq: { bookings: 0, context: 0, open: false, stale: false },
    calendarOverallocation: null,

    openCalendar(filters, overallocation) {
      const track = get().calendarSeq;
      const same = JSON.stringify(filters) === JSON.stringify(get().calendar.filters) && overallocation === get().calendarOverallocation;
      track.open = true;
      set({ calendarOverallocation: overallocation });
      patch({ filters });
      if ((!same || track.stale) && get().calendar.range) reload();
      track.stale = false;
    },
    closeCalendar() {
      get().calendarSeq.open = false;
    },
    setCalendarFilters(filters) {
      patch({ filters });
      reload();
    },
    setCalendarRange(from, to) {
      const r = get().calendar.range;
      if (r?.from === from && r.to === to) return;
      patch({ range: { from, to } });
      reload();
    },

    async loadCalendarBookings() {
      const { range } = get().calendar;
      if (!range) return;
      const ticket = ++get().calendarSeq.bookings;
      const current = () => ticket === get().calendarSeq.bookings;
      busy(1);
      try {
        await people();
        const { filters } = get().calendar;
        const count = get().info?.counts.bookings ?? 0;
        const long = daysBetween(range.from, range.to) > LONG_RANGE_DAYS;
        if (!isNarrowed(filters) && count > LARGE_WORKSPACE_BOOKINGS && long) {
          const reason = `${count.toLocaleString()} bookings in this workspace: choose a person, role or campaign to see a whole year.`;
          if (current()) patch({ bookings: [], drawn: { mode: 'narrow', reason } });
          return;
        }
        const query = bookingQuery(filters, lookupsOf(get()), range.from, range.to);
        const bookings = query.talentIds?.length === 0 ? [] : await call('bookings:list', query);
        const drawn: DrawMode = !long && bookings.length > MAX_DRAWN_BOOKINGS ? { mode: 'counts', count: bookings.length } : { mode: 'bookings', count: bookings.length };
        // Bookings drawn one by one carry their campaign's name and colour.
        if (drawn.mode === 'bookings' && !long && !get().allCampaignsLoaded) await get().loadAllCampaigns();
        if (current()) patch({ bookings, drawn });
      } catch (error) {
        if (current()) fail(error);
      } finally {
        busy(-1);
      }
    },

    async loadCalendarContext() {
      const { range } = get().calendar;
      if (!range) return;
      const ticket = ++get().calendarSeq.context;
      busy(1);
      try {
        await people();
        const { from, to } = range;
        const lookups = lookupsOf(get());
        const inScope = peopleInScope(get().calendar.filters, lookups);
        const limited = inScope && inScope.length > 0 && inScope.length <= MAX_PEOPLE_FOR_CONTEXT ? inScope : null;
        const places = limited ? placesOf(limited, lookups) : [];
        // Everyone's time off (it can be added here) when the studio is small enough to draw it, up to a month or so (not the year).
        const everyone = inScope === null && get().allPeople.length <= MAX_PEOPLE_FOR_CONTEXT && daysBetween(from, to) <= LONG_RANGE_DAYS;
        const source = get().calendarOverallocation;
        const [closures, timeOff, holidays, marks, personDays] = await Promise.all([
          call('closures:list', { from, to }),
          limited ? call('timeOff:list', { talentIds: limited, from, to }) : everyone ? call('timeOff:list', { from, to }) : [],
          places.length ? call('holidays:list', { from, to, places }) : [],
          source ? source({ from, to, talentIds: inScope }) : [],
          loadPersonDays(get().calendar.filters.talentId, from, to),
        ]);
        // Closures span days and may repeat yearly: each occurrence in view is drawn.
        if (ticket === get().calendarSeq.context) patch({ closures: closureSpansIn(closures, from, to), timeOff, holidays, marks, personDays });
      } catch (error) {
        if (ticket === get().calendarSeq.context) fail(error);
      } finally {
        busy(-1);
      }
    },

    async calendarBookingsChanged(change) {
      if (!meetsRange(change, get().calendar.range) || closed()) return;
      // Over-allocated days, and the days one person's bookings fall on, move with the bookings.
      const marks = get().calendarOverallocation ? get().loadCalendarContext() : refreshPersonDays();
      await Promise.all([get().loadCalendarBookings(), marks]);
    },
    async calendarContextChanged(change) {
      if (!meetsRange(change, get().calendar.range) || closed()) return;
      const byRole = get().calendar.filters.roleId !== null && change.areas.includes('people');
      await Promise.all([get().loadCalendarContext(), byRole ? get().loadCalendarBookings() : null]);
    },
  };
};
