// The engine's state: indexes, per-person day grids and aggregates as flat typed arrays.
// Grids are [person × day offset] (row = person); week/month aggregates are [person × week|month];
// role aggregates are [role key × week]. Built by buildCapacityState, updated in place by the
// incremental functions in engine.ts.

import type {
  Booking,
  Campaign,
  Closure,
  HolidayOverride,
  DemandLine,
  Id,
  IsoDate,
  Role,
  Talent,
  TimeOff,
  WorkPattern,
} from '@shared/domain';
import type { DayIndex } from '@shared/dates';
import type { HolidayProvider } from '@shared/capacity/holidays';
import type { PatternPeriod } from '@shared/capacity/patterns';
import type { Timeline } from '@shared/capacity/timeline';
import type { MoneySettings, RateTable } from '@shared/money/rates';

/**
 * Bookings as columns, one entry per booking (the loader reads them straight from SQL; no object
 * per booking). Ids are positive 32-bit integers here (small integers keep the id lookups in the
 * build's hot loop fast); NO_ID marks a booking without a demand line.
 */
export interface BookingColumns {
  readonly length: number;
  readonly id: Int32Array;
  readonly talentId: Int32Array;
  readonly campaignId: Int32Array;
  readonly demandLineId: Int32Array;
  /** Day indexes (days since 1970-01-01). */
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly hoursPerDay: Float64Array;
  /** 1 for tentative, 0 for confirmed. */
  readonly tentative: Uint8Array;
}

export const NO_ID = -1;

/** Everything the engine is built from (domain rows, as the repos list them). */
export interface CapacityInput {
  range: { start: IsoDate; end: IsoDate };
  talent: readonly Talent[];
  patterns: readonly WorkPattern[];
  timeOff: readonly TimeOff[];
  closures: readonly Closure[];
  /** Public holidays the studio ignores or adds, per holiday calendar (none: the library's as they are). */
  holidayOverrides?: readonly HolidayOverride[];
  roles: readonly Role[];
  campaigns: readonly Campaign[];
  demandLines: readonly DemandLine[];
  bookings: readonly Booking[];
  /** The reporting currency and exchange rates; without them every currency stands alone. */
  money?: MoneySettings;
}

/** The same with bookings as columns: how the app loads a workspace (no object per booking). */
export interface ColumnarCapacityInput extends Omit<CapacityInput, 'bookings'> {
  bookings: BookingColumns;
}

/** The role key of demand lines without a role. */
export const UNASSIGNED_ROLE_ID = -1;

/**
 * Comparison tolerance in hours for float figures. The engine's grids are whole seconds, so its
 * over-allocation test (booked > capacity) is exact; the reference implementation uses this.
 */
export const HOURS_EPSILON = 1e-9;

/** A booking as placed on the grid (computed by bookingSlotOf; stored as a BookingTable row). */
export interface BookingSlot {
  readonly id: Id;
  readonly talentId: Id;
  readonly campaignId: Id;
  readonly demandLineId: Id | null;
  /** Person index, or −1 when the talent is unknown (the booking is then ignored). */
  readonly person: number;
  readonly start: DayIndex;
  readonly end: DayIndex;
  readonly hoursPerDay: number;
  /** hoursPerDay in grid units (seconds). */
  readonly unitsPerDay: number;
  readonly tentative: boolean;
  /** True: hours fall on the person's working days; false: on every day (no working day covered). */
  readonly workingDaysOnly: boolean;
  /** Days that carry hours (over the whole booking, not only the range). */
  readonly dayCount: number;
  readonly totalHours: number;
  /** Campaign index or −1. */
  readonly campaign: number;
  /** Demand line index or −1. */
  readonly line: number;
}

/** Bookings as rows of parallel typed arrays (no object per booking); rows are reused after removal. */
export interface BookingTable {
  /** id → row + 1 (0 = none) for ids 0..rowIndex.length − 1; grows as needed. */
  rowIndex: Int32Array;
  /** Rows of ids too large (or negative) for rowIndex. */
  readonly rowByFarId: Map<Id, number>;
  count: number;
  id: Float64Array;
  talentId: Float64Array;
  campaignId: Float64Array;
  /** NO_ID when the booking has no demand line. */
  demandLineId: Float64Array;
  hoursPerDay: Float64Array;
  /** Person index; −1 when the talent is unknown or the row is free. */
  person: Int32Array;
  start: Int32Array;
  end: Int32Array;
  /** Hours per day in grid units (seconds). */
  unitsPerDay: Int32Array;
  /** Days carrying hours, over the whole booking. */
  dayCount: Int32Array;
  campaign: Int32Array;
  line: Int32Array;
  /** BOOKING_LIVE | BOOKING_TENTATIVE | BOOKING_WORKING_DAYS_ONLY */
  flags: Uint8Array;
  /** Rows in use or freed (the next new row is `size` unless freeRows has one). */
  size: number;
  freeRows: number[];
}

export const BOOKING_TENTATIVE = 1;
export const BOOKING_WORKING_DAYS_ONLY = 2;
/** The row holds a booking (freed rows have it cleared). */
export const BOOKING_LIVE = 4;

