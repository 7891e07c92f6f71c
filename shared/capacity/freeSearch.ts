// "Who's free?": people matching a role, skills, kinds and tags, with their free hours over a range
// read from the capacity state's day grids (capacity after patterns, holidays, closures, contract and
// time off, minus bookings): the same figures the Capacity view shows. One pass over the grids for
// everyone who matches; the day-by-day timeline only for the people returned.

import type { FreePerson, FreeSearchResult } from '@shared/contract/availability';
import type { Talent, TalentKind } from '@shared/domain';
import { dayFromIso } from '@shared/dates';
import { canWorkOn } from '@shared/eligibility';
import { freeDayStatus, steadyBooking } from '@shared/capacity/freeDays';
import { freeUnitsAt } from '@shared/capacity/gridFree';
import type { CapacityState } from '@shared/capacity/state';
import { hoursFromUnits, unitsFromHours } from '@shared/capacity/units';

export interface FreeQuery {
  range: { start: string; end: string };
  roleId?: number;
  skills: { skillId: number; minLevel: number }[];
  kinds: TalentKind[];
  tags: string[];
  minHours: number;
  minPercent: number;
  tentativeIsFree: boolean;
  limit: number;
}

/** A person test built once per query: role (primary or other), every skill, any kind, every tag. */
function matcher(q: FreeQuery): (t: Talent) => boolean {
  const kinds = q.kinds.length ? new Set(q.kinds) : null;
  const tags = q.tags.map((t) => t.toLowerCase());
  return (t) => {
    if (kinds && !kinds.has(t.kind)) return false;
    if (!canWorkOn(t, { roleId: q.roleId ?? null, skills: q.skills })) return false;
    for (const tag of tags) if (!t.tags.some((own) => own.toLowerCase() === tag)) return false;
    return true;
  };
}

interface Sums {
  p: number;
  free: number;
  capacity: number;
}

/** The range as grid offsets [from, to] (the state must hold it: the model grows to any range asked). */
function offsets(state: CapacityState, range: FreeQuery['range']): { from: number; to: number } {
  const rs = state.timeline.range.start;
  const from = dayFromIso(range.start) - rs;
  const to = dayFromIso(range.end) - rs;
  if (from < 0 || to >= state.timeline.days) throw new RangeError('The capacity state does not hold the range asked for');
  return { from, to };
}

/**
 * Free and capacity units of person p over [from, to]: Σ max(0, capacity − booked) per day. Whole
 * weeks of the timeline read the core's week aggregates (the same sums, kept current with the day
 * grids), so everyone's four weeks cost a few reads each; other days are summed from the grids.
 */
function sumsOf(state: CapacityState, p: number, from: number, to: number, tentativeIsFree: boolean): Sums {
  const { timeline, week } = state;
  const base = p * timeline.days;
  const W = timeline.weeks;
  let free = 0;
  let cap = 0;
  for (let i = from; i <= to; ) {
    const w = timeline.weekOf[i];
    const weekEnd = timeline.weekStartOffset[w + 1] - 1;
    if (!tentativeIsFree && timeline.weekStartOffset[w] === i && weekEnd <= to) {
      free += unitsFromHours(week.free[p * W + w]);
      cap += unitsFromHours(week.capacity[p * W + w]);
      i = weekEnd + 1;
      continue;
    }
    cap += state.capacity[base + i];
    free += freeUnitsAt(state, base + i, tentativeIsFree);
    i++;
  }
  return { p, free, capacity: cap };
}

function personOf(state: CapacityState, s: Sums, from: number, to: number, tentativeIsFree: boolean): FreePerson {
  const t = state.people[s.p];
  const base = s.p * state.timeline.days;
  const n = to - from + 1;
  const days: FreePerson['days'] = { free: new Array(n), capacity: new Array(n), booked: new Array(n), status: new Array(n) };
  let booked = 0;
  let tent = 0;
  for (let i = 0; i < n; i++) {
    const k = base + from + i;
    const b = state.confirmed[k] + state.tentative[k];
    booked += b;
    tent += state.tentative[k];
    days.free[i] = hoursFromUnits(freeUnitsAt(state, k, tentativeIsFree));
    days.capacity[i] = hoursFromUnits(state.capacity[k]);
    days.booked[i] = hoursFromUnits(b);
    days.status[i] = freeDayStatus(state, s.p, from + i);
  }
  return {
    id: t.id,
    name: t.name,
    kind: t.kind,
    primaryRoleId: t.primaryRoleId,
    team: t.team,
    freeHours: hoursFromUnits(s.free),
    capacityHours: hoursFromUnits(s.capacity),
    bookedHours: hoursFromUnits(booked),
    tentativeHours: hoursFromUnits(tent),
    freeShare: s.capacity > 0 ? s.free / s.capacity : null,
    days,
    suggestion: steadyBooking(state, s.p, from, to, tentativeIsFree),
  };
}

/** People matching the query with free hours in its range (at least the thresholds, and more than none), most free first. */
export function searchFree(state: CapacityState, q: FreeQuery): FreeSearchResult {
  const { from, to } = offsets(state, q.range);
  const matches = matcher(q);
  const minUnits = Math.max(1, Math.round(q.minHours * 3600));
  let matched = 0;
  const hits: Sums[] = [];
  for (let p = 0; p < state.people.length; p++) {
    if (!matches(state.people[p])) continue;
    matched++;
    const s = sumsOf(state, p, from, to, q.tentativeIsFree);
    if (s.free < minUnits) continue;
    if (q.minPercent > 0 && s.free * 100 < q.minPercent * s.capacity) continue;
    hits.push(s);
  }
  // People are in name order in the state, so a stable sort by free hours keeps names in order on ties.
  hits.sort((a, b) => b.free - a.free);
  return {
    range: { start: q.range.start, end: q.range.end },
    matched,
    total: hits.length,
    people: hits.slice(0, q.limit).map((s) => personOf(state, s, from, to, q.tentativeIsFree)),
  };
}
