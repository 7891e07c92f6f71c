// Phases on the studio calendar: scheduled forward from a start, back from a launch date, and
// moved with their dependants. Pure: the calendar is passed in.

import { dayFromIso, isoFromDay, type DayIndex } from '@shared/dates';
import type { StudioCalendar } from './calendar';
import { dependantsOf, topologicalOrder } from './dag';

export interface PhasePlan {
  /** Working days, at least 1. */
  durationDays: number;
  /** Indexes of the phases that must finish first. */
  dependsOn: readonly number[];
}

export interface PhaseDates {
  start: string;
  end: string;
}

function orderOf(phases: readonly PhasePlan[]): number[] {
  const order = topologicalOrder(phases.map((p) => p.dependsOn));
  if (!order) throw new RangeError('the phases depend on each other in a cycle');
  return order;
}

/** Each phase's first and last working day as offsets from the first working day (0), as early as the dependencies allow. */
function earliestOffsets(phases: readonly PhasePlan[]): { first: number; last: number }[] {
  const out = phases.map(() => ({ first: 0, last: 0 }));
  for (const i of orderOf(phases)) {
    const first = phases[i].dependsOn.reduce((m, d) => Math.max(m, out[d].last + 1), 0);
    out[i] = { first, last: first + phases[i].durationDays - 1 };
  }
  return out;
}

const toDates = (cal: StudioCalendar, origin: DayIndex, offsets: { first: number; last: number }[]): PhaseDates[] =>
  offsets.map((o) => ({ start: isoFromDay(cal.add(origin, o.first)), end: isoFromDay(cal.add(origin, o.last)) }));

/** Phases as early as possible from `start` (moved to the next working day when it isn't one). */
export function scheduleForward(phases: readonly PhasePlan[], start: string, cal: StudioCalendar): PhaseDates[] {
  return toDates(cal, cal.onOrAfter(dayFromIso(start)), earliestOffsets(phases));
}

/**
 * Phases so that the last finishes on the launch day (or the working day before it, when the
 * launch falls on a weekend or a closure), each as early as its dependencies allow from the
 * start that makes that so: the same plan as scheduled forward from that start.
 */
export function scheduleBackward(phases: readonly PhasePlan[], launch: string, cal: StudioCalendar): PhaseDates[] {
  const offsets = earliestOffsets(phases);
  const span = offsets.reduce((m, o) => Math.max(m, o.last), 0);
  return toDates(cal, cal.add(cal.onOrBefore(dayFromIso(launch)), -span), offsets);
}

export interface PlacedPhase extends PhaseDates {
  name: string;
  dependsOn: readonly number[];
}

export type MoveResult =
  | { ok: true; dates: PhaseDates[]; moved: number[]; shift: number[] }
  | { ok: false; message: string; blocker: number };

/**
 * Moves phase `k` to start on `start` (the next working day, if it isn't one), keeping its length
 * in working days unless `end` is given. Every phase that depends on it, directly or not, moves by
 * the same number of working days, and later still if another of its dependencies now ends on or
 * after its start; each keeps its length. Refused when phase k would start before one of its own
 * dependencies has finished. `shift` is each phase's move in working days (for its bookings).
 */
export function movePhase(phases: readonly PlacedPhase[], k: number, target: { start: string; end?: string }, cal: StudioCalendar): MoveResult {
  const deps = phases.map((p) => p.dependsOn);
  const order = topologicalOrder(deps);
  if (!order) throw new RangeError('the phases depend on each other in a cycle');
  const day = (iso: string) => dayFromIso(iso);
  const length = (p: PhaseDates) => Math.max(1, cal.count(day(p.start), day(p.end)));
  const oldStart = cal.onOrAfter(day(phases[k].start));
  const newStart = cal.onOrAfter(day(target.start));
  for (const d of phases[k].dependsOn) {
    if (day(phases[d].end) >= newStart) return { ok: false, blocker: d, message: `${phases[k].name} can't start before ${phases[d].name} has finished` };
  }
  const newEnd = target.end !== undefined ? cal.onOrBefore(day(target.end)) : cal.add(newStart, length(phases[k]) - 1);
  if (newEnd < newStart) return { ok: false, blocker: k, message: `${phases[k].name} needs at least one working day` };
  const delta = signedWorkingDays(cal, oldStart, newStart);
  const span = phases.map((p) => ({ start: day(p.start), end: day(p.end) }));
  span[k] = { start: newStart, end: newEnd };
  const following = dependantsOf(deps, k);
  for (const i of order) {
    if (!following.has(i)) continue;
    const earliest = phases[i].dependsOn.reduce((m, d) => Math.max(m, span[d].end + 1), Number.NEGATIVE_INFINITY);
    const shifted = cal.add(cal.onOrAfter(span[i].start), delta);
    const start = Math.max(shifted, cal.onOrAfter(earliest));
    span[i] = { start, end: cal.add(start, length(phases[i]) - 1) };
  }
  const dates = span.map((s) => ({ start: isoFromDay(s.start), end: isoFromDay(s.end) }));
  const moved = phases.flatMap((p, i) => (p.start !== dates[i].start || p.end !== dates[i].end ? [i] : []));
  const shift = phases.map((p, i) => signedWorkingDays(cal, cal.onOrAfter(day(p.start)), cal.onOrAfter(span[i].start)));
  return { ok: true, dates, moved, shift };
}

/** Working days from a to b, negative when b is before a (both working days). */
export function signedWorkingDays(cal: StudioCalendar, a: DayIndex, b: DayIndex): number {
  return b >= a ? cal.count(a + 1, b) : -cal.count(b + 1, a);
}

/**
 * A booking's days moved by `n` working days: each end moves to the working day `n` working days
 * on (a booking that begins or ends on a weekend moves from the next working day), so it covers
 * as many studio working days as before.
 */
export function shiftSpan(cal: StudioCalendar, span: PhaseDates, n: number): PhaseDates {
  if (n === 0) return span;
  const start = cal.add(cal.onOrAfter(dayFromIso(span.start)), n);
  const end = cal.add(cal.onOrBefore(dayFromIso(span.end)), n);
  return { start: isoFromDay(start), end: isoFromDay(Math.max(start, end)) };
}
