// Over-allocation: booked (confirmed + tentative) above capacity on a day, found as runs of
// consecutive days per person; and the check of a booking before it is saved.

import type { Booking, Id, IsoDate } from '@shared/domain';
import { bookingSlotOf } from '@shared/capacity/allocation';
import { bookingTableGet } from '@shared/capacity/bookings';
import { isoFromDay } from '@shared/dates';
import { dayRangeFromIso, dayRangeIntersection, type IsoRange } from '@shared/capacity/range';
import { HOURS_EPSILON, type BookingSlot, type CapacityState } from '@shared/capacity/state';
import { timelineWeekOfDay } from '@shared/capacity/timeline';
import { hoursFromUnits } from '@shared/capacity/units';
import { overAllocationMessage } from '@shared/capacity/warnings';

export interface OverAllocatedDay {
  date: IsoDate;
  booked: number;
  capacity: number;
}

export interface OverAllocationRun {
  talentId: Id;
  personIndex: number;
  start: IsoDate;
  end: IsoDate;
  days: OverAllocatedDay[];
  /** e.g. "10.5 h booked of 7.5 h on 3, 4 and 5 March" (only when asked for: messages: true). */
  message?: string;
}

export function isOverAllocated(booked: number, capacity: number): boolean {
  return booked > capacity + HOURS_EPSILON;
}

export interface OverAllocationQuery {
  /** Clipped to the state's range; defaults to it. */
  range?: IsoRange;
  /** Defaults to everyone. */
  personIndexes?: readonly number[];
  /** Fill in each run's message (costs a string per run). */
  messages?: boolean;
  /** Messages name the year of dates outside this one (today's year in the app). */
  currentYear?: number;
}

/** Runs of consecutive over-allocated days (booked > capacity, exact to the second) per person. */
export function overAllocationRuns(state: CapacityState, query: OverAllocationQuery = {}): OverAllocationRun[] {
  const { timeline } = state;
  const r = query.range ? dayRangeIntersection(dayRangeFromIso(query.range), timeline.range) : timeline.range;
  const n = timeline.days;
  const rs = timeline.range.start;
  const out: OverAllocationRun[] = [];
  const people = query.personIndexes ?? state.people.map((_, p) => p);
  const { capacity, confirmed, tentative } = state;
  const flush = (p: number, days: OverAllocatedDay[]): void => {
    const run: OverAllocationRun = {
      talentId: state.people[p].id,
      personIndex: p,
      start: days[0].date,
      end: days[days.length - 1].date,
      days,
    };
    if (query.messages) run.message = overAllocationMessage(days, query.currentYear);
    out.push(run);
  };
  const W = timeline.weeks;
  const bounds = timeline.weekStartOffset;
  const weekOverDays = state.weekOverDays;
  // Each day's ISO date is made once, however many people are over on it.
  const isoOf: string[] = [];
  const iso = (d: number): string => (isoOf[d - rs] ??= isoFromDay(d));
  const firstWeek = timelineWeekOfDay(timeline, r.start);
  const lastWeek = timelineWeekOfDay(timeline, r.end);
  for (const p of people) {
    let current: OverAllocatedDay[] = [];
    const base = p * n - rs;
    // Only weeks with an over-allocated day are walked; a run can't continue through the others.
    for (let w = firstWeek; w <= lastWeek; w++) {
      if (weekOverDays[p * W + w] === 0) {
        if (current.length > 0) flush(p, current);
        current = [];
        continue;
      }
      for (let d = Math.max(r.start, rs + bounds[w]), last = Math.min(r.end, rs + bounds[w + 1] - 1); d <= last; d++) {
        const i = base + d;
        const booked = confirmed[i] + tentative[i];
        if (booked > capacity[i]) {
          current.push({ date: iso(d), booked: hoursFromUnits(booked), capacity: hoursFromUnits(capacity[i]) });
        } else if (current.length > 0) {
          flush(p, current);
          current = [];
        }
      }
    }
    if (current.length > 0) flush(p, current);
  }
  return out;
}

export interface BookingCheckDay extends OverAllocatedDay {
  /** The day was already over-allocated before the change. */
  alreadyOver: boolean;
}

export interface BookingCheck {
  /** Over-allocated days the proposed booking would carry hours on (in the state's range). */
  days: BookingCheckDay[];
  /** Null when nothing would be over-allocated. */
  message: string | null;
  /** The booking's total hours under the booking-hours rule. */
  totalHours: number;
}

function slotHoursOn(state: CapacityState, slot: BookingSlot | undefined, p: number, offset: number): number {
  if (!slot || slot.person !== p) return 0;
  const day = state.timeline.range.start + offset;
  if (day < slot.start || day > slot.end) return 0;
  if (slot.workingDaysOnly && state.working[p * state.timeline.days + offset] !== 1) return 0;
  return slot.unitsPerDay;
}

/**
 * Which days a new or changed booking (matched by id) would over-allocate, before it is saved.
 * Does not change the state.
 */
export function checkBookingChange(state: CapacityState, proposed: Booking, currentYear?: number): BookingCheck {
  const [check] = checkBookingChanges(state, [proposed], currentYear);
  return check;
}

/**
 * The same for several bookings written together (a batch move or copy): each day counts every
 * proposed booking's hours, with the old versions of the changed ones taken off. Ids not in the
 * state (e.g. −1, −2 for new ones) are new bookings. One result per proposed booking.
 */
export function checkBookingChanges(state: CapacityState, proposed: readonly Booking[], currentYear?: number): BookingCheck[] {
  const slots = proposed.map((b) => bookingSlotOf(state, b));
  const olds = proposed.map((b) => bookingTableGet(state.bookings, b.id) ?? undefined);
  const { timeline } = state;
  const n = timeline.days;
  const rs = timeline.range.start;
  const hoursOn = (p: number, offset: number): number => {
    let h = 0;
    for (let k = 0; k < slots.length; k++) h += slotHoursOn(state, slots[k], p, offset) - slotHoursOn(state, olds[k], p, offset);
    return h;
  };
  return slots.map((slot) => {
    const days: BookingCheckDay[] = [];
    const p = slot.person;
    const from = Math.max(slot.start, rs) - rs;
    const to = Math.min(slot.end, timeline.range.end) - rs;
    for (let offset = from; p >= 0 && offset <= to; offset++) {
      if (slotHoursOn(state, slot, p, offset) === 0) continue;
      const i = p * n + offset;
      const before = state.confirmed[i] + state.tentative[i];
      const booked = before + hoursOn(p, offset);
      const capacity = state.capacity[i];
      if (booked > capacity) {
        days.push({ date: isoFromDay(rs + offset), booked: hoursFromUnits(booked), capacity: hoursFromUnits(capacity), alreadyOver: before > capacity });
      }
    }
    return { days, message: days.length > 0 ? overAllocationMessage(days, currentYear) : null, totalHours: slot.totalHours };
  });
}
