import {
  campaignCosts, dayFromIso, demandLineFigures, MIN_OPEN_HOURS, overAllocationRuns, personUtilisationTarget, utilisationGrid, type CapacityState,
} from '@shared/capacity';
import type {
  RoleWeek, SnapshotCampaign, SnapshotCounts, SnapshotDemandLine, SnapshotFigures, SnapshotOverAllocation, SnapshotPerson,
  SnapshotRoleSeries, SnapshotSettings,
} from '@shared/contract';
import { NO_ROLE_YET, type Role } from '@shared/domain';
import { roleWeeksIn } from '@shared/capacity/views/roleWeeks';
import { roleSeriesFromPeople } from './roleSupply';

/** Hours kept to the millisecond-hour: enough for any figure shown, and compact. */
export const r3 = (v: number) => Math.round(v * 1000) / 1000;

export interface ComputedSnapshot {
  figures: SnapshotFigures;
  counts: SnapshotCounts;
}

const overlaps = (start: number, end: number, from: number, to: number) => start <= to && end >= from;

/** What the workspace answers beside the capacity state: the people the filter keeps, and the roles. */
export interface SnapshotSources {
  /** Person indexes of the state that the settings' filter keeps, in the state's order. */
  personIndexes: number[];
  roles: readonly Role[];
}

