// The solver's instance for "all open demand in a range". Time is cut into periods: runs of days
// (from today) in which the set of open lines doesn't change, cut wherever a line's window starts or
// ends. A person's free hours in a period are the free hours of its days, so whatever the solver puts
// in a period fits the days of every line open in it (see shared/staffing/layout.ts). All figures are
// whole quarter hours.
import { dayFromIso, lineOpenHours, lineSpreadDaysIn, studioWorkingDaysIn, type CapacityState } from '@shared/capacity';
import type { TalentKind } from '@shared/domain';
import { buildStaffingInstance, MAX_QUARTERS_PER_DAY, penaltyBase, quartersOf, solveSplit, type BuildLine, type LayoutPeriod, type SolveResult, type StaffingInstance, type StaffingMode, type StaffingSettings } from '@shared/staffing';
import { freeUnits } from './window';
import { eligibleFor } from './eligibility';
import { plannedCostRate } from './money';

export interface PlanQuery {
  range: { start: string; end: string };
  includeTentative: boolean;
  kinds: readonly TalentKind[];
  settings: StaffingSettings;
  today: string;
  /** Default MAX_DAY_ARCS. */
  maxDayArcs?: number;
  /** Only these lines, each on its own window (all its open hours inside it) instead of its demand window. */
  lines?: readonly { id: number; start: string; end: string }[];
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
  /**
   * On a large range the day-level model is solved on each line's shortlist of people; then this is
   * a proven lower bound on the day-level optimum (a week-level relaxation), else null.
   */
  lowerBound: number | null;
}

/**
 * Open hours of line l that fall inside [from, to] (days): the open hours are spread evenly over the
 * days of what is left of the window (from today) that the capacity views spread its demand on (days
 * its role can work); the days past the model's range count as studio working days.
 */
