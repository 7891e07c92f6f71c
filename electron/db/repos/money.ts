import type { Db } from '../open';
import type { ExchangeRate, Id } from '@shared/domain';

export type RateFields = Omit<ExchangeRate, 'id'>;

const COLUMNS = 'id, from_currency AS fromCurrency, to_currency AS toCurrency, rate, effective_from AS effectiveFrom';

export function getReportingCurrency(db: Db): string {
  const row = db.prepare('SELECT reporting_currency AS c FROM money_settings WHERE id = 1').get() as { c: string } | undefined;
  return row?.c ?? 'GBP';
}

export function setReportingCurrency(db: Db, currency: string): void {
  db.prepare(
    'INSERT INTO money_settings (id, reporting_currency) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET reporting_currency = excluded.reporting_currency',
  ).run(currency);
}

export function listRates(db: Db): ExchangeRate[] {
  return db.prepare(`SELECT ${COLUMNS} FROM exchange_rates ORDER BY from_currency, to_currency, effective_from`).all() as ExchangeRate[];
}

export function getRate(db: Db, id: Id): ExchangeRate | undefined {
  return db.prepare(`SELECT ${COLUMNS} FROM exchange_rates WHERE id = ?`).get(id) as ExchangeRate | undefined;
}

/** The rate entered for the same pair and day, if any (to refuse a duplicate by name). */
export function findRate(db: Db, f: Pick<RateFields, 'fromCurrency' | 'toCurrency' | 'effectiveFrom'>): ExchangeRate | undefined {
  return db
    .prepare(`SELECT ${COLUMNS} FROM exchange_rates WHERE from_currency = ? AND to_currency = ? AND effective_from = ?`)
    .get(f.fromCurrency, f.toCurrency, f.effectiveFrom) as ExchangeRate | undefined;
}

export function insertRate(db: Db, f: RateFields): Id {
  return Number(
    db
      .prepare('INSERT INTO exchange_rates (from_currency, to_currency, rate, effective_from) VALUES (?, ?, ?, ?)')
      .run(f.fromCurrency, f.toCurrency, f.rate, f.effectiveFrom).lastInsertRowid,
  );
}

export function updateRate(db: Db, id: Id, f: RateFields): boolean {
  return (
    db
      .prepare('UPDATE exchange_rates SET from_currency = ?, to_currency = ?, rate = ?, effective_from = ? WHERE id = ?')
      .run(f.fromCurrency, f.toCurrency, f.rate, f.effectiveFrom, id).changes > 0
  );
}

export function deleteRate(db: Db, id: Id): boolean {
  return db.prepare('DELETE FROM exchange_rates WHERE id = ?').run(id).changes > 0;
}

/** Adds rates, replacing the rate of a pair already entered for the same day; returns how many were replaced. */
export function upsertRates(db: Db, rates: readonly RateFields[]): { added: number; replaced: number } {
  const find = db.prepare('SELECT id FROM exchange_rates WHERE from_currency = ? AND to_currency = ? AND effective_from = ?');
  const update = db.prepare('UPDATE exchange_rates SET rate = ? WHERE id = ?');
  let added = 0;
  let replaced = 0;
  for (const r of rates) {
    const existing = find.get(r.fromCurrency, r.toCurrency, r.effectiveFrom) as { id: number } | undefined;
    if (existing) {
      update.run(r.rate, existing.id);
      replaced++;
    } else {
      insertRate(db, r);
      added++;
    }
  }
  return { added, replaced };
}

/** Currencies in use: people's pay, campaigns' budgets and the rates, with how many people are paid in each. */
export function currenciesInUse(db: Db): { currency: string; people: number }[] {
  return db
    .prepare(
      `SELECT currency, sum(people) AS people FROM (
         SELECT currency, count(*) AS people FROM talent GROUP BY currency
         UNION ALL SELECT currency, 0 FROM campaigns
         UNION ALL SELECT from_currency, 0 FROM exchange_rates
         UNION ALL SELECT to_currency, 0 FROM exchange_rates)
       GROUP BY currency ORDER BY people DESC, currency`,
    )
    .all() as { currency: string; people: number }[];
}
