import type { Db } from '../open';
import type { Id } from '@shared/domain';
import type { CampaignPhase } from '@shared/contract';

interface PhaseRow {
  id: number;
  campaign_id: number;
  position: number;
  name: string;
  start: string;
  end: string;
  handoff_role_id: number | null;
  handoff_talent_id: number | null;
  handoff_sla_days: number | null;
  handoff_planned: string | null;
  handoff_done: string | null;
}

export type CampaignPhaseFields = Omit<CampaignPhase, 'id' | 'dependsOn'>;

/** The phases of the given campaigns (all when none), in their order. */
export function listCampaignPhases(db: Db, filter: { campaignIds?: Id[]; ids?: Id[] } = {}): CampaignPhase[] {
  const rows = db
    .prepare(
      `SELECT * FROM campaign_phases
       WHERE (@campaigns IS NULL OR campaign_id IN (SELECT value FROM json_each(@campaigns)))
         AND (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids)))
       ORDER BY campaign_id, position, id`,
    )
    .all({ campaigns: filter.campaignIds ? JSON.stringify(filter.campaignIds) : null, ids: filter.ids ? JSON.stringify(filter.ids) : null }) as PhaseRow[];
  const deps = new Map<number, number[]>();
  const depRows = db
    .prepare(`SELECT phase_id, depends_on_id FROM campaign_phase_deps WHERE phase_id IN (SELECT value FROM json_each(?)) ORDER BY depends_on_id`)
    .all(JSON.stringify(rows.map((r) => r.id))) as { phase_id: number; depends_on_id: number }[];
  for (const d of depRows) deps.set(d.phase_id, [...(deps.get(d.phase_id) ?? []), d.depends_on_id]);
  return rows.map((r) => ({
    id: r.id, campaignId: r.campaign_id, position: r.position, name: r.name, start: r.start, end: r.end,
    dependsOn: deps.get(r.id) ?? [],
    handoffRoleId: r.handoff_role_id, handoffTalentId: r.handoff_talent_id, handoffSlaDays: r.handoff_sla_days,
    handoffPlanned: r.handoff_planned, handoffDone: r.handoff_done,
  }));
}

export const getCampaignPhase = (db: Db, id: Id): CampaignPhase | undefined => listCampaignPhases(db, { ids: [id] })[0];

/** Inserts phases in order; `dependsOn` holds positions in the list (call inside a transaction). */
export function insertCampaignPhases(db: Db, phases: (CampaignPhaseFields & { dependsOn: number[] })[]): Id[] {
  const insert = db.prepare(
    `INSERT INTO campaign_phases (campaign_id, position, name, start, end, handoff_role_id, handoff_talent_id, handoff_sla_days, handoff_planned, handoff_done)
     VALUES (@campaignId, @position, @name, @start, @end, @handoffRoleId, @handoffTalentId, @handoffSlaDays, @handoffPlanned, @handoffDone)`,
  );
  const dep = db.prepare('INSERT INTO campaign_phase_deps (phase_id, depends_on_id) VALUES (?, ?)');
  const ids = phases.map(({ dependsOn: _d, ...p }) => Number(insert.run(p).lastInsertRowid));
  phases.forEach((p, i) => p.dependsOn.forEach((d) => dep.run(ids[i], ids[d])));
  return ids;
}

/** Sets a phase's days and its planned handoff (call inside a transaction). */
export function setPhaseDates(db: Db, id: Id, start: string, end: string, handoffPlanned: string | null): void {
  db.prepare('UPDATE campaign_phases SET start = ?, end = ?, handoff_planned = ? WHERE id = ?').run(start, end, handoffPlanned, id);
}

export function setHandoffDone(db: Db, id: Id, done: string | null): void {
  db.prepare('UPDATE campaign_phases SET handoff_done = ? WHERE id = ?').run(done, id);
}

/** Deletes a campaign's phases; its demand lines must be gone or detached first (call inside a transaction). */
export function deletePhasesOfCampaign(db: Db, campaignId: Id): void {
  db.prepare('UPDATE demand_lines SET phase_id = NULL WHERE campaign_id = ? AND phase_id IS NOT NULL').run(campaignId);
  db.prepare('DELETE FROM campaign_phase_deps WHERE phase_id IN (SELECT id FROM campaign_phases WHERE campaign_id = ?)').run(campaignId);
  db.prepare('DELETE FROM campaign_phases WHERE campaign_id = ?').run(campaignId);
}

/** A person about to be deleted receives no handoffs any more, in templates or campaigns (call inside a transaction). */
export function clearHandoffsTo(db: Db, talentId: Id): void {
  db.prepare('UPDATE template_phases SET handoff_talent_id = NULL, handoff_sla_days = NULL WHERE handoff_talent_id = ?').run(talentId);
  db.prepare('UPDATE campaign_phases SET handoff_talent_id = NULL, handoff_sla_days = NULL, handoff_planned = NULL WHERE handoff_talent_id = ?').run(talentId);
}

/** Sets what a phase waits for (call inside a transaction). */
export function setPhaseDeps(db: Db, id: Id, dependsOn: readonly Id[]): void {
  db.prepare('DELETE FROM campaign_phase_deps WHERE phase_id = ?').run(id);
  const dep = db.prepare('INSERT INTO campaign_phase_deps (phase_id, depends_on_id) VALUES (?, ?)');
  for (const d of dependsOn) dep.run(id, d);
}

/** Sets who receives a phase's work and when (call inside a transaction); a phase with no handoff has no planned or done day. */
export function setPhaseHandoff(db: Db, id: Id, h: { roleId: Id | null; talentId: Id | null; slaDays: number | null; planned: string | null }): void {
  const none = h.roleId === null && h.talentId === null;
  db.prepare('UPDATE campaign_phases SET handoff_role_id = ?, handoff_talent_id = ?, handoff_sla_days = ?, handoff_planned = ?, handoff_done = CASE WHEN ? THEN NULL ELSE handoff_done END WHERE id = ?')
    .run(h.roleId, h.talentId, none ? null : h.slaDays, none ? null : h.planned, none ? 1 : 0, id);
}

export function setPhaseName(db: Db, id: Id, name: string): void {
  db.prepare('UPDATE campaign_phases SET name = ? WHERE id = ?').run(name, id);
}

/** Makes room at `position` in a campaign's phase order (call inside a transaction). */
export function openPhasePosition(db: Db, campaignId: Id, position: number): void {
  db.prepare('UPDATE campaign_phases SET position = position + 1 WHERE campaign_id = ? AND position >= ?').run(campaignId, position);
}

/** Deletes one phase, its dependencies both ways, and its handoff; its lines must be gone or detached first (call inside a transaction). */
export function deleteCampaignPhase(db: Db, id: Id): void {
  db.prepare('DELETE FROM campaign_phase_deps WHERE phase_id = ? OR depends_on_id = ?').run(id, id);
  db.prepare('DELETE FROM campaign_phases WHERE id = ?').run(id);
}
