// A campaign already under way (README "When can we deliver?", campaigns under way): the hours
// booked on its demand lines count as done or planned, and only the open hours are planned. This
// reads the campaign's own bookings off the capacity state (what each line has booked, until when,
// by whom) and joins the answer for the open hours with the phases that are not planned again.

import type { Id, IsoDate } from '@shared/domain';
import { dayFromIso, isoFromDay, type DayIndex } from '@shared/dates';
import { isWorkingDayFor } from '@shared/capacity/availability';
import { studioWorkingDaysIn } from '@shared/capacity/demand';
import { BOOKING_LIVE, BOOKING_TENTATIVE, type CapacityState } from '@shared/capacity/state';
import { hoursFromUnits } from '@shared/capacity/units';
import { formatHours, formatLongDate } from '@shared/capacity/warnings';
import { roleNameOf } from '@shared/delivery/binding';
import type { DeliveryAnswer, DeliveryPerson, DeliveryPhaseAnswer, DeliveryPhaseProgress, DeliveryProgress, DeliveryWayOut } from '@shared/delivery/types';

/** What a campaign's bookings have put on one of its demand lines. */
export interface LineBookings {
  hours: number;
  /** Last day carrying hours, or null when nothing is booked. */
  lastDay: DayIndex | null;
  /** Who is booked on it, by talent id. */
  people: Map<Id, DeliveryPerson>;
}

/** The campaign's bookings as progress: per demand line, and the day its plan for open hours starts from. */
export interface CampaignProgress {
  /** The earliest start: phases ended before it are finished, those begun before it are under way. */
  cut: DayIndex;
  lines: Map<Id, LineBookings>;
  roleName: (roleId: Id) => string;
}

/** Bookings on lines count once: as taken capacity and off the line's hours (tentative ones only when counted as taken). */
export function campaignProgress(state: CapacityState, campaignId: Id, tentativeIsTaken: boolean, cut: DayIndex): CampaignProgress {
  const lines = new Map<Id, LineBookings>();
  const c = state.campaignIndexById.get(campaignId) ?? -1;
  const b = state.bookings;
  for (let row = 0; c >= 0 && row < b.size; row++) {
    const flags = b.flags[row];
    const p = b.person[row];
    if (!(flags & BOOKING_LIVE) || b.campaign[row] !== c || b.line[row] < 0 || p < 0 || b.dayCount[row] === 0) continue;
    if (flags & BOOKING_TENTATIVE && !tentativeIsTaken) continue;
    const lineId = state.lines[b.line[row]].id;
    const hours = hoursFromUnits(b.dayCount[row] * b.unitsPerDay[row]);
    const last = lastCarryingDay(state, p, b.start[row], b.end[row]);
    const l = lines.get(lineId) ?? { hours: 0, lastDay: null, people: new Map<Id, DeliveryPerson>() };
    l.hours += hours;
    l.lastDay = l.lastDay === null || last > l.lastDay ? last : l.lastDay;
    const t = state.people[p];
    const who = l.people.get(t.id) ?? { id: t.id, name: t.name, hours: 0 };
    who.hours = Math.round((who.hours + hours) * 100) / 100;
    l.people.set(t.id, who);
    lines.set(lineId, l);
  }
  return { cut, lines, roleName: (roleId) => roleNameOf(state, roleId) };
}

/** The booking's last day that carries hours (a booking on working days only ends on the person's last working day in it). */
function lastCarryingDay(state: CapacityState, p: number, start: DayIndex, end: DayIndex): DayIndex {
  for (let d = end; d >= start; d--) if (isWorkingDayFor(state, p, d)) return d;
  return end; // a booking on no working day carries its hours on every day
}

/** Hours booked on a line that count (tentative per the toggle). */
export const bookedOn = (progress: CampaignProgress, lineId: Id): number => progress.lines.get(lineId)?.hours ?? 0;

/** Hours still open on a line: its hours less what is booked on it, never below 0. */
export const openOf = (hours: number, booked: number): number => Math.max(0, Math.round((hours - booked) * 3600) / 3600);

/** A phase (or demand line) that is not planned again, as the answer lists it. */
export interface KeptPhase {
  id: string;
  name: string;
  start: IsoDate;
  end: IsoDate;
  progress: DeliveryPhaseProgress;
  roles: DeliveryPhaseAnswer['roles'];
}

/** The campaign's totals; `planned` is the open hours sent to the engine. */
export interface ProgressTotals {
  hours: number;
  booked: number;
  overBooked: number;
  planned: number;
  /** Open hours of phases that ended before the earliest start, with their names and ends. */
  lapsed: { name: string; end: IsoDate; hours: number }[];
  lastDay: DayIndex | null;
}

