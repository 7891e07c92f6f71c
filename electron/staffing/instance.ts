// The solver's instance for "all open demand in a range". Time is cut into periods: runs of days
// (from today) in which the set of open lines doesn't change, cut wherever a line's window starts or
// ends. A person's free hours in a period are the free hours of its days, so whatever the solver puts
// in a period fits the days of every line open in it (see shared/staffing/layout.ts). All figures are
// whole quarter hours.
import { dayFromIso, lineOpenHours, studioWorkingDaysIn, type CapacityState } from '@shared/capacity';
import type { TalentKind } from '@shared/domain';
import { buildStaffingInstance, MAX_QUARTERS_PER_DAY, quartersOf, type BuildLine, type LayoutPeriod, type StaffingInstance, type StaffingSettings } from '@shared/staffing';
import { freeUnits } from './days';
import { eligibleFor } from './eligibility';

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
  /** Instance period k covers these grid offsets (inclusive). */
  periods: LayoutPeriod[];
  /** Per instance line: its state line index and its days inside the plan (grid offsets). */
  lines: { l: number; from: number; to: number }[];
  includeTentative: boolean;
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

/** Free quarter hours of person p on grid offset i (at most a booking's 24 h). */
export function freeQuarters(state: CapacityState, p: number, i: number, includeTentative: boolean): number {
  return Math.min(MAX_QUARTERS_PER_DAY, Math.floor(freeUnits(state, p, i, includeTentative) / 900));
}

/** Periods between the cuts that some line's window covers; `periodOf` maps a grid offset to its period. */
function cutPeriods(from: number, to: number, windows: { from: number; to: number }[]) {
  const cuts = new Set<number>([from, to + 1]);
  const cover = new Int32Array(to - from + 2);
  for (const w of windows) {
    cuts.add(w.from);
    cuts.add(w.to + 1);
    cover[w.from - from]++;
    cover[w.to + 1 - from]--;
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const covered = new Uint8Array(to - from + 1);
  for (let i = 0, run = 0; i <= to - from; i++) covered[i] = (run += cover[i]) > 0 ? 1 : 0;
  const periods: LayoutPeriod[] = [];
  const periodOf = new Int32Array(to - from + 1).fill(-1);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const s = sorted[k], e = sorted[k + 1] - 1;
    if (!covered[s - from]) continue;
    for (let i = s; i <= e; i++) periodOf[i - from] = periods.length;
    periods.push({ from: s, to: e });
  }
  return { periods, periodOf };
}

export function buildPlanFrame(state: CapacityState, q: PlanQuery): PlanFrame {
  const { timeline } = state;
  const rs = timeline.range.start;
  const today = dayFromIso(q.today);
  const from = Math.max(dayFromIso(q.range.start), today, rs) - rs;
  const to = Math.min(dayFromIso(q.range.end), timeline.range.end) - rs;
  const lines: PlanFrame['lines'] = [];
  const open: { hours: number; eligible: number[] }[] = [];
  const pool = new Set<number>();
  for (let l = 0; l < state.lines.length && from <= to; l++) {
    const c = state.campaignIndexById.get(state.lines[l].campaignId);
    if (c === undefined || state.campaignWeightUnweighted[c] === 0) continue;
    const hours = quartersOf(openInside(state, l, rs + from, rs + to, today)) / 4;
    if (hours <= 0) continue;
    const lf = Math.max(state.lineStart[l] - rs, from);
    const lt = Math.min(state.lineEnd[l] - rs, to);
    const eligible = eligibleFor(state, l, q.kinds, rs + lf, rs + lt).map((e) => e.person);
    for (const p of eligible) pool.add(p);
    lines.push({ l, from: lf, to: lt });
    open.push({ hours, eligible });
  }
  const { periods, periodOf } = from <= to ? cutPeriods(from, to, lines) : { periods: [], periodOf: new Int32Array(0) };
  const buildLines: BuildLine[] = lines.map((lf, k) => {
    const line = state.lines[lf.l];
    const c = state.campaignIndexById.get(line.campaignId)!;
    return {
      id: line.id,
      openHours: open[k].hours,
      weekFrom: periodOf[lf.from - from],
      weekTo: periodOf[lf.to - from],
      priority: line.priority,
      probability: state.campaignWeight[c],
      eligiblePersonIds: open[k].eligible.map((p) => state.people[p].id),
    };
  });
  const people = [...pool].sort((a, b) => a - b).map((p) => {
    const free = new Float64Array(periods.length);
    periods.forEach((period, k) => {
      let quarters = 0;
      for (let i = period.from; i <= period.to; i++) quarters += freeQuarters(state, p, i, q.includeTentative);
      free[k] = quarters / 4;
    });
    const t = state.people[p];
    return { id: t.id, costRate: t.costRate, kind: t.kind, free };
  });
  const inst = buildStaffingInstance({ weeks: periods.length, people, lines: buildLines, kinds: q.kinds, settings: q.settings });
  return { inst, from, to, periods, lines, includeTentative: q.includeTentative };
}
