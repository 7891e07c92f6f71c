// Capacity and working days of one person, written into their row of the day grids.

import type { TimeOff } from '@shared/domain';
import { dayFromIso, type DayIndex } from '@shared/dates';
import { isPublicHoliday } from '@shared/capacity/holidays';
import { patternHoursOnDay } from '@shared/capacity/patterns';
import type { CapacityState } from '@shared/capacity/state';
import { unitsFromHours } from '@shared/capacity/units';

/**
 * Recomputes person p's capacity and working-day rows over the range: pattern hours × headcount,
 * 0 outside the active window, on their public holidays and on closures; then time off.
 * Each pattern period is written one week at a time and then copied forward in doubling chunks
 * (the grid repeats every 7 days); holidays, closures and the active window are applied after.
 */
export function fillPersonAvailability(state: CapacityState, p: number): void {
  const { timeline, capacity, working } = state;
  const n = timeline.days;
  const rangeStart = timeline.range.start;
  const base = p * n;
  const weekday = timeline.weekday;
  const headcount = state.personHeadcount[p];
  const periods = state.personPeriods[p];

  if (periods.length === 0) {
    capacity.fill(0, base, base + n);
    working.fill(0, base, base + n);
  }
  for (let k = 0; k < periods.length; k++) {
    const from = k === 0 ? 0 : Math.max(0, periods[k].from - rangeStart);
    const to = k + 1 < periods.length ? Math.min(n - 1, periods[k + 1].from - 1 - rangeStart) : n - 1;
    if (from > to) continue;
    const hours = periods[k].hours;
    const first = Math.min(to, from + 6);
    for (let i = from; i <= first; i++) {
      const h = hours[weekday[i]];
      working[base + i] = h > 0 ? 1 : 0;
      capacity[base + i] = h > 0 ? Math.max(0, unitsFromHours(h * headcount)) : 0;
    }
    const length = to - from + 1;
    for (let filled = first - from + 1; filled < length; ) {
      const chunk = Math.min(filled, length - filled);
      capacity.copyWithin(base + from + filled, base + from, base + from + chunk);
      working.copyWithin(base + from + filled, base + from, base + from + chunk);
      filled += chunk;
    }
  }
  const blockedDays = state.personBlockedDays[p];
  for (let k = 0; k < blockedDays.length; k++) {
    capacity[base + blockedDays[k]] = 0;
    working[base + blockedDays[k]] = 0;
  }
  const activeLo = Math.max(0, state.personActiveFrom[p] - rangeStart);
  const activeHi = Math.min(n - 1, state.personActiveTo[p] - rangeStart);
  if (activeLo > activeHi) capacity.fill(0, base, base + n);
  else {
    if (activeLo > 0) capacity.fill(0, base, base + Math.min(n, activeLo));
    if (activeHi < n - 1) capacity.fill(0, base + Math.max(0, activeHi + 1), base + n);
  }
  const entries = state.personTimeOff[p];
  for (let k = 0; k < entries.length; k++) applyTimeOff(state, p, entries[k]);
}

/** Subtracts one time-off entry from p's capacity row (whole days → 0; hours → min(hours, capacity)). */
function applyTimeOff(state: CapacityState, p: number, entry: TimeOff): void {
  const { timeline, capacity } = state;
  const n = timeline.days;
  const from = Math.max(0, dayFromIso(entry.start) - timeline.range.start);
  const to = Math.min(n - 1, dayFromIso(entry.end) - timeline.range.start);
  const base = p * n;
  if (entry.hoursPerDay === null) {
    if (from <= to) capacity.fill(0, base + from, base + to + 1);
    return;
  }
  const units = unitsFromHours(entry.hoursPerDay);
  for (let i = from; i <= to; i++) {
    const left = capacity[base + i] - units;
    capacity[base + i] = left > 0 ? left : 0;
  }
}

/** The working-day test for any day, in or out of the range (slow path for days outside it). */
export function isWorkingDayFor(state: CapacityState, p: number, day: DayIndex): boolean {
  const offset = day - state.timeline.range.start;
  if (offset >= 0 && offset < state.timeline.days) return state.working[p * state.timeline.days + offset] === 1;
  const person = state.people[p];
  return (
    patternHoursOnDay(state.personPeriods[p], day) > 0 &&
    !state.closureDays.has(day) &&
    !isPublicHoliday(state.holidays, person.holidayCountry, person.holidayRegion, day)
  );
}
