// The proposal as the Staffing view shows it: bookings with names and dates, each line before and
// after, unstaffed hours per role and week, people near their limits, and how good the plan is.
import { isLineSpreadDay, lineSpreadDaysIn, timelineWeekStartIso, UNASSIGNED_ROLE_ID, type CapacityState } from '@shared/capacity';
import { NO_ROLE_YET } from '@shared/domain';
import type { NearLimitView, ProposedBookingView, ProposedLineView, StaffingProposalView, UnstaffedCell } from '@shared/contract';
import { countMissing } from '@shared/money/missing';
import { buildProposal, DEFAULT_NEAR_LIMIT_SHARE, penaltyBase, type SolveResult } from '@shared/staffing';
import { freeUnits } from './window';
import type { PlanFrame } from './instance';
import { bookingCost, missingRateWarnings } from './money';
import type { PlannedBooking, PlannedBookings } from './planBookings';

const r2 = (x: number) => Math.round(x * 100) / 100;

/** How good the plan is: how far its objective (in whole quarter hours) may be above the best possible. */
export function qualityText(gap: number): string {
  if (gap <= 1e-6) return 'The best possible plan';
  const pct = gap * 100;
  return `Within ${pct < 0.1 ? pct.toFixed(2) : pct.toFixed(1)} % of the best possible plan`;
}

/** Grid units each person's bookings in the plan put on each day offset. */
function plannedUnits(bookings: readonly PlannedBooking[], state: CapacityState): Map<number, Map<number, number>> {
  const out = new Map<number, Map<number, number>>();
  for (const b of bookings) {
    const days = out.get(b.person) ?? new Map<number, number>();
    out.set(b.person, days);
    const base = b.person * state.timeline.days;
    for (let i = b.from; i <= b.to; i++) if (state.working[base + i] === 1) days.set(i, (days.get(i) ?? 0) + b.hoursPerDay * 3600);
  }
  return out;
}

/** People the plan takes to at least `share` of a week's free hours, week by week. */
function nearLimitWeeks(state: CapacityState, frame: PlanFrame, planned: Map<number, Map<number, number>>, share: number): NearLimitView[] {
  const { timeline } = state;
  const out: NearLimitView[] = [];
  for (const [p, days] of planned) {
    const weeks = new Map<number, number>();
    for (const [i, units] of days) weeks.set(timeline.weekOf[i], (weeks.get(timeline.weekOf[i]) ?? 0) + units);
    for (const [w, used] of [...weeks].sort((a, b) => a[0] - b[0])) {
      const ws = timeline.firstWeekStart + w * 7 - timeline.range.start;
      let free = 0;
      for (let i = Math.max(0, ws); i <= Math.min(timeline.days - 1, ws + 6); i++) free += freeUnits(state, p, i, frame.includeTentative);
      if (free <= 0 || used < share * free - 1) continue;
      out.push({ talentId: state.people[p].id, name: state.people[p].name, weekStart: timelineWeekStartIso(timeline, w), used: r2(used / 3600), free: r2(free / 3600), share: Math.min(1, used / free) });
    }
  }
  return out.sort((a, b) => a.weekStart.localeCompare(b.weekStart) || a.name.localeCompare(b.name));
}

/** Days the plan would over-allocate, counting every booking (tentative ones too) against capacity. */
function overAllocatedDays(state: CapacityState, planned: Map<number, Map<number, number>>): number {
  let n = 0;
  for (const [p, days] of planned) {
    for (const [i, units] of days) {
      const k = p * state.timeline.days + i;
      const before = state.confirmed[k] + state.tentative[k];
      if (before + units > state.capacity[k] && before <= state.capacity[k]) n++;
    }
  }
  return n;
}

/** A line's unstaffed hours spread over the days of its window its role can work (as demand is), summed per role and week. */
function unstaffedByRoleWeek(state: CapacityState, frame: PlanFrame, unstaffed: Float64Array): UnstaffedCell[] {
  const { timeline } = state;
  const cells = new Map<string, UnstaffedCell>();
  frame.lines.forEach((lf, k) => {
    if (unstaffed[k] < 0.05) return;
    const total = lineSpreadDaysIn(state, lf.l, lf.from, lf.to);
    const roleId = state.lines[lf.l].roleId ?? UNASSIGNED_ROLE_ID;
    const roleName = roleId === UNASSIGNED_ROLE_ID ? NO_ROLE_YET : state.roleNames[state.lineRole[lf.l]];
    for (let i = lf.from; i <= lf.to; i++) {
      if (total > 0 && !isLineSpreadDay(state, lf.l, i)) continue;
      const weekStart = timelineWeekStartIso(timeline, timeline.weekOf[i]);
      const key = `${roleId}:${weekStart}`;
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { roleId, roleName, weekStart, hours: 0 }));
      cell.hours += unstaffed[k] / (total === 0 ? lf.to - lf.from + 1 : total);
    }
  });
  return [...cells.values()].map((c) => ({ ...c, hours: r2(c.hours) })).sort((a, b) => a.weekStart.localeCompare(b.weekStart) || a.roleName.localeCompare(b.roleName));
}

