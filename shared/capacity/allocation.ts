// Bookings on the grid: which days carry a booking's hours, and adding/removing them.

import type { Booking } from '@shared/domain';
import { dayFromIso } from '@shared/dates';
import { isWorkingDayFor } from '@shared/capacity/availability';
import { bookingRowOf, bookingTableRowFor, bookingTableSet } from '@shared/capacity/bookings';
import {
  BOOKING_LIVE,
  BOOKING_TENTATIVE,
  BOOKING_WORKING_DAYS_ONLY,
  NO_ID,
  type BookingColumns,
  type BookingSlot,
  type CapacityState,
} from '@shared/capacity/state';
import { accountRowCost } from '@shared/capacity/cost';
import { hoursFromUnits, unitsFromHours } from '@shared/capacity/units';

/** Working days of person p in [start, end] (the grid in the range, the slow test outside it). */
function workingDaysIn(state: CapacityState, p: number, start: number, end: number): number {
  const rs = state.timeline.range.start;
  const re = state.timeline.range.end;
  let count = 0;
  const inFrom = Math.max(start, rs);
  const inTo = Math.min(end, re);
  const working = state.working;
  for (let i = p * state.timeline.days - rs + inFrom, last = p * state.timeline.days - rs + inTo; i <= last; i++) {
    count += working[i];
  }
  for (let d = start; d <= end && d < rs; d++) if (isWorkingDayFor(state, p, d)) count++;
  for (let d = Math.max(start, re + 1); d <= end; d++) if (isWorkingDayFor(state, p, d)) count++;
  return count;
}

/** Days that carry a booking's hours: its working days, or every day when it covers none. */
function carryingDays(person: number, span: number, workingDays: number): number {
  return person < 0 ? 0 : workingDays > 0 ? workingDays : span;
}

function workingDaysOfBooking(state: CapacityState, person: number, start: number, end: number): number {
  return person >= 0 && end >= start ? workingDaysIn(state, person, start, end) : 0;
}

/**
 * Places a booking: its hours fall on each covered working day of the person (time off and the
 * active window are ignored); if it covers no working day, on each of its days.
 */
export function bookingSlotOf(state: CapacityState, booking: Booking): BookingSlot {
  const person = state.personIndexById.get(booking.talentId) ?? -1;
  const start = dayFromIso(booking.start);
  const end = dayFromIso(booking.end);
  const workingDays = workingDaysOfBooking(state, person, start, end);
  const dayCount = carryingDays(person, end >= start ? end - start + 1 : 0, workingDays);
  const unitsPerDay = unitsFromHours(booking.hoursPerDay);
  return {
    id: booking.id,
    talentId: booking.talentId,
    campaignId: booking.campaignId,
    demandLineId: booking.demandLineId,
    person,
    start,
    end,
    hoursPerDay: booking.hoursPerDay,
    unitsPerDay,
    tentative: booking.status === 'tentative',
    workingDaysOnly: workingDays > 0,
    dayCount,
    totalHours: hoursFromUnits(dayCount * unitsPerDay),
    campaign: state.campaignIndexById.get(booking.campaignId) ?? -1,
    line: booking.demandLineId === null ? -1 : (state.lineIndexById.get(booking.demandLineId) ?? -1),
  };
}

/** Adds (sign 1) or removes (sign −1) a stored booking's hours on the in-range days of its person's row. */
export function placeBookingRow(state: CapacityState, row: number, sign: 1 | -1): void {
  const t = state.bookings;
  const person = t.person[row];
  if (person < 0) return;
  const n = state.timeline.days;
  const rs = state.timeline.range.start;
  const from = Math.max(t.start[row], rs) - rs;
  const to = Math.min(t.end[row], state.timeline.range.end) - rs;
  if (from > to) return;
  const base = person * n;
  const flags = t.flags[row];
  const grid = (flags & BOOKING_TENTATIVE) !== 0 ? state.tentative : state.confirmed;
  const h = sign * t.unitsPerDay[row];
  if ((flags & BOOKING_WORKING_DAYS_ONLY) !== 0) {
    const working = state.working;
    for (let i = base + from, last = base + to; i <= last; i++) if (working[i] === 1) grid[i] += h;
  } else {
    for (let i = base + from, last = base + to; i <= last; i++) grid[i] += h;
  }
}

/** Adds or removes a stored booking's hours and cost in its campaign's and demand line's totals. */
export function accountBookingRow(state: CapacityState, row: number, sign: 1 | -1): void {
  const t = state.bookings;
  const person = t.person[row];
  if (person < 0) return;
  const hours = hoursFromUnits(sign * t.dayCount[row] * t.unitsPerDay[row]);
  const campaign = t.campaign[row];
  if (campaign >= 0) {
    if ((t.flags[row] & BOOKING_TENTATIVE) !== 0) state.campaignTentativeHours[campaign] += hours;
    else state.campaignConfirmedHours[campaign] += hours;
    accountRowCost(state, row, campaign, sign);
  }
  const line = t.line[row];
  if (line >= 0) state.lineBooked[line] += hours;
}