/** The figures of the capacity state now, for the settings' range and filter. */
export function computeSnapshot(state: CapacityState, settings: SnapshotSettings, sources: SnapshotSources): ComputedSnapshot {
  const { personIndexes } = sources;
  const { range, filter } = settings;
  const from = dayFromIso(range.start);
  const to = dayFromIso(range.end);
  const grid = utilisationGrid(state, { range, bucket: 'week', personIndexes });
  const weeks = grid.buckets.map((b) => b.start);
  const W = weeks.length;

  const bookingsOf = new Map<number, number>();
  const campaignBookings = new Map<number, number>();
  const inScope = new Set(personIndexes);
  let bookings = 0;
  const table = state.bookings;
  for (let row = 0; row < table.size; row++) {
    if (table.person[row] < 0) continue;
    const campaignId = table.campaignId[row];
    campaignBookings.set(campaignId, (campaignBookings.get(campaignId) ?? 0) + 1);
    if (!inScope.has(table.person[row]) || !overlaps(table.start[row], table.end[row], from, to)) continue;
    bookings++;
    bookingsOf.set(table.person[row], (bookingsOf.get(table.person[row]) ?? 0) + 1);
  }

  const people: SnapshotPerson[] = personIndexes.map((p, row) => {
    const t = state.people[p];
    const slice = (a: Float64Array) => Array.from(a.subarray(row * W, row * W + W), (v) => r3(v));
    const confirmed = slice(grid.confirmed);
    const tentative = slice(grid.tentative);
    return {
      talentId: t.id, name: t.name, kind: t.kind, roleId: t.primaryRoleId, target: personUtilisationTarget(state, p),
      capacity: slice(grid.capacity), booked: confirmed.map((c, i) => r3(c + tentative[i])), bookings: bookingsOf.get(p) ?? 0,
    };
  });

  const roleInfo = new Map<number, Role>(sources.roles.map((r) => [r.id, r]));
  const lineFigures = demandLineFigures(state);
  const openDemand: SnapshotDemandLine[] = [];
  const linesByRole = new Map<number, number>();
  const linesByCampaign = new Map<number, number>();
  state.lines.forEach((line, l) => {
    linesByCampaign.set(line.campaignId, (linesByCampaign.get(line.campaignId) ?? 0) + 1);
    if (filter.roleId !== undefined && line.roleId !== filter.roleId) return;
    if (!overlaps(state.lineStart[l], state.lineEnd[l], from, to)) return;
    const roleKey = state.roleIds[state.lineRole[l]];
    linesByRole.set(roleKey, (linesByRole.get(roleKey) ?? 0) + 1);
    const c = state.campaignIndexById.get(line.campaignId);
    const campaign = c === undefined ? undefined : state.campaigns[c];
    const figures = lineFigures[l];
    if (!campaign || figures.open < MIN_OPEN_HOURS || state.campaignWeightUnweighted[c!] === 0) return;
    openDemand.push({
      lineId: line.id, campaignId: campaign.id, campaignName: campaign.name, campaignStatus: campaign.status,
      probability: campaign.probability, roleId: line.roleId, start: line.start, end: line.end, hours: r3(line.hours),
      booked: r3(figures.booked), open: r3(figures.open), openWeighted: r3(figures.open * state.campaignWeight[c!]),
    });
  });
  openDemand.sort((a, b) => a.start.localeCompare(b.start) || a.campaignName.localeCompare(b.campaignName) || a.lineId - b.lineId);

  const query = { range, includeOtherRoles: false, roleIds: filter.roleId !== undefined ? [filter.roleId] : undefined };
  const weighted = roleWeeksIn(state, { ...query, weighted: true });
  const unweighted = roleWeeksIn(state, { ...query, weighted: false });
  const narrowed = Boolean(filter.kinds?.length || filter.tag);
  const fromPeople = narrowed ? roleSeriesFromPeople(state, personIndexes, weeks) : null;
  const roles: SnapshotRoleSeries[] = [];
  const peopleByRole = new Map<number, number>();
  for (const person of people) peopleByRole.set(person.roleId, (peopleByRole.get(person.roleId) ?? 0) + 1);
  for (let i = 0; i < weighted.length; i += W) {
    const rowsW = weighted.slice(i, i + W);
    const rowsU = unweighted.slice(i, i + W);
    const roleId = rowsW[0].roleId;
    const zero = weeks.map(() => 0);
    const own = fromPeople ? (fromPeople.get(roleId) ?? { supply: zero, free: zero, booked: zero }) : null;
    const pick = (rows: RoleWeek[], key: 'demand' | 'supply' | 'free' | 'booked') => rows.map((r) => r3(r[key]));
    const demand = pick(rowsW, 'demand');
    const demandUnweighted = pick(rowsU, 'demand');
    const supply = own ? own.supply.map(r3) : pick(rowsW, 'supply');
    const free = own ? own.free.map(r3) : pick(rowsW, 'free');
    const booked = own ? own.booked.map(r3) : pick(rowsW, 'booked');
    const series: SnapshotRoleSeries = {
      roleId, roleName: roleId < 0 ? NO_ROLE_YET : rowsW[0].roleName, colour: roleInfo.get(roleId)?.colour ?? '#868e96',
      target: roleInfo.get(roleId)?.utilisationTarget ?? null, people: peopleByRole.get(roleId) ?? 0, lines: linesByRole.get(roleId) ?? 0,
      demand, demandUnweighted, supply, free, booked,
      shortfall: demand.map((d, w) => r3(d - free[w])), shortfallUnweighted: demandUnweighted.map((d, w) => r3(d - free[w])),
    };
    const empty = series.people === 0 && series.lines === 0 && demand.every((d) => d === 0) && supply.every((s) => s === 0);
    if (!empty) roles.push(series);
  }

  const campaigns: SnapshotCampaign[] = campaignCosts(state).map((cost, c) => {
    const campaign = state.campaigns[c];
    return {
      campaignId: campaign.id, name: campaign.name, client: campaign.client, status: campaign.status, probability: campaign.probability,
      start: campaign.start, end: campaign.end, currency: cost.currency, budget: cost.budget, confirmedCost: r3(cost.confirmedCost),
      tentativeCost: r3(cost.tentativeCost), plannedCost: r3(cost.plannedCost), plannedCostReporting: r3(cost.plannedCostReporting),
      reportingCurrency: cost.reportingCurrency, missingRateHours: r3(Math.max(cost.missingHours, cost.missingReportingHours)), bookedHours: r3(cost.confirmedHours + cost.tentativeHours),
      overBudget: cost.overBudget, inRange: overlaps(dayFromIso(campaign.start), dayFromIso(campaign.end), from, to),
      lines: linesByCampaign.get(campaign.id) ?? 0, bookings: campaignBookings.get(campaign.id) ?? 0,
    };
  });

  const overAllocations: SnapshotOverAllocation[] = overAllocationRuns(state, { range, personIndexes }).map((run) => {
    let excess = 0;
    let peak = run.days[0];
    for (const d of run.days) {
      excess += d.booked - d.capacity;
      if (d.booked - d.capacity > peak.booked - peak.capacity) peak = d;
    }
    return {
      talentId: run.talentId, name: state.people[run.personIndex].name, start: run.start, end: run.end, days: run.days.length,
      excess: r3(excess), peakBooked: r3(peak.booked), peakCapacity: r3(peak.capacity),
    };
  });

  const counts: SnapshotCounts = {
    people: people.length, roles: roles.length, bookings, lines: [...linesByRole.values()].reduce((a, b) => a + b, 0),
    campaigns: campaigns.filter((c) => c.inRange).length, overAllocationRuns: overAllocations.length,
  };
  return { figures: { weeks, roles, people, openDemand, campaigns, overAllocations }, counts };
}
