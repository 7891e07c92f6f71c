// Exchange rates as the user enters them (one unit of `from` is worth `rate` of `to`, from a day
// on), and the rate in force between two currencies on a day: the latest entry for the pair (in
// either direction) on or before the day, else a cross rate through one other currency (the
// reporting currency first, then the others in alphabetical order), else none. A missing rate is NaN here and a warning where it is shown: never a silent 1.

import { dayFromIso, type DayIndex } from '@shared/dates';

export interface RateEntry {
  fromCurrency: string;
  toCurrency: string;
  rate: number;
  effectiveFrom: string;
}

export interface MoneySettings {
  reportingCurrency: string;
  rates: readonly RateEntry[];
}

/**
 * A rate between two currencies as a step function of the day: `rates[i]` is in force from
 * `starts[i]` until the next start (`starts[0]` is −∞). NaN = no rate.
 */
export interface RateSteps {
  starts: Int32Array;
  rates: Float64Array;
}

interface Quote {
  day: DayIndex;
  rate: number;
  /** 1 for an entry in the pair's own direction: it wins a tie with the inverse. */
  direct: number;
}

export interface RateTable {
  readonly reporting: string;
  /** `FROM>TO` → quotes sorted by day, both directions folded in. */
  readonly quotes: Map<string, Quote[]>;
  /** Currency → the currencies it has quotes with: reporting first, then alphabetical. */
  readonly neighbours: Map<string, string[]>;
  /** from → to → steps, made on first use (no key string per lookup: the core asks once per booking). */
  readonly steps: Map<string, Map<string, RateSteps>>;
}

const FAR_PAST = -2_000_000_000;
const key = (from: string, to: string) => `${from}>${to}`;

export function rateTableOf(settings: MoneySettings): RateTable {
  const quotes = new Map<string, Quote[]>();
  const add = (from: string, to: string, q: Quote) => {
    const list = quotes.get(key(from, to));
    if (list) list.push(q);
    else quotes.set(key(from, to), [q]);
  };
  for (const r of settings.rates) {
    if (!(r.rate > 0) || r.fromCurrency === r.toCurrency) continue;
    const day = dayFromIso(r.effectiveFrom);
    add(r.fromCurrency, r.toCurrency, { day, rate: r.rate, direct: 1 });
    add(r.toCurrency, r.fromCurrency, { day, rate: 1 / r.rate, direct: 0 });
  }
  for (const list of quotes.values()) list.sort((a, b) => a.day - b.day || a.direct - b.direct);
  const reporting = settings.reportingCurrency;
  const neighbours = new Map<string, string[]>();
  for (const k of quotes.keys()) {
    const [from, to] = k.split('>');
    neighbours.set(from, [...(neighbours.get(from) ?? []), to]);
  }
  for (const list of neighbours.values()) list.sort((a, b) => Number(b === reporting) - Number(a === reporting) || a.localeCompare(b));
  return { reporting, quotes, neighbours, steps: new Map() };
}

/** The pair's own quote in force on the day (direct or inverse), or NaN. */
function quoteOn(table: RateTable, from: string, to: string, day: DayIndex): number {
  const list = table.quotes.get(key(from, to));
  if (!list || list.length === 0 || list[0].day > day) return Number.NaN;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid].day <= day) lo = mid;
    else hi = mid - 1;
  }
  return list[lo].rate;
}

/** The rate from one currency to another on a day; NaN when there is none. */
export function rateOn(table: RateTable, from: string, to: string, day: DayIndex): number {
  if (from === to) return 1;
  const own = quoteOn(table, from, to, day);
  if (!Number.isNaN(own)) return own;
  for (const via of table.neighbours.get(from) ?? []) {
    if (via === to) continue;
    const cross = quoteOn(table, from, via, day) * quoteOn(table, via, to, day);
    if (!Number.isNaN(cross)) return cross;
  }
  return Number.NaN;
}

/** The pair's rate as a step function of the day (cached in the table). */
export function rateSteps(table: RateTable, from: string, to: string): RateSteps {
  let byTo = table.steps.get(from);
  if (!byTo) table.steps.set(from, (byTo = new Map()));
  const cached = byTo.get(to);
  if (cached) return cached;
  const days = new Set<number>();
  const pairs = [key(from, to), ...(table.neighbours.get(from) ?? []).flatMap((via) => [key(from, via), key(via, to)])];
  for (const pair of pairs) for (const q of table.quotes.get(pair) ?? []) days.add(q.day);
  const starts = [FAR_PAST, ...[...days].sort((a, b) => a - b)];
  const steps: RateSteps = { starts: Int32Array.from(starts), rates: Float64Array.from(starts, (d) => rateOn(table, from, to, d)) };
  byTo.set(to, steps);
  return steps;
}

/** The index of the step in force on a day. */
export function stepOf(steps: RateSteps, day: DayIndex): number {
  const s = steps.starts;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid] <= day) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The first day from which a rate is always in force (null: never; FAR_PAST: always). */
export function firstDayWithRate(table: RateTable, from: string, to: string): DayIndex | null {
  const steps = rateSteps(table, from, to);
  for (let i = steps.rates.length - 1; i >= 0; i--) {
    if (Number.isNaN(steps.rates[i])) return i === steps.rates.length - 1 ? null : steps.starts[i + 1];
  }
  return FAR_PAST;
}

export const ALWAYS = FAR_PAST;