/** Stores a booking (new, or replacing its id's row) and adds it to grids and totals; returns the row. */
export function addBooking(state: CapacityState, booking: Booking): number {
  const row = bookingTableSet(state.bookings, bookingSlotOf(state, booking));
  placeBookingRow(state, row, 1);
  accountBookingRow(state, row, 1);
  return row;
}

/** Ids up to this are looked up in an array during the build rather than in a Map. */
const MAX_DENSE_LOOKUP_ID = 1 << 22;

/** id → index + 1 (0 = unknown) as an array, when the ids are small enough; else null. */
function denseLookup(indexById: ReadonlyMap<number, number>): Int32Array | null {
  let max = 0;
  for (const id of indexById.keys()) if (id > max) max = id;
  if (max > MAX_DENSE_LOOKUP_ID) return null;
  const lookup = new Int32Array(max + 1);
  for (const [id, index] of indexById) if (id >= 0) lookup[id] = index + 1;
  return lookup;
}

function indexOf(lookup: Int32Array | null, indexById: ReadonlyMap<number, number>, id: number): number {
  if (lookup) return id >= 0 && id < lookup.length ? lookup[id] - 1 : -1;
  return indexById.get(id) ?? -1;
}

/**
 * Stores and places every booking of the columns, in their order (the build). When an id repeats,
 * the last entry wins, as a series of upserts would have it.
 */
export function addBookingColumns(state: CapacityState, columns: BookingColumns): void {
  const people = denseLookup(state.personIndexById);
  const campaigns = denseLookup(state.campaignIndexById);
  const lines = denseLookup(state.lineIndexById);
  const t = state.bookings;
  for (let i = 0; i < columns.length; i++) {
    const row = bookingTableRowFor(t, columns.id[i]);
    if ((t.flags[row] & BOOKING_LIVE) !== 0) {
      // A repeated id: take the earlier entry's hours out first.
      placeBookingRow(state, row, -1);
      accountBookingRow(state, row, -1);
    }
    const person = indexOf(people, state.personIndexById, columns.talentId[i]);
    const lineId = columns.demandLineId[i];
    const line = lineId === NO_ID ? -1 : indexOf(lines, state.lineIndexById, lineId);
    storeBookingColumn(state, columns, i, row, person, indexOf(campaigns, state.campaignIndexById, columns.campaignId[i]), line);
  }
}

/**
 * Adds hours to the working days of p in [start, end] (inside the range) in one pass, returning
 * how many there were: when none, nothing was added.
 */
function addOnWorkingDays(state: CapacityState, grid: Int32Array, p: number, start: number, end: number, units: number): number {
  const working = state.working;
  let count = 0;
  for (let i = p * state.timeline.days - state.timeline.range.start + start, last = i + end - start; i <= last; i++) {
    const w = working[i];
    grid[i] += units * w;
    count += w;
  }
  return count;
}

/** Writes entry i of the columns into table row `row`, and places it. */
function storeBookingColumn(
  state: CapacityState,
  columns: BookingColumns,
  i: number,
  row: number,
  person: number,
  campaign: number,
  line: number,
): void {
  const t = state.bookings;
  const start = columns.start[i];
  const end = columns.end[i];
  const units = unitsFromHours(columns.hoursPerDay[i]);
  const tentative = columns.tentative[i] === 1;
  // The common case, a booking inside the range, is counted and placed in one pass.
  const inRange = person >= 0 && end >= start && start >= state.timeline.range.start && end <= state.timeline.range.end;
  const grid = tentative ? state.tentative : state.confirmed;
  const workingDays = inRange ? addOnWorkingDays(state, grid, person, start, end, units) : workingDaysOfBooking(state, person, start, end);
  t.id[row] = columns.id[i];
  t.talentId[row] = columns.talentId[i];
  t.campaignId[row] = columns.campaignId[i];
  t.demandLineId[row] = columns.demandLineId[i];
  t.hoursPerDay[row] = columns.hoursPerDay[i];
  t.person[row] = person;
  t.start[row] = start;
  t.end[row] = end;
  t.unitsPerDay[row] = units;
  t.dayCount[row] = carryingDays(person, end >= start ? end - start + 1 : 0, workingDays);
  t.campaign[row] = campaign;
  t.line[row] = line;
  t.flags[row] = BOOKING_LIVE | (tentative ? BOOKING_TENTATIVE : 0) | (workingDays > 0 ? BOOKING_WORKING_DAYS_ONLY : 0);
  if (!inRange || workingDays === 0) placeBookingRow(state, row, 1);
  accountBookingRow(state, row, 1);
}

/** Takes a stored booking's hours out of grids and totals (the row stays stored); −1 if unknown. */
export function subtractBooking(state: CapacityState, id: number): number {
  const row = bookingRowOf(state.bookings, id);
  if (row >= 0) {
    placeBookingRow(state, row, -1);
    accountBookingRow(state, row, -1);
  }
  return row;
}

/** A booking's total hours under the booking-hours rule (0 for an unknown person). */
export function bookingTotalHours(state: CapacityState, booking: Booking): number {
  return bookingSlotOf(state, booking).totalHours;
}
