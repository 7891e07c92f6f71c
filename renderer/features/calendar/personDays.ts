// The Calendar filtered to one person: their days as the capacity core counts them (capacity:grid,
// one bucket a day). Days their pattern, a holiday or a closure gives no hours are shaded, and so
// are days outside their contract; a booking is drawn only over the days that carry its hours.

import type { EventInput } from '@fullcalendar/core';
import type { BookingView, CapacityGrid } from '@shared/contract';
import type { Id, IsoDate, TimeOff } from '@shared/domain';
import { exclusiveEnd } from './dates';

/** One of the person's days, from the capacity core. */
export interface PersonDay {
  date: IsoDate;
  capacity: number;
  /** Confirmed and tentative hours of all their bookings that day. */
  booked: number;
  /** True when the day is before their contract starts or after it ends. */
  outside: boolean;
}

export interface PersonDays {
  talentId: Id;
  days: PersonDay[];
}

/** A one-person, one-day-a-bucket grid as the person's days. */
export function personDaysOf(grid: CapacityGrid, talentId: Id): PersonDays {
  const days = grid.buckets.map((b, i) => ({
    date: b.start,
    capacity: grid.capacity[i] ?? 0,
    booked: (grid.confirmed[i] ?? 0) + (grid.tentative[i] ?? 0),
    outside: (grid.inactive[i] ?? 0) >= 1,
  }));
  return { talentId, days };
}

/**
 * True when a booking's hours can fall on the day: a day with capacity, or one the core shows hours
 * booked on although it has none (time off or outside the contract don't move bookings; a booking
 * over no working day at all puts its hours on every day).
 */
const carries = (d: PersonDay) => d.capacity > 0 || d.booked > 0;

/** Runs of consecutive days (inclusive) that pass the test. */
function runs(days: PersonDay[], test: (d: PersonDay) => boolean): { start: IsoDate; end: IsoDate }[] {
  const out: { start: IsoDate; end: IsoDate }[] = [];
  let open: { start: IsoDate; end: IsoDate } | null = null;
  for (const d of days) {
    if (!test(d)) open = null;
    else if (open) open.end = d.date;
    else out.push((open = { start: d.date, end: d.date }));
  }
  return out;
}

/**
 * The stretches of a booking to draw: the runs of its days in view that carry hours, or the whole
 * booking when none of its days in view is known or carries any (it then counts every day).
 */
export function bookingPieces(b: BookingView, person: PersonDays): { start: IsoDate; end: IsoDate }[] {
  const own = person.days.filter((d) => d.date >= b.start && d.date <= b.end);
  const pieces = runs(own, carries);
  if (!own.length || !pieces.length) return [{ start: b.start, end: b.end }];
  // Days of the booking beyond the range in view keep the first and last pieces open-ended.
  if (b.start < own[0].date && pieces[0].start === own[0].date) pieces[0].start = b.start;
  const last = pieces[pieces.length - 1];
  if (b.end > own[own.length - 1].date && last.end === own[own.length - 1].date) last.end = b.end;
  return pieces;
}

/** Days that already have their own mark (time off, a holiday, a closure) are not shaded again. */
export function personDayShades(person: PersonDays, name: string, marked: Set<IsoDate>): EventInput[] {
  const outside = runs(person.days, (d) => d.outside).map((r) => shade(r, 'cp-outside', 'Not under contract', `Outside ${name}'s contract`));
  const off = runs(person.days, (d) => !d.outside && d.capacity === 0 && !marked.has(d.date));
  return [...outside, ...off.map((r) => shade(r, 'cp-non-working', '', `Not a working day for ${name}`))];
}

function shade(r: { start: IsoDate; end: IsoDate }, className: string, title: string, tooltip: string): EventInput {
  return {
    id: `${className}${r.start}`,
    title,
    start: r.start,
    end: exclusiveEnd(r.end),
    allDay: true,
    display: 'background',
    classNames: [className],
    extendedProps: { kind: 'personDay', tooltip },
  };
}

/** The days with a mark of their own: time off, holidays and closures in view. */
export function markedDays(timeOff: TimeOff[], holidayDays: IsoDate[], closureSpans: { date: IsoDate; endDate: IsoDate }[], days: IsoDate[]): Set<IsoDate> {
  const within = (day: IsoDate, start: IsoDate, end: IsoDate) => day >= start && day <= end;
  const set = new Set<IsoDate>(holidayDays);
  for (const day of days) {
    if (timeOff.some((t) => within(day, t.start, t.end)) || closureSpans.some((c) => within(day, c.date, c.endDate))) set.add(day);
  }
  return set;
}
