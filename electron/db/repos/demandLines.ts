import type { Db } from '../open';
import type { DemandLine, Id, Priority, SkillRequirement } from '@shared/domain';

interface DemandLineRow {
  id: number;
  campaign_id: number;
  role_id: number | null;
  hours: number;
  start: string;
  end: string;
  priority: number;
  note: string;
  phase_id: number | null;
  max_people: number | null;
}

export type DemandLineFields = Omit<DemandLine, 'id'>;

export interface DemandLineFilter {
  ids?: Id[];
  campaignIds?: Id[];
  from?: string;
  to?: string;
}

const toParams = (f: DemandLineFields) => ({
  campaign_id: f.campaignId,
  role_id: f.roleId,
  hours: f.hours,
  start: f.start,
  end: f.end,
  priority: f.priority,
  note: f.note,
  phase_id: f.phaseId ?? null,
  max_people: f.maxPeople ?? null,
});

export function listDemandLines(db: Db, filter: DemandLineFilter = {}): DemandLine[] {
  const rows = db
    .prepare(
      `SELECT * FROM demand_lines
       WHERE (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids)))
         AND (@campaigns IS NULL OR campaign_id IN (SELECT value FROM json_each(@campaigns)))
         AND (@from IS NULL OR end >= @from) AND (@to IS NULL OR start <= @to)
       ORDER BY campaign_id, start, id`,
    )
    .all({
      ids: filter.ids ? JSON.stringify(filter.ids) : null,
      campaigns: filter.campaignIds ? JSON.stringify(filter.campaignIds) : null,
      from: filter.from ?? null,
      to: filter.to ?? null,
    }) as DemandLineRow[];
  const skills = new Map<number, SkillRequirement[]>();
  const skillRows = db.prepare('SELECT demand_line_id, skill_id, min_level FROM demand_line_skills ORDER BY skill_id').all() as {
    demand_line_id: number;
    skill_id: number;
    min_level: number;
  }[];
  for (const s of skillRows) {
    const list = skills.get(s.demand_line_id) ?? [];
    list.push({ skillId: s.skill_id, minLevel: s.min_level });
    skills.set(s.demand_line_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    campaignId: r.campaign_id,
    roleId: r.role_id,
    skills: skills.get(r.id) ?? [],
    hours: r.hours,
    start: r.start,
    end: r.end,
    priority: r.priority as Priority,
    note: r.note,
    phaseId: r.phase_id,
    maxPeople: r.max_people,
  }));
}

export function getDemandLine(db: Db, id: Id): DemandLine | undefined {
  return listDemandLines(db, { ids: [id] })[0];
}

function writeSkills(db: Db, id: Id, skills: SkillRequirement[]): void {
  db.prepare('DELETE FROM demand_line_skills WHERE demand_line_id = ?').run(id);
  const insert = db.prepare('INSERT INTO demand_line_skills (demand_line_id, skill_id, min_level) VALUES (?, ?, ?)');
  for (const s of skills) insert.run(id, s.skillId, s.minLevel);
}

/** Call inside a transaction. */
export function insertDemandLine(db: Db, f: DemandLineFields): Id {
  const id = Number(
    db
      .prepare('INSERT INTO demand_lines (campaign_id, role_id, hours, start, end, priority, note, phase_id, max_people) VALUES (@campaign_id, @role_id, @hours, @start, @end, @priority, @note, @phase_id, @max_people)')
      .run(toParams(f)).lastInsertRowid,
  );
  writeSkills(db, id, f.skills);
  return id;
}

/** Call inside a transaction. */
export function updateDemandLine(db: Db, id: Id, f: DemandLineFields): boolean {
  const changed =
    db
      .prepare(
        'UPDATE demand_lines SET campaign_id = @campaign_id, role_id = @role_id, hours = @hours, start = @start, end = @end, priority = @priority, note = @note WHERE id = @id',
      )
      .run({ ...toParams(f), id }).changes > 0; // phase_id and max_people stay: the phase owns them
  if (changed) writeSkills(db, id, f.skills);
  return changed;
}

export function deleteDemandLine(db: Db, id: Id): boolean {
  return db.prepare('DELETE FROM demand_lines WHERE id = ?').run(id).changes > 0;
}

export function deleteDemandLinesOfCampaign(db: Db, campaignId: Id): number {
  return db.prepare('DELETE FROM demand_lines WHERE campaign_id = ?').run(campaignId).changes;
}

/** Bulk insert of new lines and their skills, one prepared statement each (call inside a transaction). */
export function insertDemandLinesBatch(db: Db, list: DemandLineFields[]): Id[] {
  const insert = db.prepare('INSERT INTO demand_lines (campaign_id, role_id, hours, start, end, priority, note, phase_id, max_people) VALUES (@campaign_id, @role_id, @hours, @start, @end, @priority, @note, @phase_id, @max_people)');
  const skill = db.prepare('INSERT INTO demand_line_skills (demand_line_id, skill_id, min_level) VALUES (?, ?, ?)');
  return list.map((f) => {
    const id = Number(insert.run(toParams(f)).lastInsertRowid);
    for (const s of f.skills) skill.run(id, s.skillId, s.minLevel);
    return id;
  });
}

/** Moves the windows of a phase's lines to the phase's days (call inside a transaction). */
export function setPhaseLineWindows(db: Db, phaseId: Id, start: string, end: string): number {
  return db.prepare('UPDATE demand_lines SET start = ?, end = ? WHERE phase_id = ?').run(start, end, phaseId).changes;
}

/** Lines that no longer belong to a phase: plain campaign demand, with their windows, hours and limits (call inside a transaction). */
export function detachLinesFromPhase(db: Db, ids: readonly Id[]): void {
  db.prepare('UPDATE demand_lines SET phase_id = NULL WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(ids));
}

/** A renamed phase's lines that still carry its old name as their note take the new one (call inside a transaction). */
export function renamePhaseLineNotes(db: Db, phaseId: Id, from: string, to: string): void {
  db.prepare('UPDATE demand_lines SET note = ? WHERE phase_id = ? AND note = ?').run(to, phaseId, from);
}
