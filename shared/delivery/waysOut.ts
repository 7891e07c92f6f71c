// The ways out of a late answer, each with the finish it gives: freelance or agency hours per role
// and week, moving lower-priority tentative bookings, overtime for named people, a phase split
// (shared/delivery/split.ts), a later start.

import type { Priority } from '@shared/domain';
import { isoFromDay, weekStartOfDay } from '@shared/dates';
import { BOOKING_LIVE, BOOKING_TENTATIVE, type CapacityState } from '@shared/capacity/state';
import { hoursFromUnits } from '@shared/capacity/units';
import { formatHours, formatLongDate, joinWithAnd } from '@shared/capacity/warnings';
import { durationsFinish, heldBack, latestStarts, schedule, shortAt, type CoreSchedule } from '@shared/delivery/core';
import { variantOf, type DeliveryProblem } from '@shared/delivery/problem';
import { roleNameOf } from '@shared/delivery/binding';
import type { DeliveryQuery, DeliveryWayOut } from '@shared/delivery/types';
import { deliversWords, weekLabel } from '@shared/delivery/words';
import { splitWayOut } from '@shared/delivery/split';

export interface WayOutContext {
  state: CapacityState;
  query: DeliveryQuery;
  problem: DeliveryProblem;
  sched: CoreSchedule;
  /** Working day the answer should end by (the requested date), or null. */
  target: number | null;
  priority: Priority;
}

const OVERTIME_SHARES = [0.1, 0.2, 0.3];
const LATER_START_DAYS = 20;

function dateOf(ctx: WayOutContext, t: number | null): string | null {
  return t === null ? null : isoFromDay(ctx.problem.dayOf[t]);
}

function effect(ctx: WayOutContext, finish: number | null): string {
  return deliversWords(ctx.problem.dayOf, ctx.sched.finish, finish);
}

/** Freelance or agency hours per role and ISO week that meet the target (or the durations-only date). */
function freelance(ctx: WayOutContext): DeliveryWayOut | null {
  const { problem } = ctx;
  const core = problem.core;
  const dur = durationsFinish(core.phases, core.earliest).finish;
  const target = ctx.target ?? dur;
  if (dur > target || dur >= core.days) {
    return { kind: 'freelance', finish: dateOf(ctx, Math.min(dur, core.days - 1)), sentence: `Extra hours cannot meet the date: the phases' durations alone run to ${formatLongDate(problem.dayOf[Math.min(dur, core.days - 1)])}.` };
  }
  const helped = schedule(core, { latestStart: latestStarts(core.phases, target) });
  const perWeek = new Map<string, { roleId: number; roleName: string; week: string; weekStart: string; hours: number }>();
  helped.placements.forEach((pl, i) => {
    if (!pl) return;
    const n = pl.end - pl.start + 1;
    helped.missing[i].forEach((units, d) => {
      if (units <= 0) return;
      const need = problem.needs[i][d];
      for (let t = pl.start; t <= pl.end; t++) {
        const day = problem.dayOf[t];
        const key = `${need.roleId}:${weekStartOfDay(day)}`;
        const row = perWeek.get(key) ?? { roleId: need.roleId, roleName: roleNameOf(ctx.state, need.roleId), week: weekLabel(day), weekStart: isoFromDay(weekStartOfDay(day)), hours: 0 };
        row.hours += hoursFromUnits(units) / n;
        perWeek.set(key, row);
      }
    });
  });
  const rows = [...perWeek.values()].map((r) => ({ ...r, hours: Math.ceil(r.hours * 4) / 4 })).sort((a, b) => a.weekStart.localeCompare(b.weekStart) || a.roleName.localeCompare(b.roleName));
  if (rows.length === 0) return null;
  const byRole = new Map<string, string[]>();
  for (const r of rows) byRole.set(r.roleName, [...(byRole.get(r.roleName) ?? []), `${formatHours(r.hours)} in ${r.week.replace(/ of \d+$/, '')}`]);
  const words = [...byRole.entries()].map(([role, parts]) => `${role} ${joinWithAnd(parts)}`);
  return { kind: 'freelance', finish: dateOf(ctx, helped.finish), freelance: rows, sentence: `Freelance or agency hours: ${words.join('; ')}; ${effect(ctx, helped.finish)}.` };
}

/** Person-days (state person, working day) where a schedule uses more than the base free units. */
function beyondBase(ctx: WayOutContext, sched: CoreSchedule): Map<number, { days: Set<number>; units: number }> {
  const out = new Map<number, { days: Set<number>; units: number }>();
  for (const pl of sched.placements) {
    if (!pl) continue;
    const used = new Map<string, number>();
    for (const a of pl.assignments) {
      a.units.forEach((u, k) => {
        if (u <= 0) return;
        const key = `${a.person}:${pl.start + k}`;
        used.set(key, (used.get(key) ?? 0) + u);
      });
    }
    for (const [key, u] of used) {
      const [c, t] = key.split(':').map(Number);
      if (u <= ctx.problem.core.free[c][t]) continue;
      const p = ctx.problem.personOf[c];
      const row = out.get(p) ?? { days: new Set<number>(), units: 0 };
      row.days.add(ctx.problem.dayOf[t]);
      row.units += u - ctx.problem.core.free[c][t];
      out.set(p, row);
    }
  }
  return out;
}

