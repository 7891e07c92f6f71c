import type { Db } from '../open';
import { dayFromIso } from '@shared/dates';
import type { Id } from '@shared/domain';
import type { Actual, ActualAlias, ActualColumns, ActualFields, AliasKind } from '@shared/actuals/types';

interface ActualRow {
  id: number;
  talent_id: number;
  campaign_id: number;
  date: string;
  hours: number;
  source: Actual['source'];
  source_key: string;
  note: string;
  cost: number | null;
  currency: string | null;
}

const toActual = (r: ActualRow): Actual => ({
  id: r.id,
  talentId: r.talent_id,
  campaignId: r.campaign_id,
  date: r.date,
  hours: r.hours,
  source: r.source,
  sourceKey: r.source_key,
  note: r.note,
  cost: r.cost,
  currency: r.currency,
});

const toParams = (f: ActualFields) => ({
  talent_id: f.talentId,
  campaign_id: f.campaignId,
  date: f.date,
  hours: f.hours,
  source: f.source,
  source_key: f.sourceKey,
  note: f.note,
  cost: f.cost,
  currency: f.currency,
});

export interface ActualFilter {
  talentIds?: Id[];
  campaignIds?: Id[];
  from: string;
  to: string;
}

export function listActuals(db: Db, f: ActualFilter): Actual[] {
  const rows = db
    .prepare(
      `SELECT * FROM actuals WHERE date BETWEEN @from AND @to
         AND (@people IS NULL OR talent_id IN (SELECT value FROM json_each(@people)))
         AND (@campaigns IS NULL OR campaign_id IN (SELECT value FROM json_each(@campaigns)))
       ORDER BY date, talent_id, campaign_id, id`,
    )
    .all({ from: f.from, to: f.to, people: f.talentIds ? JSON.stringify(f.talentIds) : null, campaigns: f.campaignIds ? JSON.stringify(f.campaignIds) : null }) as ActualRow[];
  return rows.map(toActual);
}

/** Actuals of [from, to] (of one campaign, when given) as columns, summed per person, campaign and day. */
export function actualColumns(db: Db, from: string, to: string, campaignId?: Id): ActualColumns {
  const rows = db
    .prepare(
      `SELECT talent_id, campaign_id, date, SUM(hours) FROM actuals
       WHERE date BETWEEN ? AND ? AND (? IS NULL OR campaign_id = ?) GROUP BY date, talent_id, campaign_id`,
    )
    .raw()
    .all(from, to, campaignId ?? null, campaignId ?? null) as [number, number, string, number][];
  const n = rows.length;
  const columns = { length: n, talentId: new Int32Array(n), campaignId: new Int32Array(n), day: new Int32Array(n), hours: new Float64Array(n) };
  let lastIso = '';
  let lastDay = 0;
  for (let i = 0; i < n; i++) {
    const [t, c, iso, h] = rows[i];
    if (iso !== lastIso) (lastIso = iso), (lastDay = dayFromIso(iso));
    columns.talentId[i] = t;
    columns.campaignId[i] = c;
    columns.day[i] = lastDay;
    columns.hours[i] = h;
  }
  return columns;
}

/** The rows of one source on [from, to], by source key (what a re-import of those days may find again). */
export function actualsByKey(db: Db, f: { source: string; from: string; to: string } | { keys: string[] }): Map<string, Actual> {
  const found = new Map<string, Actual>();
  const rows =
    'keys' in f
      ? (db.prepare('SELECT * FROM actuals WHERE source_key IN (SELECT value FROM json_each(?))').all(JSON.stringify(f.keys)) as ActualRow[])
      : (db.prepare('SELECT * FROM actuals WHERE date BETWEEN ? AND ? AND source = ?').all(f.from, f.to, f.source) as ActualRow[]);
  for (const r of rows) found.set(r.source_key, toActual(r));
  return found;
}

/** Inserts the rows, or updates the row with the same source key. */
export function upsertActuals(db: Db, list: ActualFields[]): void {
  const upsert = db.prepare(
    `INSERT INTO actuals (talent_id, campaign_id, date, hours, source, source_key, note, cost, currency)
     VALUES (@talent_id, @campaign_id, @date, @hours, @source, @source_key, @note, @cost, @currency)
     ON CONFLICT (source_key) DO UPDATE SET talent_id = excluded.talent_id, campaign_id = excluded.campaign_id, date = excluded.date,
       hours = excluded.hours, source = excluded.source, note = excluded.note, cost = excluded.cost, currency = excluded.currency`,
  );
  for (const f of list) upsert.run(toParams(f));
}

export function deleteActualByKey(db: Db, key: string): boolean {
  return db.prepare('DELETE FROM actuals WHERE source_key = ?').run(key).changes > 0;
}

export function listAliases(db: Db): ActualAlias[] {
  return (db.prepare('SELECT kind, source_name, target_id FROM actual_aliases ORDER BY kind, source_name').raw().all() as [AliasKind, string, number][]).map(
    ([kind, sourceName, targetId]) => ({ kind, sourceName, targetId }),
  );
}

export function saveAlias(db: Db, a: ActualAlias): void {
  db.prepare(
    'INSERT INTO actual_aliases (kind, source_name, target_id) VALUES (?, ?, ?) ON CONFLICT (kind, source_name) DO UPDATE SET target_id = excluded.target_id',
  ).run(a.kind, a.sourceName, a.targetId);
}
