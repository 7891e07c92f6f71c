// Read-only views over the state: the utilisation grid, the role × week report, campaign cost,
// demand line figures and free hours for the staffing solver.

import type { Id, IsoDate } from '@shared/domain';
import { dayFromIso, isoFromDay, monthOfDay, monthStartDay, weekStartOfDay, type DayIndex } from '@shared/dates';
import { lineOpenHours } from '@shared/capacity/demand';
import { filterPeople, personUtilisationTarget, type PeopleFilter } from '@shared/capacity/people';
import { dayRangeFromIso, dayRangeIntersection, type DayRange, type IsoRange } from '@shared/capacity/range';
import type { CapacityState } from '@shared/capacity/state';
import { hoursFromUnits } from '@shared/capacity/units';
import { timelineWeekOfDay, timelineWeekRange, timelineWeekStartIso } from '@shared/capacity/timeline';
import { missingRatesOf, type MissingRate } from '@shared/money/missing';
import { rateOn } from '@shared/money/rates';

export type GridBucket = 'day' | 'week' | 'month';

export interface UtilisationGridQuery {
  /** Clipped to the state's range; defaults to it. */
  range?: IsoRange;
  bucket: GridBucket;
  filter?: PeopleFilter;
  /** The rows to compute, in order; when given, `filter` is not used. */
  personIndexes?: readonly number[];
}

/** Rows are people, columns are buckets; cell (r, c) is at r × buckets.length + c. */
export interface UtilisationGrid {
  talentIds: Id[];
  personIndexes: number[];
  /** Utilisation target in percent per row (own, else primary role's), or null. */
  targets: (number | null)[];
  /** Each bucket's days, clipped to the query range. */
  buckets: IsoRange[];
  capacity: Float64Array;
  confirmed: Float64Array;
  tentative: Float64Array;
}

function clipToState(state: CapacityState, range: IsoRange | undefined): DayRange {
  return range ? dayRangeIntersection(dayRangeFromIso(range), state.timeline.range) : state.timeline.range;
}

function bucketRanges(range: DayRange, bucket: GridBucket): DayRange[] {
  const out: DayRange[] = [];
  let start = range.start;
  while (start <= range.end) {
    const next =
      bucket === 'day' ? start + 1 : bucket === 'week' ? weekStartOfDay(start) + 7 : monthStartDay(monthOfDay(start) + 1);
    out.push({ start, end: Math.min(next - 1, range.end) });
    start = next;
  }
  return out;
}

/** Capacity, confirmed and tentative hours per person and bucket. */
export function utilisationGrid(state: CapacityState, query: UtilisationGridQuery): UtilisationGrid {
  const range = clipToState(state, query.range);
  const people = query.personIndexes ? [...query.personIndexes] : filterPeople(state, query.filter);
  const buckets = range.end >= range.start ? bucketRanges(range, query.bucket) : [];
  const B = buckets.length;
  const capacity = new Float64Array(people.length * B);
  const confirmed = new Float64Array(people.length * B);
  const tentative = new Float64Array(people.length * B);
  const { timeline } = state;
  const n = timeline.days;
  const rs = timeline.range.start;
  // A bucket that is a whole week of the timeline reads the stored aggregates; others sum the days.
  const weekOf = (b: DayRange): number => {
    if (query.bucket !== 'week') return -1;
    const w = timelineWeekOfDay(timeline, b.start);
    const wr = timelineWeekRange(timeline, w);
    return wr.start === b.start && wr.end === b.end ? w : -1;
  };
  const weeks = buckets.map(weekOf);
  people.forEach((p, row) => {
    for (let c = 0; c < B; c++) {
      const cell = row * B + c;
      if (weeks[c] >= 0) {
        const k = p * timeline.weeks + weeks[c];
        capacity[cell] = state.week.capacity[k];
        confirmed[cell] = state.week.confirmed[k];
        tentative[cell] = state.week.tentative[k];
        continue;
      }
      let cap = 0;
      let conf = 0;
      let tent = 0;
      for (let d = buckets[c].start; d <= buckets[c].end; d++) {
        const i = p * n + d - rs;
        cap += state.capacity[i];
        conf += state.confirmed[i];
        tent += state.tentative[i];
      }
      capacity[cell] = hoursFromUnits(cap);
      confirmed[cell] = hoursFromUnits(conf);
      tentative[cell] = hoursFromUnits(tent);
    }
  });
  return {
    talentIds: people.map((p) => state.people[p].id),
    personIndexes: people,
    targets: people.map((p) => personUtilisationTarget(state, p)),
    buckets: buckets.map((b) => ({ start: isoFromDay(b.start), end: isoFromDay(b.end) })),
    capacity,
    confirmed,
    tentative,
  };
}

