// The solver's plan as bookings: rounded to quarter hours, then laid onto each person's free days
// (shared/staffing/layout.ts). A booking puts the same hours on each of the person's working days
// from start to end, so every booking here is a run of equal hours with no working day left out.
import { formatLongDate, type CapacityState } from '@shared/capacity';
import { AppError } from '@shared/errors';
import { keepPlaced, layoutPlan, roundedResult, roundPlanToQuarters, type LayoutPerson, type RoundedResult, type SolveResult } from '@shared/staffing';
import { isoOfOffset } from './window';
import { freeQuarters, type PlanFrame } from './instance';

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

export interface PlannedBookings {
  bookings: PlannedBooking[];
  /** The rounded plan the bookings make, with its own objective. */
  rounded: RoundedResult;
}

/** Free quarter hours and working days of state person p over the frame's days (index = offset − frame.from). */
function personDays(state: CapacityState, frame: PlanFrame, p: number): LayoutPerson {
  const n = frame.to - frame.from + 1;
  const freeQ = new Int32Array(n);
  const working = new Uint8Array(n);
  const base = p * state.timeline.days + frame.from;
  for (let d = 0; d < n; d++) {
    working[d] = state.working[base + d];
    freeQ[d] = freeQuarters(state, p, frame.from + d, frame.includeTentative);
  }
  return { freeQ, working };
}

export function planBookings(state: CapacityState, frame: PlanFrame, result: SolveResult): PlannedBookings {
  const { inst } = frame;
  const entries = roundPlanToQuarters(inst, result.plan);
  const windows = frame.lines.map((lf) => ({ from: lf.from - frame.from, to: lf.to - frame.from }));
  const stateIndex = inst.people.map((t) => state.personIndexById.get(t.id)!);
  const { runs, placed } = layoutPlan(entries, windows, (person) => personDays(state, frame, stateIndex[person]));
  // Earliest-deadline-first places all of a feasible plan; should anything be left, the figures
  // follow the bookings rather than the other way round.
  const rounded = roundedResult(inst, result, keepPlaced(entries, placed));
  const bookings = runs.map((r): PlannedBooking => {
    const line = state.lines[frame.lines[r.line].l];
    const talent = inst.people[r.person];
    const from = r.from + frame.from, to = r.to + frame.from;
    return {
      talentId: talent.id,
      person: stateIndex[r.person],
      demandLineId: line.id,
      campaignId: line.campaignId,
      from,
      to,
      start: isoOfOffset(state, from),
      end: isoOfOffset(state, to),
      hoursPerDay: r.quartersPerDay / 4,
      days: r.days,
      totalHours: (r.quartersPerDay * r.days) / 4,
      costRate: talent.costRate,
    };
  });
  return { bookings, rounded };
}

/**
 * Refuses a plan booking the workspace would not take, naming the line and the person: one that
 * no longer matches a person or line, or whose hours a day are outside what a booking may have.
 */
export function checkPlannedBookings(state: CapacityState, bookings: readonly PlannedBooking[]): void {
  for (const b of bookings) {
    const p = state.personIndexById.get(b.talentId);
    const l = state.lineIndexById.get(b.demandLineId);
    const who = p === undefined ? `person ${b.talentId}` : state.people[p].name;
    const line = l === undefined ? `line ${b.demandLineId}` : describeLine(state, l);
    if (p === undefined || l === undefined) throw new AppError('conflict', `The plan's booking of ${who} on ${line} no longer matches the workspace: propose again.`, 'lineIds');
    if (!(b.hoursPerDay > 0 && b.hoursPerDay <= 24) || b.start > b.end) {
      throw new AppError('invalid_input', `The plan's booking of ${who} on ${line} (${b.hoursPerDay} h a day, ${formatLongDate(b.start)} to ${formatLongDate(b.end)}) is not one a booking can hold.`, 'lineIds');
    }
  }
}

function describeLine(state: CapacityState, l: number): string {
  const line = state.lines[l];
  const c = state.campaignIndexById.get(line.campaignId);
  const role = state.roleNames[state.lineRole[l]] ?? 'No role yet';
  return `${c === undefined ? 'a campaign' : state.campaigns[c].name} (${line.roleId === null ? 'No role yet' : role})`;
}
