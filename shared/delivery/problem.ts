// From the capacity state and a phase list to the core's numbers: the studio's working days in the
// search horizon, the eligible people, and each one's free units per working day (the capacity
// core's free hours: patterns, holidays, closures, time off and bookings), with the adjustments a
// question or a way out asks for.

import type { Talent } from '@shared/domain';
import { dayFromIso, type DayIndex } from '@shared/dates';
import { BOOKING_LIVE, BOOKING_TENTATIVE, BOOKING_WORKING_DAYS_ONLY, type CapacityState } from '@shared/capacity/state';
import { unitsFromHours } from '@shared/capacity/units';
import { CycleError, type CorePhase, type CoreProblem } from '@shared/delivery/core';
import type { DeliveryQuery, DeliveryRoleNeed } from '@shared/delivery/types';
import { AppError } from '@shared/errors';

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
}

function eligible(t: Talent, need: DeliveryRoleNeed): boolean {
  if (t.primaryRoleId !== need.roleId && !t.otherRoleIds.includes(need.roleId)) return false;
  return need.skills.every((s) => t.skills.some((own) => own.skillId === s.skillId && own.level >= s.minLevel));
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

/** Per core person: units to add back per working day (own bookings, movable tentative bookings). */
function addBacks(state: CapacityState, query: DeliveryQuery, opts: ProblemOptions, coreOf: Int32Array, tOf: Map<number, number>, days: number): Map<number, Float64Array> {
  const out = new Map<number, Float64Array>();
  const own = query.campaignId === null ? -1 : (state.campaignIndexById.get(query.campaignId) ?? -1);
  const below = opts.freeTentativeBelow;
  if (own < 0 && below === undefined) return out;
  const b = state.bookings;
  const rs = state.timeline.range.start;
  for (let row = 0; row < b.size; row++) {
    const flags = b.flags[row];
    const p = b.person[row];
    if (!(flags & BOOKING_LIVE) || p < 0 || coreOf[p] < 0) continue;
    const tentative = (flags & BOOKING_TENTATIVE) !== 0;
    if (tentative && !query.tentativeIsTaken) continue;
    const c = b.campaign[row];
    const mine = c === own && own >= 0;
    const movable = !mine && tentative && below !== undefined && c >= 0 && state.campaigns[c].priority > below;
    if (!mine && !movable) continue;
    const base = p * state.timeline.days;
    for (let d = b.start[row]; d <= b.end[row]; d++) {
      const t = tOf.get(d);
      if (t === undefined) continue;
      if (flags & BOOKING_WORKING_DAYS_ONLY && !state.working[base + d - rs]) continue;
      let row2 = out.get(coreOf[p]);
      if (!row2) out.set(coreOf[p], (row2 = new Float64Array(days)));
      row2[t] += b.unitsPerDay[row];
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
  const phases: CorePhase[] = query.phases.map((ph, i) => ({
    duration: ph.durationDays,
    deps: deps[i],
    demands: ph.roles.map((need) => {
      const list: number[] = [];
      state.people.forEach((t, p) => {
        if (!eligible(t, need)) return;
        if (coreOf[p] < 0) { coreOf[p] = personOf.length; personOf.push(p); }
        list.push(coreOf[p]);
      });
      return { units: unitsFromHours(need.hours), maxPeople: need.maxPeople ?? Infinity, eligible: list };
    }),
  }));
  const tOf = new Map<number, number>();
  dayOf.forEach((d, t) => tOf.set(d, t));
  const extra = addBacks(state, query, opts, coreOf, tOf, days);
  const rs = state.timeline.range.start;
  const free = personOf.map((p, c) => {
    const row = new Float64Array(days);
    const base = p * state.timeline.days;
    const add = extra.get(c);
    const over = opts.overtime?.people.has(p) ? opts.overtime.share : 0;
    for (let t = 0; t < days; t++) {
      const k = base + dayOf[t] - rs;
      const cap = state.capacity[k];
      const booked = state.confirmed[k] + (query.tentativeIsTaken ? state.tentative[k] : 0) - (add ? add[t] : 0);
      row[t] = Math.max(0, cap - booked) + Math.round(cap * over);
    }
    return row;
  });
  const start = opts.earliestStart === undefined ? 0 : lowerBound(dayOf, opts.earliestStart);
  return { core: { days, free, phases, earliest: start }, dayOf, personOf, needs: query.phases.map((p) => p.roles), from };
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
