import type { Db } from '../open';
import type { Closure, Id } from '@shared/domain';

export type ClosureFields = Omit<Closure, 'id'>;

interface ClosureRow {
  id: Id;
  date: string;
  end_date: string | null;
  name: string;
  repeats_yearly: number;
}

const COLUMNS = 'id, date, end_date, name, repeats_yearly';
const closureOf = (r: ClosureRow): Closure => ({ id: r.id, date: r.date, endDate: r.end_date ?? r.date, name: r.name, repeatsYearly: r.repeats_yearly === 1 });

/**
 * Closures by first day. With a range: those whose days meet it, repeating ones always (their
 * days come round every year; `closureDaysIn` says which fall in a range).
 */
export function listClosures(db: Db, range?: { from?: string; to?: string }): Closure[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM closures
       WHERE repeats_yearly = 1 OR ((@from IS NULL OR coalesce(end_date, date) >= @from) AND (@to IS NULL OR date <= @to))
       ORDER BY date`,
    )
    .all({ from: range?.from ?? null, to: range?.to ?? null }) as ClosureRow[];
  return rows.map(closureOf);
}

export function getClosure(db: Db, id: Id): Closure | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM closures WHERE id = ?`).get(id) as ClosureRow | undefined;
  return row && closureOf(row);
}

export function findClosureOn(db: Db, date: string): Closure | undefined {
  const row = db.prepare(`SELECT ${COLUMNS} FROM closures WHERE date = ?`).get(date) as ClosureRow | undefined;
  return row && closureOf(row);
}

export function insertClosure(db: Db, f: ClosureFields): Id {
  return Number(
    db.prepare('INSERT INTO closures (date, end_date, name, repeats_yearly) VALUES (?, ?, ?, ?)').run(f.date, f.endDate, f.name, f.repeatsYearly ? 1 : 0)
      .lastInsertRowid,
  );
}

export function updateClosure(db: Db, id: Id, f: ClosureFields): boolean {
  return (
    db.prepare('UPDATE closures SET date = ?, end_date = ?, name = ?, repeats_yearly = ? WHERE id = ?').run(f.date, f.endDate, f.name, f.repeatsYearly ? 1 : 0, id)
      .changes > 0
  );
}

export function deleteClosure(db: Db, id: Id): boolean {
  return db.prepare('DELETE FROM closures WHERE id = ?').run(id).changes > 0;
}
