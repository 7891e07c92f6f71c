import type { Db } from '../open';
import type { Closure, Id } from '@shared/domain';

export type ClosureFields = Omit<Closure, 'id'>;

export function listClosures(db: Db, range?: { from?: string; to?: string }): Closure[] {
  return db
    .prepare('SELECT id, date, name FROM closures WHERE (@from IS NULL OR date >= @from) AND (@to IS NULL OR date <= @to) ORDER BY date')
    .all({ from: range?.from ?? null, to: range?.to ?? null }) as Closure[];
}

export function getClosure(db: Db, id: Id): Closure | undefined {
  return db.prepare('SELECT id, date, name FROM closures WHERE id = ?').get(id) as Closure | undefined;
}

export function insertClosure(db: Db, f: ClosureFields): Id {
  return Number(db.prepare('INSERT INTO closures (date, name) VALUES (?, ?)').run(f.date, f.name).lastInsertRowid);
}

export function updateClosure(db: Db, id: Id, f: ClosureFields): boolean {
  return db.prepare('UPDATE closures SET date = ?, name = ? WHERE id = ?').run(f.date, f.name, id).changes > 0;
}

export function deleteClosure(db: Db, id: Id): boolean {
  return db.prepare('DELETE FROM closures WHERE id = ?').run(id).changes > 0;
}
