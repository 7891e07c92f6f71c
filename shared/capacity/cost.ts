// What booked hours cost, in any currency: each day's hours × the person's hourly rate on that day
// (a day rate made hourly through their pattern) × the exchange rate in force on that day.

import { isWorkingDayFor } from '@shared/capacity/availability';
import { weekdayOfDay, type DayIndex } from '@shared/dates';
import { patternPeriodOnDay } from '@shared/capacity/patterns';
import { BOOKING_TENTATIVE, BOOKING_WORKING_DAYS_ONLY, type CapacityState } from '@shared/capacity/state';
import { hoursFromUnits } from '@shared/capacity/units';
import { countMissing } from '@shared/money/missing';
import { rateSteps, stepOf } from '@shared/money/rates';
import { hourlyRate } from '@shared/money/units';

export interface Cost {
  /** The cost of the hours that could be converted. */
  amount: number;
  /** Hours whose day has no exchange rate into the currency: not in `amount`. */
  missingHours: number;
}

export interface BookedSpan {
  person: number;
  start: DayIndex;
  end: DayIndex;
  hoursPerDay: number;
  /** False when the span covers no working day, so every day carries the hours. */
  workingDaysOnly: boolean;
  /** Hours on all carrying days (lets an hourly rate under one exchange rate skip the day loop). */
  totalHours: number;
}

/** Person p's hourly cost rate on a day, in their own currency. */
export function hourlyCostOn(state: CapacityState, p: number, day: DayIndex): number {
  const rate = state.personCostRate[p];
  if (state.personCostPerDay[p] === 0) return rate;
  const period = patternPeriodOnDay(state.personPeriods[p], day);
  return hourlyRate(rate, 'day', period === null ? 0 : period.hours[weekdayOfDay(day)], period?.hours ?? null);
}

/** The cost of a booked span in `currency`, converted day by day. */
export function spanCost(state: CapacityState, span: BookedSpan, currency: string): Cost {
  const { person: p, start, end, hoursPerDay } = span;
  const steps = rateSteps(state.money, state.people[p].currency, currency);
  const first = stepOf(steps, start);
  if (state.personCostPerDay[p] === 0 && stepOf(steps, end) === first) {
    const fx = steps.rates[first];
    if (Number.isNaN(fx)) return { amount: 0, missingHours: span.totalHours };
    return { amount: span.totalHours * state.personCostRate[p] * fx, missingHours: 0 };
  }
  let amount = 0;
  let missingHours = 0;
  let step = first;
  for (let d = start; d <= end; d++) {
    if (span.workingDaysOnly && !isWorkingDayFor(state, p, d)) continue;
    while (step + 1 < steps.starts.length && steps.starts[step + 1] <= d) step++;
    const fx = steps.rates[step];
    if (Number.isNaN(fx)) missingHours += hoursPerDay;
    else amount += hoursPerDay * hourlyCostOn(state, p, d) * fx;
  }
  return { amount, missingHours };
}

/** Person p's average hourly cost in `currency` over [from, to] (1 h on each working day), or NaN when a rate is missing. */
export function averageHourlyCost(state: CapacityState, p: number, from: DayIndex, to: DayIndex, currency: string): number {
  if (to < from) return Number.NaN;
  if (state.personCostPerDay[p] === 0) {
    const steps = rateSteps(state.money, state.people[p].currency, currency);
    const step = stepOf(steps, from);
    if (stepOf(steps, to) === step) return state.personCostRate[p] * steps.rates[step];
  }
  let working = 0;
  for (let d = from; d <= to; d++) if (isWorkingDayFor(state, p, d)) working++;
  const days = working > 0 ? working : to - from + 1;
  if (days <= 0) return Number.NaN;
  const cost = spanCost(state, { person: p, start: from, end: to, hoursPerDay: 1, workingDaysOnly: working > 0, totalHours: days }, currency);
  return cost.missingHours > 0 ? Number.NaN : cost.amount / days;
}

/** The span of a stored booking row. */
export function spanOfRow(state: CapacityState, row: number): BookedSpan {
  const t = state.bookings;
  const units = t.unitsPerDay[row];
  return {
    person: t.person[row],
    start: t.start[row],
    end: t.end[row],
    hoursPerDay: hoursFromUnits(units),
    workingDaysOnly: (t.flags[row] & BOOKING_WORKING_DAYS_ONLY) !== 0,
    totalHours: hoursFromUnits(t.dayCount[row] * units),
  };
}

/** Adds (sign 1) or removes (−1) a booking row's cost in its campaign's currency and the reporting currency. */
export function accountRowCost(state: CapacityState, row: number, campaign: number, sign: 1 | -1): void {
  const span = spanOfRow(state, row);
  const from = state.people[span.person].currency;
  const own = state.campaigns[campaign].currency;
  const reporting = state.money.reporting;
  const tentative = (state.bookings.flags[row] & BOOKING_TENTATIVE) !== 0;
  const inOwn = spanCost(state, span, own);
  const inReporting = own === reporting ? inOwn : spanCost(state, span, reporting);
  (tentative ? state.campaignTentativeCost : state.campaignConfirmedCost)[campaign] += sign * inOwn.amount;
  (tentative ? state.campaignTentativeCostReporting : state.campaignConfirmedCostReporting)[campaign] += sign * inReporting.amount;
  state.campaignMissingHours[campaign] += sign * inOwn.missingHours;
  state.campaignMissingReportingHours[campaign] += sign * inReporting.missingHours;
  if (inOwn.missingHours > 0) countMissing(state.missingRateHours, from, own, sign * inOwn.missingHours);
  if (own !== reporting && inReporting.missingHours > 0) countMissing(state.missingRateHours, from, reporting, sign * inReporting.missingHours);
}
