import type { Database } from 'better-sqlite3';

/**
 * Money in one reporting currency: the workspace's reporting currency (one row; at first the
 * currency most people are paid in, else GBP), exchange rates with the day each takes effect,
 * and whether each person's cost and bill rates are per hour or per day.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE money_settings (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      reporting_currency TEXT NOT NULL CHECK (length(reporting_currency) = 3 AND reporting_currency = upper(reporting_currency))
    ) STRICT;

    CREATE TABLE exchange_rates (
      id INTEGER PRIMARY KEY,
      from_currency TEXT NOT NULL CHECK (length(from_currency) = 3 AND from_currency = upper(from_currency)),
      to_currency TEXT NOT NULL CHECK (length(to_currency) = 3 AND to_currency = upper(to_currency)),
      rate REAL NOT NULL CHECK (rate > 0),
      effective_from TEXT NOT NULL,
      CHECK (from_currency <> to_currency),
      UNIQUE (from_currency, to_currency, effective_from)
    ) STRICT;

    ALTER TABLE talent ADD COLUMN cost_rate_unit TEXT NOT NULL DEFAULT 'hour' CHECK (cost_rate_unit IN ('hour', 'day'));
    ALTER TABLE talent ADD COLUMN bill_rate_unit TEXT NOT NULL DEFAULT 'hour' CHECK (bill_rate_unit IN ('hour', 'day'));
  `);
  const most = db
    .prepare('SELECT currency FROM talent GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1')
    .get() as { currency: string } | undefined;
  db.prepare('INSERT INTO money_settings (id, reporting_currency) VALUES (1, ?)').run(most?.currency ?? 'GBP');
}
