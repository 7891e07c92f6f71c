// Building the capacity state from a workspace, and updating it one booking or time-off entry at
// a time. The state is mutated in place by the incremental functions.

import { campaignNeedsPeople, NO_ROLE_YET, type Booking, type Id, type TimeOff, type WorkPattern } from '@shared/domain';
import { aggregateEveryone, aggregatePerson } from '@shared/capacity/aggregates';
import { addBooking, addBookingColumns, subtractBooking } from '@shared/capacity/allocation';
import { fillPersonAvailability } from '@shared/capacity/availability';
import {
  bookingColumnsOf,
  bookingRowOf,
  bookingTableDelete,
  bookingTableOf,
  isBookingColumns,
} from '@shared/capacity/bookings';
import { forEachClosureDay } from '@shared/capacity/closures';
import { dayFromIso } from '@shared/dates';
import { countRoleWorkers, lineOpenHours, planLineSpread, recountRoleWorkers, spreadLineDemand } from '@shared/capacity/demand';
import {
  defaultHolidayProvider,
  holidayCalendarKey,
  holidayMaskOf,
  type HolidayProvider,
  withHolidayOverrides,
} from '@shared/capacity/holidays';
import { patternPeriodsOf } from '@shared/capacity/patterns';
import { dayRangeFromIso } from '@shared/capacity/range';
import {
  UNASSIGNED_ROLE_ID,
  type BookingColumns,
  type CapacityInput,
  type ColumnarCapacityInput,
  type CapacityState,
  type PersonAggregates,
} from '@shared/capacity/state';
import { timelineOf } from '@shared/capacity/timeline';
import { touchPeople } from '@shared/capacity/revision';
import { rateTableOf } from '@shared/money/rates';

const NO_MONEY = { reportingCurrency: 'GBP', rates: [] };

export interface BuildOptions {
  /** Defaults to a process-wide date-holidays provider with a per-(country, region, year) cache. */
  holidays?: HolidayProvider;
  /**
   * A previous state whose big typed arrays may be recycled when their sizes fit (saves the
   * allocation and page faults of ~60 MB on a rebuild). That state must not be used afterwards.
   */
  reuse?: CapacityState;
}

const FAR_PAST = -1e9;
const CLOSURE_MARGIN_DAYS = 11 * 366;
const FAR_FUTURE = 1e9;

function recycled<T extends Int32Array | Uint8Array | Float64Array>(
  old: T | undefined,
  make: (size: number) => T,
  size: number,
  zero: boolean,
): T {
  if (old && old.length === size) {
    if (zero) old.fill(0);
    return old;
  }
  return make(size);
}

const int32 = (size: number) => new Int32Array(size);
const float64 = (size: number) => new Float64Array(size);

