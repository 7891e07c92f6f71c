// A campaign's phases changed after it is made: a phase added after the ones it waits for, or one
// given new working days or dependencies. Changes only push later, and only as far as needed.
// Pure: the handler writes what these compute, and the window previews it.

import { dayFromIso, isoFromDay } from '@shared/dates';
import type { StudioCalendar } from './calendar';
import { topologicalOrder } from './dag';
import { signedWorkingDays, type MoveResult, type PhaseDates, type PlacedPhase } from './schedule';

/** A new phase's days: from the working day after the last of `dependsOn` ends (none: on or after `from`), lasting `durationDays`. */
export function placeNewPhase(phases: readonly PhaseDates[], dependsOn: readonly number[], durationDays: number, from: string, cal: StudioCalendar): PhaseDates {
  const start = readyDay(phases, dependsOn, from, cal);
  return { start: isoFromDay(start), end: isoFromDay(cal.add(start, durationDays - 1)) };
}

/**
 * Phase k with new working days and/or what it waits for (indexes): it stays where it is unless a
 * phase it now waits for ends on or after its start, then it starts the working day after. A phase
 * after it moves only when pushed: to the working day after the last of its dependencies, keeping
 * its length (waiting for less, or a shorter phase, moves nothing earlier). `shift` is each phase's
 * move in working days, for its bookings. The phases must not wait in a circle.
 */
export function editPhase(phases: readonly PlacedPhase[], k: number, change: { durationDays?: number; dependsOn?: readonly number[] }, cal: StudioCalendar): MoveResult {
  const deps = phases.map((p, i) => (i === k ? (change.dependsOn ?? p.dependsOn) : p.dependsOn));
  const order = topologicalOrder(deps);
  if (!order) throw new RangeError('the phases depend on each other in a cycle');
  const day = (iso: string) => dayFromIso(iso);
  const length = phases.map((p) => Math.max(1, cal.count(day(p.start), day(p.end))));
  if (change.durationDays !== undefined) length[k] = change.durationDays;
  const span = phases.map((p) => ({ start: day(p.start), end: day(p.end) }));
  for (const i of order) {
    const ready = deps[i].reduce((m, d) => Math.max(m, span[d].end + 1), Number.NEGATIVE_INFINITY);
    if (i !== k && ready <= span[i].start) continue;
    const start = ready === Number.NEGATIVE_INFINITY ? cal.onOrAfter(span[i].start) : Math.max(cal.onOrAfter(span[i].start), cal.onOrAfter(ready));
    span[i] = { start, end: cal.add(start, length[i] - 1) };
  }
  const dates = span.map((s) => ({ start: isoFromDay(s.start), end: isoFromDay(s.end) }));
  const moved = phases.flatMap((p, i) => (p.start !== dates[i].start || p.end !== dates[i].end ? [i] : []));
  const shift = phases.map((p, i) => signedWorkingDays(cal, cal.onOrAfter(day(p.start)), cal.onOrAfter(span[i].start)));
  return { ok: true, dates, moved, shift };
}

function readyDay(phases: readonly PhaseDates[], dependsOn: readonly number[], from: string, cal: StudioCalendar): number {
  const after = dependsOn.map((d) => cal.add(cal.onOrBefore(dayFromIso(phases[d].end)), 1));
  return Math.max(cal.onOrAfter(dayFromIso(from)), ...after);
}
