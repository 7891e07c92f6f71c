import { useMemo } from 'react';
import type { EventInput } from '@fullcalendar/core';
import type { BookingView, Holiday } from '@shared/contract';
import type { Closure, IsoDate, TimeOff } from '@shared/domain';
import { useStore } from '../../store';
import { LONG_RANGE_DAYS } from '../../store/calendarSlice';
import { bookingEvent, dailyCountEvents } from './bookingEvents';
import { closureEvent, holidayEvents, overallocatedByDay, overallocationShades, timeOffEvent } from './contextEvents';
import { daysBetween } from './dates';
import type { Lookups } from './lookups';
import { bookingPieces, markedDays, personDayShades, type PersonDays } from './personDays';

const NONE = new Map<IsoDate, string[]>();

/**
 * The calendar slice's data as FullCalendar events: bookings (or counts per day), then what
 * surrounds them; and who is over-allocated on each day, for the day's marker.
 */
export function useCalendarEvents(lookups: Lookups): { events: EventInput[]; overByDay: Map<IsoDate, string[]> } {
  const { range, bookings, drawn, closures, timeOff, holidays, marks, personDays } = useStore((s) => s.calendar);
  const bookingEvents = useMemo(() => {
    if (!range || !drawn || drawn.mode === 'narrow') return [];
    // Counts, too, count one person's bookings only on the days they fall on.
    const runs = personDays ? bookings.flatMap((b) => (b.talentId === personDays.talentId ? bookingPieces(b, personDays).map((p) => ({ ...b, ...p })) : [b])) : bookings;
    if (daysBetween(range.from, range.to) > LONG_RANGE_DAYS) return dailyCountEvents(runs, range.from, range.to, true);
    if (drawn.mode === 'counts') return dailyCountEvents(runs, range.from, range.to);
    return bookings.flatMap((b) => drawnBooking(b, lookups, personDays));
  }, [range, bookings, drawn, lookups, personDays]);
  const overByDay = useMemo(() => (range && marks.length ? overallocatedByDay(marks, lookups, range.from, range.to) : NONE), [marks, lookups, range]);
  const context = useMemo(
    () => [
      ...closures.map(closureEvent),
      ...holidayEvents(personDays ? holidaysInContract(holidays, personDays) : holidays),
      ...timeOff.map((t) => timeOffEvent(t, lookups)),
      ...overallocationShades(overByDay),
      ...(personDays ? personShades(personDays, lookups, timeOff, holidays, closures) : []),
    ],
    [closures, holidays, timeOff, overByDay, lookups, personDays],
  );
  const events = useMemo(() => [...bookingEvents, ...context], [bookingEvents, context]);
  return { events, overByDay };
}

/** A booking as one event, or, for the one person chosen, one event per run of days it falls on. */
function drawnBooking(b: BookingView, lookups: Lookups, person: PersonDays | null): EventInput[] {
  if (!person || b.talentId !== person.talentId) return [bookingEvent(b, lookups)];
  const pieces = bookingPieces(b, person);
  if (pieces.length === 1 && pieces[0].start === b.start && pieces[0].end === b.end) return [bookingEvent(b, lookups, {})];
  return pieces.map((piece) => bookingEvent(b, lookups, { piece }));
}

function personShades(person: PersonDays, lookups: Lookups, timeOff: TimeOff[], holidays: Holiday[], closures: Closure[]): EventInput[] {
  const name = lookups.talentById.get(person.talentId)?.name ?? `Person #${person.talentId}`;
  const marked = markedDays(timeOff, holidays.map((h) => h.date), closures, person.days.map((d) => d.date));
  return personDayShades(person, name, marked);
}

/** One person's public holidays outside their contract change nothing: the contract's shade says it. */
function holidaysInContract(holidays: Holiday[], person: PersonDays): Holiday[] {
  const outside = new Set(person.days.filter((d) => d.outside).map((d) => d.date));
  return holidays.filter((h) => !outside.has(h.date));
}