function personAggregatesOf(size: number, old: PersonAggregates | undefined): PersonAggregates {
  return {
    capacity: recycled(old?.capacity, float64, size, false),
    confirmed: recycled(old?.confirmed, float64, size, false),
    tentative: recycled(old?.tentative, float64, size, false),
    free: recycled(old?.free, float64, size, false),
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => number, groups: number): T[][] {
  const out: T[][] = Array.from({ length: groups }, () => []);
  for (const item of items) {
    const g = keyOf(item);
    if (g >= 0) out[g].push(item);
  }
  return out;
}

function maxBookingId(bookings: BookingColumns): number {
  let max = 0;
  for (let i = 0; i < bookings.length; i++) if (bookings.id[i] > max) max = bookings.id[i];
  return max;
}

/** Builds the whole state: availability, bookings, aggregates, demand. */
export function buildCapacityState(input: CapacityInput | ColumnarCapacityInput, options: BuildOptions = {}): CapacityState {
  const holidays = withHolidayOverrides(options.holidays ?? defaultHolidayProvider, input.holidayOverrides ?? []);
  const old = options.reuse;
  const timeline = timelineOf(dayRangeFromIso(input.range));
  const n = timeline.days;
  const W = timeline.weeks;
  const rs = timeline.range.start;
  const bookings = isBookingColumns(input.bookings) ? input.bookings : bookingColumnsOf(input.bookings);

  // Closures. Days outside the range count for demand spread over long lines: keep 11 years each side.
  const closureDays = new Set<number>();
  const closureMask = new Uint8Array(n);
  forEachClosureDay(input.closures, rs - CLOSURE_MARGIN_DAYS, timeline.range.end + CLOSURE_MARGIN_DAYS, (d) => {
    closureDays.add(d);
    if (d >= rs && d <= timeline.range.end) closureMask[d - rs] = 1;
  });

  // Roles: listed roles, then ids referenced elsewhere, then "unassigned".
  const roleIds: Id[] = [];
  const roleNames: string[] = [];
  const roleIndexById = new Map<Id, number>();
  const addRole = (id: Id, name: string): number => {
    let r = roleIndexById.get(id);
    if (r === undefined) {
      r = roleIds.length;
      roleIds.push(id);
      roleNames.push(name);
      roleIndexById.set(id, r);
    }
    return r;
  };
  const roleTarget = new Map<Id, number>();
  for (const role of input.roles) {
    addRole(role.id, role.name);
    roleTarget.set(role.id, role.utilisationTarget);
  }
  for (const t of input.talent) {
    addRole(t.primaryRoleId, `role ${t.primaryRoleId}`);
    for (const o of t.otherRoleIds) addRole(o, `role ${o}`);
  }
  for (const l of input.demandLines) if (l.roleId !== null) addRole(l.roleId, `role ${l.roleId}`);
  addRole(UNASSIGNED_ROLE_ID, NO_ROLE_YET);
  const R = roleIds.length;

  // People.
  const people = input.talent;
  const P = people.length;
  const personIndexById = new Map<Id, number>();
  people.forEach((t, i) => personIndexById.set(t.id, i));
  const patternsByPerson = groupBy<WorkPattern>(input.patterns, (w) => personIndexById.get(w.talentId) ?? -1, P);
  const personTimeOff = groupBy<TimeOff>(input.timeOff, (t) => personIndexById.get(t.talentId) ?? -1, P);

  const blockedByCalendar = new Map<string, Uint8Array>();
  const blockedDaysByCalendar = new Map<Uint8Array, Int32Array>();
  const personBlocked: Uint8Array[] = [];
  const personBlockedDays: Int32Array[] = [];
  const personActiveFrom = new Float64Array(P);
  const personActiveTo = new Float64Array(P);
  const personHeadcount = new Float64Array(P);
  const personCostRate = new Float64Array(P);
  const personCostPerDay = new Uint8Array(P);
  const personTarget = new Float64Array(P);
  const personPrimaryRole = new Int32Array(P);
  const personOtherRoles: number[][] = [];
  for (let p = 0; p < P; p++) {
    const t = people[p];
    const key = holidayCalendarKey(t.holidayCountry, t.holidayRegion);
    let blocked = blockedByCalendar.get(key);
    if (!blocked) {
      blocked = holidayMaskOf(holidays, t.holidayCountry, t.holidayRegion, timeline.range);
      for (let i = 0; i < n; i++) blocked[i] |= closureMask[i];
      blockedByCalendar.set(key, blocked);
      const days: number[] = [];
      for (let i = 0; i < n; i++) if (blocked[i] === 1) days.push(i);
      blockedDaysByCalendar.set(blocked, Int32Array.from(days));
    }
    personBlocked.push(blocked);
    personBlockedDays.push(blockedDaysByCalendar.get(blocked)!);
    personActiveFrom[p] = t.activeFrom ? dayFromIso(t.activeFrom) : FAR_PAST;
    personActiveTo[p] = t.activeTo ? dayFromIso(t.activeTo) : FAR_FUTURE;
    personHeadcount[p] = Math.max(0, t.headcount);
    personCostRate[p] = t.costRate;
    personCostPerDay[p] = t.costRateUnit === 'day' ? 1 : 0;
    personTarget[p] = t.utilisationTarget ?? roleTarget.get(t.primaryRoleId) ?? Number.NaN;
    personPrimaryRole[p] = roleIndexById.get(t.primaryRoleId)!;
    const others: number[] = [];
    for (const o of t.otherRoleIds) {
      const r = roleIndexById.get(o)!;
      if (o !== t.primaryRoleId && !others.includes(r)) others.push(r);
    }
    personOtherRoles.push(others);
  }

  // Campaigns and demand lines.
  const campaigns = input.campaigns;
  const C = campaigns.length;
  const campaignIndexById = new Map<Id, number>();
  const campaignWeight = new Float64Array(C);
  const campaignWeightUnweighted = new Float64Array(C);
  campaigns.forEach((c, i) => {
    campaignIndexById.set(c.id, i);
    const counts = campaignNeedsPeople(c.status);
    campaignWeightUnweighted[i] = counts ? 1 : 0;
    campaignWeight[i] = !counts ? 0 : c.status === 'pipeline' ? c.probability / 100 : 1;
  });
  const lines = input.demandLines;
  const L = lines.length;
  const lineIndexById = new Map<Id, number>();
  const lineRole = new Int32Array(L);
  const lineStart = new Int32Array(L);
  const lineEnd = new Int32Array(L);
  lines.forEach((l, i) => {
    lineIndexById.set(l.id, i);
    lineRole[i] = roleIndexById.get(l.roleId ?? UNASSIGNED_ROLE_ID)!;
    lineStart[i] = dayFromIso(l.start);
    lineEnd[i] = dayFromIso(l.end);
  });

  const state: CapacityState = {
    timeline,
    holidays,
    closureDays,
    closureMask,
    people,
    personIndexById,
    personPeriods: patternsByPerson.map(patternPeriodsOf),
    personBlocked,
    personBlockedDays,
    personActiveFrom,
    personActiveTo,
    personHeadcount,
    personCostRate,
    personCostPerDay,
    personTarget,
    personPrimaryRole,
    personOtherRoles,
    personTimeOff,
    timeOffPerson: null,
    roleIds,
    roleIndexById,
    roleNames,
    campaigns,
    campaignIndexById,
    campaignWeight,
    campaignWeightUnweighted,
    campaignConfirmedHours: new Float64Array(C),
    campaignTentativeHours: new Float64Array(C),
    campaignConfirmedCost: new Float64Array(C),
    campaignTentativeCost: new Float64Array(C),
    campaignConfirmedCostReporting: new Float64Array(C),
    campaignTentativeCostReporting: new Float64Array(C),
    campaignMissingHours: new Float64Array(C),
    campaignMissingReportingHours: new Float64Array(C),
    missingRateHours: new Map(),
    money: rateTableOf(input.money ?? NO_MONEY),
    lines,
    lineIndexById,
    lineBooked: new Float64Array(L),
    lineRole,
    lineStart,
    lineEnd,
    lineSpreadDays: new Int32Array(L),
    lineSpreadMode: new Uint8Array(L),
    roleDayWorkers: new Int32Array(R * n),
    bookings: bookingTableOf(bookings.length, maxBookingId(bookings), old?.bookings),
    // capacity and working are fully rewritten by fillPersonAvailability: no need to zero them.
    capacity: recycled(old?.capacity, int32, P * n, false),
    confirmed: recycled(old?.confirmed, int32, P * n, true),
    tentative: recycled(old?.tentative, int32, P * n, true),
    working: recycled(old?.working, (size) => new Uint8Array(size), P * n, false),
    week: personAggregatesOf(P * W, old?.week),
    weekOverDays: recycled(old?.weekOverDays, int32, P * W, false),
    role: {
      supply: new Float64Array(R * W),
      free: new Float64Array(R * W),
      otherSupply: new Float64Array(R * W),
      otherFree: new Float64Array(R * W),
      demand: new Float64Array(R * W),
      demandUnweighted: new Float64Array(R * W),
    },
  };

  for (let p = 0; p < P; p++) fillPersonAvailability(state, p);
  for (let p = 0; p < P; p++) countRoleWorkers(state, p, 1);
  addBookingColumns(state, bookings);
  aggregateEveryone(state);
  for (let l = 0; l < L; l++) {
    planLineSpread(state, l);
    spreadLineDemand(state, l, lineOpenHours(state, l));
  }
  return state;
}

function withLineDemandUpdate(state: CapacityState, lineIndexes: readonly number[], change: () => void): void {
  const lines = [...new Set(lineIndexes.filter((l) => l >= 0))];
  const before = lines.map((l) => lineOpenHours(state, l));
  change();
  lines.forEach((l, k) => spreadLineDemand(state, l, lineOpenHours(state, l) - before[k]));
}

function reaggregate(state: CapacityState, persons: readonly number[]): void {
  for (const p of new Set(persons)) if (p >= 0) aggregatePerson(state, p);
}

/** The stored person and line of a booking id ([−1, −1] when unknown). */
function storedPersonAndLine(state: CapacityState, id: Id): [number, number] {
  const row = bookingRowOf(state.bookings, id);
  return row < 0 ? [-1, -1] : [state.bookings.person[row], state.bookings.line[row]];
}

/**
 * Adds a booking, or replaces the one with the same id, updating the person-day grids, that
 * person's week/month rows, role aggregates, demand line booked hours and demand, and campaign cost.
 */
export function upsertBooking(state: CapacityState, booking: Booking): void {
  const [oldPerson, oldLine] = storedPersonAndLine(state, booking.id);
  const newLine = booking.demandLineId === null ? -1 : (state.lineIndexById.get(booking.demandLineId) ?? -1);
  let row = -1;
  withLineDemandUpdate(state, [oldLine, newLine], () => {
    subtractBooking(state, booking.id);
    row = addBooking(state, booking);
  });
  touchPeople(state, [oldPerson, state.bookings.person[row]]);
  reaggregate(state, [oldPerson, state.bookings.person[row]]);
}

/** Removes a booking by id; false if it wasn't there. */
export function removeBooking(state: CapacityState, bookingId: Id): boolean {
  const [oldPerson, oldLine] = storedPersonAndLine(state, bookingId);
  if (bookingRowOf(state.bookings, bookingId) < 0) return false;
  withLineDemandUpdate(state, [oldLine], () => subtractBooking(state, bookingId));
  touchPeople(state, [oldPerson]);
  bookingTableDelete(state.bookings, bookingId);
  reaggregate(state, [oldPerson]);
  return true;
}

function timeOffIndex(state: CapacityState): Map<Id, number> {
  if (!state.timeOffPerson) {
    const index = new Map<Id, number>();
    state.personTimeOff.forEach((list, p) => list.forEach((entry) => index.set(entry.id, p)));
    state.timeOffPerson = index;
  }
  return state.timeOffPerson;
}

/** Takes a time-off entry out of its person's list; returns that person, or −1 if it wasn't there. */
function detachTimeOff(state: CapacityState, id: Id): number {
  const index = timeOffIndex(state);
  const p = index.get(id) ?? -1;
  if (p >= 0) {
    const list = state.personTimeOff[p];
    list.splice(list.findIndex((e) => e.id === id), 1);
    index.delete(id);
  }
  return p;
}

/** Adds a time-off entry, or replaces the one with the same id. */
export function upsertTimeOff(state: CapacityState, entry: TimeOff): void {
  const old = detachTimeOff(state, entry.id);
  const p = state.personIndexById.get(entry.talentId) ?? -1;
  if (p >= 0) {
    state.personTimeOff[p].push(entry);
    timeOffIndex(state).set(entry.id, p);
  }
  refreshPeople(state, [old, p]);
}

/** Removes a time-off entry by id; false if it wasn't there. */
export function removeTimeOff(state: CapacityState, timeOffId: Id): boolean {
  const old = detachTimeOff(state, timeOffId);
  if (old < 0) return false;
  refreshPeople(state, [old]);
  return true;
}

function refreshPeople(state: CapacityState, persons: readonly number[]): void {
  touchPeople(state, persons);
  for (const p of new Set(persons)) {
    if (p < 0) continue;
    const n = state.timeline.days;
    const before = state.capacity.slice(p * n, p * n + n);
    fillPersonAvailability(state, p);
    recountRoleWorkers(state, p, before);
    aggregatePerson(state, p);
  }
}
