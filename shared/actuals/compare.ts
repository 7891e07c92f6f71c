// Planned against actual: for a range, the hours bookings planned (on the days the capacity core
// puts them) and the hours logged, and what each cost in the reporting currency, by person, role,
// campaign and week. A week that had planned hours and nothing logged is "missing actuals", apart
// from a week where less was worked than planned. Pure: the state and the actuals come in.

import { hourlyCostOn } from '@shared/capacity/cost';
import { BOOKING_LIVE, BOOKING_TENTATIVE, BOOKING_WORKING_DAYS_ONLY, type CapacityState } from '@shared/capacity/state';
import { dayFromIso, isoFromDay, weekStartOfDay } from '@shared/dates';
import type { Id, IsoDate } from '@shared/domain';
import { rateSteps, stepOf } from '@shared/money/rates';
import type { ActualColumns } from './types';

export interface VarianceRow {
  /** Person, role or campaign id (null for the totals). */
  id: Id | null;
  label: string;
  plannedHours: number;
  actualHours: number;
  /** actual − planned. */
  diffHours: number;
  plannedCost: number;
  actualCost: number;
  diffCost: number;
  /** Weeks (that have ended) with planned hours and nothing logged. */
  missingWeeks: number;
  /** Weeks (that have ended) with something logged, but less than planned. */
  lessWeeks: number;
}

export interface VarianceWeek {
  start: IsoDate;
  planned: number;
  actual: number;
  plannedCost: number;
  actualCost: number;
  /** People with planned hours and nothing logged this week (weeks that have ended). */
  missingPeople: number;
  /** False for a week that has not ended by today (its actuals may still come). */
  ended: boolean;
}

export interface MissingWeek {
  talentId: Id;
  name: string;
  week: IsoDate;
  plannedHours: number;
}

export interface PlannedVsActual {
  range: { start: IsoDate; end: IsoDate };
  currency: string;
  totals: VarianceRow;
  weeks: VarianceWeek[];
  people: VarianceRow[];
  roles: VarianceRow[];
  campaigns: VarianceRow[];
  /** Person-weeks with planned hours and nothing logged, most planned hours first (first 500). */
  missing: MissingWeek[];
  missingCount: number;
  /** Hours whose cost has no exchange rate into the reporting currency (left out of the costs). */
  hoursWithoutRate: number;
}

export interface CompareOptions {
  range: { start: IsoDate; end: IsoDate };
  /** Weeks ending before this day count for missing actuals. */
  today: IsoDate;
  /** The people to compare (default: all). */
  personIndexes?: readonly number[];
  /** Leave tentative bookings out of the plan (default: all bookings). */
  confirmedOnly?: boolean;
  /** Only this campaign's bookings and actuals. */
  campaignId?: Id;
}

const MISSING_SHOWN = 500;
const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * Hourly cost of each person in the reporting currency: `flat[p]` when it is the same every day of
 * [from, to] (an hourly rate under one exchange rate; NaN without a rate), else `byDay(p, day)`.
 */
function costLookup(state: CapacityState, from: number, to: number) {
  const reporting = state.money.reporting;
  const steps = new Map<string, ReturnType<typeof rateSteps>>();
  const stepsOf = (p: number) => {
    const currency = state.people[p].currency;
    let s = steps.get(currency);
    if (!s) steps.set(currency, (s = rateSteps(state.money, currency, reporting)));
    return s;
  };
  const flat = new Float64Array(state.people.length).fill(Number.NaN);
  const isFlat = new Uint8Array(state.people.length);
  for (let p = 0; p < state.people.length; p++) {
    const s = stepsOf(p);
    if (state.personCostPerDay[p] === 0 && stepOf(s, from) === stepOf(s, to)) {
      isFlat[p] = 1;
      flat[p] = state.personCostRate[p] * s.rates[stepOf(s, from)];
    }
  }
  const byDay = (p: number, day: number): number => hourlyCostOn(state, p, day) * stepsOf(p).rates[stepOf(stepsOf(p), day)];
  return { flat, isFlat, byDay };
}

/** Planned and actual hours and cost, per person, role, campaign or week (the rows' figures). */
interface Four {
  plannedH: Float64Array;
  actualH: Float64Array;
  plannedC: Float64Array;
  actualC: Float64Array;
}
const sumsOf = (n: number): Four => ({ plannedH: new Float64Array(n), actualH: new Float64Array(n), plannedC: new Float64Array(n), actualC: new Float64Array(n) });

/** Hours and cost summed per person, campaign and week (and hours per person-week), planned or actual. */
class Sums {
  readonly personH: Float64Array;
  readonly personC: Float64Array;
  readonly campaignH: Float64Array;
  readonly campaignC: Float64Array;
  readonly weekH: Float64Array;
  readonly weekC: Float64Array;
  readonly personWeekH: Float64Array;
  /** Hours with no exchange rate (left out of the costs). */
  withoutRate = 0;

  constructor(P: number, C: number, readonly W: number) {
    this.personH = new Float64Array(P);
    this.personC = new Float64Array(P);
    this.campaignH = new Float64Array(C);
    this.campaignC = new Float64Array(C);
    this.weekH = new Float64Array(W);
    this.weekC = new Float64Array(W);
    this.personWeekH = new Float64Array(P * W);
  }