export interface RoleWeekQuery {
  /** Pipeline demand at probability/100 (default true); false gives the unweighted figure. */
  weighted?: boolean;
  /** Count people who list the role among otherRoleIds too (default false). */
  includeOtherRoles?: boolean;
}

export interface RoleWeekRow {
  /** −1 for demand lines without a role. */
  roleId: Id;
  roleName: string;
  /** Monday of the ISO week. */
  weekStart: IsoDate;
  demand: number;
  supply: number;
  free: number;
  /** demand − free; negative is a surplus. */
  shortfall: number;
}

/** Demand, supply, free capacity and shortfall per role and ISO week of the range. */
export function roleWeekReport(state: CapacityState, query: RoleWeekQuery = {}): RoleWeekRow[] {
  const weighted = query.weighted ?? true;
  const others = query.includeOtherRoles ?? false;
  const { role, timeline } = state;
  const W = timeline.weeks;
  const rows: RoleWeekRow[] = [];
  for (let r = 0; r < state.roleIds.length; r++) {
    for (let w = 0; w < W; w++) {
      const k = r * W + w;
      const demand = weighted ? role.demand[k] : role.demandUnweighted[k];
      const supply = role.supply[k] + (others ? role.otherSupply[k] : 0);
      const free = role.free[k] + (others ? role.otherFree[k] : 0);
      rows.push({
        roleId: state.roleIds[r],
        roleName: state.roleNames[r],
        weekStart: timelineWeekStartIso(timeline, w),
        demand,
        supply,
        free,
        shortfall: demand - free,
      });
    }
  }
  return rows;
}

export interface CampaignCost {
  campaignId: Id;
  currency: string;
  budget: number;
  confirmedHours: number;
  tentativeHours: number;
  confirmedCost: number;
  tentativeCost: number;
  /** confirmed + tentative cost. */
  plannedCost: number;
  /** budget − plannedCost. */
  remaining: number;
  overBudget: boolean;
  /** Booked hours whose cost has no exchange rate into the campaign's currency (left out above). */
  missingHours: number;
  reportingCurrency: string;
  /** The planned cost in the reporting currency, each day at the rate in force then. */
  confirmedCostReporting: number;
  tentativeCostReporting: number;
  plannedCostReporting: number;
  /** The budget in the reporting currency at the rate on the campaign's first day; null without a rate. */
  budgetReporting: number | null;
  missingReportingHours: number;
}

/** Planned cost (booked hours × cost rate) per campaign against its budget, in its currency and the reporting currency. */
export function campaignCosts(state: CapacityState): CampaignCost[] {
  const reporting = state.money.reporting;
  return state.campaigns.map((c, i) => {
    const plannedCost = state.campaignConfirmedCost[i] + state.campaignTentativeCost[i];
    const fx = rateOn(state.money, c.currency, reporting, dayFromIso(c.start));
    return {
      missingHours: state.campaignMissingHours[i],
      reportingCurrency: reporting,
      confirmedCostReporting: state.campaignConfirmedCostReporting[i],
      tentativeCostReporting: state.campaignTentativeCostReporting[i],
      plannedCostReporting: state.campaignConfirmedCostReporting[i] + state.campaignTentativeCostReporting[i],
      budgetReporting: Number.isNaN(fx) ? null : c.budget * fx,
      missingReportingHours: state.campaignMissingReportingHours[i],
      campaignId: c.id,
      currency: c.currency,
      budget: c.budget,
      confirmedHours: state.campaignConfirmedHours[i],
      tentativeHours: state.campaignTentativeHours[i],
      confirmedCost: state.campaignConfirmedCost[i],
      tentativeCost: state.campaignTentativeCost[i],
      plannedCost,
      remaining: c.budget - plannedCost,
      overBudget: plannedCost > c.budget + 1e-9,
    };
  });
}

