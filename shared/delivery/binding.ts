// The binding constraint in words: which phase waits (or does not fit), which role is short there,
// by how many hours in which weeks, and whose bookings take the capacity.

import { BOOKING_LIVE, BOOKING_TENTATIVE, BOOKING_WORKING_DAYS_ONLY, type CapacityState } from '@shared/capacity/state';
import { hoursFromUnits } from '@shared/capacity/units';
import { formatHours, formatLongDate } from '@shared/capacity/warnings';
import { durationsFinish, heldBack, shortAt, type CoreSchedule, type CorePhase } from '@shared/delivery/core';
import type { DeliveryProblem } from '@shared/delivery/problem';
import type { DeliveryBinding, DeliveryCampaignLoad, DeliveryQuery } from '@shared/delivery/types';
import { rolePlural, weekLabel, weeksWords } from '@shared/delivery/words';

export const roleNameOf = (state: CapacityState, roleId: number): string => state.roleNames[state.roleIndexById.get(roleId) ?? -1] ?? 'Unknown role';

/** The phase that waits longest for capacity (or is not placed at all), or −1. */
function bindingPhase(sched: CoreSchedule, phases: readonly CorePhase[], readyOf: (i: number) => number): number {
  let best = -1;
  let bestWait = 0;
  for (const i of sched.order) {
    const pl = sched.placements[i];
    if (!pl) {
      if (readyOf(i) >= 0) return i; // the first phase that fits nowhere binds
      continue;
    }
    const wait = heldBack(phases[i], pl);
    if (wait > bestWait) [best, bestWait] = [i, wait];
  }
  return best;
}

/** Campaigns booking the eligible people in [from, to] (day indexes), most hours first. */
function campaignLoads(state: CapacityState, people: ReadonlySet<number>, from: number, to: number, query: DeliveryQuery): DeliveryCampaignLoad[] {
  const b = state.bookings;
  const hours = new Map<number, number>();
  const who = new Map<number, Set<number>>();
  for (let row = 0; row < b.size; row++) {
    const p = b.person[row];
    if (!(b.flags[row] & BOOKING_LIVE) || !people.has(p) || b.campaign[row] < 0) continue;
    if (b.flags[row] & BOOKING_TENTATIVE && !query.tentativeIsTaken) continue;
    if (b.end[row] < from || b.start[row] > to) continue;
    const c = b.campaign[row];
    if (query.campaignId !== null && state.campaigns[c].id === query.campaignId) continue;
    const base = p * state.timeline.days - state.timeline.range.start;
    let days = 0;
    for (let d = Math.max(from, b.start[row]); d <= Math.min(to, b.end[row]); d++) if (!(b.flags[row] & BOOKING_WORKING_DAYS_ONLY) || state.working[base + d]) days++;
    if (days === 0) continue;
    hours.set(c, (hours.get(c) ?? 0) + hoursFromUnits(b.unitsPerDay[row]) * days);
    if (!who.has(c)) who.set(c, new Set());
    who.get(c)!.add(p);
  }
  return [...hours.entries()]
    .sort((a, b2) => b2[1] - a[1])
    .map(([c, h]) => ({ campaignId: state.campaigns[c].id, name: state.campaigns[c].name, people: who.get(c)!.size, hours: Math.round(h * 100) / 100 }));
}

function durationsSentence(query: DeliveryQuery, problem: DeliveryProblem): string {
  const { ends, finish } = durationsFinish(problem.core.phases, problem.core.earliest);
  const path: number[] = [];
  let i = ends.indexOf(finish);
  while (i >= 0) {
    path.unshift(i);
    const deps = problem.core.phases[i].deps;
    i = deps.length ? deps.reduce((a, d) => (ends[d] > ends[a] ? d : a), deps[0]) : -1;
  }
  // A phase held to its planned start (a campaign phase's own dates) sets the date from there on.
  const phases = problem.core.phases;
  const pinned = path.findLastIndex((k) => (phases[k].notBefore ?? -1) > phases[k].deps.reduce((r, d) => Math.max(r, ends[d] + 1), problem.core.earliest));
  if (pinned >= 0) {
    const k = path[pinned];
    const days = finish - phases[k].notBefore! + 1;
    const names = path.slice(pinned).map((p) => query.phases[p].name).join(' → ');
    return `No role is short: ${query.phases[k].name} starts on its planned day, ${formatLongDate(problem.dayOf[phases[k].notBefore!])}, and the phases' durations from there set the date (${names}, ${days} working day${days === 1 ? '' : 's'}).`;
  }
  const days = finish - problem.core.earliest + 1;
  return `No role is short: the phases' own durations set the date (${path.map((p) => query.phases[p].name).join(' → ')}, ${days} working day${days === 1 ? '' : 's'}).`;
}

