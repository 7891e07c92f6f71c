// Forecast accuracy: how close each frozen snapshot's plan (hours booked per role and week) was to
// the hours actually worked in that role and week, by how far ahead the plan was made. Pure: the
// snapshots' role weeks, the actuals and everyone's current primary role come in.

import { dayFromIso, weekStartOfDay, ymdFromDay } from '@shared/dates';
import type { Id, IsoDate } from '@shared/domain';
import type { ActualColumns } from './types';

/**
 * Lead time in whole weeks from the week a snapshot was taken in to the planned week: 0 is the
 * snapshot's own week. Each bucket takes the lead times from..to (inclusive); beyond 12 weeks a
 * plan is not scored.
 */
export const LEAD_BUCKETS = [
  { weeksAhead: 1, from: 0, to: 1 },
  { weeksAhead: 2, from: 2, to: 2 },
  { weeksAhead: 4, from: 3, to: 4 },
  { weeksAhead: 8, from: 5, to: 8 },
  { weeksAhead: 12, from: 9, to: 12 },
] as const;
export type WeeksAhead = (typeof LEAD_BUCKETS)[number]['weeksAhead'];

/** What accuracy reads of one stored snapshot: its day, its filter and its role weeks. */
export interface SnapshotPlan {
  id: Id;
  takenOn: IsoDate;
  /** A snapshot narrowed to kinds or a tag planned part of each role's people: it is left out. */
  narrowed: boolean;
  /** Set when the snapshot covers one role only. */
  roleId?: Id;
  /** Mondays of the snapshot's weeks. */
  weeks: IsoDate[];
  roles: { roleId: Id; booked: number[] }[];
}

export interface AccuracyFigures {
  /** Role-weeks scored: planned or worked, with something logged. */
  roleWeeks: number;
  /** Role-weeks with hours planned and nothing logged: not scored (the actuals may not be in yet). */
  missing: number;
  plannedHours: number;
  actualHours: number;
  /** Σ(planned − actual) ÷ Σ actual: above 0 the plan promised more hours than were worked. Null without actuals. */
  bias: number | null;
  /** Mean over scored role-weeks of |planned − actual| ÷ actual. Null without actuals. */
  mape: number | null;
}

export interface AccuracyBucket extends AccuracyFigures {
  weeksAhead: WeeksAhead;
  /** Lead times (weeks) this bucket takes, inclusive. */
  fromWeeks: number;
  toWeeks: number;
}

export interface AccuracyQuarter {
  /** "2026 Q3": the quarter of the planned week's Thursday (as ISO weeks count). */
  label: string;
  start: IsoDate;
  buckets: AccuracyBucket[];
}

export interface ForecastAccuracy {
  today: IsoDate;
  /** Snapshots scored, and those left out (narrowed to kinds or a tag). */
  snapshots: number;
  leftOut: number;
  buckets: AccuracyBucket[];
  /** Quarters with at least one scored or missing role-week, oldest first. */
  quarters: AccuracyQuarter[];
  /** The 4-weeks-ahead MAPE this quarter and the quarter before (null: not enough actuals). */
  headline: { quarter: string; mape: number | null; previousQuarter: string; previousMape: number | null };
}

interface Acc {
  n: number;
  missing: number;
  planned: number;
  actual: number;
  absPct: number;
}
const emptyAcc = (): Acc => ({ n: 0, missing: 0, planned: 0, actual: 0, absPct: 0 });
const EPS = 1e-9;
const r4 = (v: number) => Math.round(v * 10000) / 10000;
const r2 = (v: number) => Math.round(v * 100) / 100;

export function bucketOfLead(lead: number): number {
  return LEAD_BUCKETS.findIndex((b) => lead >= b.from && lead <= b.to);
}

/** The quarter a week (its Monday's day index) belongs to: that of its Thursday. */
export function quarterOfWeek(monday: number): { label: string; start: IsoDate; key: number } {
  const { year, month } = ymdFromDay(monday + 3);
  const q = Math.floor((month - 1) / 3);
  return { label: `${year} Q${q + 1}`, start: `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`, key: year * 4 + q };
}

function figuresOf(a: Acc): AccuracyFigures {
  return {
    roleWeeks: a.n, missing: a.missing, plannedHours: r2(a.planned), actualHours: r2(a.actual),
    bias: a.actual > EPS ? r4((a.planned - a.actual) / a.actual) : null,
    mape: a.n > 0 ? r4(a.absPct / a.n) : null,
  };
}
const bucketsOf = (accs: Acc[]): AccuracyBucket[] =>
  LEAD_BUCKETS.map((b, i) => ({ weeksAhead: b.weeksAhead, fromWeeks: b.from, toWeeks: b.to, ...figuresOf(accs[i]) }));