/** "312 h of 480 h already booked; the open 168 h can be done by 14 March 2027." */
function progressSentence(t: ProgressTotals, openFinish: IsoDate | null, nobody: string | null): string | null {
  const lapsed = t.lapsed.reduce((s, x) => s + x.hours, 0);
  if (t.booked === 0 && lapsed === 0) return null;
  const over = t.overBooked > 0 ? ` (${formatHours(t.overBooked)} more than its lines ask)` : '';
  const last = t.lastDay === null ? null : formatLongDate(t.lastDay);
  let s: string;
  if (t.planned === 0 && lapsed === 0) s = `All ${formatHours(t.booked)} of its lines are booked${over}; the last booked day, ${last}, is the finish.`;
  else if (t.planned === 0) s = `${formatHours(t.booked)} of ${formatHours(t.hours)} booked${over}${last ? `, the last on ${last}` : ''}; nothing else is left to plan.`;
  else {
    s = `${formatHours(t.booked)} of ${formatHours(t.hours)} already booked${over}; the open ${formatHours(t.planned)} `;
    s += openFinish ? `can be done by ${formatLongDate(openFinish)}` : nobody ? `have no date, as ${nobody.charAt(0).toLowerCase()}${nobody.slice(1, -1)}` : 'fit nowhere within the year searched';
    s += last && openFinish && dayFromIso(openFinish) < t.lastDay! ? `, but the bookings already made run to ${last}.` : '.';
  }
  for (const x of t.lapsed) s += ` ${formatHours(x.hours)} of ${x.name} ${x.hours === 1 ? 'was' : 'were'} never booked before it ended on ${formatLongDate(x.end)}, so ${x.hours === 1 ? 'it is' : 'they are'} not planned again.`;
  return s;
}

/** Studio working days in (from, to]. */
const workingDaysAfter = (state: CapacityState, from: DayIndex, to: DayIndex) => (to > from ? studioWorkingDaysIn(state.closureDays, from + 1, to) : 0);

/**
 * The answer for a campaign under way: the engine's answer for the open hours (null when nothing
 * is open), the phases kept as booked, in the plan's order; the finish is the later of the last
 * booked day and the open hours' finish. When the bookings set the date, the ways out (which move
 * only the open hours) are left out and the binding constraint says so.
 */
export function underwayAnswer(state: CapacityState, open: DeliveryAnswer | null, base: Pick<DeliveryAnswer, 'earliestStart' | 'horizonEnd' | 'requestedDate'>, kept: KeptPhase[], order: string[], totals: ProgressTotals): DeliveryAnswer {
  const openFinish = open?.finish ?? null;
  // Nothing open and nothing booked (every phase ended unbooked): the last phase's end.
  const last = totals.lastDay ?? (open === null ? kept.reduce<DayIndex | null>((m, k) => Math.max(m ?? -Infinity, dayFromIso(k.end)), null) : null);
  const bookingsSet = last !== null && (open === null || (openFinish !== null && dayFromIso(openFinish) < last));
  const finish = bookingsSet ? isoFromDay(last) : openFinish;
  const progress: DeliveryProgress = {
    hours: totals.hours,
    bookedHours: totals.booked,
    overBookedHours: totals.overBooked,
    openHours: totals.planned,
    lapsedHours: totals.lapsed.reduce((s, x) => s + x.hours, 0),
    lastBookedDay: totals.lastDay === null ? null : isoFromDay(totals.lastDay),
    openFinish,
    fullyBooked: totals.planned === 0 && totals.lapsed.length === 0,
    sentence: progressSentence(totals, openFinish, open?.finish === null && open.binding.nobody ? open.binding.sentence : null),
  };
  const phases = new Map<string, DeliveryPhaseAnswer>((open?.phases ?? []).map((p) => [p.id, p]));
  for (const k of kept) phases.set(k.id, { id: k.id, name: k.name, start: k.start, end: k.end, readyOn: k.start, waitDays: 0, roles: k.roles, progress: k.progress });
  const requested = base.requestedDate;
  const late = requested !== null && finish !== null ? workingDaysAfter(state, dayFromIso(requested), dayFromIso(finish)) : null;
  const sameFinish = open !== null && !bookingsSet;
  return {
    ...base,
    finish,
    onTime: requested === null ? null : finish !== null && finish <= requested,
    workingDaysLate: sameFinish ? open.workingDaysLate : late,
    calendarDaysLate: finish === null || requested === null ? null : Math.max(0, dayFromIso(finish) - dayFromIso(requested)),
    exact: open?.exact ?? true,
    phases: order.flatMap((id) => phases.get(id) ?? []),
    binding: open === null || bookingsSet ? bookingsBinding(last, totals.lastDay !== null, open === null) : open.binding,
    waysOut: open === null || bookingsSet ? [] : open.waysOut.map((w) => (w.finish !== null && last !== null && dayFromIso(w.finish) < last ? heldByBookings(w, last) : w)),
    leftOut: open?.leftOut ?? null,
    progress,
  };
}

/** A way out that would finish the open hours before the last booked day: the bookings still set its date. */
function heldByBookings(w: DeliveryWayOut, last: DayIndex): DeliveryWayOut {
  return { ...w, finish: isoFromDay(last), sentence: `${w.sentence} The bookings already made run to ${formatLongDate(last)}, so that date holds unless they move too.` };
}

function bookingsBinding(last: DayIndex | null, booked: boolean, nothingOpen: boolean): DeliveryAnswer['binding'] {
  const day = last === null ? '' : formatLongDate(last);
  const sentence =
    last === null ? 'Nothing is left to plan.'
    : !booked ? `Nothing is left to plan: its last phase ended on ${day}.`
    : nothingOpen ? `Nothing is left to plan: the bookings already made run to ${day}, so they set the date.`
    : `The bookings already made run to ${day}, later than the open hours need, so they set the date.`;
  return { sentence, phaseId: '', roleId: null, shortHours: 0, weeks: null, campaigns: [] };
}
