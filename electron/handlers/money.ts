import { formatLongDate, missingRates } from '@shared/capacity';
import type { Handlers, MoneyOverview } from '@shared/contract';
import { AppError } from '@shared/errors';
import { ratesFromTable } from '@shared/money/csv';
import { missingRateMessage } from '@shared/money/missing';
import type { CapacityModel } from '../capacity/model';
import { recordChange } from '../db/repos/history';
import {
  currenciesInUse, deleteRate, findRate, getRate, getReportingCurrency, insertRate, listRates, setReportingCurrency, updateRate, upsertRates,
  type RateFields,
} from '../db/repos/money';
import type { Db } from '../db/open';
import { csvTextOf, parseCsv } from '../io/read';
import type { HandlerContext } from './context';
import { found } from './found';
import { mergePatch } from './patch';
import { rateRecord } from '@shared/contract/money';

function overview(db: Db, model: CapacityModel): MoneyOverview {
  return {
    reportingCurrency: getReportingCurrency(db),
    rates: listRates(db),
    currencies: currenciesInUse(db),
    missing: missingRates(model.state()).map((m) => ({ ...m, message: missingRateMessage(m) })),
  };
}

function refuseDuplicate(db: Db, f: RateFields, id?: number): void {
  const same = findRate(db, f);
  if (same && same.id !== id) {
    throw new AppError('conflict', `A rate from ${f.fromCurrency} to ${f.toCurrency} starting on ${formatLongDate(f.effectiveFrom)} is already entered (${same.rate}). Edit that one instead.`, 'effectiveFrom');
  }
}

const label = (f: RateFields) => `${f.fromCurrency} to ${f.toCurrency} from ${f.effectiveFrom}`;

/** The reporting currency and the exchange rates: entered one by one or imported from a CSV. */
export function moneyHandlers(ctx: HandlerContext, model: CapacityModel) {
  const { db } = ctx;
  return {
    'money:overview': () => overview(db, model),
    'money:setReportingCurrency': ({ currency }) => {
      recordChange(db, `Report money in ${currency}`, () => setReportingCurrency(db, currency));
      return overview(db, model);
    },
    'rates:create': (f) => {
      refuseDuplicate(db, f);
      return found(getRate(db, recordChange(db, `Add rate ${label(f)}`, () => insertRate(db, f))), 'exchange rate');
    },
    'rates:update': ({ id, ...patch }) => {
      const f = mergePatch(rateRecord, found(getRate(db, id), 'exchange rate'), patch);
      refuseDuplicate(db, f, id);
      recordChange(db, `Edit rate ${label(f)}`, () => updateRate(db, id, f));
      return found(getRate(db, id), 'exchange rate');
    },
    'rates:delete': ({ id }) => {
      const rate = found(getRate(db, id), 'exchange rate');
      recordChange(db, `Delete rate ${label(rate)}`, () => deleteRate(db, id));
    },
    'rates:import': (source) => {
      const rates = ratesFromTable(parseCsv(csvTextOf(source)));
      const text = `Import ${rates.length} exchange ${rates.length === 1 ? 'rate' : 'rates'}`;
      const counts = recordChange(db, text, () => upsertRates(db, rates));
      return { ...counts, label: text };
    },
  } satisfies Partial<Handlers>;
}
