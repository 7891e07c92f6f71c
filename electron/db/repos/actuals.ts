import type { Statement } from 'better-sqlite3';
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

/** Moves with every write to actuals (kept by triggers). */
export function actualsVersion(db: Db): number {
  return db.prepare('SELECT version FROM actuals_version').pluck().get() as number;
}

/** Actual columns with each row's id beside them (the in-memory copy's rows, for updating it in place). */
export interface IdentifiedColumns {
  columns: ActualColumns;
  ids: Int32Array;
}

type RawActual = [id: number, talentId: number, campaignId: number, date: string, hours: number];

/** Rows into date order by counting the rows of each day (no sort in SQLite, none in JS). */
function columnsOf(rows: Iterable<RawActual>, n: number): IdentifiedColumns {
  const id = new Int32Array(n);
  const talent = new Int32Array(n);
  const campaign = new Int32Array(n);
  const dayOf = new Int32Array(n);
  const hours = new Float64Array(n);
  const days = new Map<string, number>();
  let i = 0;
  let min = Infinity;
  let max = -Infinity;
  for (const [r, t, c, iso, h] of rows) {
    if (i === n) break;
    let day = days.get(iso);
    if (day === undefined) days.set(iso, (day = dayFromIso(iso)));
    id[i] = r;
    talent[i] = t;
    campaign[i] = c;
    dayOf[i] = day;
    hours[i] = h;
    if (day < min) min = day;
    if (day > max) max = day;
    i++;
  }
  const columns = { length: i, talentId: new Int32Array(i), campaignId: new Int32Array(i), day: new Int32Array(i), hours: new Float64Array(i) };
  const ids = new Int32Array(i);
  if (i === 0) return { columns, ids };
  const next = new Int32Array(max - min + 2);
  for (let k = 0; k < i; k++) next[dayOf[k] - min + 1]++;
  for (let d = 1; d < next.length; d++) next[d] += next[d - 1];
  for (let k = 0; k < i; k++) {
    const at = next[dayOf[k] - min]++;
    ids[at] = id[k];
    columns.talentId[at] = talent[k];
    columns.campaignId[at] = campaign[k];
    columns.day[at] = dayOf[k];
    columns.hours[at] = hours[k];
  }
  return { columns, ids };
}

const COLUMNS = 'SELECT id, talent_id, campaign_id, date, hours FROM actuals';

/** Every actual as columns in date order, with their ids (read in table order). */
export function identifiedActualColumns(db: Db): IdentifiedColumns {
  return columnsOf(db.prepare(COLUMNS).raw().iterate() as IterableIterator<RawActual>, actualsCount(db));
}

/** Every actual as columns, in date order (for the in-memory copy planned-against-actual reads). */
export function allActualColumns(db: Db): ActualColumns {
  return identifiedActualColumns(db).columns;
}

/** The rows with an id above `id` (added since), and those of `ids` that still exist, as date-ordered columns. */
export function actualColumnsSince(db: Db, id: number, ids: readonly number[]): IdentifiedColumns {
  const rows = [
    ...(db.prepare(`${COLUMNS} WHERE id > ?`).raw().all(id) as RawActual[]),
    ...(ids.length ? (db.prepare(`${COLUMNS} WHERE id IN (SELECT value FROM json_each(?)) AND id <= ?`).raw().all(JSON.stringify(ids), id) as RawActual[]) : []),
  ];
  return columnsOf(rows, rows.length);
}

export function actualsCount(db: Db): number {
  return db.prepare('SELECT count(*) FROM actuals').pluck().get() as number;
}

export function maxActualId(db: Db): number {
  return (db.prepare('SELECT max(id) FROM actuals').pluck().get() as number | null) ?? 0;
}

/**
 * Calls `changed(id)` for every actual this connection updates or deletes (TEMP triggers, so
 * nothing is stored). Rows added at the end of the table are found by id instead: appending,
 * the bulk of an import, costs nothing extra.
 */
