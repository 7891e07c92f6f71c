// The warning for figures that could not be converted: which rate is missing, from when, and how
// many booked hours are left out of the totals because of it.

import { isoFromDay, utcDateOfIso } from '@shared/dates';
import type { IsoDate } from '@shared/domain';
import { ALWAYS, firstDayWithRate, type RateTable } from '@shared/money/rates';

export interface MissingRate {
  fromCurrency: string;
  toCurrency: string;
  /** Booked hours whose cost has no rate on their day. */
  hours: number;
  /** From this day on a rate is in force; null when there is none at all. */
  rateFrom: IsoDate | null;
}

const longDate = (iso: IsoDate) =>
  utcDateOfIso(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Missing rates from `hoursByPair` (keys `FROM>TO`), largest first, with the day rates begin. */
export function missingRatesOf(table: RateTable, hoursByPair: ReadonlyMap<string, number>): MissingRate[] {
  const out: MissingRate[] = [];
  for (const [pair, hours] of hoursByPair) {
    if (hours < 0.005) continue;
    const [fromCurrency, toCurrency] = pair.split('>');
    const first = firstDayWithRate(table, fromCurrency, toCurrency);
    out.push({ fromCurrency, toCurrency, hours: Math.round(hours * 100) / 100, rateFrom: first === null || first === ALWAYS ? null : isoFromDay(first) });
  }
  return out.sort((a, b) => b.hours - a.hours || a.fromCurrency.localeCompare(b.fromCurrency) || a.toCurrency.localeCompare(b.toCurrency));
}

/** "No exchange rate from EUR to GBP before 1 March 2026: 120 h of bookings are left out of the GBP figures." */
export function missingRateMessage(m: MissingRate): string {
  const when = m.rateFrom ? ` before ${longDate(m.rateFrom)}` : '';
  const hours = `${Number(m.hours.toFixed(2))} h`;
  return `No exchange rate from ${m.fromCurrency} to ${m.toCurrency}${when}: the cost of ${hours} of bookings is left out of the ${m.toCurrency} figures. Add a rate under Currency and rates.`;
}

/** Adds hours to a pair's count (negative to take them away), dropping pairs that reach zero. */
export function countMissing(hoursByPair: Map<string, number>, from: string, to: string, hours: number): void {
  const k = `${from}>${to}`;
  const next = (hoursByPair.get(k) ?? 0) + hours;
  if (Math.abs(next) < 1e-9) hoursByPair.delete(k);
  else hoursByPair.set(k, next);
}