  /** `hours` of person p on campaign index c (−1: none in the state) in week w, at `rate` an hour. */
  add(p: number, c: number, w: number, hours: number, rate: number): void {
    let cost = hours * rate;
    if (rate !== rate) {
      this.withoutRate += hours;
      cost = 0;
    }
    this.personH[p] += hours;
    this.personC[p] += cost;
    this.weekH[w] += hours;
    this.weekC[w] += cost;
    if (c >= 0) {
      this.campaignH[c] += hours;
      this.campaignC[c] += cost;
    }
    this.personWeekH[p * this.W + w] += hours;
  }
}

/** Index by id (−1: not there), so a row's person or campaign is an array read, not a Map lookup. */
function indexById(ids: Iterable<[Id, number]>, keep?: Uint8Array): Int32Array {
  let max = 0;
  for (const [id] of ids) if (id > max) max = id;
  const out = new Int32Array(max + 1).fill(-1);
  for (const [id, i] of ids) if (!keep || keep[i]) out[id] = i;
  return out;
}

/** The first index whose day is ≥ `day` in ascending days. */
export function firstAtOrAfter(days: Int32Array, n: number, day: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Scope {
  from: number;
  to: number;
  firstWeek: number;
  included: Uint8Array;
  cost: ReturnType<typeof costLookup>;
}

/**
 * Planned: each booking's hours on the days it carries them, as the core places them. A person
 * whose hourly cost is flat over the range is summed a week at a time (days counted, then added).
 */
function addPlanned(state: CapacityState, sums: Sums, scope: Scope, options: CompareOptions): void {
  const t = state.bookings;
  const onlyCampaign = options.campaignId === undefined ? -2 : (state.campaignIndexById.get(options.campaignId) ?? -3);
  const days = state.timeline.days;
  const origin = state.timeline.range.start;
  const { from, to, firstWeek, included, cost } = scope;
  for (let row = 0; row < t.size; row++) {
    const flags = t.flags[row];
    const p = t.person[row];
    if ((flags & BOOKING_LIVE) === 0 || p < 0 || !included[p]) continue;
    if (options.confirmedOnly && (flags & BOOKING_TENTATIVE) !== 0) continue;
    const c = t.campaign[row];
    if (onlyCampaign !== -2 && c !== onlyCampaign) continue;
    const start = Math.max(t.start[row], from);
    const end = Math.min(t.end[row], to);
    const workingOnly = (flags & BOOKING_WORKING_DAYS_ONLY) !== 0;
    const h = t.hoursPerDay[row];
    const working = state.working;
    const base = p * days - origin;
    if (!cost.isFlat[p]) {
      for (let d = start; d <= end; d++) {
        if (workingOnly && working[base + d] !== 1) continue;
        sums.add(p, c, ((d - firstWeek) / 7) | 0, h, cost.byDay(p, d));
      }
      continue;
    }
    const rate = cost.flat[p];
    for (let d = start; d <= end; ) {
      const w = ((d - firstWeek) / 7) | 0;
      const weekEnd = Math.min(end, firstWeek + w * 7 + 6);
      let n = 0;
      if (workingOnly) {
        for (; d <= weekEnd; d++) if (working[base + d] === 1) n++;
      } else {
        n = weekEnd - d + 1;
        d = weekEnd + 1;
      }
      if (n > 0) sums.add(p, c, w, h * n, rate);
    }
  }
}

/** Actual: what was logged (rows of people outside the state, or filtered out, are left out). Columns in date order. */
function addActual(state: CapacityState, actuals: ActualColumns, sums: Sums, scope: Scope, options: CompareOptions): void {
  const { from, to, firstWeek, included, cost } = scope;
  const personOf = indexById(state.personIndexById, included);
  const campaignOf = indexById(state.campaignIndexById);
  const only = options.campaignId;
  const { talentId, campaignId, day, hours } = actuals;
  for (let i = firstAtOrAfter(day, actuals.length, from); i < actuals.length; i++) {
    const d = day[i];
    if (d > to) break;
    const ci = campaignId[i];
    if (only !== undefined && ci !== only) continue;
    const ti = talentId[i];
    const p = ti < personOf.length ? personOf[ti] : -1;
    if (p < 0) continue;
    const c = ci < campaignOf.length ? campaignOf[ci] : -1;
    sums.add(p, c, ((d - firstWeek) / 7) | 0, hours[i], cost.isFlat[p] ? cost.flat[p] : cost.byDay(p, d));
  }
}

/** Planned against actual over `options.range`; `actuals` in ascending day order. */
export function plannedVsActual(state: CapacityState, actuals: ActualColumns, options: CompareOptions): PlannedVsActual {
  const from = dayFromIso(options.range.start);
  const to = dayFromIso(options.range.end);
  const firstWeek = weekStartOfDay(from);
  const W = Math.floor((to - firstWeek) / 7) + 1;
  const P = state.people.length;
  const C = state.campaigns.length;
  const included = new Uint8Array(P);
  for (const p of options.personIndexes ?? state.people.map((_, i) => i)) included[p] = 1;
  const scope: Scope = { from, to, firstWeek, included, cost: costLookup(state, from, to) };
  const plan = new Sums(P, C, W);
  const done = new Sums(P, C, W);
  addPlanned(state, plan, scope, options);
  addActual(state, actuals, done, scope, options);
  const personWeekPlanned = plan.personWeekH;
  const personWeekActual = done.personWeekH;
  const withoutRate = plan.withoutRate + done.withoutRate;
  const person: Four = { plannedH: plan.personH, actualH: done.personH, plannedC: plan.personC, actualC: done.personC };
  const campaign: Four = { plannedH: plan.campaignH, actualH: done.campaignH, plannedC: plan.campaignC, actualC: done.campaignC };
  const week: Four = { plannedH: plan.weekH, actualH: done.weekH, plannedC: plan.weekC, actualC: done.weekC };

  // Missing against less, for weeks that have ended.
  const today = dayFromIso(options.today);
  const endedWeeks = Math.max(0, Math.min(W, Math.floor((today - firstWeek) / 7)));
  const missingW = new Int32Array(P);
  const lessW = new Int32Array(P);
  const weekMissing = new Int32Array(W);
  const missing: MissingWeek[] = [];
  let missingCount = 0;
  for (let p = 0; p < P; p++) {
    if (!included[p]) continue;
    for (let w = 0; w < endedWeeks; w++) {
      const planned = personWeekPlanned[p * W + w];
      if (planned <= 1e-9) continue;
      const actual = personWeekActual[p * W + w];
      if (actual <= 1e-9) {
        missingW[p]++;
        weekMissing[w]++;
        missingCount++;
        missing.push({ talentId: state.people[p].id, name: state.people[p].name, week: isoFromDay(firstWeek + w * 7), plannedHours: round2(planned) });
      } else if (actual < planned - 1e-9) lessW[p]++;
    }
  }
  missing.sort((a, b) => b.plannedHours - a.plannedHours || a.name.localeCompare(b.name) || a.week.localeCompare(b.week));

  const rowOf = (id: Id | null, label: string, s: Four, i: number, m = 0, l = 0): VarianceRow => ({
    id, label,
    plannedHours: round2(s.plannedH[i]), actualHours: round2(s.actualH[i]), diffHours: round2(s.actualH[i] - s.plannedH[i]),
    plannedCost: round2(s.plannedC[i]), actualCost: round2(s.actualC[i]), diffCost: round2(s.actualC[i] - s.plannedC[i]),
    missingWeeks: m, lessWeeks: l,
  });
  const people: VarianceRow[] = [];
  const roleIndex = new Map<number, number>();
  const role = sumsOf(state.roleIds.length);
  const roleMissing = new Int32Array(state.roleIds.length);
  const roleLess = new Int32Array(state.roleIds.length);
  const total = sumsOf(1);
  for (let p = 0; p < P; p++) {
    if (!included[p]) continue;
    const busy = person.plannedH[p] > 0 || person.actualH[p] > 0;
    if (busy) people.push(rowOf(state.people[p].id, state.people[p].name, person, p, missingW[p], lessW[p]));
    const r = state.personPrimaryRole[p];
    roleIndex.set(r, r);
    for (const k of ['plannedH', 'actualH', 'plannedC', 'actualC'] as const) {
      role[k][r] += person[k][p];
      total[k][0] += person[k][p];
    }
    roleMissing[r] += missingW[p];
    roleLess[r] += lessW[p];
  }
  const roles = [...roleIndex.keys()]
    .filter((r) => role.plannedH[r] > 0 || role.actualH[r] > 0)
    .map((r) => rowOf(state.roleIds[r], state.roleNames[r], role, r, roleMissing[r], roleLess[r]));
  const campaigns: VarianceRow[] = [];
  for (let c = 0; c < C; c++) {
    if (campaign.plannedH[c] > 0 || campaign.actualH[c] > 0) campaigns.push(rowOf(state.campaigns[c].id, state.campaigns[c].name, campaign, c));
  }
  const byGap = (a: VarianceRow, b: VarianceRow) => Math.abs(b.diffHours) - Math.abs(a.diffHours) || a.label.localeCompare(b.label);
  return {
    range: options.range,
    currency: state.money.reporting,
    totals: rowOf(null, 'All', total, 0, missingCount, lessW.reduce((a, b) => a + b, 0)),
    weeks: Array.from({ length: W }, (_, w) => ({
      start: isoFromDay(firstWeek + w * 7),
      planned: round2(week.plannedH[w]), actual: round2(week.actualH[w]),
      plannedCost: round2(week.plannedC[w]), actualCost: round2(week.actualC[w]),
      missingPeople: weekMissing[w], ended: w < endedWeeks,
    })),
    people: people.sort(byGap),
    roles: roles.sort(byGap),
    campaigns: campaigns.sort(byGap),
    missing: missing.slice(0, MISSING_SHOWN),
    missingCount,
    hoursWithoutRate: round2(withoutRate),
  };
}
