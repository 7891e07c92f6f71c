// The staffing plan's figures, read from the capacity state (the main process's CapacityModel when
// it covers the export range, else one built by the same loader for that range).

import {
  bookingTableSlots, buildCapacityState, campaignCosts, dayFromIso, demandLineFigures, isoFromDay, roleWeekReport, utilisationGrid, weekStartOfDay,
  type BookingSlot, type CapacityState,
} from '@shared/capacity';
import type { Campaign, Talent } from '@shared/domain';
import type { Db } from '../../../db/open';
import { loadCapacityInput, type CapacityModel } from '../../../capacity/model';

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

export interface PlanData {
  range: { start: string; end: string };
  filter: PlanFilter;
  weeks: { start: string; end: string }[];
  people: PersonBlock[];
  state: CapacityState;
  campaigns: Campaign[];
  /** The bookings shown: of the people and campaigns shown, overlapping the range (confirmed only when filtered so). */
  slots: BookingSlot[];
}

type Range = { start: string; end: string };

/** The model's state when it covers the range (the usual case: it is already built), else a state for the range. */
export function planState(db: Db, model: CapacityModel | undefined, range: Range): CapacityState {
  if (model) {
    const state = model.state();
    if (state.timeline.range.start <= dayFromIso(range.start) && dayFromIso(range.end) <= state.timeline.range.end) return state;
  }
  return buildCapacityState(loadCapacityInput(db, range));
}

export function planData(state: CapacityState, range: Range, filter: PlanFilter): PlanData {
  const grid = utilisationGrid(state, { range, bucket: 'week', filter: filter.roleId ? { roleId: filter.roleId } : undefined });
  const wanted = filter.talentIds ? new Set(filter.talentIds) : null;
  const campaignWanted = filter.campaignIds ? new Set(filter.campaignIds) : null;
  const confirmedOnly = filter.confirmedOnly ?? false;
  const W = grid.buckets.length;
  const rangeStart = dayFromIso(range.start);
  const rangeEnd = dayFromIso(range.end);
  const firstWeek = weekStartOfDay(rangeStart);
  const n = state.timeline.days;
  const rs = state.timeline.range.start;

  const blocks = new Map<number, PersonBlock>();
  grid.personIndexes.forEach((p, row) => {
    const talent = state.people[p];
    if (wanted && !wanted.has(talent.id)) return;
    const booked = new Float64Array(W);
    for (let i = 0; i < W; i++) booked[i] = grid.confirmed[row * W + i] + (confirmedOnly ? 0 : grid.tentative[row * W + i]);
    blocks.set(p, {
      talent,
      roleName: state.roleNames[state.personPrimaryRole[p]] ?? '',
      capacity: grid.capacity.slice(row * W, row * W + W),
      booked,
      campaigns: [],
    });
  });
  const shown = new Set(
    state.campaigns.map((c, i) => ((!campaignWanted || campaignWanted.has(c.id)) && c.end >= range.start && c.start <= range.end ? i : -1)).filter((i) => i >= 0),
  );
  const perCampaign = new Map<number, Float64Array>();
  const C = state.campaigns.length + 1;
  const slots: BookingSlot[] = [];
  for (const slot of bookingTableSlots(state.bookings)) {
    if (slot.end < rangeStart || slot.start > rangeEnd) continue;
    if (confirmedOnly && slot.tentative) continue;
    const block = blocks.get(slot.person);
    if (!block || slot.campaign < 0 || !shown.has(slot.campaign)) continue;
    slots.push(slot);
    const key = slot.person * C + slot.campaign;
    let hours = perCampaign.get(key);
    if (!hours) {
      hours = new Float64Array(W);
      perCampaign.set(key, hours);
      block.campaigns.push({ campaign: state.campaigns[slot.campaign], hours });
    }
    const base = slot.person * n - rs;
    for (let d = Math.max(slot.start, rangeStart); d <= Math.min(slot.end, rangeEnd); d++) {
      if (slot.workingDaysOnly && state.working[base + d] !== 1) continue;
      hours[Math.floor((weekStartOfDay(d) - firstWeek) / 7)] += slot.hoursPerDay;
    }
  }
  for (const block of blocks.values()) block.campaigns.sort((a, b) => a.campaign.name.localeCompare(b.campaign.name));
  const campaigns = [...shown].sort((a, b) => a - b).map((i) => state.campaigns[i]);
  return { range, filter, weeks: grid.buckets, people: [...blocks.values()], state, campaigns, slots };
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