/** Hours worked per role and week (weeks from `firstWeek`, `weeks` of them); a person's role is their current primary role. */
export function actualRoleWeeks(actuals: ActualColumns, roleOf: ReadonlyMap<Id, Id>, firstWeek: number, weeks: number): Map<Id, Float64Array> {
  const byRole = new Map<Id, Float64Array>();
  const last = firstWeek + weeks * 7 - 1;
  for (let i = 0; i < actuals.length; i++) {
    const d = actuals.day[i];
    if (d < firstWeek || d > last) continue;
    const role = roleOf.get(actuals.talentId[i]);
    if (role === undefined) continue;
    let row = byRole.get(role);
    if (!row) byRole.set(role, (row = new Float64Array(weeks)));
    row[((d - firstWeek) / 7) | 0] += actuals.hours[i];
  }
  return byRole;
}

/** Forecast accuracy of every snapshot, for the weeks that ended before `today`. */
/** `within` scores only the planned weeks that overlap those days (a retrospective's period). */
export function forecastAccuracy(plans: readonly SnapshotPlan[], actuals: ActualColumns, roleOf: ReadonlyMap<Id, Id>, today: IsoDate, within?: { start: IsoDate; end: IsoDate }): ForecastAccuracy {
  const used = plans.filter((p) => !p.narrowed && p.weeks.length > 0);
  const todayWeek = weekStartOfDay(dayFromIso(today));
  const firstWeek = used.length ? Math.min(...used.map((p) => dayFromIso(p.weeks[0]))) : todayWeek;
  const W = Math.max(0, Math.floor((todayWeek - firstWeek) / 7));
  const worked = actualRoleWeeks(actuals, roleOf, firstWeek, W);
  const all = LEAD_BUCKETS.map(emptyAcc);
  const quarters = new Map<number, { label: string; start: IsoDate; accs: Acc[] }>();

  for (const plan of used) {
    const takenWeek = weekStartOfDay(dayFromIso(plan.takenOn));
    const planned = new Map(plan.roles.filter((r) => r.roleId >= 0).map((r) => [r.roleId, r.booked]));
    const roleIds = new Set(planned.keys());
    if (plan.roleId === undefined) for (const r of worked.keys()) roleIds.add(r);
    else for (const r of roleIds) if (r !== plan.roleId) roleIds.delete(r);
    plan.weeks.forEach((iso, i) => {
      const monday = dayFromIso(iso);
      const w = (monday - firstWeek) / 7;
      if (w >= W) return; // not ended yet
      if (within && (monday + 6 < dayFromIso(within.start) || monday > dayFromIso(within.end))) return;
      const b = bucketOfLead(Math.round((monday - takenWeek) / 7));
      if (b < 0) return;
      const q = quarterOfWeek(monday);
      let quarter = quarters.get(q.key);
      if (!quarter) quarters.set(q.key, (quarter = { label: q.label, start: q.start, accs: LEAD_BUCKETS.map(emptyAcc) }));
      for (const roleId of roleIds) {
        const p = planned.get(roleId)?.[i] ?? 0;
        const a = worked.get(roleId)?.[w] ?? 0;
        for (const acc of [all[b], quarter.accs[b]]) {
          if (a <= EPS) {
            if (p > EPS) acc.missing++;
            continue;
          }
          acc.n++;
          acc.planned += p;
          acc.actual += a;
          acc.absPct += Math.abs(p - a) / a;
        }
      }
    });
  }

  const ordered = [...quarters.entries()].sort((x, y) => x[0] - y[0]);
  const four = LEAD_BUCKETS.findIndex((b) => b.weeksAhead === 4);
  const now = quarterOfWeek(todayWeek);
  const before = quarterOfWeek(dayFromIso(now.start) - 60);
  const mapeIn = (key: number) => {
    const q = quarters.get(key);
    return q ? figuresOf(q.accs[four]).mape : null;
  };
  return {
    today,
    snapshots: used.length,
    leftOut: plans.length - used.length,
    buckets: bucketsOf(all),
    quarters: ordered.map(([, q]) => ({ label: q.label, start: q.start, buckets: bucketsOf(q.accs) })),
    headline: { quarter: now.label, mape: mapeIn(now.key), previousQuarter: before.label, previousMape: mapeIn(before.key) },
  };
}

/** The executive line: how close plans made 4 weeks ahead were this quarter, and the quarter before. */
export function accuracySentence(headline: ForecastAccuracy['headline']): string {
  const pct = (v: number) => `${Math.round(v * 100)} %`;
  const before = headline.previousMape === null ? 'no figure for the quarter before' : `${pct(headline.previousMape)} the quarter before`;
  if (headline.mape === null) return `Plans made 4 weeks ahead: not enough actuals yet this quarter (${before}).`;
  return `Plans made 4 weeks ahead were within ±${pct(headline.mape)} of actual hours this quarter (${before}).`;
}
