// The proposal as the Staffing view shows it: bookings with names and dates, each line before and
// after, unstaffed hours per role and week, people near their limits, and how good the plan is.
import { studioWorkingDaysIn, timelineWeekStartIso, UNASSIGNED_ROLE_ID, type CapacityState } from '@shared/capacity';
import type { NearLimitView, ProposedBookingView, ProposedLineView, StaffingProposalView, UnstaffedCell } from '@shared/contract';
import { countMissing } from '@shared/money/missing';
import { buildProposal, penaltyBase, type SolveResult } from '@shared/staffing';
import type { PlanFrame } from './instance';
import { bookingCost, missingRateWarnings } from './money';
import type { PlannedBooking } from './planBookings';

const r2 = (x: number) => Math.round(x * 100) / 100;

export function qualityText(result: SolveResult): string {
  if (result.optimal || result.gap <= 1e-9) return 'The best possible plan';
  const pct = result.gap * 100;
  return `Within ${pct < 0.1 ? pct.toFixed(2) : pct.toFixed(1)} % of the best possible plan`;
}

/** A line's unstaffed hours spread over its window's studio working days, summed per role and week. */
function unstaffedByRoleWeek(state: CapacityState, frame: PlanFrame, unstaffed: Float64Array): UnstaffedCell[] {
  const { timeline, closureDays } = state;
  const rs = timeline.range.start;
  const cells = new Map<string, UnstaffedCell>();
  frame.lines.forEach((lf, k) => {
    if (unstaffed[k] < 0.05) return;
    const total = studioWorkingDaysIn(closureDays, rs + lf.from, rs + lf.to);
    const roleId = state.lines[lf.l].roleId ?? UNASSIGNED_ROLE_ID;
    const roleName = state.roleNames[state.lineRole[lf.l]] ?? 'Any role';
    for (let i = lf.from; i <= lf.to; i++) {
      const studio = total === 0 || (timeline.weekday[i] < 5 && state.closureMask[i] === 0);
      if (!studio) continue;
      const weekStart = timelineWeekStartIso(timeline, timeline.weekOf[i]);
      const key = `${roleId}:${weekStart}`;
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { roleId, roleName: roleId === UNASSIGNED_ROLE_ID ? 'Any role' : roleName, weekStart, hours: 0 }));
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
  bookings: PlannedBooking[];
  /** The reporting currency: every cost of the proposal is in it. */
  currency: string;
  ms: number;
}

export function proposalView(state: CapacityState, v: ViewInput): StaffingProposalView {
  const { frame, result } = v;
  const proposal = buildProposal(frame.inst, result);
  const name = (talentId: number) => state.people[state.personIndexById.get(talentId) ?? -1]?.name ?? 'Someone';
  // Each booking costs what it would once booked: its days at the person's rate, converted on each day.
  const missing = new Map<string, number>();
  const costs = v.bookings.map((b) => {
    const cost = bookingCost(state, b, v.currency);
    countMissing(missing, state.people[b.person].currency, v.currency, cost.missingHours);
    return cost;
  });
  const bookings: ProposedBookingView[] = v.bookings.map((b, key) => ({
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
      roleName: line.roleId === null ? 'Any role' : (state.roleNames[state.lineRole[l]] ?? 'Role'),
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
  const nearLimit: NearLimitView[] = proposal.nearLimit.map((n) => ({
    talentId: n.personId,
    name: name(n.personId),
    weekStart: timelineWeekStartIso(state.timeline, n.week + frame.week0),
    used: r2(n.used),
    free: r2(n.free),
    share: n.share,
  }));
  return {
    id: v.id,
    mode: result.mode,
    range: v.range,
    createdAt: v.createdAt,
    bookings,
    lines,
    unstaffed: unstaffedByRoleWeek(state, frame, unstaffed),
    nearLimit,
    totalCost: r2(costs.reduce((sum, c) => sum + c.amount, 0)),
    costWarnings: missingRateWarnings(state, missing),
    totalPenalty: r2(result.penalty),
    objective: result.objective,
    staffedHours: r2(result.staffedHours),
    unstaffedHours: r2(result.unstaffedHours),
    bound: result.bound,
    gap: result.gap,
    optimal: result.optimal,
    greedyObjective: v.greedy.objective,
    currency: v.currency,
    penaltyBase: r2(penaltyBase(frame.inst)),
    ms: Math.round(v.ms),
    quality: qualityText(result),
  };
}
