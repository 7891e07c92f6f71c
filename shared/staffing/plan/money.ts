import {
  averageHourlyCost, dayFromIso, isWorkingDayFor, spanCost, type CapacityState, type Cost, type DayIndex,
} from '@shared/capacity';
import { missingRateMessage, missingRatesOf } from '@shared/money/missing';

/** The narrow symbol of a currency code ('GBP' → '£'), or the code itself. */
export function currencySymbol(code: string): string {
  try {
    const part = new Intl.NumberFormat('en-GB', { style: 'currency', currency: code, currencyDisplay: 'narrowSymbol' })
      .formatToParts(0)
      .find((p) => p.type === 'currency');
    return part?.value ?? code;
  } catch {
    return code;
  }
}

const dearestCache = new WeakMap<CapacityState, Map<string, number>>();

/** The dearest hourly cost of anyone over the days, in the reporting currency (0 when nobody has a rate). */
function dearestHourly(state: CapacityState, fromDay: DayIndex, toDay: DayIndex): number {
  let byRange = dearestCache.get(state);
  if (!byRange) dearestCache.set(state, (byRange = new Map()));
  const key = `${fromDay}:${toDay}`;
  let dearest = byRange.get(key);
  if (dearest === undefined) {
    dearest = 0;
    for (let p = 0; p < state.people.length; p++) {
      const rate = averageHourlyCost(state, p, fromDay, toDay, state.money.reporting);
      if (rate > dearest) dearest = rate;
    }
    byRange.set(key, dearest);
  }
  return dearest;
}

/**
 * Person p's hourly cost over [fromDay, toDay] in the reporting currency, for the optimiser. Without
 * an exchange rate their cost is unknown, so the plan prices them as the dearest person (and the
 * proposal warns about any booking it gives them).
 */
export function plannedCostRate(state: CapacityState, p: number, fromDay: DayIndex, toDay: DayIndex): number {
  const rate = averageHourlyCost(state, p, fromDay, toDay, state.money.reporting);
  return Number.isNaN(rate) ? dearestHourly(state, fromDay, toDay) : rate;
}

/** What a booking of person p would cost in `currency`, converted day by day. */
export function bookingCost(
  state: CapacityState,
  b: { person: number; start: string; end: string; hoursPerDay: number; totalHours: number },
  currency: string,
): Cost {
  const start = dayFromIso(b.start);
  const end = dayFromIso(b.end);
  let workingDaysOnly = false;
  for (let d = start; d <= end && !workingDaysOnly; d++) workingDaysOnly = isWorkingDayFor(state, b.person, d);
  return spanCost(state, { person: b.person, start, end, hoursPerDay: b.hoursPerDay, workingDaysOnly, totalHours: b.totalHours }, currency);
}

/** One warning per currency pair that left booked hours out of a total. */
export function missingRateWarnings(state: CapacityState, missing: ReadonlyMap<string, number>): string[] {
  return missingRatesOf(state.money, missing).map(missingRateMessage);
}
