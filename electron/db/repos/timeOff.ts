import type { Db } from '../open';
import type { Id, TimeOff } from '@shared/domain';

export type TimeOffFields = Omit<TimeOff, 'id'>;

export interface TimeOffFilter {
  talentIds?: Id[];
  from?: string;
  to?: string;
}

/** A time-off row as SQLite's JSON: listing reads one JSON array, about twice as fast as the row API. */
const TIME_OFF_JSON = `json_object('id', id, 'talentId', talent_id, 'start', start, 'end', end,
  'hoursPerDay', hours_per_day, 'type', type, 'note', note)`;

const toParams = (f: TimeOffFields) => ({
  talent_id: f.talentId,
  start: f.start,
  end: f.end,
  hours_per_day: f.hoursPerDay,
  type: f.type,
  note: f.note,
});

export function listTimeOff(db: Db, filter: TimeOffFilter = {}): TimeOff[] {
  const json = db
    .prepare(
      `SELECT json_group_array(${TIME_OFF_JSON})
       FROM (SELECT * FROM time_off
             WHERE (@ids IS NULL OR talent_id IN (SELECT value FROM json_each(@ids)))
               AND (@from IS NULL OR end >= @from) AND (@to IS NULL OR start <= @to)
             ORDER BY talent_id, start)`,
    )
    .pluck()
    .get({ ids: filter.talentIds ? JSON.stringify(filter.talentIds) : null, from: filter.from ?? null, to: filter.to ?? null }) as string;
  return JSON.parse(json) as TimeOff[];
}

export function getTimeOff(db: Db, id: Id): TimeOff | undefined {
  const json = db.prepare(`SELECT ${TIME_OFF_JSON} FROM time_off WHERE id = ?`).pluck().get(id) as string | undefined;
  return json === undefined ? undefined : (JSON.parse(json) as TimeOff);
}

export function insertTimeOff(db: Db, f: TimeOffFields): Id {
  return Number(
    db
      .prepare('INSERT INTO time_off (talent_id, start, end, hours_per_day, type, note) VALUES (@talent_id, @start, @end, @hours_per_day, @type, @note)')
      .run(toParams(f)).lastInsertRowid,
  );
}

export function updateTimeOff(db: Db, id: Id, f: TimeOffFields): boolean {
  return (
    db
      .prepare('UPDATE time_off SET talent_id = @talent_id, start = @start, end = @end, hours_per_day = @hours_per_day, type = @type, note = @note WHERE id = @id')
      .run({ ...toParams(f), id }).changes > 0
  );
}

export function deleteTimeOff(db: Db, id: Id): boolean {
  return db.prepare('DELETE FROM time_off WHERE id = ?').run(id).changes > 0;
}

/** Bulk insert with one prepared statement (call inside a transaction). */
export function insertTimeOffBatch(db: Db, list: TimeOffFields[]): Id[] {
  const insert = db.prepare('INSERT INTO time_off (talent_id, start, end, hours_per_day, type, note) VALUES (@talent_id, @start, @end, @hours_per_day, @type, @note)');
  return list.map((f) => Number(insert.run(toParams(f)).lastInsertRowid));
}
