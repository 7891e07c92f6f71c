// From the capacity state and a phase list to the core's numbers: the studio's working days in the
// search horizon, the eligible people, and each one's free units per working day (the capacity
// core's free hours: patterns, holidays, closures, time off and bookings), with the adjustments a
// question or a way out asks for.

import { dayFromIso, type DayIndex } from '@shared/dates';
import { BOOKING_LIVE, BOOKING_TENTATIVE, BOOKING_WORKING_DAYS_ONLY, type CapacityState } from '@shared/capacity/state';
import { unitsFromHours } from '@shared/capacity/units';
import { CycleError, primePrefixes, type CorePhase, type CoreProblem } from '@shared/delivery/core';
import { keptPool, keptRows } from '@shared/delivery/kept';
import type { DeliveryQuery, DeliveryRoleNeed } from '@shared/delivery/types';
import { canWorkOn } from '@shared/eligibility';
import { AppError } from '@shared/errors';

const MAX_DAY_UNITS = 24 * 3600;

export interface ProblemOptions {
  /** Add back tentative bookings of campaigns less important than this priority (a larger number). */
  freeTentativeBelow?: number;
  /** Add this share of each listed person's capacity (state person indexes) as overtime. */
  overtime?: { share: number; people: ReadonlySet<number> };
  /** Overrides the query's earliest start (a day index). */
  earliestStart?: DayIndex;
}

export interface DeliveryProblem {
  core: CoreProblem;
  /** Working day t → day index. */
  dayOf: Int32Array;
  /** Core person → state person index. */
  personOf: number[];
  /** Per phase and demand: the role need it came from. */
  needs: DeliveryRoleNeed[][];
  /** The horizon's first day (day index). */
  from: DayIndex;
  /** State person → core person (−1: not eligible for anything). */
  coreOf: Int32Array;
  /** Day index − from → working day t (−1: not a studio working day). */
  tOf: Int32Array;
  /** Units added back per core person and working day (the campaign's own bookings; negative: taken). */
  extra: Map<number, Float64Array>;
}

/** Studio working days (Monday to Friday, not a closure) in [from, to]. */
export function studioDays(state: CapacityState, from: DayIndex, to: DayIndex): Int32Array {
  const rs = state.timeline.range.start;
  if (from < rs || to >= rs + state.timeline.days) throw new RangeError('The capacity state does not hold the horizon');
  const out: number[] = [];
  for (let d = from; d <= to; d++) if (state.timeline.weekday[d - rs] < 5 && !state.closureMask[d - rs]) out.push(d);
  return Int32Array.from(out);
}

function phasesOf(query: DeliveryQuery): number[][] {
  const index = new Map(query.phases.map((p, i) => [p.id, i]));
  return query.phases.map((p, i) =>
    p.dependsOn.map((id) => {
      const d = index.get(id);
      if (d === undefined) throw new AppError('invalid_input', `Phase "${p.name}" depends on "${id}", which is not in the list.`, `phases.${i}.dependsOn`);
      return d;
    }),
  );
}

/**
 * Per core person: units to add back per working day: the campaign's own bookings when they are
 * free, movable tentative bookings; negative for the campaign's own tentative bookings when they
 * count as taken though others' tentative bookings do not ("Book it" adds beside them).
 */
function addBacks(state: CapacityState, query: DeliveryQuery, opts: ProblemOptions, coreOf: Int32Array, tOf: Int32Array, from: DayIndex, days: number): Map<number, Float64Array> {
  const out = new Map<number, Float64Array>();
  const own = query.campaignId === null ? -1 : (state.campaignIndexById.get(query.campaignId) ?? -1);
  const freeOwn = own >= 0 && query.ownBookingsFree;
  const takeOwnTentative = own >= 0 && !query.ownBookingsFree && !query.tentativeIsTaken && query.ownTentativeTaken === true;
  const below = opts.freeTentativeBelow;
  if (!freeOwn && !takeOwnTentative && below === undefined) return out;
  const b = state.bookings;
  const rs = state.timeline.range.start;
  for (let row = 0; row < b.size; row++) {
    const flags = b.flags[row];
    const p = b.person[row];
    if (!(flags & BOOKING_LIVE) || p < 0 || coreOf[p] < 0 || b.end[row] < from || b.start[row] >= from + tOf.length) continue;
    const tentative = (flags & BOOKING_TENTATIVE) !== 0;
    const mine = own >= 0 && b.campaign[row] === own;
    let sign: 1 | -1 = 1;
    if (tentative && !query.tentativeIsTaken) {
      if (!(mine && takeOwnTentative)) continue;
      sign = -1;
    } else {
      const c = b.campaign[row];
      const movable = !mine && tentative && below !== undefined && c >= 0 && state.campaigns[c].priority > below;
      if (!(mine && freeOwn) && !movable) continue;
    }
    const base = p * state.timeline.days;
    for (let d = Math.max(from, b.start[row]), last = Math.min(from + tOf.length - 1, b.end[row]); d <= last; d++) {
      const t = tOf[d - from];
      if (t < 0) continue;
      if (flags & BOOKING_WORKING_DAYS_ONLY && !state.working[base + d - rs]) continue;
      let row2 = out.get(coreOf[p]);
      if (!row2) out.set(coreOf[p], (row2 = new Float64Array(days)));
      row2[t] += sign * b.unitsPerDay[row];
    }
  }
  return out;
}

