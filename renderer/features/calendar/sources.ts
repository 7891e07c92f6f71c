// FullCalendar function event sources: each fetch asks the API for the visible range only,
// under the current filters (read through a ref, so a filter change is just a refetch).

import { closureSpansIn } from '@shared/capacity/closures';
import type { EventInput, EventSourceFuncArg, EventSourceInput } from '@fullcalendar/core';
import type { BookingView } from '@shared/contract';
import { call } from '../../api';
import { bookingEvent, dailyCountEvents, MAX_DRAWN_BOOKINGS } from './bookingEvents';
import { closureEvent, holidayEvents, overallocationEvent, placesOf, timeOffEvent } from './contextEvents';
import { daysBetween, rangeOf } from './dates';
import { bookingQuery, isNarrowed, peopleInScope, type CalendarFilters } from './filters';
import type { LookupsReady } from './lookups';
import type { OverallocationSource } from './overallocation';

/** How the last bookings fetch was drawn, for the notice above the calendar. */
export type DrawMode =
  | { mode: 'bookings'; count: number }
  | { mode: 'counts'; count: number }
  | { mode: 'narrow'; reason: string };

/**
 * Ranges longer than this (the year view) show a count per day rather than the bookings; on a
 * workspace holding more than LARGE_WORKSPACE_BOOKINGS they need a filter first.
 */
const LONG_RANGE_DAYS = 62;
export const LARGE_WORKSPACE_BOOKINGS = 5_000;
/** Time off and holidays are fetched for at most this many people at once. */
export const MAX_PEOPLE_FOR_CONTEXT = 500;

export interface SourceDeps {
  filters: () => CalendarFilters;
  lookups: () => LookupsReady;
  overallocation: () => OverallocationSource | undefined;
  onDrawn: (mode: DrawMode) => void;
}

export async function fetchBookingEvents(deps: SourceDeps, start: Date, end: Date): Promise<EventInput[]> {
  const lookups = await deps.lookups().people;
  const filters = deps.filters();
  const { from, to } = rangeOf(start, end);
  const long = daysBetween(from, to) > LONG_RANGE_DAYS;
  if (!isNarrowed(filters) && lookups.bookingCount > LARGE_WORKSPACE_BOOKINGS && long) {
    deps.onDrawn({ mode: 'narrow', reason: `${lookups.bookingCount.toLocaleString()} bookings in this workspace: choose a person, role or campaign to see a whole year.` });
    return [];
  }
  const query = bookingQuery(filters, lookups, from, to);
  if (query.talentIds && query.talentIds.length === 0) {
    deps.onDrawn({ mode: 'bookings', count: 0 });
    return [];
  }
  const bookings: BookingView[] = await call('bookings:list', query);
  if (long) {
    deps.onDrawn({ mode: 'bookings', count: bookings.length });
    return dailyCountEvents(bookings, from, to, true);
  }
  if (bookings.length > MAX_DRAWN_BOOKINGS) {
    deps.onDrawn({ mode: 'counts', count: bookings.length });
    return dailyCountEvents(bookings, from, to);
  }
  const named = await deps.lookups().full();
  deps.onDrawn({ mode: 'bookings', count: bookings.length });
  return bookings.map((b) => bookingEvent(b, named));
}

export async function fetchContextEvents(deps: SourceDeps, start: Date, end: Date): Promise<EventInput[]> {
  const lookups = await deps.lookups().people;
  const { from, to } = rangeOf(start, end);
  const people = peopleInScope(deps.filters(), lookups);
  const closures = call('closures:list', { from, to });
  const limited = people && people.length > 0 && people.length <= MAX_PEOPLE_FOR_CONTEXT ? people : null;
  const places = limited ? placesOf(limited, lookups) : [];
  const [closed, off, holidays] = await Promise.all([
    closures,
    limited ? call('timeOff:list', { talentIds: limited, from, to }) : Promise.resolve([]),
    places.length ? call('holidays:list', { from, to, places }) : Promise.resolve([]),
  ]);
  const source = deps.overallocation();
  const marks = source ? await source({ from, to, talentIds: people }) : [];
  return [
    ...closureSpansIn(closed, from, to).map(closureEvent),
    ...holidayEvents(holidays),
    ...off.map((t) => timeOffEvent(t, lookups)),
    ...marks.map((m, i) => overallocationEvent(m, lookups, i)),
  ];
}

/** The two sources, built once per calendar. */
export function eventSources(deps: SourceDeps): EventSourceInput[] {
  return [
    { id: 'bookings', events: (info: EventSourceFuncArg) => fetchBookingEvents(deps, info.start, info.end) },
    { id: 'context', events: (info: EventSourceFuncArg) => fetchContextEvents(deps, info.start, info.end) },
  ];
}