/** Per person and week, in hours. */
export interface PersonAggregates {
  capacity: Float64Array;
  confirmed: Float64Array;
  tentative: Float64Array;
  /** Σ per day of max(0, capacity − confirmed − tentative). */
  free: Float64Array;
}

/** Per role key and week, in hours. */
export interface RoleAggregates {
  /** Capacity of people whose primary role it is. */
  supply: Float64Array;
  free: Float64Array;
  /** Capacity of people who list it among otherRoleIds. */
  otherSupply: Float64Array;
  otherFree: Float64Array;
  /** Open demand hours, pipeline weighted by probability. */
  demand: Float64Array;
  demandUnweighted: Float64Array;
}

export interface CapacityState {
  readonly timeline: Timeline;
  readonly holidays: HolidayProvider;
  readonly closureDays: ReadonlySet<DayIndex>;
  /** 1 on studio closure day offsets. */
  readonly closureMask: Uint8Array;

  readonly people: readonly Talent[];
  readonly personIndexById: ReadonlyMap<Id, number>;
  readonly personPeriods: readonly PatternPeriod[][];
  /** Per person: 1 on day offsets that are a public holiday of their region or a closure (shared by region). */
  readonly personBlocked: readonly Uint8Array[];
  /** The same days as sorted day offsets (shared by region). */
  readonly personBlockedDays: readonly Int32Array[];
  readonly personActiveFrom: Float64Array;
  readonly personActiveTo: Float64Array;
  readonly personHeadcount: Float64Array;
  readonly personCostRate: Float64Array;
  /** 1 when the cost rate is per day (made hourly through the pattern on each day), 0 per hour. */
  readonly personCostPerDay: Uint8Array;
  /** Utilisation target in percent (own, else the primary role's; NaN when neither). */
  readonly personTarget: Float64Array;
  /** Role index of the primary role. */
  readonly personPrimaryRole: Int32Array;
  readonly personOtherRoles: readonly (readonly number[])[];
  readonly personTimeOff: TimeOff[][];
  /** Time-off id → person index; made on the first time-off change (a build doesn't need it). */
  timeOffPerson: Map<Id, number> | null;

  /** Role keys: the roles list, then ids only referenced by talent or lines, then UNASSIGNED_ROLE_ID. */
  readonly roleIds: readonly Id[];
  readonly roleIndexById: ReadonlyMap<Id, number>;
  readonly roleNames: readonly string[];

  readonly campaigns: readonly Campaign[];
  readonly campaignIndexById: ReadonlyMap<Id, number>;
  /** Demand weight: 0 for on-hold/done/lost/cancelled, probability/100 for pipeline, else 1. */
  readonly campaignWeight: Float64Array;
  /** 0 for on-hold/done/lost/cancelled, else 1. */
  readonly campaignWeightUnweighted: Float64Array;
  readonly campaignConfirmedHours: Float64Array;
  readonly campaignTentativeHours: Float64Array;
  /** Planned cost in the campaign's own currency (each day converted with the rate in force). */
  readonly campaignConfirmedCost: Float64Array;
  readonly campaignTentativeCost: Float64Array;
  /** The same in the reporting currency. */
  readonly campaignConfirmedCostReporting: Float64Array;
  readonly campaignTentativeCostReporting: Float64Array;
  /** Booked hours whose cost has no rate into the campaign's currency / the reporting currency. */
  readonly campaignMissingHours: Float64Array;
  readonly campaignMissingReportingHours: Float64Array;
  /** Booked hours without a rate, per `FROM>TO` pair (for the warning). */
  readonly missingRateHours: Map<string, number>;
  /** The exchange rates and the reporting currency. */
  readonly money: RateTable;

  readonly lines: readonly DemandLine[];
  readonly lineIndexById: ReadonlyMap<Id, number>;
  /** Hours booked against each line (confirmed + tentative, whole bookings). */
  readonly lineBooked: Float64Array;
  /** Role index of each line (the unassigned key when roleId is null). */
  readonly lineRole: Int32Array;
  readonly lineStart: Int32Array;
  readonly lineEnd: Int32Array;
  /** Days each line's open hours are spread over, and by which rule (demand.ts: SPREAD_*). */
  readonly lineSpreadDays: Int32Array;
  readonly lineSpreadMode: Uint8Array;
  /** [role × day]: people holding the role (primary or other) with capacity that day. */
  readonly roleDayWorkers: Int32Array;

  readonly bookings: BookingTable;

  /** [person × day], in seconds (see units.ts): capacity after holidays, closures, active window and time off. */
  readonly capacity: Int32Array;
  /** [person × day], in seconds: confirmed booked hours. */
  readonly confirmed: Int32Array;
  /** [person × day], in seconds: tentative booked hours. */
  readonly tentative: Int32Array;
  /** [person × day]: 1 on the person's working days (pattern > 0, no holiday, no closure). */
  readonly working: Uint8Array;

  /** [person × week]; other buckets (months, part weeks) are summed from the day grids when asked. */
  readonly week: PersonAggregates;
  /** [person × week]: number of over-allocated days (lets the over-allocation scan skip weeks). */
  readonly weekOverDays: Int32Array;
  readonly role: RoleAggregates;
}
