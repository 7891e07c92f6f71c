import type { Db } from '../open';
import type { Campaign, CampaignStatus, Id, Priority } from '@shared/domain';

interface CampaignRow {
  id: number;
  external_id: string | null;
  name: string;
  client: string;
  status: CampaignStatus;
  probability: number;
  priority: number;
  budget: number;
  currency: string;
  start: string;
  end: string;
  owner: string;
  colour: string;
  notes: string;
}

export type CampaignFields = Omit<Campaign, 'id'>;

export interface CampaignFilter {
  ids?: Id[];
  statuses?: CampaignStatus[];
  client?: string;
  /** Campaigns whose dates overlap [from, to]. */
  from?: string;
  to?: string;
  text?: string;
}

const toCampaign = (r: CampaignRow): Campaign => ({
  id: r.id,
  externalId: r.external_id,
  name: r.name,
  client: r.client,
  status: r.status,
  probability: r.probability,
  priority: r.priority as Priority,
  budget: r.budget,
  currency: r.currency,
  start: r.start,
  end: r.end,
  owner: r.owner,
  colour: r.colour,
  notes: r.notes,
});

const toParams = (f: CampaignFields) => ({
  external_id: f.externalId,
  name: f.name,
  client: f.client,
  status: f.status,
  probability: f.probability,
  priority: f.priority,
  budget: f.budget,
  currency: f.currency,
  start: f.start,
  end: f.end,
  owner: f.owner,
  colour: f.colour,
  notes: f.notes,
});

const like = (text: string) => `%${text.trim().replace(/[\\%_]/g, (c) => '\\' + c)}%`;

export function listCampaigns(db: Db, filter: CampaignFilter = {}): Campaign[] {
  const rows = db
    .prepare(
      `SELECT * FROM campaigns
       WHERE (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids)))
         AND (@statuses IS NULL OR status IN (SELECT value FROM json_each(@statuses)))
         AND (@client IS NULL OR client = @client COLLATE NOCASE)
         AND (@from IS NULL OR end >= @from) AND (@to IS NULL OR start <= @to)
         AND (@text IS NULL OR name LIKE @text ESCAPE '\\' OR client LIKE @text ESCAPE '\\' OR owner LIKE @text ESCAPE '\\')
       ORDER BY start, name COLLATE NOCASE, id`,
    )
    .all({
      ids: filter.ids ? JSON.stringify(filter.ids) : null,
      statuses: filter.statuses?.length ? JSON.stringify(filter.statuses) : null,
      client: filter.client || null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      text: filter.text?.trim() ? like(filter.text) : null,
    }) as CampaignRow[];
  return rows.map(toCampaign);
}

export function getCampaign(db: Db, id: Id): Campaign | undefined {
  const row = db.prepare('SELECT * FROM campaigns WHERE id = ?').get(id) as CampaignRow | undefined;
  return row && toCampaign(row);
}

export function findCampaignByExternalId(db: Db, externalId: string): Campaign | undefined {
  const row = db.prepare('SELECT * FROM campaigns WHERE external_id = ?').get(externalId) as CampaignRow | undefined;
  return row && toCampaign(row);
}

export function findCampaignByName(db: Db, name: string): Campaign | undefined {
  const row = db.prepare('SELECT * FROM campaigns WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1').get(name) as CampaignRow | undefined;
  return row && toCampaign(row);
}

export function insertCampaign(db: Db, f: CampaignFields): Id {
  return Number(
    db
      .prepare(
        `INSERT INTO campaigns (external_id, name, client, status, probability, priority, budget, currency, start, end, owner, colour, notes)
         VALUES (@external_id, @name, @client, @status, @probability, @priority, @budget, @currency, @start, @end, @owner, @colour, @notes)`,
      )
      .run(toParams(f)).lastInsertRowid,
  );
}

export function updateCampaign(db: Db, id: Id, f: CampaignFields): boolean {
  return (
    db
      .prepare(
        `UPDATE campaigns SET external_id = @external_id, name = @name, client = @client, status = @status, probability = @probability,
           priority = @priority, budget = @budget, currency = @currency, start = @start, end = @end, owner = @owner, colour = @colour,
           notes = @notes WHERE id = @id`,
      )
      .run({ ...toParams(f), id }).changes > 0
  );
}

export function deleteCampaign(db: Db, id: Id): boolean {
  return db.prepare('DELETE FROM campaigns WHERE id = ?').run(id).changes > 0;
}

export function listClients(db: Db): string[] {
  return (db.prepare("SELECT DISTINCT client FROM campaigns WHERE client <> '' ORDER BY client COLLATE NOCASE").all() as { client: string }[]).map(
    (r) => r.client,
  );
}
