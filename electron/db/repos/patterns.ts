import type { Db } from '../open';
import type { Id, WeekHours, WorkPattern } from '@shared/domain';

interface PatternRow {
  id: number;
  talent_id: number;
  effective_from: string;
  mon: number;
  tue: number;
  wed: number;
  thu: number;
  fri: number;
  sat: number;
  sun: number;
}

export type PatternFields = Omit<WorkPattern, 'id'>;

const toPattern = (r: PatternRow): WorkPattern => ({
  id: r.id,
  talentId: r.talent_id,
  effectiveFrom: r.effective_from,
  hours: [r.mon, r.tue, r.wed, r.thu, r.fri, r.sat, r.sun] as WeekHours,
});

const toParams = (f: PatternFields) => {
  const [mon, tue, wed, thu, fri, sat, sun] = f.hours;
  return { talent_id: f.talentId, effective_from: f.effectiveFrom, mon, tue, wed, thu, fri, sat, sun };
};

export function listPatterns(db: Db, talentIds?: Id[]): WorkPattern[] {
  const rows = talentIds
    ? db.prepare('SELECT * FROM work_patterns WHERE talent_id IN (SELECT value FROM json_each(?)) ORDER BY talent_id, effective_from').all(JSON.stringify(talentIds))
    : db.prepare('SELECT * FROM work_patterns ORDER BY talent_id, effective_from').all();
  return (rows as PatternRow[]).map(toPattern);
}

export function getPattern(db: Db, id: Id): WorkPattern | undefined {
  const row = db.prepare('SELECT * FROM work_patterns WHERE id = ?').get(id) as PatternRow | undefined;
  return row && toPattern(row);
}

export function insertPattern(db: Db, f: PatternFields): Id {
  return Number(
    db
      .prepare(
        `INSERT INTO work_patterns (talent_id, effective_from, mon, tue, wed, thu, fri, sat, sun)
         VALUES (@talent_id, @effective_from, @mon, @tue, @wed, @thu, @fri, @sat, @sun)`,
      )
      .run(toParams(f)).lastInsertRowid,
  );
}

export function updatePattern(db: Db, id: Id, f: PatternFields): boolean {
  return (
    db
      .prepare(
        `UPDATE work_patterns SET talent_id = @talent_id, effective_from = @effective_from, mon = @mon, tue = @tue, wed = @wed,
           thu = @thu, fri = @fri, sat = @sat, sun = @sun WHERE id = @id`,
      )
      .run({ ...toParams(f), id }).changes > 0
  );
}

export function deletePattern(db: Db, id: Id): boolean {
  return db.prepare('DELETE FROM work_patterns WHERE id = ?').run(id).changes > 0;
}

/** Bulk insert with one prepared statement (call inside a transaction). */
export function insertPatternsBatch(db: Db, list: PatternFields[]): Id[] {
  const insert = db.prepare(
    `INSERT INTO work_patterns (talent_id, effective_from, mon, tue, wed, thu, fri, sat, sun)
     VALUES (@talent_id, @effective_from, @mon, @tue, @wed, @thu, @fri, @sat, @sun)`,
  );
  return list.map((f) => Number(insert.run(toParams(f)).lastInsertRowid));
}
