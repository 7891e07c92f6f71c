import type { Id } from '@shared/domain';
import type { Retro, RetroAction, RetroSummary } from '@shared/contract';
import type { Db } from '../open';

interface RetroRow {
  id: number; campaign_id: number | null; campaign_name: string | null; start: string; end: string;
  title: string; worked: string; stalled: string; created_at: string; updated_at: string;
}
interface ActionRow {
  id: number; retro_id: number; retro_title: string; text: string; owner_id: number | null; owner_name: string | null; due: string | null; done: string | null;
}

const RETRO_SELECT = `SELECT r.*, c.name AS campaign_name FROM retros r LEFT JOIN campaigns c ON c.id = r.campaign_id`;
const ACTION_SELECT = `SELECT a.*, r.title AS retro_title, t.name AS owner_name FROM retro_actions a
  JOIN retros r ON r.id = a.retro_id LEFT JOIN talent t ON t.id = a.owner_id`;

const retroOf = (r: RetroRow): Retro => ({
  id: r.id, campaignId: r.campaign_id, campaignName: r.campaign_name, start: r.start, end: r.end,
  title: r.title, worked: r.worked, stalled: r.stalled, createdAt: r.created_at, updatedAt: r.updated_at,
});
const actionOf = (today: string) => (a: ActionRow): RetroAction => ({
  id: a.id, retroId: a.retro_id, retroTitle: a.retro_title, text: a.text, ownerId: a.owner_id, ownerName: a.owner_name,
  due: a.due, done: a.done, overdue: a.done === null && a.due !== null && a.due < today,
});

export function listRetros(db: Db): RetroSummary[] {
  const rows = db.prepare(`SELECT r.*, c.name AS campaign_name,
      (SELECT count(*) FROM retro_actions a WHERE a.retro_id = r.id) AS actions,
      (SELECT count(*) FROM retro_actions a WHERE a.retro_id = r.id AND a.done IS NULL) AS open_actions
    FROM retros r LEFT JOIN campaigns c ON c.id = r.campaign_id ORDER BY r.end DESC, r.id DESC`).all() as (RetroRow & { actions: number; open_actions: number })[];
  return rows.map((r) => ({ ...retroOf(r), actions: r.actions, openActions: r.open_actions }));
}

export function getRetro(db: Db, id: Id): Retro | undefined {
  const row = db.prepare(`${RETRO_SELECT} WHERE r.id = ?`).get(id) as RetroRow | undefined;
  return row ? retroOf(row) : undefined;
}

export type RetroFields = Pick<Retro, 'campaignId' | 'start' | 'end' | 'title' | 'worked' | 'stalled'>;

export function insertRetro(db: Db, f: RetroFields, at: string): Id {
  return Number(db.prepare(`INSERT INTO retros (campaign_id, start, end, title, worked, stalled, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(f.campaignId, f.start, f.end, f.title, f.worked, f.stalled, at, at).lastInsertRowid);
}

export function updateRetroNotes(db: Db, id: Id, f: Pick<Retro, 'title' | 'worked' | 'stalled'>, at: string): void {
  db.prepare('UPDATE retros SET title = ?, worked = ?, stalled = ?, updated_at = ? WHERE id = ?').run(f.title, f.worked, f.stalled, at, id);
}

export const deleteRetro = (db: Db, id: Id) => db.prepare('DELETE FROM retros WHERE id = ?').run(id).changes > 0;

/** A retrospective's actions (or, with `openOnly`, every action not done), soonest due first. */
export function listRetroActions(db: Db, today: string, filter: { retroId?: Id; id?: Id; openOnly?: boolean }): RetroAction[] {
  const rows = db.prepare(`${ACTION_SELECT}
    WHERE (@retro IS NULL OR a.retro_id = @retro) AND (@id IS NULL OR a.id = @id) AND (@open = 0 OR a.done IS NULL)
    ORDER BY a.done IS NOT NULL, a.due IS NULL, a.due, a.id`).all({ retro: filter.retroId ?? null, id: filter.id ?? null, open: filter.openOnly ? 1 : 0 }) as ActionRow[];
  return rows.map(actionOf(today));
}

export type ActionFields = Pick<RetroAction, 'text' | 'ownerId' | 'due' | 'done'>;

export function insertRetroAction(db: Db, retroId: Id, f: ActionFields): Id {
  return Number(db.prepare('INSERT INTO retro_actions (retro_id, text, owner_id, due, done) VALUES (?, ?, ?, ?, ?)').run(retroId, f.text, f.ownerId, f.due, f.done).lastInsertRowid);
}

export function updateRetroAction(db: Db, id: Id, f: ActionFields): void {
  db.prepare('UPDATE retro_actions SET text = ?, owner_id = ?, due = ?, done = ? WHERE id = ?').run(f.text, f.ownerId, f.due, f.done, id);
}

export const touchRetro = (db: Db, id: Id, at: string) => db.prepare('UPDATE retros SET updated_at = ? WHERE id = ?').run(at, id);
