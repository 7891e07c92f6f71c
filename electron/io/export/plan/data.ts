// The staffing plan's figures, from the capacity core over the export range.

import { bookingTableGet, buildCapacityState, campaignCosts, demandLineFigures, roleWeekReport, utilisationGrid, type BookingSlot, type CapacityState } from '@shared/capacity';
import { dayFromIso, weekStartOfDay } from '@shared/capacity/days';
import type { Campaign, Talent } from '@shared/domain';
import type { Db } from '../../../db/open';
import { listBookings } from '../../../db/repos/bookings';
import { listCampaigns } from '../../../db/repos/campaigns';
import { listClosures } from '../../../db/repos/closures';
import { listDemandLines } from '../../../db/repos/demandLines';
import { listPatterns } from '../../../db/repos/patterns';
import { listRoles } from '../../../db/repos/roles';
import { listTalent } from '../../../db/repos/talent';
import { listTimeOff } from '../../../db/repos/timeOff';

/** Every booking slot of the state (the core keeps them as table rows). */
export function* slotsOf(state: CapacityState): Iterable<BookingSlot> {
  for (const booking of state.bookings.items) {
    const slot = booking && bookingTableGet(state.bookings, booking.id);
    if (slot) yield slot;
  }
}

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
  /** Per campaign index: hours per week. */
  campaigns: { campaign: Campaign; hours: Float64Array }[];
}

export interface PlanData {
  range: { start: string; end: string };
  weeks: { start: string; end: string }[];
  people: PersonBlock[];
  state: CapacityState;
  campaigns: Campaign[];
}

export function planData(db: Db, range: { start: string; end: string }, filter: PlanFilter): PlanData {
  const bookings = listBookings(db, { from: range.start, to: range.end, statuses: filter.confirmedOnly ? ['confirmed'] : undefined });
  const state = buildCapacityState({
    range,
    talent: listTalent(db),
    patterns: listPatterns(db),
    timeOff: listTimeOff(db, { from: range.start, to: range.end }),
    closures: listClosures(db),
    roles: listRoles(db),
    campaigns: listCampaigns(db),
    demandLines: listDemandLines(db),
    bookings,
  });
  const grid = utilisationGrid(state, { range, bucket: 'week', filter: filter.roleId ? { roleId: filter.roleId } : undefined });
  const wanted = filter.talentIds ? new Set(filter.talentIds) : null;
  const campaignWanted = filter.campaignIds ? new Set(filter.campaignIds) : null;
  const W = grid.buckets.length;
  const firstWeek = weekStartOfDay(dayFromIso(range.start));
  const rangeStart = dayFromIso(range.start);
  const rangeEnd = dayFromIso(range.end);
  const { timeline } = state;
  const n = timeline.days;
  const rs = timeline.range.start;

  const blocks = new Map<number, PersonBlock>();
  grid.personIndexes.forEach((p, row) => {
    const talent = state.people[p];
    if (wanted && !wanted.has(talent.id)) return;
    blocks.set(p, {
      talent,
      roleName: state.roleNames[state.personPrimaryRole[p]] ?? '',
      capacity: grid.capacity.slice(row * W, row * W + W),
      booked: grid.confirmed.slice(row * W, row * W + W).map((c, i) => c + grid.tentative[row * W + i]),
      campaigns: [],
    });
  });
  const perCampaign = new Map<string, Float64Array>();
  for (const slot of slotsOf(state)) {
    const block = blocks.get(slot.person);
    if (!block || slot.campaign < 0) continue;
    const campaign = state.campaigns[slot.campaign];
    if (campaignWanted && !campaignWanted.has(campaign.id)) continue;
    const key = `${slot.person}|${slot.campaign}`;
    let hours = perCampaign.get(key);
    if (!hours) {
      hours = new Float64Array(W);
      perCampaign.set(key, hours);
      block.campaigns.push({ campaign, hours });
    }
    const base = slot.person * n - rs;
    for (let d = Math.max(slot.start, rangeStart); d <= Math.min(slot.end, rangeEnd); d++) {
      if (slot.workingDaysOnly && state.working[base + d] !== 1) continue;
      hours[Math.floor((weekStartOfDay(d) - firstWeek) / 7)] += slot.hoursPerDay;
    }
  }
  for (const block of blocks.values()) block.campaigns.sort((a, b) => a.campaign.name.localeCompare(b.campaign.name));
  const campaigns = state.campaigns.filter((c) => (!campaignWanted || campaignWanted.has(c.id)) && c.end >= range.start && c.start <= range.end);
  return { range, weeks: grid.buckets, people: [...blocks.values()], state, campaigns };
}

export function campaignRows(data: PlanData) {
  const costs = new Map(campaignCosts(data.state).map((c) => [c.campaignId, c]));
  const lines = demandLineFigures(data.state);
  const lineCampaign = new Map(data.state.lines.map((l) => [l.id, l.campaignId]));
  const demand = new Map<number, { hours: number; open: number }>();
  for (const l of lines) {
    const id = lineCampaign.get(l.demandLineId)!;
    const d = demand.get(id) ?? { hours: 0, open: 0 };
    d.hours += l.hours;
    d.open += l.open;
    demand.set(id, d);
  }
  return data.campaigns.map((c) => {
    const cost = costs.get(c.id)!;
    const d = demand.get(c.id) ?? { hours: 0, open: 0 };
    return { campaign: c, demand: d.hours, booked: cost.confirmedHours + cost.tentativeHours, open: d.open, cost: cost.plannedCost, remaining: cost.remaining, overBudget: cost.overBudget };
  });
}

export const roleRows = (data: PlanData) => roleWeekReport(data.state).filter((r) => r.demand !== 0 || r.supply !== 0);
