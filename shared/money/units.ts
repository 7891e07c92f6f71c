// Rates per hour or per day. A day rate becomes hourly through the person's working pattern on
// that day: £450/day on a 7.5 h day is £60/h; on a 4 h Friday it is £112.50/h, so a booked day
// costs the day rate whatever its length.

import type { RateUnit, WeekHours } from '@shared/domain';

/** Hours of a day when nothing better is known: a person with no working pattern. */
export const STANDARD_DAY_HOURS = 8;

/** The average of the pattern's working days (days with hours); STANDARD_DAY_HOURS when it has none. */
export function typicalDayHours(hours: WeekHours | null): number {
  if (!hours) return STANDARD_DAY_HOURS;
  let sum = 0;
  let n = 0;
  for (const h of hours) {
    if (h > 0) {
      sum += h;
      n++;
    }
  }
  return n === 0 ? STANDARD_DAY_HOURS : sum / n;
}

/**
 * The hourly rate on a day with `dayHours` in the pattern. A day the pattern gives no hours (a
 * weekend booked anyway) uses the pattern's typical day.
 */
export function hourlyRate(rate: number, unit: RateUnit | undefined, dayHours: number, pattern: WeekHours | null): number {
  if (unit !== 'day') return rate;
  return rate / (dayHours > 0 ? dayHours : typicalDayHours(pattern));
}

/** The rate the other way round, for showing both: a day rate's hourly figure, or an hourly rate's day. */
export function otherUnitRate(rate: number, unit: RateUnit | undefined, pattern: WeekHours | null): number {
  const day = typicalDayHours(pattern);
  return unit === 'day' ? rate / day : rate * day;
}