/** Lower-priority tentative bookings that would have to move, when moving them brings the date forward. */
function moveTentative(ctx: WayOutContext): DeliveryWayOut | null {
  if (!ctx.query.tentativeIsTaken) return null;
  const relaxed = variantOf(ctx.state, ctx.query, ctx.problem, { freeTentativeBelow: ctx.priority });
  const sched = schedule(relaxed.core);
  if (!improves(ctx, sched.finish)) return null;
  const days = beyondBase(ctx, sched);
  const { state } = ctx;
  const b = state.bookings;
  const list: NonNullable<DeliveryWayOut['bookings']> = [];
  for (let row = 0; row < b.size; row++) {
    const p = b.person[row];
    const c = b.campaign[row];
    if (!(b.flags[row] & BOOKING_LIVE) || !(b.flags[row] & BOOKING_TENTATIVE) || !days.has(p) || c < 0) continue;
    const camp = state.campaigns[c];
    if (camp.priority <= ctx.priority || camp.id === ctx.query.campaignId) continue;
    const hit = [...days.get(p)!.days].some((d) => d >= b.start[row] && d <= b.end[row]);
    if (!hit) continue;
    list.push({ id: b.id[row], campaignId: camp.id, campaign: camp.name, priority: camp.priority, person: state.people[p].name, start: isoFromDay(b.start[row]), end: isoFromDay(b.end[row]), hoursPerDay: b.hoursPerDay[row] });
  }
  if (list.length === 0) return null;
  const names = [...new Set(list.map((x) => x.campaign))];
  const sentence = `Move ${list.length} tentative booking${list.length === 1 ? '' : 's'} of lower-priority ${names.length === 1 ? 'campaign' : 'campaigns'} ${joinWithAnd(names.slice(0, 3))}${names.length > 3 ? ` and ${names.length - 3} more` : ''}: ${effect(ctx, sched.finish)}.`;
  return { kind: 'moveTentative', finish: dateOf(ctx, sched.finish), bookings: list, sentence };
}

function improves(ctx: WayOutContext, finish: number | null): boolean {
  if (finish === null) return false;
  return ctx.sched.finish === null || finish < ctx.sched.finish;
}

/** The smallest overtime share (of the short roles' people) that meets the target, else the best. */
function overtime(ctx: WayOutContext): DeliveryWayOut | null {
  // The people of every demand that is short where its phase was ready (those that make it wait).
  const short = new Set<number>();
  ctx.sched.placements.forEach((pl, i) => {
    if (!pl || heldBack(ctx.problem.core.phases[i], pl) <= 0) return;
    const missing = shortAt(ctx.problem.core, i, pl.ready);
    ctx.problem.core.phases[i].demands.forEach((d, k) => missing[k] > 0 && d.eligible.forEach((c) => short.add(ctx.problem.personOf[c])));
  });
  if (short.size === 0) return null;
  let best: { share: number; sched: CoreSchedule } | null = null;
  for (const share of OVERTIME_SHARES) {
    const sched = schedule(variantOf(ctx.state, ctx.query, ctx.problem, { overtime: { share, people: short } }).core);
    if (!improves(ctx, sched.finish)) continue;
    if (!best || sched.finish! < best.sched.finish!) best = { share, sched };
    if (ctx.target !== null && sched.finish! <= ctx.target) break;
  }
  if (!best) return null;
  const used = beyondBase(ctx, best.sched);
  const people = [...used.entries()].map(([p, u]) => ({ id: ctx.state.people[p].id, name: ctx.state.people[p].name, hours: Math.round(hoursFromUnits(u.units) * 100) / 100 })).sort((a, b) => b.hours - a.hours);
  if (people.length === 0) return null;
  const percent = Math.round(best.share * 100);
  const names = people.map((p) => p.name);
  const sentence = `Overtime of ${percent} % for ${joinWithAnd(names.slice(0, 4))}${names.length > 4 ? ` and ${names.length - 4} more` : ''}: ${effect(ctx, best.sched.finish)}.`;
  return { kind: 'overtime', finish: dateOf(ctx, best.sched.finish), overtime: { percent, people }, sentence };
}

/** The latest start (up to LATER_START_DAYS working days later) that still finishes by the target, or on the same day. */
function laterStart(ctx: WayOutContext): DeliveryWayOut | null {
  const base = ctx.sched.finish;
  if (base === null) return null;
  const goal = ctx.target !== null && base <= ctx.target ? ctx.target : base;
  let latest = ctx.problem.core.earliest;
  // Each later start up to the first that misses (at most LATER_START_DAYS working days).
  for (let s = latest + 1; s <= ctx.problem.core.earliest + LATER_START_DAYS && s < ctx.problem.core.days; s++) {
    const f = schedule({ ...ctx.problem.core, earliest: s }).finish;
    if (f === null || f > goal) break;
    latest = s;
  }
  if (latest === ctx.problem.core.earliest) return null;
  const day = formatLongDate(ctx.problem.dayOf[latest]);
  const what = goal === base ? `still delivers on ${formatLongDate(ctx.problem.dayOf[base])}` : `still meets the requested date`;
  return { kind: 'laterStart', finish: dateOf(ctx, base), latestStart: isoFromDay(ctx.problem.dayOf[latest]), sentence: `A later start: starting as late as ${day} ${what}.` };
}

export function waysOut(ctx: WayOutContext): DeliveryWayOut[] {
  const late = ctx.sched.finish === null || (ctx.target !== null ? ctx.sched.finish > ctx.target : ctx.sched.placements.some((p, i) => p && heldBack(ctx.problem.core.phases[i], p) > 0));
  const out: (DeliveryWayOut | null)[] = late ? [freelance(ctx), moveTentative(ctx), overtime(ctx), splitWayOut(ctx)] : [];
  out.push(laterStart(ctx));
  return out.filter((w): w is DeliveryWayOut => w !== null);
}

