// Turns the solver's weekly hours into bookings a planner can read: a booking puts the same hours on
// each of the person's working days from start to end. Each week's hours go on the person's free
// working days of that week (inside the line's window), split where a fully booked day or a day off
// interrupts them; consecutive pieces with the same hours per day become one booking.
import type { CapacityState } from '@shared/capacity';
import type { SolveResult } from '@shared/staffing';
import { freeUnits, isoOfOffset } from './days';
import type { PlanFrame } from './instance';

export interface PlannedBooking {
  talentId: number;
  person: number;
  demandLineId: number;
  campaignId: number;
  /** Grid offsets, inclusive. */
  from: number;
  to: number;
  start: string;
  end: string;
  hoursPerDay: number;
  days: number;
  totalHours: number;
  costRate: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

interface Piece {
  from: number;
  to: number;
  days: number;
  perDay: number;
}

/** The pieces of one week: runs of working days with free hours (or, failing that, any working days). */
function weekPieces(state: CapacityState, p: number, from: number, to: number, hours: number, includeTentative: boolean): Piece[] {
  const base = p * state.timeline.days;
  const pick = (needFree: boolean) => {
    const runs: { from: number; to: number; days: number }[] = [];
    let cur: { from: number; to: number; days: number } | null = null;
    for (let i = from; i <= to; i++) {
      if (state.working[base + i] !== 1) continue;
      if (needFree && freeUnits(state, p, i, includeTentative) <= 0) {
        cur = null;
        continue;
      }
      if (cur) {
        cur.to = i;
        cur.days++;
      } else runs.push((cur = { from: i, to: i, days: 1 }));
    }
    return runs;
  };
  let runs = pick(true);
  if (runs.length === 0) runs = pick(false);
  if (runs.length === 0) runs = [{ from, to, days: to - from + 1 }];
  const days = runs.reduce((s, r) => s + r.days, 0);
  const perDay = round2(hours / days);
  return perDay > 0 ? runs.map((r) => ({ ...r, perDay })) : [];
}

/** Planned grid units per day offset, per person, from the bookings already laid out. */
type Planned = Map<number, Map<number, number>>;

function plannedOn(planned: Planned, p: number, i: number): number {
  return planned.get(p)?.get(i) ?? 0;
}

function addPlanned(state: CapacityState, planned: Planned, b: PlannedBooking): void {
  const days = planned.get(b.person) ?? new Map<number, number>();
  planned.set(b.person, days);
  const base = b.person * state.timeline.days;
  for (let i = b.from; i <= b.to; i++) if (state.working[base + i] === 1) days.set(i, (days.get(i) ?? 0) + b.hoursPerDay * 3600);
}

/**
 * Joins neighbouring bookings of one person on one line into one steadier booking (the same hours
 * on every working day between them) wherever every one of those days has the free hours for it,
 * after what is already planned for that person. Planners read one booking, not a staircase.
 */
function consolidate(state: CapacityState, pieces: PlannedBooking[], planned: Planned, includeTentative: boolean): PlannedBooking[] {
  const out: PlannedBooking[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last) {
      const base = last.person * state.timeline.days;
      let days = 0;
      for (let i = last.from; i <= piece.to; i++) days += state.working[base + i];
      const perDay = round2((last.totalHours + piece.totalHours) / days);
      let fits = days > 0;
      for (let i = last.from; fits && i <= piece.to; i++) {
        if (state.working[base + i] === 1) fits = freeUnits(state, last.person, i, includeTentative) - plannedOn(planned, last.person, i) >= perDay * 3600 - 1;
      }
      if (fits) {
        Object.assign(last, { to: piece.to, end: piece.end, hoursPerDay: perDay, days, totalHours: round2(perDay * days) });
        continue;
      }
    }
    out.push({ ...piece });
  }
  return out;
}

export function planBookings(state: CapacityState, frame: PlanFrame, result: SolveResult, includeTentative: boolean): PlannedBooking[] {
  const { inst } = frame;
  const { plan } = result;
  const { timeline } = state;
  // hours per (line, person) and week
  const byPair = new Map<string, { line: number; person: number; weeks: Map<number, number> }>();
  for (let k = 0; k < plan.hours.length; k++) {
    if (!(plan.hours[k] > 1e-6)) continue;
    const key = `${plan.line[k]}:${plan.person[k]}`;
    let pair = byPair.get(key);
    if (!pair) byPair.set(key, (pair = { line: plan.line[k], person: plan.person[k], weeks: new Map() }));
    pair.weeks.set(plan.week[k], (pair.weeks.get(plan.week[k]) ?? 0) + plan.hours[k]);
  }
  const out: PlannedBooking[] = [];
  const planned: Planned = new Map();
  const pairs = [...byPair.values()].sort((a, b) => a.line - b.line || a.person - b.person);
  for (const { line, person, weeks } of pairs) {
    const lf = frame.lines[line];
    const sl = state.lines[lf.l];
    const talent = inst.people[person];
    const p = state.personIndexById.get(talent.id)!;
    const base = p * timeline.days;
    let last: PlannedBooking | null = null;
    const pieces: PlannedBooking[] = [];
    for (const w of [...weeks.keys()].sort((a, b) => a - b)) {
      const tw = w + frame.week0;
      const ws = Math.max(lf.from, timeline.firstWeekStart + tw * 7 - timeline.range.start);
      const we = Math.min(lf.to, timeline.firstWeekStart + tw * 7 + 6 - timeline.range.start);
      for (const piece of weekPieces(state, p, ws, we, weeks.get(w)!, includeTentative)) {
        // Join with the previous booking when no working day lies between and the hours per day match.
        let gapWorking = 0;
        if (last) for (let i = last.to + 1; i < piece.from; i++) gapWorking += state.working[base + i];
        if (last && gapWorking === 0 && Math.abs(last.hoursPerDay - piece.perDay) < 0.005) {
          last.to = piece.to;
          last.end = isoOfOffset(state, piece.to);
          last.days += piece.days;
          last.totalHours = round2(last.hoursPerDay * last.days);
          continue;
        }
        last = {
          talentId: talent.id,
          person: p,
          demandLineId: sl.id,
          campaignId: sl.campaignId,
          from: piece.from,
          to: piece.to,
          start: isoOfOffset(state, piece.from),
          end: isoOfOffset(state, piece.to),
          hoursPerDay: piece.perDay,
          days: piece.days,
          totalHours: round2(piece.perDay * piece.days),
          costRate: talent.costRate,
        };
        pieces.push(last);
      }
    }
    for (const b of consolidate(state, pieces, planned, includeTentative)) {
      addPlanned(state, planned, b);
      out.push(b);
    }
  }
  return out;
}
