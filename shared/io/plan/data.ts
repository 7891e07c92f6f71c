// The staffing plan's figures, read from the capacity state (the main process's CapacityModel when
// it covers the export range, else one built by the same loader for that range: see
// electron/io/export/plan/state.ts).

import {
  bookingTableSlots, campaignCosts, dayFromIso, demandLineFigures, isoFromDay, roleWeekReport, utilisationGrid, weekStartOfDay,
  type BookingSlot, type CapacityState,
} from '@shared/capacity';
import type { Campaign, Talent } from '@shared/domain';

export interface PlanFilter {
  roleId?: number;
  talentIds?: number[];
  campaignIds?: number[];
  confirmedOnly?: boolean;
}

export interface PersonBlock {
  talent: Talent;
  roleName: string;
  capacity: Float64Array;
  booked: Float64Array;
  /** Per campaign: hours per week. */
  campaigns: { campaign: Campaign; hours: Float64Array }[];
}

/**
 * The people of the plan, made one at a time as they are read (a block holds a row of weeks per
 * campaign: for 5,000 people over three years, all of them at once would take hundreds of MB).
 */
export interface PeopleBlocks extends Iterable<PersonBlock> {
  /** People shown. */
  count: number;
  /** Rows of the person table: capacity, booked and utilisation, plus one per campaign, for each person. */
  rows: number;
  capacityTotal: number;
  bookedTotal: number;
}

export interface PlanData {
  range: { start: string; end: string };
  filter: PlanFilter;
  weeks: { start: string; end: string }[];
  people: PeopleBlocks;
  state: CapacityState;
  campaigns: Campaign[];
  /** The bookings shown: of the people and campaigns shown, overlapping the range (confirmed only when filtered so). */
  slots: BookingSlot[];
}

export type Range = { start: string; end: string };

type Grid = ReturnType<typeof utilisationGrid>;

/** The bookings shown, grouped by grid row (slot indexes in `order`, row r's from `first[r]` to `first[r + 1]`). */
function slotsByRow(state: CapacityState, range: Range, rowOf: Int32Array, rows: number, shown: Set<number>, confirmedOnly: boolean) {
  const rangeStart = dayFromIso(range.start);
  const rangeEnd = dayFromIso(range.end);
  const slots: BookingSlot[] = [];
  for (const slot of bookingTableSlots(state.bookings)) {
    if (slot.end < rangeStart || slot.start > rangeEnd) continue;
    if (confirmedOnly && slot.tentative) continue;
    if (rowOf[slot.person] < 0 || slot.campaign < 0 || !shown.has(slot.campaign)) continue;
    slots.push(slot);
  }
  const first = new Int32Array(rows + 1);
  for (const slot of slots) first[rowOf[slot.person] + 1]++;
  for (let r = 0; r < rows; r++) first[r + 1] += first[r];
  const order = new Int32Array(slots.length);
  const at = first.slice(0, rows);
  slots.forEach((slot, i) => (order[at[rowOf[slot.person]]++] = i));
  return { slots, first, order };
}

/** One person's block: their weeks, and hours per week on each campaign shown. */
function personBlock(data: { state: CapacityState; grid: Grid; range: Range; confirmedOnly: boolean }, row: number, campaigns: BookingSlot[]): PersonBlock {
  const { state, grid, range, confirmedOnly } = data;
  const W = grid.buckets.length;
  const p = grid.personIndexes[row];
  const booked = new Float64Array(W);
  for (let i = 0; i < W; i++) booked[i] = grid.confirmed[row * W + i] + (confirmedOnly ? 0 : grid.tentative[row * W + i]);
  const rangeStart = dayFromIso(range.start);
  const rangeEnd = dayFromIso(range.end);
  const firstWeek = weekStartOfDay(rangeStart);
  const base = p * state.timeline.days - state.timeline.range.start;
  const perCampaign = new Map<number, Float64Array>();
  for (const slot of campaigns) {
    let hours = perCampaign.get(slot.campaign);
    if (!hours) perCampaign.set(slot.campaign, (hours = new Float64Array(W)));
    for (let d = Math.max(slot.start, rangeStart); d <= Math.min(slot.end, rangeEnd); d++) {
      if (slot.workingDaysOnly && state.working[base + d] !== 1) continue;
      hours[Math.floor((weekStartOfDay(d) - firstWeek) / 7)] += slot.hoursPerDay;
    }
  }
  return {
    talent: state.people[p],
    roleName: state.roleNames[state.personPrimaryRole[p]] ?? '',
    capacity: grid.capacity.slice(row * W, row * W + W),
    booked,
    campaigns: [...perCampaign]
      .map(([c, hours]) => ({ campaign: state.campaigns[c], hours }))
      .sort((a, b) => a.campaign.name.localeCompare(b.campaign.name)),
  };
}