export function bindingConstraint(state: CapacityState, query: DeliveryQuery, problem: DeliveryProblem, sched: CoreSchedule): DeliveryBinding {
  const readyOf = (i: number) => sched.placements[i]?.ready ?? readyFromDeps(problem, sched, i);
  const i = bindingPhase(sched, problem.core.phases, readyOf);
  if (i < 0) return { sentence: durationsSentence(query, problem), phaseId: '', roleId: null, shortHours: 0, weeks: null, campaigns: [] };
  const phase = problem.core.phases[i];
  const ready = readyOf(i);
  const missing = shortAt(problem.core, i, ready);
  const d = missing.reduce((a, m, k) => (m > missing[a] ? k : a), 0);
  const need = problem.needs[i][d];
  const role = need ? roleNameOf(state, need.roleId) : 'Nobody';
  const last = Math.min(problem.dayOf.length - 1, ready + Math.max(1, phase.duration) - 1);
  const from = problem.dayOf[Math.min(ready, problem.dayOf.length - 1)];
  const to = problem.dayOf[last];
  const eligible = new Set((phase.demands[d]?.eligible ?? []).map((c) => problem.personOf[c]));
  const loads = campaignLoads(state, eligible, from, to, query);
  const short = hoursFromUnits(missing[d] ?? 0);
  const pl = sched.placements[i];
  const name = query.phases[i].name;
  const weeks = { from: weekLabel(from), to: weekLabel(to) };
  let sentence: string;
  if (eligible.size === 0) sentence = `No one can do the ${role} hours of ${name}: nobody holds the role${need?.skills.length ? ' with the skills asked' : ''}.`;
  else {
    const why = loads.length
      ? `${loads[0].people} of ${eligible.size} ${rolePlural(role, eligible.size)} ${loads[0].people === 1 ? 'is' : 'are'} booked on ${loads[0].name}${loads[1] ? `; ${loads[1].name} takes ${formatHours(loads[1].hours)} more` : ''}`
      : `${eligible.size} ${rolePlural(role, eligible.size)}, with too few free hours there${need?.maxPeople ? `, at most ${need.maxPeople} at once` : ''}`;
    const then = pl && phase.stretch ? `, so ${name} runs to ${formatLongDate(problem.dayOf[pl.end])} instead of ${formatLongDate(to)}`
      : pl ? `, so ${name} starts on ${formatLongDate(problem.dayOf[pl.start])} instead of ${formatLongDate(from)}` : `; ${name} fits nowhere before ${formatLongDate(problem.dayOf[problem.dayOf.length - 1])}`;
    sentence = `${role} is ${formatHours(short)} short in ${weeksWords(from, to)} (${why})${then}.`;
  }
  return { sentence, phaseId: query.phases[i].id, roleId: need?.roleId ?? null, shortHours: Math.round(short * 100) / 100, weeks, campaigns: loads.slice(0, 5), ...(eligible.size === 0 ? { nobody: true } : {}) };
}

/** Ready day of an unplaced phase: after its placed dependencies (−1 when one of them is unplaced). */
function readyFromDeps(problem: DeliveryProblem, sched: CoreSchedule, i: number): number {
  let ready = Math.max(problem.core.earliest, problem.core.phases[i].notBefore ?? 0);
  for (const d of problem.core.phases[i].deps) {
    const pl = sched.placements[d];
    if (!pl) return -1;
    ready = Math.max(ready, pl.end + 1);
  }
  return ready;
}
