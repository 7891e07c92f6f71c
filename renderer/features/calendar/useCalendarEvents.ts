import { useMemo } from 'react';
import type { EventInput } from '@fullcalendar/core';
import { useStore } from '../../store';
import { LONG_RANGE_DAYS } from '../../store/calendarSlice';
import { bookingEvent, dailyCountEvents } from './bookingEvents';
import { closureEvent, holidayEvents, overallocationEvent, timeOffEvent } from './contextEvents';
import { daysBetween } from './dates';
import type { Lookups } from './lookups';

/** The calendar slice's data as FullCalendar events: bookings (or counts per day), then what surrounds them. */
export function useCalendarEvents(lookups: Lookups): EventInput[] {
  const { range, bookings, drawn, closures, timeOff, holidays, marks } = useStore((s) => s.calendar);
  const bookingEvents = useMemo(() => {
    if (!range || !drawn || drawn.mode === 'narrow') return [];
    if (daysBetween(range.from, range.to) > LONG_RANGE_DAYS) return dailyCountEvents(bookings, range.from, range.to, true);
    if (drawn.mode === 'counts') return dailyCountEvents(bookings, range.from, range.to);
    return bookings.map((b) => bookingEvent(b, lookups));
  }, [range, bookings, drawn, lookups]);
  const context = useMemo(
    () => [...closures.map(closureEvent), ...holidayEvents(holidays), ...timeOff.map((t) => timeOffEvent(t, lookups)), ...marks.map((m, i) => overallocationEvent(m, lookups, i))],
    [closures, holidays, timeOff, marks, lookups],
  );
  return useMemo(() => [...bookingEvents, ...context], [bookingEvents, context]);
}
