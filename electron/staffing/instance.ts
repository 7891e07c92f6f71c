// The solver's instance for "all open demand in a range": weeks of the range (from today), each
// eligible person's free hours per week inside it, and each open line's hours inside it.
import { dayFromIso, lineOpenHours, studioWorkingDaysIn, type CapacityState } from '@shared/capacity';
import type { TalentKind } from '@shared/domain';
import { buildStaffingInstance, type BuildLine, type StaffingInstance, type StaffingSettings } from '@shared/staffing';
import { freeUnits } from './days';
import { eligibleFor } from './eligibility';
import { plannedCostRate } from './money';

export interface PlanQuery {
  range: { start: string; end: string };
  includeTentative: boolean;
  kinds: readonly TalentKind[];
  settings: StaffingSettings;
  today: string;
}

export interface PlanFrame {
  inst: StaffingInstance;
  /** Grid offsets of the planned days (from today), inclusive. */
  from: number;
  to: number;
  /** Timeline week of instance week 0. */
  week0: number;
  /** Per instance line: its state line index and its days inside the plan (grid offsets). */
  lines: { l: number; from: number; to: number }[];
}

/**
 * Open hours of line l that fall inside [from, to] (days): the open hours are spread evenly over the
 * studio working days of what is left of the window (from today), as the capacity views spread demand.
 */
function openInside(state: CapacityState, l: number, from: number, to: number, today: number): number {
  const open = lineOpenHours(state, l);
  const ls = Math.max(state.lineStart[l], today);
  const le = state.lineEnd[l];
  const s = Math.max(ls, from), e = Math.min(le, to);
  if (open <= 0 || e < s) return 0;
  const left = studioWorkingDaysIn(state.closureDays, ls, le);
  const inside = studioWorkingDaysIn(state.closureDays, s, e);
  if (left === 0) return open * ((e - s + 1) / (le - ls + 1));
  return (open * inside) / left;
}

export function buildPlanFrame(state: CapacityState, q: PlanQuery): PlanFrame {
  const { timeline } = state;
  const rs = timeline.range.start;
  const today = dayFromIso(q.today);
  const fromDay = Math.max(dayFromIso(q.range.start), today, rs);
  const toDay = Math.min(dayFromIso(q.range.end), timeline.range.end);
  const from = fromDay - rs, to = toDay - rs;
  const week0 = from <= to ? timeline.weekOf[from] : 0;
  const weeks = from <= to ? timeline.weekOf[to] - week0 + 1 : 0;
  const lines: PlanFrame['lines'] = [];
  const buildLines: BuildLine[] = [];
  const pool = new Set<number>();
  for (let l = 0; l < state.lines.length && weeks > 0; l++) {
    const line = state.lines[l];
    const c = state.campaignIndexById.get(line.campaignId);
    if (c === undefined || state.campaignWeightUnweighted[c] === 0) continue;
    const hours = openInside(state, l, fromDay, toDay, today);
    if (hours < 0.05) continue;
    const lf = Math.max(state.lineStart[l], fromDay) - rs;
    const lt = Math.min(state.lineEnd[l], toDay) - rs;
    const eligible = eligibleFor(state, l, q.kinds, rs + lf, rs + lt);
    for (const e of eligible) pool.add(e.person);
    lines.push({ l, from: lf, to: lt });
    buildLines.push({
      id: line.id,
      openHours: Math.round(hours * 100) / 100,
      weekFrom: timeline.weekOf[lf] - week0,
      weekTo: timeline.weekOf[lt] - week0,
      priority: line.priority,
      probability: state.campaignWeight[c],
      eligiblePersonIds: eligible.map((e) => state.people[e.person].id),
    });
  }
  const people = [...pool].sort((a, b) => a - b).map((p) => {
    const free = new Float64Array(weeks);
    for (let i = from; i <= to; i++) free[timeline.weekOf[i] - week0] += freeUnits(state, p, i, q.includeTentative);
    for (let k = 0; k < weeks; k++) free[k] = Math.round((free[k] / 3600) * 1000) / 1000;
    const t = state.people[p];
    return { id: t.id, costRate: plannedCostRate(state, p, rs + from, rs + to), kind: t.kind, free };
  });
  const inst = buildStaffingInstance({ weeks, people, lines: buildLines, kinds: q.kinds, settings: q.settings });
  return { inst, from, to, week0, lines };
}