function openInside(state: CapacityState, l: number, from: number, to: number, today: number): number {
  const open = lineOpenHours(state, l);
  const ls = Math.max(state.lineStart[l], today);
  const le = state.lineEnd[l];
  const s = Math.max(ls, from), e = Math.min(le, to);
  if (open <= 0 || e < s) return 0;
  const rs = state.timeline.range.start, re = state.timeline.range.end;
  const left = lineSpreadDaysIn(state, l, ls - rs, le - rs) + (le > re ? studioWorkingDaysIn(state.closureDays, Math.max(ls, re + 1), le) : 0);
  const inside = lineSpreadDaysIn(state, l, s - rs, e - rs);
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

/** Above this many (line, person, period) arcs the day-level model is solved on a shortlist. */
export const MAX_DAY_ARCS = 1_500_000;
/** Besides the people a week-level plan uses, each line keeps this many of its cheapest eligible people. */
const SHORTLIST_CHEAPEST = 8;

interface OpenLine {
  l: number;
  from: number;
  to: number;
  hours: number;
  eligible: number[];
}

/** The open lines of the range, with their days (grid offsets) and eligible people (state indexes). */
function openLines(state: CapacityState, q: PlanQuery, from: number, to: number): OpenLine[] {
  if (q.lines) return windowedLines(state, q, from, to, q.lines);
  const rs = state.timeline.range.start;
  const today = dayFromIso(q.today);
  const out: OpenLine[] = [];
  for (let l = 0; l < state.lines.length && from <= to; l++) {
    const c = state.campaignIndexById.get(state.lines[l].campaignId);
    if (c === undefined || state.campaignWeightUnweighted[c] === 0) continue;
    const hours = quartersOf(openInside(state, l, rs + from, rs + to, today)) / 4;
    if (hours <= 0) continue;
    const lf = Math.max(state.lineStart[l] - rs, from);
    const lt = Math.min(state.lineEnd[l] - rs, to);
    out.push({ l, from: lf, to: lt, hours, eligible: eligibleFor(state, l, q.kinds, rs + lf, rs + lt).map((e) => e.person) });
  }
  return out;
}

/** The given lines, each with all its open hours on the days of its own window inside [from, to]. */
function windowedLines(state: CapacityState, q: PlanQuery, from: number, to: number, wanted: NonNullable<PlanQuery['lines']>): OpenLine[] {
  const rs = state.timeline.range.start;
  const out: OpenLine[] = [];
  for (const w of wanted) {
    const l = state.lineIndexById.get(w.id);
    if (l === undefined) continue;
    const hours = quartersOf(lineOpenHours(state, l)) / 4;
    const lf = Math.max(dayFromIso(w.start) - rs, from);
    const lt = Math.min(dayFromIso(w.end) - rs, to);
    if (hours <= 0 || lt < lf) continue;
    out.push({ l, from: lf, to: lt, hours, eligible: eligibleFor(state, l, q.kinds, rs + lf, rs + lt).map((e) => e.person) });
  }
  return out;
}

/** The instance over the periods cut by `windows` (one per line), each line on the periods of its window. */
function instanceOver(state: CapacityState, q: PlanQuery, from: number, to: number, lines: OpenLine[], windows: { from: number; to: number }[], settings: StaffingSettings, rate: (p: number) => number) {
  const { periods, periodOf } = cutPeriods(from, to, windows);
  const pool = new Set<number>();
  for (const line of lines) for (const p of line.eligible) pool.add(p);
  const buildLines: BuildLine[] = lines.map((line, k) => {
    const sl = state.lines[line.l];
    return {
      id: sl.id,
      openHours: line.hours,
      weekFrom: periodOf[windows[k].from - from],
      weekTo: periodOf[windows[k].to - from],
      priority: sl.priority,
      probability: state.campaignWeight[state.campaignIndexById.get(sl.campaignId)!],
      eligiblePersonIds: line.eligible.map((p) => state.people[p].id),
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
    return { id: t.id, costRate: rate(p), kind: t.kind, free };
  });
  const inst = buildStaffingInstance({ weeks: periods.length, people, lines: buildLines, kinds: q.kinds, settings });
  return { inst, periods };
}

/** (line, person, period) arcs the day-level model would have. */
function dayArcs(from: number, to: number, lines: OpenLine[]): number {
  const { periodOf } = cutPeriods(from, to, lines);
  return lines.reduce((n, line) => n + line.eligible.length * (periodOf[line.to - from] - periodOf[line.from - from] + 1), 0);
}

/** Each line's days widened to whole weeks (within the range): a relaxation of the day-level model. */
function weekWindows(state: CapacityState, from: number, to: number, lines: OpenLine[]) {
  const { timeline } = state;
  const weekStart = (i: number) => timeline.firstWeekStart + timeline.weekOf[i] * 7 - timeline.range.start;
  return lines.map((line) => ({ from: Math.max(from, weekStart(line.from)), to: Math.min(to, weekStart(line.to) + 6) }));
}

/** The people a plan gives hours on each line (state person indexes), per line. */
function peopleUsed(state: CapacityState, inst: StaffingInstance, result: SolveResult): Set<number>[] {
  const used = inst.lines.map(() => new Set<number>());
  for (let k = 0; k < result.plan.hours.length; k++) {
    if (result.plan.hours[k] > 1e-9) used[result.plan.line[k]].add(state.personIndexById.get(inst.people[result.plan.person[k]].id)!);
  }
  return used;
}

export interface Plan {
  frame: PlanFrame;
  result: SolveResult;
}

/**
 * Builds the day-level instance of the query and solves it in `mode`. On a range too large for the
 * day-level model with everyone eligible, a week-level model (each line's days widened to whole
 * weeks, a relaxation) is solved first: in split mode each line then keeps the people that plan uses
 * and its cheapest eligible people; in whole mode, the one person that plan gives it. The day-level
 * model is solved on that shortlist, and the relaxation's bound is the plan's proven lower bound.
 */
export async function planFor(state: CapacityState, q: PlanQuery, mode: StaffingMode, solve: (inst: StaffingInstance, mode: StaffingMode) => Promise<SolveResult>): Promise<Plan> {
  const { timeline } = state;
  const rs = timeline.range.start;
  const from = Math.max(dayFromIso(q.range.start), dayFromIso(q.today), rs) - rs;
  const to = Math.min(dayFromIso(q.range.end), timeline.range.end) - rs;
  const lines = openLines(state, q, from, to);
  // Each person's hourly cost over the plan's days, in the reporting currency.
  const rates = new Map<number, number>();
  const rate = (p: number) => {
    if (!rates.has(p)) rates.set(p, plannedCostRate(state, p, rs + from, rs + to));
    return rates.get(p)!;
  };
  // One penalty base for the whole range, whoever is shortlisted.
  const base = penaltyBase({ people: lines.flatMap((l) => l.eligible).map((p) => ({ costRate: rate(p) })), settings: q.settings });
  const settings = { ...q.settings, unstaffedPenalty: base };
  const frameOf = (lowerBound: number | null): PlanFrame => {
    const { inst, periods } = instanceOver(state, q, from, to, lines, lines, settings, rate);
    return { inst, from, to, periods, lines: lines.map(({ l, from, to }) => ({ l, from, to })), includeTentative: q.includeTentative, lowerBound };
  };
  if (from > to || dayArcs(from, to, lines) <= (q.maxDayArcs ?? MAX_DAY_ARCS)) {
    const frame = frameOf(null);
    return { frame, result: await solve(frame.inst, mode) };
  }
  const weekly = instanceOver(state, q, from, to, lines, weekWindows(state, from, to, lines), settings, rate).inst;
  const relaxed = mode === 'split' ? solveSplit(weekly) : await solve(weekly, 'whole');
  const keep = peopleUsed(state, weekly, relaxed);
  lines.forEach((line, k) => {
    if (mode === 'split') {
      for (const p of [...line.eligible].sort((a, b) => rate(a) - rate(b) || a - b).slice(0, SHORTLIST_CHEAPEST)) keep[k].add(p);
    }
    line.eligible = line.eligible.filter((p) => keep[k].has(p));
  });
  const frame = frameOf(relaxed.bound);
  // With one person per line at most, the split optimum of the shortlist is a whole-mode plan.
  return { frame, result: { ...solveSplit(frame.inst), mode } };
}
