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

export function deleteSkill(db: Db, id: Id): boolean {
  return db.prepare('DELETE FROM skills WHERE id = ?').run(id).changes > 0;
}

/** People and demand lines that list a skill, and the bookings on those lines. */
export function skillUses(db: Db, id: Id): { people: number; demandLines: number; bookings: number } {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM talent_skills WHERE skill_id = @id) AS people,
              (SELECT count(*) FROM demand_line_skills WHERE skill_id = @id) AS demandLines,
              (SELECT count(*) FROM bookings b JOIN demand_line_skills s ON s.demand_line_id = b.demand_line_id WHERE s.skill_id = @id) AS bookings`,
    )
    .get({ id }) as { people: number; demandLines: number; bookings: number };
}

/**
 * Moves a skill's people and demand lines to another skill and deletes it (call inside one
 * recorded change). Someone who has both keeps the higher level; a line that asks for both keeps
 * the higher minimum.
 */
export function mergeSkill(db: Db, fromId: Id, intoId: Id): void {
  const p = { fromId, intoId };
  db.prepare(
    `UPDATE talent_skills SET level = max(level, (SELECT f.level FROM talent_skills f WHERE f.talent_id = talent_skills.talent_id AND f.skill_id = @fromId))
     WHERE skill_id = @intoId AND talent_id IN (SELECT talent_id FROM talent_skills WHERE skill_id = @fromId)`,
  ).run(p);
  db.prepare('INSERT OR IGNORE INTO talent_skills (talent_id, skill_id, level) SELECT talent_id, @intoId, level FROM talent_skills WHERE skill_id = @fromId').run(p);
  db.prepare(
    `UPDATE demand_line_skills SET min_level = max(min_level, (SELECT f.min_level FROM demand_line_skills f WHERE f.demand_line_id = demand_line_skills.demand_line_id AND f.skill_id = @fromId))
     WHERE skill_id = @intoId AND demand_line_id IN (SELECT demand_line_id FROM demand_line_skills WHERE skill_id = @fromId)`,
  ).run(p);
  db.prepare('INSERT OR IGNORE INTO demand_line_skills (demand_line_id, skill_id, min_level) SELECT demand_line_id, @intoId, min_level FROM demand_line_skills WHERE skill_id = @fromId').run(p);
  db.prepare(
    `UPDATE template_phase_role_skills SET min_level = max(min_level, (SELECT f.min_level FROM template_phase_role_skills f WHERE f.phase_role_id = template_phase_role_skills.phase_role_id AND f.skill_id = @fromId))
     WHERE skill_id = @intoId AND phase_role_id IN (SELECT phase_role_id FROM template_phase_role_skills WHERE skill_id = @fromId)`,
  ).run(p);
  db.prepare('INSERT OR IGNORE INTO template_phase_role_skills (phase_role_id, skill_id, min_level) SELECT phase_role_id, @intoId, min_level FROM template_phase_role_skills WHERE skill_id = @fromId').run(p);
  removeSkillEverywhere(db, fromId);
  db.prepare('DELETE FROM skills WHERE id = ?').run(fromId);
}

/** Takes a skill off every person, demand line and template's role hours. */
export function removeSkillEverywhere(db: Db, id: Id): void {
  db.prepare('DELETE FROM talent_skills WHERE skill_id = ?').run(id);
  db.prepare('DELETE FROM demand_line_skills WHERE skill_id = ?').run(id);
  db.prepare('DELETE FROM template_phase_role_skills WHERE skill_id = ?').run(id);
}

/** Per skill: people who list it and demand lines that ask for it. */
export function skillUsage(db: Db): { id: Id; people: number; demandLines: number }[] {
  return db
    .prepare(
      `SELECT s.id,
              (SELECT count(*) FROM talent_skills t WHERE t.skill_id = s.id) AS people,
              (SELECT count(*) FROM demand_line_skills l WHERE l.skill_id = s.id) AS demandLines
       FROM skills s`,
    )
    .all() as { id: Id; people: number; demandLines: number }[];
}