/** The core problem for a question over working days from the earliest start to `to` (a day index). */
export function buildProblem(state: CapacityState, query: DeliveryQuery, to: DayIndex, opts: ProblemOptions = {}): DeliveryProblem {
  const from = dayFromIso(query.earliestStart);
  const dayOf = studioDays(state, from, to);
  const days = dayOf.length;
  const deps = phasesOf(query);
  const coreOf = new Int32Array(state.people.length).fill(-1);
  const personOf: number[] = [];
  // One scan of everyone per distinct role and skills (phases often repeat a role).
  const pools = new Map<string, number[]>();
  const eligibleOf = (need: DeliveryRoleNeed): number[] => {
    const key = `${need.roleId}|${need.skills.map((x) => `${x.skillId}:${x.minLevel}`).sort().join(',')}`;
    let list = pools.get(key);
    if (list) return list;
    list = [];
    for (const p of keptPool(state, key, () => state.people.flatMap((t, p) => (canWorkOn(t, need) ? [p] : [])))) {
      if (coreOf[p] < 0) { coreOf[p] = personOf.length; personOf.push(p); }
      list.push(coreOf[p]);
    }
    pools.set(key, list);
    return list;
  };
  const phases: CorePhase[] = query.phases.map((ph, i) => ({
    duration: ph.durationDays,
    ...(ph.stretch ? { stretch: true } : {}),
    ...(ph.notBefore ? { notBefore: lowerBound(dayOf, dayFromIso(ph.notBefore)) } : {}),
    deps: deps[i],
    demands: ph.roles.map((need) => ({ units: unitsFromHours(need.hours), maxPeople: need.maxPeople ?? Infinity, eligible: eligibleOf(need) })),
  }));
  const tOf = new Int32Array(Math.max(0, to - from + 1)).fill(-1);
  dayOf.forEach((d, t) => (tOf[d - from] = t));
  const extra = addBacks(state, query, {}, coreOf, tOf, from, days);
  // Rows without the campaign's own bookings added back are kept for the next question.
  const kept = keptRows(state, `${from}|${to}|${query.tentativeIsTaken}`);
  const free = personOf.map((p, c) => {
    const add = extra.get(c);
    if (add) return rowFor(state, query, p, dayOf, add, 0);
    let row = kept.get(p);
    if (!row) kept.set(p, (row = rowFor(state, query, p, dayOf, undefined, 0)));
    return row;
  });
  primePrefixes(free);
  const start = opts.earliestStart === undefined ? 0 : lowerBound(dayOf, opts.earliestStart);
  return { core: { days, free, phases, earliest: start }, dayOf, personOf, needs: query.phases.map((p) => p.roles), from, coreOf, tOf, extra };
}

/** Free units of state person p per working day: max(0, capacity − booked + added back) + overtime. */
function rowFor(state: CapacityState, query: DeliveryQuery, p: number, dayOf: Int32Array, add: Float64Array | undefined, over: number, row = new Float64Array(dayOf.length)): Float64Array {
  const rs = state.timeline.range.start;
  const base = p * state.timeline.days;
  for (let t = 0; t < dayOf.length; t++) {
    const k = base + dayOf[t] - rs;
    const cap = state.capacity[k];
    const booked = state.confirmed[k] + (query.tentativeIsTaken ? state.tentative[k] : 0) - (add ? add[t] : 0);
    // At most 24 h a day from one person (an agency's pooled headcount included): what one booking holds.
    row[t] = Math.min(MAX_DAY_UNITS, Math.max(0, cap - booked) + Math.round(cap * over));
  }
  return row;
}

/** The same problem with more free hours: movable tentative bookings added back, or overtime for some people. */
export function variantOf(state: CapacityState, query: DeliveryQuery, base: DeliveryProblem, opts: ProblemOptions): DeliveryProblem {
  if (opts.freeTentativeBelow !== undefined && !opts.overtime) return relaxedVariant(state, query, base, opts.freeTentativeBelow);
  const extra = opts.freeTentativeBelow === undefined ? base.extra : addBacks(state, query, opts, base.coreOf, base.tOf, base.from, base.core.days);
  const redo = new Set<number>(extra === base.extra ? [] : extra.keys());
  for (const p of opts.overtime?.people ?? []) if (base.coreOf[p] >= 0) redo.add(base.coreOf[p]);
  const free = [...base.core.free];
  for (const c of redo) {
    const p = base.personOf[c];
    free[c] = rowFor(state, query, p, base.dayOf, extra.get(c), opts.overtime?.people.has(p) ? opts.overtime.share : 0);
  }
  return { ...base, core: { ...base.core, free }, extra };
}

/**
 * variantOf with movable tentative bookings added back. The rows of people without the campaign's
 * own bookings are kept per horizon and priority, so the bookings are scanned again only for
 * people not kept (or with own bookings).
 */
function relaxedVariant(state: CapacityState, query: DeliveryQuery, base: DeliveryProblem, below: number): DeliveryProblem {
  const kept = keptRows(state, `${base.from}|${base.from + base.tOf.length - 1}|${query.tentativeIsTaken}|below ${below}`);
  const complete = base.extra.size === 0 && base.personOf.every((p) => kept.has(p));
  const extra = complete ? base.extra : addBacks(state, query, { freeTentativeBelow: below }, base.coreOf, base.tOf, base.from, base.core.days);
  const free = base.personOf.map((p, c) => {
    const fresh = () => (extra.has(c) ? rowFor(state, query, p, base.dayOf, extra.get(c), 0) : base.core.free[c]);
    if (base.extra.has(c)) return fresh();
    let row = kept.get(p);
    if (!row) kept.set(p, (row = fresh() as Float64Array));
    return row;
  });
  return { ...base, core: { ...base.core, free }, extra };
}

/** First t with dayOf[t] ≥ day. */
export function lowerBound(dayOf: Int32Array, day: number): number {
  let lo = 0;
  let hi = dayOf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dayOf[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export { CycleError };
