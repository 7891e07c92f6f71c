// The booking table: rows of parallel typed arrays, keyed by booking id.

import type { Booking, Id } from '@shared/domain';
import { dayFromIso } from '@shared/dates';
import {
  BOOKING_LIVE,
  BOOKING_TENTATIVE,
  BOOKING_WORKING_DAYS_ONLY,
  NO_ID,
  type BookingColumns,
  type BookingSlot,
  type BookingTable,
} from '@shared/capacity/state';
import { hoursFromUnits } from '@shared/capacity/units';

const MAX_INT32 = 0x7fffffff;

/** An id as BookingColumns store it; throws for an id that doesn't fit (SQLite assigns ids from 1). */
export function int32Id(id: Id): number {
  if (!Number.isInteger(id) || id < -1 || id > MAX_INT32) throw new RangeError(`Booking column id out of range: ${id}`);
  return id;
}

/** Domain bookings as columns (what callers holding objects, such as tests, pass to the engine). */
export function bookingColumnsOf(bookings: readonly Booking[]): BookingColumns {
  const n = bookings.length;
  const columns = {
    length: n,
    id: new Int32Array(n),
    talentId: new Int32Array(n),
    campaignId: new Int32Array(n),
    demandLineId: new Int32Array(n),
    start: new Int32Array(n),
    end: new Int32Array(n),
    hoursPerDay: new Float64Array(n),
    tentative: new Uint8Array(n),
  };
  bookings.forEach((b, i) => {
    columns.id[i] = int32Id(b.id);
    columns.talentId[i] = int32Id(b.talentId);
    columns.campaignId[i] = int32Id(b.campaignId);
    columns.demandLineId[i] = b.demandLineId === null ? NO_ID : int32Id(b.demandLineId);
    columns.start[i] = dayFromIso(b.start);
    columns.end[i] = dayFromIso(b.end);
    columns.hoursPerDay[i] = b.hoursPerDay;
    columns.tentative[i] = b.status === 'tentative' ? 1 : 0;
  });
  return columns;
}

export function isBookingColumns(bookings: readonly Booking[] | BookingColumns): bookings is BookingColumns {
  return !Array.isArray(bookings);
}

/** Ids below this go in the dense index (64 M entries at most, 4 bytes each). */
const MAX_DENSE_ID = 1 << 26;

/** An empty table for `capacity` rows, recycling the arrays of `old` when they are big enough. */
export function bookingTableOf(capacity: number, maxId = capacity, old?: BookingTable): BookingTable {
  const size = Math.max(16, capacity);
  const indexSize = Math.min(MAX_DENSE_ID, Math.max(16, maxId + 1));
  if (old && old.person.length >= size && old.rowIndex.length >= indexSize) {
    return { ...old, rowIndex: old.rowIndex.fill(0), flags: old.flags.fill(0), rowByFarId: new Map(), count: 0, size: 0, freeRows: [] };
  }
  return {
    rowIndex: new Int32Array(indexSize),
    rowByFarId: new Map(),
    count: 0,
    id: new Float64Array(size),
    talentId: new Float64Array(size),
    campaignId: new Float64Array(size),
    demandLineId: new Float64Array(size),
    hoursPerDay: new Float64Array(size),
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

function grown<T extends Int32Array | Uint8Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

function growBookingTable(table: BookingTable): void {
  const size = table.person.length * 2;
  table.id = grown(table.id, size);
  table.talentId = grown(table.talentId, size);
  table.campaignId = grown(table.campaignId, size);
  table.demandLineId = grown(table.demandLineId, size);
  table.hoursPerDay = grown(table.hoursPerDay, size);
  table.person = grown(table.person, size);
  table.start = grown(table.start, size);
  table.end = grown(table.end, size);
  table.unitsPerDay = grown(table.unitsPerDay, size);
  table.dayCount = grown(table.dayCount, size);
  table.campaign = grown(table.campaign, size);
  table.line = grown(table.line, size);
  table.flags = grown(table.flags, size);
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

/** The row of a booking id, taking a free (or new) row when the id isn't stored yet. */
export function bookingTableRowFor(table: BookingTable, id: Id): number {
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
  return row;
}

/** Stores a slot under its booking id (replacing the row of that id if any); returns the row. */
export function bookingTableSet(table: BookingTable, slot: BookingSlot): number {
  const row = bookingTableRowFor(table, slot.id);
  table.id[row] = slot.id;
  table.talentId[row] = slot.talentId;
  table.campaignId[row] = slot.campaignId;
  table.demandLineId[row] = slot.demandLineId ?? NO_ID;
  table.hoursPerDay[row] = slot.hoursPerDay;
  table.person[row] = slot.person;
  table.start[row] = slot.start;
  table.end[row] = slot.end;
  table.unitsPerDay[row] = slot.unitsPerDay;
  table.dayCount[row] = slot.dayCount;
  table.campaign[row] = slot.campaign;
  table.line[row] = slot.line;
  table.flags[row] =
    BOOKING_LIVE | (slot.tentative ? BOOKING_TENTATIVE : 0) | (slot.workingDaysOnly ? BOOKING_WORKING_DAYS_ONLY : 0);
  return row;
}

export function bookingTableDelete(table: BookingTable, id: Id): boolean {
  const row = bookingRowOf(table, id);
  if (row < 0) return false;
  setBookingRow(table, id, -1);
  table.count--;
  table.flags[row] = 0;
  table.person[row] = -1;
  table.freeRows.push(row);
  return true;
}

/** The slot stored under a booking id, or null. */
export function bookingTableGet(table: BookingTable, id: Id): BookingSlot | null {
  const row = bookingRowOf(table, id);
  return row < 0 ? null : bookingTableSlot(table, row);
}

/** The slot stored in a live row. */
export function bookingTableSlot(table: BookingTable, row: number): BookingSlot {
  const flags = table.flags[row];
  const line = table.demandLineId[row];
  return {
    id: table.id[row],
    talentId: table.talentId[row],
    campaignId: table.campaignId[row],
    demandLineId: line === NO_ID ? null : line,
    person: table.person[row],
    start: table.start[row],
    end: table.end[row],
    hoursPerDay: table.hoursPerDay[row],
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

/** Every stored booking's slot, in row order. */
export function* bookingTableSlots(table: BookingTable): Iterable<BookingSlot> {
  for (let row = 0; row < table.size; row++) if ((table.flags[row] & BOOKING_LIVE) !== 0) yield bookingTableSlot(table, row);
}
