import type { Db } from '../open';

export function getMeta(db: Db, key: string): string | undefined {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}

export interface TableCounts {
  talent: number;
  campaigns: number;
  demandLines: number;
  bookings: number;
}

export function countRows(db: Db): TableCounts {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM talent) AS talent, (SELECT count(*) FROM campaigns) AS campaigns,
              (SELECT count(*) FROM demand_lines) AS demandLines, (SELECT count(*) FROM bookings) AS bookings`,
    )
    .get() as TableCounts;
}