/**
 * Hours per campaign (index as state.campaigns) of bookings that name no demand line: work booked
 * outside the plan, which fills no line and is shown apart from demand.
 */
export function campaignHoursOutsideLines(state: CapacityState): Float64Array {
  const out = new Float64Array(state.campaigns.length);
  const t = state.bookings;
  for (let row = 0; row < t.size; row++) {
    if (t.person[row] < 0 || t.line[row] >= 0 || t.campaign[row] < 0) continue;
    out[t.campaign[row]] += t.dayCount[row] * t.unitsPerDay[row];
  }
  return out.map(hoursFromUnits);
}

export interface DemandLineFigures {
  demandLineId: Id;
  hours: number;
  booked: number;
  /** max(0, hours − booked). */
  open: number;
}

export function demandLineFigures(state: CapacityState): DemandLineFigures[] {
  return state.lines.map((l, i) => ({
    demandLineId: l.id,
    hours: l.hours,
    booked: state.lineBooked[i],
    open: lineOpenHours(state, i),
  }));
}

/** Week number (0-based, in the state's timeline) of the ISO week holding the date. */
export function weekIndexOf(state: CapacityState, date: IsoDate): number {
  return timelineWeekOfDay(state.timeline, dayFromIso(date));
}

export function weekCount(state: CapacityState): number {
  return state.timeline.weeks;
}

/** Free hours of person p per week, weeks weekFrom..weekTo inclusive (0 outside the range). */
export function freeHoursByWeek(state: CapacityState, p: number, weekFrom: number, weekTo: number): Float64Array {
  const out = new Float64Array(Math.max(0, weekTo - weekFrom + 1));
  const W = state.timeline.weeks;
  for (let w = Math.max(0, weekFrom); w <= Math.min(W - 1, weekTo); w++) out[w - weekFrom] = state.week.free[p * W + w];
  return out;
}

/** Free hours of person p over [start, end] ∩ range: Σ max(0, capacity − booked) per day. */
export function freeHoursInWindow(state: CapacityState, p: number, start: IsoDate | DayIndex, end: IsoDate | DayIndex): number {
  const s = typeof start === 'number' ? start : dayFromIso(start);
  const e = typeof end === 'number' ? end : dayFromIso(end);
  const { timeline } = state;
  const n = timeline.days;
  const rs = timeline.range.start;
  const from = Math.max(s, rs) - rs;
  const to = Math.min(e, timeline.range.end) - rs;
  let free = 0;
  for (let i = p * n + from, last = p * n + to; i <= last; i++) {
    const f = state.capacity[i] - state.confirmed[i] - state.tentative[i];
    if (f > 0) free += f;
  }
  return hoursFromUnits(free);
}

export interface PersonDay {
  date: IsoDate;
  capacity: number;
  confirmed: number;
  tentative: number;
  working: boolean;
}

/** One person's figures on one day of the range (null outside it). */
export function personDay(state: CapacityState, p: number, date: IsoDate): PersonDay | null {
  const offset = dayFromIso(date) - state.timeline.range.start;
  if (offset < 0 || offset >= state.timeline.days) return null;
  const i = p * state.timeline.days + offset;
  return {
    date,
    capacity: hoursFromUnits(state.capacity[i]),
    confirmed: hoursFromUnits(state.confirmed[i]),
    tentative: hoursFromUnits(state.tentative[i]),
    working: state.working[i] === 1,
  };
}

/** Exchange rates the workspace's cost figures need and lack, with the hours they leave out. */
export function missingRates(state: CapacityState): MissingRate[] {
  return missingRatesOf(state.money, state.missingRateHours);
}
