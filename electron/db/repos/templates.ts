import type { Db } from '../open';
import type { Id } from '@shared/domain';
import type { Template, TemplateFields, TemplatePhase } from '@shared/contract';

interface PhaseRow {
  id: number;
  template_id: number;
  position: number;
  name: string;
  duration_days: number;
  handoff_role_id: number | null;
  handoff_talent_id: number | null;
  handoff_sla_days: number | null;
}

export function listTemplates(db: Db, ids?: Id[]): Template[] {
  const filter = ids ? JSON.stringify(ids) : null;
  const templates = db
    .prepare('SELECT id, name, description FROM templates WHERE (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids))) ORDER BY name COLLATE NOCASE, id')
    .all({ ids: filter }) as { id: number; name: string; description: string }[];
  const phases = db
    .prepare('SELECT * FROM template_phases WHERE (@ids IS NULL OR template_id IN (SELECT value FROM json_each(@ids))) ORDER BY template_id, position')
    .all({ ids: filter }) as PhaseRow[];
  const position = new Map(phases.map((p) => [p.id, p.position]));
  const byPhase = new Map<number, TemplatePhase>();
  const byTemplate = new Map<number, TemplatePhase[]>();
  for (const p of phases) {
    const phase: TemplatePhase = {
      id: p.id, name: p.name, durationDays: p.duration_days, dependsOn: [], roles: [],
      handoffRoleId: p.handoff_role_id, handoffTalentId: p.handoff_talent_id, handoffSlaDays: p.handoff_sla_days,
    };
    byPhase.set(p.id, phase);
    byTemplate.set(p.template_id, [...(byTemplate.get(p.template_id) ?? []), phase]);
  }
  const deps = db.prepare('SELECT phase_id, depends_on_id FROM template_phase_deps ORDER BY phase_id, depends_on_id').all() as { phase_id: number; depends_on_id: number }[];
  for (const d of deps) byPhase.get(d.phase_id)?.dependsOn.push(position.get(d.depends_on_id)!);
  for (const p of byPhase.values()) p.dependsOn.sort((a, b) => a - b);
  const roles = db.prepare('SELECT id, phase_id, role_id, hours, max_people FROM template_phase_roles ORDER BY phase_id, id').all() as {
    id: number; phase_id: number; role_id: number; hours: number; max_people: number | null;
  }[];
  const skills = db.prepare('SELECT phase_role_id, skill_id, min_level FROM template_phase_role_skills ORDER BY skill_id').all() as {
    phase_role_id: number; skill_id: number; min_level: number;
  }[];
  for (const r of roles) {
    byPhase.get(r.phase_id)?.roles.push({
      roleId: r.role_id, hours: r.hours, maxPeople: r.max_people,
      skills: skills.filter((s) => s.phase_role_id === r.id).map((s) => ({ skillId: s.skill_id, minLevel: s.min_level })),
    });
  }
  return templates.map((t) => ({ ...t, phases: byTemplate.get(t.id) ?? [] }));
}

export const getTemplate = (db: Db, id: Id): Template | undefined => listTemplates(db, [id])[0];

/** Deletes a template's phases with their dependencies, roles and skills (call inside a transaction). */
function deletePhases(db: Db, templateId: Id): void {
  const phases = `(SELECT id FROM template_phases WHERE template_id = ?)`;
  db.prepare(`DELETE FROM template_phase_role_skills WHERE phase_role_id IN (SELECT id FROM template_phase_roles WHERE phase_id IN ${phases})`).run(templateId);
  db.prepare(`DELETE FROM template_phase_roles WHERE phase_id IN ${phases}`).run(templateId);
  db.prepare(`DELETE FROM template_phase_deps WHERE phase_id IN ${phases}`).run(templateId);
  db.prepare('DELETE FROM template_phases WHERE template_id = ?').run(templateId);
}

/** Writes a template's phases anew (call inside a transaction). */
function writePhases(db: Db, templateId: Id, phases: TemplateFields['phases']): void {
  const insertPhase = db.prepare(
    `INSERT INTO template_phases (template_id, position, name, duration_days, handoff_role_id, handoff_talent_id, handoff_sla_days)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertDep = db.prepare('INSERT INTO template_phase_deps (phase_id, depends_on_id) VALUES (?, ?)');
  const insertRole = db.prepare('INSERT INTO template_phase_roles (phase_id, role_id, hours, max_people) VALUES (?, ?, ?, ?)');
  const insertSkill = db.prepare('INSERT INTO template_phase_role_skills (phase_role_id, skill_id, min_level) VALUES (?, ?, ?)');
  const ids = phases.map((p, i) =>
    Number(insertPhase.run(templateId, i, p.name, p.durationDays, p.handoffRoleId, p.handoffTalentId, p.handoffSlaDays).lastInsertRowid),
  );
  phases.forEach((p, i) => {
    for (const d of p.dependsOn) insertDep.run(ids[i], ids[d]);
    for (const r of p.roles) {
      const roleId = Number(insertRole.run(ids[i], r.roleId, r.hours, r.maxPeople).lastInsertRowid);
      for (const s of r.skills) insertSkill.run(roleId, s.skillId, s.minLevel);
    }
  });
}

/** Call inside a transaction. */
export function insertTemplate(db: Db, f: TemplateFields): Id {
  const id = Number(db.prepare('INSERT INTO templates (name, description) VALUES (?, ?)').run(f.name, f.description).lastInsertRowid);
  writePhases(db, id, f.phases);
  return id;
}

/** Replaces the template's fields and phases (call inside a transaction). */
export function updateTemplate(db: Db, id: Id, f: TemplateFields): void {
  db.prepare('UPDATE templates SET name = ?, description = ? WHERE id = ?').run(f.name, f.description, id);
  deletePhases(db, id);
  writePhases(db, id, f.phases);
}

/** Call inside a transaction. */
export function deleteTemplate(db: Db, id: Id): void {
  deletePhases(db, id);
  db.prepare('DELETE FROM templates WHERE id = ?').run(id);
}
