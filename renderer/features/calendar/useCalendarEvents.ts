import { useMemo } from 'react';
import type { EventInput } from '@fullcalendar/core';
import type { IsoDate } from '@shared/domain';
import { useStore } from '../../store';
import { LONG_RANGE_DAYS } from '../../store/calendarSlice';
import { bookingEvent, dailyCountEvents } from './bookingEvents';
import { closureEvent, holidayEvents, overallocatedByDay, overallocationShades, timeOffEvent } from './contextEvents';
import { daysBetween } from './dates';
import type { Lookups } from './lookups';

const NONE = new Map<IsoDate, string[]>();

/**
 * The calendar slice's data as FullCalendar events: bookings (or counts per day), then what
 * surrounds them; and who is over-allocated on each day, for the day's marker.
 */
export function useCalendarEvents(lookups: Lookups): { events: EventInput[]; overByDay: Map<IsoDate, string[]> } {
  const { range, bookings, drawn, closures, timeOff, holidays, marks } = useStore((s) => s.calendar);
  const bookingEvents = useMemo(() => {
    if (!range || !drawn || drawn.mode === 'narrow') return [];
    if (daysBetween(range.from, range.to) > LONG_RANGE_DAYS) return dailyCountEvents(bookings, range.from, range.to, true);
    if (drawn.mode === 'counts') return dailyCountEvents(bookings, range.from, range.to);
    return bookings.map((b) => bookingEvent(b, lookups));
  }, [range, bookings, drawn, lookups]);
  const overByDay = useMemo(() => (range && marks.length ? overallocatedByDay(marks, lookups, range.from, range.to) : NONE), [marks, lookups, range]);
  const context = useMemo(
    () => [...closures.map(closureEvent), ...holidayEvents(holidays), ...timeOff.map((t) => timeOffEvent(t, lookups)), ...overallocationShades(overByDay)],
    [closures, holidays, timeOff, overByDay, lookups],
  );
  const events = useMemo(() => [...bookingEvents, ...context], [bookingEvents, context]);
  return { events, overByDay };
}
