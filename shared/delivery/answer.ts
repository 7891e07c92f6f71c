// "When can we deliver?": the answer for a phase list on the capacity state (pure; the handler
// gives it the state and the campaign's priority).

import type { Priority } from '@shared/domain';
import { addDaysIso, dayFromIso, isoFromDay } from '@shared/dates';
import type { CapacityState } from '@shared/capacity/state';
import { hoursFromUnits } from '@shared/capacity/units';
import { bestSchedule, CycleError, isExactCase, type CoreSchedule } from '@shared/delivery/core';
import { buildProblem, lowerBound, type DeliveryProblem } from '@shared/delivery/problem';
import { bindingConstraint, roleNameOf } from '@shared/delivery/binding';
import type { DeliveryAnswer, DeliveryPhaseAnswer, DeliveryQuery, DeliveryRun } from '@shared/delivery/types';
import { waysOut } from '@shared/delivery/waysOut';
import { AppError } from '@shared/errors';

/** How far the search looks: a year after the earliest start. */
export const DELIVERY_HORIZON_DAYS = 366;

export function deliveryHorizon(earliestStart: string): { start: string; end: string } {
  return { start: earliestStart, end: addDaysIso(earliestStart, DELIVERY_HORIZON_DAYS) };
}

/** Days with hours as runs of calendar-consecutive working days at equal units. */
function runsOf(problem: DeliveryProblem, start: number, units: readonly number[]): DeliveryRun[] {
  const runs: DeliveryRun[] = [];
  let open: { from: number; to: number; u: number } | null = null;
  const close = () => open && runs.push({ start: isoFromDay(open.from), end: isoFromDay(open.to), hoursPerDay: hoursFromUnits(open.u) });
  units.forEach((u, i) => {
    const day = problem.dayOf[start + i];
    if (open && u === open.u && day === open.to + 1) { open.to = day; return; }
    close();
    open = u > 0 ? { from: day, to: day, u } : null;
  });
  close();
  return runs;
}

function phaseAnswers(state: CapacityState, query: DeliveryQuery, problem: DeliveryProblem, sched: CoreSchedule): DeliveryPhaseAnswer[] {
  const iso = (t: number) => isoFromDay(problem.dayOf[t]);
  return query.phases.map((ph, i) => {
    const pl = sched.placements[i];
    const roles = ph.roles.map((need, d) => {
      const people = (pl?.assignments ?? []).filter((a) => a.demand === d).map((a) => {
        const t = state.people[problem.personOf[a.person]];
        const units = a.units.reduce((s, u) => s + u, 0);
        return { id: t.id, name: t.name, hours: Math.round(hoursFromUnits(units) * 100) / 100, runs: runsOf(problem, pl!.start, a.units) };
      });
      return { roleId: need.roleId, roleName: roleNameOf(state, need.roleId), hours: need.hours, people };
    });
    return { id: ph.id, name: ph.name, start: pl ? iso(pl.start) : null, end: pl ? iso(pl.end) : null, readyOn: pl ? iso(pl.ready) : null, waitDays: pl ? pl.start - pl.ready : 0, roles };
  });
}

function scheduleOrExplain(problem: DeliveryProblem, query: DeliveryQuery): CoreSchedule {
  try {
    return bestSchedule(problem.core);
  } catch (e) {
    if (!(e instanceof CycleError)) throw e;
    const names = e.phases.map((i) => `"${query.phases[i].name}"`).join(', ');
    throw new AppError('invalid_input', `These phases depend on each other in a circle: ${names}. Remove one of their dependencies.`, 'phases');
  }
}

/**
 * The answer for the query; the state must hold deliveryHorizon(query.earliestStart). The search
 * first looks over a shorter horizon (twice the phases' durations plus six weeks, and past the
 * requested date); only when something fits nowhere there does it look over the whole year. A phase
 * takes the first window that fits, so where everything fits early the answer is the same.
 */
export function answerDelivery(state: CapacityState, query: DeliveryQuery, priority: Priority = query.priority): DeliveryAnswer {
  const horizon = deliveryHorizon(query.earliestStart);
  const full = dayFromIso(horizon.end);
  const short = Math.min(full, Math.max(dayFromIso(query.requestedDate ?? query.earliestStart) + 42, dayFromIso(query.earliestStart) + 42 + 3 * totalDays(query)));
  let problem = buildProblem(state, query, short);
  let sched = scheduleOrExplain(problem, query);
  if (sched.finish === null && short < full) {
    problem = buildProblem(state, query, full);
    sched = scheduleOrExplain(problem, query);
  }
  const finishDay = sched.finish === null ? null : problem.dayOf[sched.finish];
  const finish = finishDay === null ? null : isoFromDay(finishDay);
  const requested = query.requestedDate;
  const target = requested === null ? null : lowerBound(problem.dayOf, dayFromIso(requested) + 1) - 1;
  return {
    earliestStart: query.earliestStart,
    horizonEnd: horizon.end,
    finish,
    requestedDate: requested,
    onTime: requested === null ? null : finish !== null && finish <= requested,
    workingDaysLate: sched.finish === null || target === null ? null : Math.max(0, sched.finish - target),
    calendarDaysLate: finishDay === null || requested === null ? null : Math.max(0, finishDay - dayFromIso(requested)),
    exact: isExactCase(problem.core.phases),
    phases: phaseAnswers(state, query, problem, sched),
    binding: bindingConstraint(state, query, problem, sched),
    waysOut: waysOut({ state, query, problem, sched, target, priority }),
  };
}

/** Working days of all phases end to end (an upper bound on the durations-only length). */
function totalDays(query: DeliveryQuery): number {
  return query.phases.reduce((s, p) => s + p.durationDays, 0);
}
