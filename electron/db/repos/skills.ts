import type { Db } from '../open';
import type { Id, Skill } from '@shared/domain';

export function listSkills(db: Db): Skill[] {
  return db.prepare('SELECT id, name FROM skills ORDER BY name').all() as Skill[];
}

export function getSkill(db: Db, id: Id): Skill | undefined {
  return db.prepare('SELECT id, name FROM skills WHERE id = ?').get(id) as Skill | undefined;
}

export function findSkillByName(db: Db, name: string): Skill | undefined {
  return db.prepare('SELECT id, name FROM skills WHERE name = ? COLLATE NOCASE').get(name) as Skill | undefined;
}

export function insertSkill(db: Db, name: string): Id {
  return Number(db.prepare('INSERT INTO skills (name) VALUES (?)').run(name).lastInsertRowid);
}

export function updateSkill(db: Db, id: Id, name: string): boolean {
  return db.prepare('UPDATE skills SET name = ? WHERE id = ?').run(name, id).changes > 0;
}

export function countSkillUses(db: Db, id: Id): number {
  const row = db
    .prepare(
      `SELECT (SELECT count(*) FROM talent_skills WHERE skill_id = @id)
            + (SELECT count(*) FROM demand_line_skills WHERE skill_id = @id) AS n`,
    )
    .get({ id }) as { n: number };
  return row.n;
}

export function deleteSkill(db: Db, id: Id): boolean {
  return db.prepare('DELETE FROM skills WHERE id = ?').run(id).changes > 0;
}
