// The studio's working days for phases: Monday–Friday less studio closures (the days a line's
// hours spread over when no one's capacity says otherwise; see isStudioWorkingDay). Public
// holidays belong to each person's region, so they don't move a phase: the capacity core and the
// delivery answer count them per person.

import type { Closure } from '@shared/domain';
import { forEachClosureDay } from '@shared/capacity/closures';
import { isStudioWorkingDay } from '@shared/capacity/demand';
import { dayFromIso, dayFromYmd, isoFromDay, yearOfDay, type DayIndex } from '@shared/dates';

export interface StudioCalendar {
  isWorking(day: DayIndex): boolean;
  /** The day itself when it is a working day, else the next one. */
  onOrAfter(day: DayIndex): DayIndex;
  /** The day itself when it is a working day, else the one before. */
  onOrBefore(day: DayIndex): DayIndex;
  /** The working day `n` working days after `day` (before, for n < 0); `day` should be a working day. */
  add(day: DayIndex, n: number): DayIndex;
  /** Working days in [start, end] (0 when end < start). */
  count(start: DayIndex, end: DayIndex): number;
}

type ClosureDays = Pick<Closure, 'date' | 'endDate' | 'repeatsYearly'>;

/** The studio calendar over the closures; closed days are worked out a year at a time, when asked. */
export function studioCalendar(closures: readonly ClosureDays[]): StudioCalendar {
  const years = new Map<number, Set<DayIndex>>();
  const closedIn = (year: number): Set<DayIndex> => {
    let set = years.get(year);
    if (!set) {
      const days = new Set<DayIndex>();
      forEachClosureDay(closures, dayFromYmd(year, 1, 1), dayFromYmd(year, 12, 31), (d) => days.add(d));
      years.set(year, (set = days));
    }
    return set;
  };
  const isWorking = (day: DayIndex) => isStudioWorkingDay(closedIn(yearOfDay(day)), day);
  // A closure covers at most a year, so a working day comes within 400 days either way.
  const step = (day: DayIndex, dir: 1 | -1): DayIndex => {
    let d = day;
    for (let k = 0; k < 400 && !isWorking(d); k++) d += dir;
    return d;
  };
  return {
    isWorking,
    onOrAfter: (day) => step(day, 1),
    onOrBefore: (day) => step(day, -1),
    add(day, n) {
      let d = day;
      const dir = n < 0 ? -1 : 1;
      for (let left = Math.abs(n); left > 0; left--) d = step(d + dir, dir);
      return d;
    },
    count(start, end) {
      let n = 0;
      for (let d = start; d <= end; d++) if (isWorking(d)) n++;
      return n;
    },
  };
}

/** ISO-day helpers over a calendar, for the edges that hold dates as text. */
export const isoCalendar = (cal: StudioCalendar) => ({
  onOrAfter: (iso: string) => isoFromDay(cal.onOrAfter(dayFromIso(iso))),
  add: (iso: string, n: number) => isoFromDay(cal.add(dayFromIso(iso), n)),
  count: (start: string, end: string) => cal.count(dayFromIso(start), dayFromIso(end)),
});
