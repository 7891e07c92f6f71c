// Why a person's capacity on a day can't take what is booked: the same rules availability.ts
// applies to fill the capacity grid (active window, closures, public holidays, the pattern, time
// off), read back for one day so a warning can say which one bit.

import type { DayReason, OverAllocatedDayWhy } from '@shared/errors';
import { dayFromIso, type DayIndex } from '@shared/dates';
import { isPublicHoliday, publicHolidayName } from '@shared/capacity/holidays';
import { patternHoursOnDay } from '@shared/capacity/patterns';
import type { CapacityState } from '@shared/capacity/state';
import { formatHours, formatLongDate } from '@shared/capacity/warnings';
import { TIME_OFF_TYPE_PHRASES } from '@shared/domain';

/** The first rule, in the order capacity applies them, that takes hours away from person p on the day. */
export function dayReason(state: CapacityState, p: number, day: DayIndex, closureNames: ReadonlyMap<DayIndex, string>): DayReason {
  const person = state.people[p];
  if (day < state.personActiveFrom[p]) return { kind: 'outside_contract', side: 'before', date: person.activeFrom ?? '' };
  if (day > state.personActiveTo[p]) return { kind: 'outside_contract', side: 'after', date: person.activeTo ?? '' };
  if (state.closureDays.has(day)) return { kind: 'closure', name: closureNames.get(day) ?? 'Studio closure' };
  // The studio's own calendar: a holiday it works on is no reason, one it added is (by its name).
  const { holidayCountry: country, holidayRegion: region } = person;
  if (country && isPublicHoliday(state.holidays, country, region, day)) {
    return { kind: 'holiday', name: state.holidays.localHolidayName?.(country, region, day) ?? publicHolidayName(country, region, day) ?? 'Public holiday' };
  }
  if (patternHoursOnDay(state.personPeriods[p], day) <= 0) return { kind: 'not_working' };
  const off = state.personTimeOff[p].find((t) => dayFromIso(t.start) <= day && dayFromIso(t.end) >= day);
  if (off) return { kind: 'time_off', type: off.type, partial: off.hoursPerDay !== null };
  return { kind: 'over_capacity' };
}

/** The reason in words: "Good Friday (public holiday)", "vacation (time off)", "more than capacity". */
export function dayReasonWords(reason: DayReason): string {
  switch (reason.kind) {
    case 'not_working':
      return 'not a working day';
    case 'time_off':
      return `${reason.partial ? 'part-day ' : ''}${TIME_OFF_TYPE_PHRASES[reason.type]} (time off)`;
    case 'holiday':
      return `${reason.name} (public holiday)`;
    case 'closure':
      return `${reason.name} (studio closed)`;
    case 'outside_contract':
      return reason.side === 'after' ? `after the contract ends (${formatLongDate(reason.date)})` : `before the contract starts (${formatLongDate(reason.date)})`;
    case 'over_capacity':
      return 'more than capacity';
  }
}

/** Over-allocated days of person p with their reasons, in words too. */
export function explainDays(
  state: CapacityState,
  p: number,
  days: readonly { date: string; booked: number; capacity: number }[],
  closureNames: ReadonlyMap<DayIndex, string>,
): OverAllocatedDayWhy[] {
  return days.map((d) => {
    const reason = dayReason(state, p, dayFromIso(d.date), closureNames);
    const words = reason.kind === 'over_capacity' ? `more than capacity: ${formatHours(d.booked)} booked of ${formatHours(d.capacity)}` : dayReasonWords(reason);
    return { date: d.date, booked: d.booked, capacity: d.capacity, reason, why: words };
  });
}