export function watchActualChanges(db: Db, changed: (id: number) => void): void {
  db.function('actual_changed', { deterministic: false }, (id: unknown) => {
    changed(Number(id));
    return null;
  });
  db.exec(`
    CREATE TEMP TRIGGER IF NOT EXISTS actuals_watch_update AFTER UPDATE ON main.actuals BEGIN SELECT actual_changed(OLD.id), actual_changed(NEW.id); END;
    CREATE TEMP TRIGGER IF NOT EXISTS actuals_watch_delete AFTER DELETE ON main.actuals BEGIN SELECT actual_changed(OLD.id); END;
  `);
}

/** The actuals with these source keys, by key. */
export function actualsByKey(db: Db, f: { keys: string[] }): Map<string, Actual> {
  const found = new Map<string, Actual>();
  const rows = db.prepare('SELECT * FROM actuals WHERE source_key IN (SELECT value FROM json_each(?))').all(JSON.stringify(f.keys)) as ActualRow[];
  for (const r of rows) found.set(r.source_key, toActual(r));
  return found;
}

/** One source's actuals between two days, a row at a time (a re-import reads 200,000: no object or map of them). */
export function eachActualOfSource(
  db: Db,
  f: { source: string; from: string; to: string },
  each: (key: string, row: Pick<Actual, 'talentId' | 'campaignId' | 'date' | 'hours' | 'note'>) => void,
): void {
  const rows = db
    .prepare('SELECT source_key, talent_id, campaign_id, date, hours, note FROM actuals WHERE date BETWEEN ? AND ? AND source = ?')
    .raw()
    .iterate(f.from, f.to, f.source) as IterableIterator<[string, number, number, string, number, string]>;
  for (const [key, talentId, campaignId, date, hours, note] of rows) each(key, { talentId, campaignId, date, hours, note });
}

const upsertSql = (rows: number) =>
  `INSERT INTO actuals (talent_id, campaign_id, date, hours, source, source_key, note, cost, currency)
   VALUES ${Array<string>(rows).fill('(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
   ON CONFLICT (source_key) DO UPDATE SET talent_id = excluded.talent_id, campaign_id = excluded.campaign_id, date = excluded.date,
     hours = excluded.hours, source = excluded.source, note = excluded.note, cost = excluded.cost, currency = excluded.currency`;

/** Rows per statement: one INSERT of 50 rows costs a quarter less than 50 of one (a big import's main cost). */
const ROWS_PER_STATEMENT = 50;

const pushParams = (out: unknown[], f: ActualFields) => out.push(f.talentId, f.campaignId, f.date, f.hours, f.source, f.sourceKey, f.note, f.cost, f.currency);

/** The 50-row statement, prepared once per connection (an import writes in parts of 100 rows). */
const prepared = new WeakMap<Db, Statement>();
function upsertStatement(db: Db): Statement {
  let statement = prepared.get(db);
  if (!statement) prepared.set(db, (statement = db.prepare(upsertSql(ROWS_PER_STATEMENT))));
  return statement;
}

/** Inserts the rows, or updates the row with the same source key (in order: a later row with the same key wins). */
export function upsertActuals(db: Db, list: ActualFields[]): void {
  const params: unknown[] = [];
  let i = 0;
  if (list.length >= ROWS_PER_STATEMENT) {
    const many = upsertStatement(db);
    for (; i + ROWS_PER_STATEMENT <= list.length; i += ROWS_PER_STATEMENT) {
      params.length = 0;
      for (let k = i; k < i + ROWS_PER_STATEMENT; k++) pushParams(params, list[k]);
      many.run(params);
    }
  }
  const one = i < list.length ? db.prepare(upsertSql(1)) : null;
  for (; one && i < list.length; i++) {
    params.length = 0;
    pushParams(params, list[i]);
    one.run(params);
  }
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
