import type { Db } from '../open';
import type { HolidayOverride, Id } from '@shared/domain';

export type HolidayOverrideFields = Omit<HolidayOverride, 'id'>;

interface OverrideRow {
  id: Id;
  country: string;
  region: string;
  date: string;
  kind: 'ignore' | 'add';
  name: string;
}

const COLUMNS = 'id, country, region, date, kind, name';
const overrideOf = (r: OverrideRow): HolidayOverride => ({ ...r, region: r.region === '' ? null : r.region });

export function listHolidayOverrides(db: Db): HolidayOverride[] {
  return (db.prepare(`SELECT ${COLUMNS} FROM holiday_overrides ORDER BY date, country, region`).all() as OverrideRow[]).map(overrideOf);
}

export function getHolidayOverride(db: Db, id: Id): HolidayOverride | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM holiday_overrides WHERE id = ?`).get(id) as OverrideRow | undefined;
  return row && overrideOf(row);
}

export function findHolidayOverride(db: Db, f: Pick<HolidayOverrideFields, 'country' | 'region' | 'date' | 'kind'>): HolidayOverride | undefined {
  const row = db
    .prepare(`SELECT ${COLUMNS} FROM holiday_overrides WHERE country = ? AND region = ? AND date = ? AND kind = ?`)
    .get(f.country, f.region ?? '', f.date, f.kind) as OverrideRow | undefined;
  return row && overrideOf(row);
}

export function insertHolidayOverride(db: Db, f: HolidayOverrideFields): Id {
  return Number(
    db.prepare('INSERT INTO holiday_overrides (country, region, date, kind, name) VALUES (?, ?, ?, ?, ?)').run(f.country, f.region ?? '', f.date, f.kind, f.name)
      .lastInsertRowid,
  );
}

export function deleteHolidayOverride(db: Db, id: Id): boolean {
  return db.prepare('DELETE FROM holiday_overrides WHERE id = ?').run(id).changes > 0;
}

/** The holiday calendars people use: (country, region), with how many people each. */
export function holidayPlacesInUse(db: Db): { country: string; region: string | null; people: number }[] {
  return db
    .prepare(
      `SELECT holiday_country AS country, holiday_region AS region, count(*) AS people FROM talent
       WHERE holiday_country IS NOT NULL GROUP BY holiday_country, holiday_region ORDER BY people DESC, country, region`,
    )
    .all() as { country: string; region: string | null; people: number }[];
}
