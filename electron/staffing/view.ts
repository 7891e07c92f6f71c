// The proposal as the Staffing view shows it: bookings with names and dates, each line before and
// after, unstaffed hours per role and week, people near their limits, and how good the plan is.
import { isLineSpreadDay, lineSpreadDaysIn, timelineWeekStartIso, UNASSIGNED_ROLE_ID, type CapacityState } from '@shared/capacity';
import { NO_ROLE_YET } from '@shared/domain';
import type { NearLimitView, ProposedBookingView, ProposedLineView, StaffingProposalView, UnstaffedCell } from '@shared/contract';
import { buildProposal, penaltyBase, type SolveResult } from '@shared/staffing';
import type { PlanFrame } from './instance';
import type { PlannedBooking } from './planBookings';

const r2 = (x: number) => Math.round(x * 100) / 100;

export function qualityText(result: SolveResult): string {
  if (result.optimal || result.gap <= 1e-9) return 'The best possible plan';
  const pct = result.gap * 100;
  return `Within ${pct < 0.1 ? pct.toFixed(2) : pct.toFixed(1)} % of the best possible plan`;
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
  bookings: PlannedBooking[];
  currency: string;
  ms: number;
}

export function proposalView(state: CapacityState, v: ViewInput): StaffingProposalView {
  const { frame, result } = v;
  const proposal = buildProposal(frame.inst, result);
  const name = (talentId: number) => state.people[state.personIndexById.get(talentId) ?? -1]?.name ?? 'Someone';
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
    costRate: b.costRate,
    cost: r2(b.totalHours * b.costRate),
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
    totalCost: r2(result.cost),
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
