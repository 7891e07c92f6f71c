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

/** Person p's hourly cost over [fromDay, toDay] in the reporting currency, for the optimiser; their own rate when no exchange rate is in force (the proposal then warns). */
export function plannedCostRate(state: CapacityState, p: number, fromDay: DayIndex, toDay: DayIndex): number {
  const rate = averageHourlyCost(state, p, fromDay, toDay, state.money.reporting);
  return Number.isNaN(rate) ? state.personCostRate[p] : rate;
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