export function planData(state: CapacityState, range: Range, filter: PlanFilter): PlanData {
  const wanted = filter.talentIds ? new Set(filter.talentIds) : null;
  const campaignWanted = filter.campaignIds ? new Set(filter.campaignIds) : null;
  const confirmedOnly = filter.confirmedOnly ?? false;
  const all = utilisationGrid(state, { range, bucket: 'week', filter: filter.roleId ? { roleId: filter.roleId } : undefined });
  const indexes = wanted ? all.personIndexes.filter((p) => wanted.has(state.people[p].id)) : all.personIndexes;
  const grid = wanted ? utilisationGrid(state, { range, bucket: 'week', personIndexes: indexes }) : all;
  const rowOf = new Int32Array(state.people.length).fill(-1);
  grid.personIndexes.forEach((p, row) => (rowOf[p] = row));
  const shown = new Set(
    state.campaigns.map((c, i) => ((!campaignWanted || campaignWanted.has(c.id)) && c.end >= range.start && c.start <= range.end ? i : -1)).filter((i) => i >= 0),
  );
  const count = grid.personIndexes.length;
  const { slots, first, order } = slotsByRow(state, range, rowOf, count, shown, confirmedOnly);
  const W = grid.buckets.length;
  let pairs = 0;
  for (let r = 0; r < count; r++) pairs += new Set(Array.from(order.subarray(first[r], first[r + 1]), (i) => slots[i].campaign)).size;
  const total = (a: ArrayLike<number>, b?: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < count * W; i++) s += a[i] + (b ? b[i] : 0);
    return s;
  };
  const made = { state, grid, range, confirmedOnly };
  const people: PeopleBlocks = {
    count,
    rows: 3 * count + pairs,
    capacityTotal: total(grid.capacity),
    bookedTotal: confirmedOnly ? total(grid.confirmed) : total(grid.confirmed, grid.tentative),
    *[Symbol.iterator]() {
      for (let r = 0; r < count; r++) yield personBlock(made, r, Array.from(order.subarray(first[r], first[r + 1]), (i) => slots[i]));
    },
  };
  const campaigns = [...shown].sort((a, b) => a - b).map((i) => state.campaigns[i]);
  return { range, filter, weeks: grid.buckets, people, state, campaigns, slots };
}

export interface CampaignRow {
  campaign: Campaign;
  demand: number;
  booked: number;
  open: number;
  /** Planned cost in the campaign's currency. */
  cost: number;
  remaining: number;
  overBudget: boolean;
  /** The same in the reporting currency, each day at the rate in force. */
  costReporting: number;
  reportingCurrency: string;
  /** Empty, or why a cost leaves hours out (no exchange rate). */
  costNote: string;
}

/** Whole-campaign figures (demand, booked hours and planned cost over the campaign, not only the range). */
export function campaignRows(data: PlanData): CampaignRow[] {
  const costs = new Map(campaignCosts(data.state).map((c) => [c.campaignId, c]));
  const lineCampaign = new Map(data.state.lines.map((l) => [l.id, l.campaignId]));
  const demand = new Map<number, { hours: number; open: number }>();
  for (const l of demandLineFigures(data.state)) {
    const id = lineCampaign.get(l.demandLineId)!;
    const d = demand.get(id) ?? { hours: 0, open: 0 };
    d.hours += l.hours;
    d.open += l.open;
    demand.set(id, d);
  }
  const confirmedOnly = data.filter.confirmedOnly ?? false;
  return data.campaigns.map((c) => {
    const cost = costs.get(c.id)!;
    const d = demand.get(c.id) ?? { hours: 0, open: 0 };
    const planned = confirmedOnly ? cost.confirmedCost : cost.plannedCost;
    const missing = Math.max(cost.missingHours, cost.missingReportingHours);
    return {
      costReporting: confirmedOnly ? cost.confirmedCostReporting : cost.plannedCostReporting,
      reportingCurrency: cost.reportingCurrency,
      costNote: missing > 0.005 ? `${Math.round(missing * 100) / 100} h without an exchange rate left out` : '',
      campaign: c,
      demand: d.hours,
      booked: cost.confirmedHours + (confirmedOnly ? 0 : cost.tentativeHours),
      open: d.open,
      cost: planned,
      remaining: c.budget - planned,
      overBudget: planned > c.budget + 1e-9,
    };
  });
}

/** Demand against supply per role and week, for the weeks that touch the range. */
export const roleRows = (data: PlanData) =>
  roleWeekReport(data.state).filter(
    (r) =>
      (r.demand !== 0 || r.supply !== 0) &&
      (!data.filter.roleId || r.roleId === data.filter.roleId) &&
      r.weekStart <= data.range.end && isoFromDay(dayFromIso(r.weekStart) + 6) >= data.range.start,
  );
