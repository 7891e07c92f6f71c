// The phase split way out (README "When can we deliver?"): a phase that waits for capacity done in
// two parts, the first from the day it is ready with the people free then, the rest later.

import { isoFromDay } from '@shared/dates';
import { hoursFromUnits } from '@shared/capacity/units';
import { formatHours, formatLongDate, joinWithAnd } from '@shared/capacity/warnings';
import { BIG_POOL, SPLIT_REACH, bestSplit, schedule, splitProblem, type CoreSchedule, type CoreSplit } from '@shared/delivery/core';
import { phaseAnswers } from '@shared/delivery/answer';
import type { DeliveryPhase, DeliveryPhaseAnswer, DeliverySplit, DeliveryWayOut } from '@shared/delivery/types';
import type { WayOutContext } from '@shared/delivery/waysOut';
import { deliversWords } from '@shared/delivery/words';

/** Phases tried, those that wait longest first (each costs about two more schedules); only the binding one past BIG_POOL people. */
const SPLIT_PHASES = 3;

/** Phases that wait for capacity or fit nowhere (with their dependencies placed), the binding one first. */
function candidates(ctx: WayOutContext): number[] {
  const { sched } = ctx;
  const wait = (i: number) => {
    const pl = sched.placements[i];
    if (pl) return pl.start - pl.ready;
    return ctx.problem.core.phases[i].deps.every((d) => sched.placements[d]) ? Infinity : 0;
  };
  // Stable on the placement order, as the binding constraint picks its phase.
  return sched.order.filter((i) => wait(i) > 0).sort((a, b) => wait(b) - wait(a)).slice(0, ctx.problem.core.free.length > BIG_POOL ? 1 : SPLIT_PHASES);
}

/** The query's phases with phase i in two parts: part 1 keeps its place and id, part 2 comes last. */
function splitPhases(ctx: WayOutContext, split: CoreSplit): DeliveryPhase[] {
  const ph = ctx.query.phases[split.phase];
  const hours = (units: (n: number) => number) => ph.roles.map((r, n) => ({ ...r, hours: hoursFromUnits(units(n)) }));
  const total = (n: number) => Math.max(0, ctx.problem.core.phases[split.phase].demands[n].units);
  const first = { ...ph, name: `${ph.name}, part 1`, durationDays: split.firstDays, roles: hours((n) => split.firstUnits[n]) };
  const second = { ...ph, id: `${ph.id} (part 2)`, name: `${ph.name}, part 2`, durationDays: split.secondDays, dependsOn: [ph.id], roles: hours((n) => total(n) - split.firstUnits[n]) };
  return [...ctx.query.phases.map((p, j) => (j === split.phase ? first : p)), second];
}

function part(a: DeliveryPhaseAnswer, workingDays: number): DeliverySplit['parts'][number] {
  const people = new Map<number, { id: number; name: string; hours: number }>();
  for (const r of a.roles) for (const p of r.people) people.set(p.id, { id: p.id, name: p.name, hours: (people.get(p.id)?.hours ?? 0) + p.hours });
  const hours = Math.round(a.roles.reduce((s, r) => s + r.people.reduce((t, p) => t + p.hours, 0), 0) * 100) / 100;
  return { name: a.name, start: a.start!, end: a.end!, workingDays, hours, people: [...people.values()].sort((x, y) => y.hours - x.hours) };
}

function names(list: { name: string }[]): string {
  const all = list.map((p) => p.name);
  return joinWithAnd(all.length > 3 ? [...all.slice(0, 3), `${all.length - 3} more`] : all);
}

function helpSentence(ctx: WayOutContext, split: DeliverySplit, finish: number | null): string {
  const [a, b] = split.parts;
  const first = `start ${formatHours(a.hours)} of it on ${formatLongDate(a.start)} with ${names(a.people)}${a.end !== a.start ? ` (until ${formatLongDate(a.end)})` : ''}`;
  const second = `then the other ${formatHours(b.hours)} in ${b.workingDays} working day${b.workingDays === 1 ? '' : 's'} from ${formatLongDate(b.start)}`;
  return `Split ${split.phase} in two: ${first}, ${second}: ${deliversWords(ctx.problem.dayOf, ctx.sched.finish, finish)}.`;
}

/** Why no split helps the binding phase, in words. */
function noHelp(ctx: WayOutContext, i: number, mostFirst: number, ready: number | null): DeliveryWayOut | null {
  const pl = ctx.sched.placements[i];
  // A phase nobody can work on anywhere in the year: the binding constraint already says so.
  if (ready === null || (!pl && mostFirst <= 0)) return null;
  const name = ctx.query.phases[i].name;
  const day = (t: number) => formatLongDate(ctx.problem.dayOf[t]);
  // As far as bestSplit looked: the second part ends before the phase does today, and within SPLIT_REACH.
  const by = Math.min(pl ? pl.end : ctx.problem.core.days, ready + SPLIT_REACH) - 1;
  const until = pl ? `before ${day(pl.start)}` : 'on';
  const why = mostFirst <= 0
    ? `no one who can work on it has free hours ${until}`
    : `only ${formatHours(hoursFromUnits(mostFirst))} of it could be done from ${day(ready)} ${until}, too little for the rest to finish by ${day(by)}`;
  const finish = ctx.sched.finish === null ? null : isoFromDay(ctx.problem.dayOf[ctx.sched.finish]);
  return { kind: 'split', finish, sentence: `Splitting ${name} would not bring the date forward: ${why}.` };
}

/**
 * The best split of one phase: each waiting phase (up to SPLIT_PHASES) split where its second part
 * ends earliest, the rest of the plan placed again after it; the one with the earliest finish.
 */
export function splitWayOut(ctx: WayOutContext): DeliveryWayOut | null {
  const tried = candidates(ctx);
  if (tried.length === 0) return null;
  const core = ctx.problem.core;
  let best: { split: CoreSplit; sched: CoreSchedule } | null = null;
  let binding: ReturnType<typeof bestSplit> | null = null;
  for (const i of tried) {
    const found = bestSplit(core, ctx.sched, i);
    binding ??= found;
    if (!found.best) continue;
    const sp = splitProblem(core, ctx.sched.order, found.best);
    const sched = schedule(sp.problem, undefined, sp.order);
    if (sched.finish === null || (ctx.sched.finish !== null && sched.finish >= ctx.sched.finish)) continue;
    if (!best || sched.finish < best.sched.finish!) best = { split: found.best, sched };
  }
  if (!best) return noHelp(ctx, tried[0], binding!.mostFirst, binding!.ready);
  const i = best.split.phase;
  const plan = phaseAnswers(ctx.state, { ...ctx.query, phases: splitPhases(ctx, best.split) }, ctx.problem, best.sched);
  const second = plan.pop()!;
  plan.splice(i + 1, 0, second);
  const split: DeliverySplit = { phaseId: ctx.query.phases[i].id, phase: ctx.query.phases[i].name, parts: [part(plan[i], best.split.firstDays), part(second, best.split.secondDays)], plan };
  return { kind: 'split', finish: isoFromDay(ctx.problem.dayOf[best.sched.finish!]), split, sentence: helpSentence(ctx, split, best.sched.finish) };
}
