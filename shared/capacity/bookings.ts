// The booking table: rows of parallel typed arrays, keyed by booking id.

import type { Booking, Id } from '@shared/domain';
import {
  BOOKING_TENTATIVE,
  BOOKING_WORKING_DAYS_ONLY,
  type BookingSlot,
  type BookingTable,
} from '@shared/capacity/state';
import { hoursFromUnits } from '@shared/capacity/units';

/** Ids below this go in the dense index (64 M entries at most, 4 bytes each). */
const MAX_DENSE_ID = 1 << 26;

export function bookingTableOf(capacity: number, maxId = capacity): BookingTable {
  const size = Math.max(16, capacity);
  return {
    rowIndex: new Int32Array(Math.min(MAX_DENSE_ID, Math.max(16, maxId + 1))),
    rowByFarId: new Map(),
    count: 0,
    items: new Array<Booking | null>(size).fill(null),
    person: new Int32Array(size),
    start: new Int32Array(size),
    end: new Int32Array(size),
    unitsPerDay: new Int32Array(size),
    dayCount: new Int32Array(size),
    campaign: new Int32Array(size),
    line: new Int32Array(size),
    flags: new Uint8Array(size),
    size: 0,
    freeRows: [],
  };
}

function grown<T extends Int32Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

function growBookingTable(table: BookingTable): void {
  const size = table.person.length * 2;
  table.person = grown(table.person, size);
  table.start = grown(table.start, size);
  table.end = grown(table.end, size);
  table.unitsPerDay = grown(table.unitsPerDay, size);
  table.dayCount = grown(table.dayCount, size);
  table.campaign = grown(table.campaign, size);
  table.line = grown(table.line, size);
  table.flags = grown(table.flags, size);
  while (table.items.length < size) table.items.push(null);
}

/** The row of a booking id, or −1. */
export function bookingRowOf(table: BookingTable, id: Id): number {
  if (id >= 0 && id < table.rowIndex.length && Number.isInteger(id)) return table.rowIndex[id] - 1;
  return table.rowByFarId.get(id) ?? -1;
}

function setBookingRow(table: BookingTable, id: Id, row: number): void {
  if (id >= 0 && id < MAX_DENSE_ID && Number.isInteger(id)) {
    if (id >= table.rowIndex.length) {
      const bigger = new Int32Array(Math.min(MAX_DENSE_ID, Math.max(id + 1, table.rowIndex.length * 2)));
      bigger.set(table.rowIndex);
      table.rowIndex = bigger;
    }
    table.rowIndex[id] = row + 1;
  } else if (row < 0) table.rowByFarId.delete(id);
  else table.rowByFarId.set(id, row);
}

/** Stores a slot under its booking id (replacing the row of that id if any); returns the row. */
export function bookingTableSet(table: BookingTable, slot: BookingSlot): number {
  const id = slot.booking.id;
  let row = bookingRowOf(table, id);
  if (row < 0) {
    row = table.freeRows.pop() ?? -1;
    if (row < 0) {
      if (table.size === table.person.length) growBookingTable(table);
      row = table.size++;
    }
    setBookingRow(table, id, row);
    table.count++;
  }
  table.items[row] = slot.booking;
  table.person[row] = slot.person;
  table.start[row] = slot.start;
  table.end[row] = slot.end;
  table.unitsPerDay[row] = slot.unitsPerDay;
  table.dayCount[row] = slot.dayCount;
  table.campaign[row] = slot.campaign;
  table.line[row] = slot.line;
  table.flags[row] = (slot.tentative ? BOOKING_TENTATIVE : 0) | (slot.workingDaysOnly ? BOOKING_WORKING_DAYS_ONLY : 0);
  return row;
}

export function bookingTableDelete(table: BookingTable, id: Id): boolean {
  const row = bookingRowOf(table, id);
  if (row < 0) return false;
  setBookingRow(table, id, -1);
  table.count--;
  table.items[row] = null;
  table.person[row] = -1;
  table.freeRows.push(row);
  return true;
}

/** The slot stored under a booking id, or null. */
export function bookingTableGet(table: BookingTable, id: Id): BookingSlot | null {
  const row = bookingRowOf(table, id);
  if (row < 0) return null;
  const booking = table.items[row]!;
  const flags = table.flags[row];
  return {
    booking,
    person: table.person[row],
    start: table.start[row],
    end: table.end[row],
    hoursPerDay: booking.hoursPerDay,
    unitsPerDay: table.unitsPerDay[row],
    tentative: (flags & BOOKING_TENTATIVE) !== 0,
    workingDaysOnly: (flags & BOOKING_WORKING_DAYS_ONLY) !== 0,
    dayCount: table.dayCount[row],
    totalHours: hoursFromUnits(table.dayCount[row] * table.unitsPerDay[row]),
    campaign: table.campaign[row],
    line: table.line[row],
  };
}

export function bookingTableCount(table: BookingTable): number {
  return table.count;
}
