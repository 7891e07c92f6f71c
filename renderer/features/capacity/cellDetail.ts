// The hours each booking puts into one heatmap cell. The main process places a booking's hours on
// its person's working days (or on every day when it covers none); the renderer sees per-day
// capacity and booked hours, and infers from them which days each booking counts on. Small loops:
// one cell's days × the few bookings behind it.

import type { BookingView } from '@shared/contract';
import { spanDays } from '@shared/dates';

export interface DayFigures {
  date: string;
  capacity: number;
  booked: number;
}

const TOLERANCE = 0.01;


/** True when the booking's hours fall on every day it covers (it covers no working day, or only working days). */
export function countsEveryDay(b: BookingView): boolean {
  const dayCount = b.hoursPerDay > 0 ? Math.round(b.totalHours / b.hoursPerDay) : 0;
  return dayCount >= spanDays(b.start, b.end);
}

/** Hours of each booking within the given days, by booking id. */
export function bookingHoursIn(days: DayFigures[], bookings: BookingView[]): Map<number, number> {
  const every = new Map(bookings.map((b) => [b.id, countsEveryDay(b)]));
  const hours = new Map(bookings.map((b) => [b.id, 0]));
  for (const day of days) {
    const covering = bookings.filter((b) => b.start <= day.date && day.date <= b.end);
    if (!covering.length) continue;
    let working = day.capacity > TOLERANCE;
    if (!working) {
      // No capacity: a working day under time off (everything counts), or a day off (only
      // bookings that count every day do). The booked figure tells which.
      const all = covering.reduce((s, b) => s + b.hoursPerDay, 0);
      working = Math.abs(all - day.booked) < TOLERANCE;
    }
    for (const b of covering) {
      if (working || every.get(b.id)) hours.set(b.id, (hours.get(b.id) ?? 0) + b.hoursPerDay);
    }
  }
  return hours;
}
