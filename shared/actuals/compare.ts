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
 * Hourly cost of person p on a day in the reporting currency (NaN without a rate). A person on an
 * hourly rate under one exchange rate for the whole range costs the same every day: that rate is
 * worked out once.
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
  return (p: number, day: number): number => (isFlat[p] ? flat[p] : hourlyCostOn(state, p, day) * stepsOf(p).rates[stepOf(stepsOf(p), day)]);
}

interface Sums {
  plannedH: Float64Array;
  actualH: Float64Array;
  plannedC: Float64Array;
  actualC: Float64Array;
}
const PLANNED = { h: 'plannedH', c: 'plannedC' } as const;
const ACTUAL = { h: 'actualH', c: 'actualC' } as const;
const sumsOf = (n: number): Sums => ({ plannedH: new Float64Array(n), actualH: new Float64Array(n), plannedC: new Float64Array(n), actualC: new Float64Array(n) });

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
  const costOf = costLookup(state, from, to);
  const person = sumsOf(P);
  const campaign = sumsOf(C);
  const week = sumsOf(W);
  const personWeekPlanned = new Float64Array(P * W);
  const personWeekActual = new Float64Array(P * W);
  let withoutRate = 0;

  const add = (planned: boolean, p: number, c: number, day: number, hours: number) => {
    const w = ((day - firstWeek) / 7) | 0;
    const rate = costOf(p, day);
    let cost = hours * rate;
    if (Number.isNaN(rate)) {
      withoutRate += hours;
      cost = 0;
    }
    const sums = planned ? PLANNED : ACTUAL;
    person[sums.h][p] += hours;
    person[sums.c][p] += cost;
    week[sums.h][w] += hours;
    week[sums.c][w] += cost;
    if (c >= 0) {
      campaign[sums.h][c] += hours;
      campaign[sums.c][c] += cost;
    }
    (planned ? personWeekPlanned : personWeekActual)[p * W + w] += hours;
  };

  // Planned: each booking's hours on the days it carries them, as the core places them.
  const t = state.bookings;
  const onlyCampaign = options.campaignId === undefined ? -2 : (state.campaignIndexById.get(options.campaignId) ?? -3);
  const days = state.timeline.days;
  const origin = state.timeline.range.start;
  for (let row = 0; row < t.size; row++) {
    const flags = t.flags[row];
    const p = t.person[row];
    if ((flags & BOOKING_LIVE) === 0 || p < 0 || !included[p]) continue;
    if (options.confirmedOnly && (flags & BOOKING_TENTATIVE) !== 0) continue;
    if (onlyCampaign !== -2 && t.campaign[row] !== onlyCampaign) continue;
    const start = Math.max(t.start[row], from);
    const end = Math.min(t.end[row], to);
    const workingOnly = (flags & BOOKING_WORKING_DAYS_ONLY) !== 0;
    for (let d = start; d <= end; d++) {
      if (workingOnly && state.working[p * days + (d - origin)] !== 1) continue;
      add(true, p, t.campaign[row], d, t.hoursPerDay[row]);
    }
  }
  // Actual: what was logged (rows of people outside the state, or filtered out, are left out).
  // Columns in date order: start at the range's first day.
  const only = options.campaignId;
  for (let i = firstAtOrAfter(actuals.day, actuals.length, from); i < actuals.length; i++) {
    const d = actuals.day[i];
    if (d > to) break;
    if (only !== undefined && actuals.campaignId[i] !== only) continue;
    const p = state.personIndexById.get(actuals.talentId[i]);
    if (p === undefined || !included[p]) continue;
    add(false, p, state.campaignIndexById.get(actuals.campaignId[i]) ?? -1, d, actuals.hours[i]);
  }

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

  const rowOf = (id: Id | null, label: string, s: Sums, i: number, m = 0, l = 0): VarianceRow => ({
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