export interface ViewInput {
  id: string;
  createdAt: string;
  range: { start: string; end: string };
  frame: PlanFrame;
  result: SolveResult;
  greedy: SolveResult;
  planned: PlannedBookings;
  /** The reporting currency: every cost of the proposal is in it. */
  currency: string;
  ms: number;
}

export function proposalView(state: CapacityState, v: ViewInput): StaffingProposalView {
  const { frame, result } = v;
  const { rounded } = v.planned;
  const proposal = buildProposal(frame.inst, { ...result, ...rounded, plan: rounded.plan });
  // Each booking costs what it would once booked: its days at the person's rate, converted on each day.
  const missing = new Map<string, number>();
  const costs = v.planned.bookings.map((b) => {
    const cost = bookingCost(state, b, v.currency);
    countMissing(missing, state.people[b.person].currency, v.currency, cost.missingHours);
    return cost;
  });
  const bookings: ProposedBookingView[] = v.planned.bookings.map((b, key) => ({
    key,
    talentId: b.talentId,
    name: state.people[b.person].name,
    kind: state.people[b.person].kind,
    demandLineId: b.demandLineId,
    campaignId: b.campaignId,
    start: b.start,
    end: b.end,
    hoursPerDay: b.hoursPerDay,
    totalHours: b.totalHours,
    costRate: costs[key].missingHours > 0 || b.totalHours <= 0 ? b.costRate : r2(costs[key].amount / b.totalHours),
    cost: r2(costs[key].amount),
  }));
  const costByLine = new Map<number, number>();
  for (const b of bookings) costByLine.set(b.demandLineId, (costByLine.get(b.demandLineId) ?? 0) + b.cost);
  const unstaffed = new Float64Array(frame.lines.length);
  const lines: ProposedLineView[] = proposal.lines.map((o, k) => {
    unstaffed[k] = o.unstaffed;
    const l = frame.lines[k].l;
    const line = state.lines[l];
    const c = state.campaignIndexById.get(line.campaignId) ?? -1;
    const campaign = state.campaigns[c];
    return {
      demandLineId: line.id,
      campaignId: line.campaignId,
      campaignName: campaign?.name ?? '',
      roleId: line.roleId,
      roleName: line.roleId === null ? NO_ROLE_YET : (state.roleNames[state.lineRole[l]] ?? 'Role'),
      start: line.start,
      end: line.end,
      priority: line.priority,
      probability: campaign?.status === 'pipeline' ? campaign.probability : 100,
      openBefore: r2(o.openBefore),
      staffed: r2(o.staffed),
      unstaffed: r2(o.unstaffed),
      cost: r2(costByLine.get(line.id) ?? 0),
      accepted: false,
    };
  });
  const planned = plannedUnits(v.planned.bookings, state);
  // The solver's bound holds for its instance; on a shortlist only the week-level relaxation's does.
  const bound = frame.lowerBound ?? result.bound;
  const gap = Math.max(0, (rounded.objective - bound) / Math.max(1, Math.abs(rounded.objective)));
  const nearShare = frame.inst.settings?.nearLimitShare ?? DEFAULT_NEAR_LIMIT_SHARE;
  return {
    id: v.id,
    mode: result.mode,
    range: v.range,
    createdAt: v.createdAt,
    bookings,
    lines,
    unstaffed: unstaffedByRoleWeek(state, frame, unstaffed),
    nearLimit: nearLimitWeeks(state, frame, planned, nearShare),
    overAllocatedDays: overAllocatedDays(state, planned),
    totalCost: r2(costs.reduce((sum, c) => sum + c.amount, 0)),
    costWarnings: missingRateWarnings(state, missing),
    totalPenalty: r2(rounded.penalty),
    objective: rounded.objective,
    solverObjective: result.objective,
    staffedHours: r2(rounded.staffedHours),
    unstaffedHours: r2(rounded.unstaffedHours),
    bound,
    gap,
    optimal: gap <= 1e-6,
    greedyObjective: v.greedy.objective,
    currency: v.currency,
    penaltyBase: r2(penaltyBase(frame.inst)),
    ms: Math.round(v.ms),
    quality: qualityText(gap),
  };
}
