import { z } from 'zod';
import type { ExchangeRate } from '../domain';
import type { MissingRate } from '../money/missing';
import { channel } from './channel';
import { currency, idInput, isoDate, none, patchOf } from './schemas';

const rateValue = z.number().finite('Must be a number').gt(0, 'Must be more than 0').max(1e9, 'Too large');

const rateBase = z.object({ fromCurrency: currency, toCurrency: currency, rate: rateValue, effectiveFrom: isoDate }).strict();
const twoCurrencies = (r: { fromCurrency: string; toCurrency: string }, ctx: z.RefinementCtx) => {
  if (r.fromCurrency === r.toCurrency) ctx.addIssue({ code: 'custom', path: ['toCurrency'], message: 'Choose a different currency to convert to' });
};

/** A whole exchange rate, as stored: what an update's merged record must be. */
export const rateRecord = rateBase.superRefine(twoCurrencies);

/** A missing rate with its warning, ready to show. */
export interface MissingRateView extends MissingRate {
  message: string;
}

export interface MoneyOverview {
  reportingCurrency: string;
  rates: ExchangeRate[];
  /** Currencies in use, with how many people are paid in each (most first). */
  currencies: { currency: string; people: number }[];
  /** Rates the workspace's bookings need and lack. */
  missing: MissingRateView[];
}

export interface RatesImportResult {
  added: number;
  replaced: number;
  label: string;
}

export const moneyChannels = {
  'money:overview': channel<MoneyOverview>()(none),
  'money:setReportingCurrency': channel<MoneyOverview>()(z.object({ currency }).strict()),
  'rates:create': channel<ExchangeRate>()(rateRecord),
  /** Only the fields sent change; the merged rate is checked against `rateRecord`. */
  'rates:update': channel<ExchangeRate>()(patchOf(rateBase)),
  'rates:delete': channel<void>()(idInput),
  /** CSV with columns from, to, rate, effective from (a header row first); all or nothing. */
  'rates:import': channel<RatesImportResult>()(
    z.union([z.object({ path: z.string().trim().min(1, 'Choose a file').max(4096) }).strict(), z.object({ text: z.string().max(5_000_000) }).strict()]),
  ),
};
