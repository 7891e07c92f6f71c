import type { Brief, IntakeRow, Kpi, MarketingChannel } from '@shared/contract';
import type { BriefForExport } from '@shared/io/plan/briefs';
import type { CampaignStatus, Id, Priority } from '@shared/domain';
import type { Db } from '../open';

// Briefs and the marketing channels they name. KPIs and links are JSON arrays in the brief's row.

interface BriefRow {
  campaign_id: number;
  objective: string;
  audience: string;
  requested_date: string | null;
  requester: string;
  kpis: string;
  links: string;
  history: string;
  updated_at: string;
  channels: string | null;
}

export type BriefFields = Omit<Brief, 'updatedAt'>;

const BRIEF_SELECT = `SELECT b.*, (SELECT json_group_array(channel_id) FROM (SELECT channel_id FROM brief_channels c WHERE c.campaign_id = b.campaign_id ORDER BY position)) AS channels FROM briefs b`;

const toBrief = (r: BriefRow): Brief => ({
  campaignId: r.campaign_id,
  objective: r.objective,
  audience: r.audience,
  channels: JSON.parse(r.channels ?? '[]') as Id[],
  kpis: JSON.parse(r.kpis) as Kpi[],
  requestedDate: r.requested_date,
  requester: r.requester,
  links: JSON.parse(r.links) as string[],
  history: r.history,
  updatedAt: r.updated_at,
});

export function getBrief(db: Db, campaignId: Id): Brief | undefined {
  const row = db.prepare(`${BRIEF_SELECT} WHERE b.campaign_id = ?`).get(campaignId) as BriefRow | undefined;
  return row && toBrief(row);
}

/** The briefs of the given campaigns (all briefs when `campaignIds` is absent). */
export function listBriefs(db: Db, campaignIds?: Id[]): Brief[] {
  if (!campaignIds) return (db.prepare(`${BRIEF_SELECT} ORDER BY b.campaign_id`).all() as BriefRow[]).map(toBrief);
  const wanted = new Set(campaignIds);
  return listBriefs(db).filter((b) => wanted.has(b.campaignId));
}

/** Writes a brief whole (call inside one recorded change): its row, then its channels in order. */
export function saveBrief(db: Db, brief: BriefFields, now: string): void {
  db.prepare(
    `INSERT INTO briefs (campaign_id, objective, audience, requested_date, requester, kpis, links, history, updated_at)
     VALUES (@campaignId, @objective, @audience, @requestedDate, @requester, @kpis, @links, @history, @now)
     ON CONFLICT (campaign_id) DO UPDATE SET objective = excluded.objective, audience = excluded.audience, requested_date = excluded.requested_date,
       requester = excluded.requester, kpis = excluded.kpis, links = excluded.links, history = excluded.history, updated_at = excluded.updated_at`,
  ).run({ ...brief, kpis: JSON.stringify(brief.kpis), links: JSON.stringify(brief.links), now });
  const current = db.prepare('SELECT channel_id AS id, position FROM brief_channels WHERE campaign_id = ?').all(brief.campaignId) as { id: number; position: number }[];
  // Only the rows that differ are written, so the undo log holds what the save changed and no more.
  const wanted = new Map(brief.channels.map((id, position) => [id, position]));
  const remove = db.prepare('DELETE FROM brief_channels WHERE campaign_id = ? AND channel_id = ?');
  for (const c of current) if (!wanted.has(c.id)) remove.run(brief.campaignId, c.id);
  const upsert = db.prepare(
    'INSERT INTO brief_channels (campaign_id, channel_id, position) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET position = excluded.position WHERE position <> excluded.position',
  );
  for (const [id, position] of wanted) upsert.run(brief.campaignId, id, position);
}

/** Every brief with its campaign's name, client and status and its channels' names, for files and reports. */
export function briefsForExport(db: Db, campaignIds?: Id[]): BriefForExport[] {
  const campaigns = new Map(
    (db.prepare('SELECT c.id, c.name, c.client, c.status FROM campaigns c JOIN briefs b ON b.campaign_id = c.id').all() as { id: number; name: string; client: string; status: CampaignStatus }[]).map((c) => [c.id, c]),
  );
  const channelNames = new Map((db.prepare('SELECT id, name FROM marketing_channels').all() as { id: number; name: string }[]).map((c) => [c.id, c.name]));
  return listBriefs(db, campaignIds).flatMap((b) => {
    const c = campaigns.get(b.campaignId);
    if (!c) return [];
    return [{
      campaignId: b.campaignId, campaignName: c.name, client: c.client, status: c.status, requester: b.requester, requestedDate: b.requestedDate,
      channels: b.channels.map((id) => channelNames.get(id) ?? ''), objective: b.objective, audience: b.audience, kpis: b.kpis, links: b.links, history: b.history,
    }];
  });
}

export function deleteBrief(db: Db, campaignId: Id): boolean {
  db.prepare('DELETE FROM brief_channels WHERE campaign_id = ?').run(campaignId);
  return db.prepare('DELETE FROM briefs WHERE campaign_id = ?').run(campaignId).changes > 0;
}

interface IntakeDbRow {
  id: number;
  name: string;
  client: string;
  status: CampaignStatus;
  priority: number;
  probability: number;
  start: string;
  end: string;
  requester: string | null;
  requested_date: string | null;
  channels: string;
  demand: number;
  has_brief: number;
}

/** Campaigns of the given statuses with their brief's intake facts; sorted by requested date (none last), priority, name. */
export function intakeRows(db: Db, statuses: CampaignStatus[]): IntakeRow[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.name, c.client, c.status, c.priority, c.probability, c.start, c."end", b.requester, b.requested_date,
              b.campaign_id IS NOT NULL AS has_brief,
              (SELECT json_group_array(name) FROM (SELECT m.name FROM brief_channels bc JOIN marketing_channels m ON m.id = bc.channel_id
                 WHERE bc.campaign_id = c.id ORDER BY bc.position)) AS channels,
              coalesce((SELECT sum(hours) FROM demand_lines d WHERE d.campaign_id = c.id), 0) AS demand
       FROM campaigns c LEFT JOIN briefs b ON b.campaign_id = c.id
       WHERE c.status IN (SELECT value FROM json_each(?))
       ORDER BY b.requested_date IS NULL, b.requested_date, c.priority, c.name COLLATE NOCASE, c.id`,
    )
    .all(JSON.stringify(statuses)) as IntakeDbRow[];
  return rows.map((r) => ({
    campaignId: r.id, name: r.name, client: r.client, status: r.status, priority: r.priority as Priority, probability: r.probability,
    start: r.start, end: r.end, requester: r.requester ?? '', requestedDate: r.requested_date, channels: JSON.parse(r.channels) as string[],
    demandHours: r.demand, hasBrief: r.has_brief === 1,
  }));
}

// The managed list of marketing channels.

export function listMarketingChannels(db: Db): MarketingChannel[] {
  return db
    .prepare('SELECT m.id, m.name, (SELECT count(*) FROM brief_channels b WHERE b.channel_id = m.id) AS briefs FROM marketing_channels m ORDER BY m.name COLLATE NOCASE')
    .all() as MarketingChannel[];
}

export function getMarketingChannel(db: Db, id: Id): MarketingChannel | undefined {
  return db.prepare('SELECT m.id, m.name, (SELECT count(*) FROM brief_channels b WHERE b.channel_id = m.id) AS briefs FROM marketing_channels m WHERE m.id = ?').get(id) as
    | MarketingChannel
    | undefined;
}

export function findMarketingChannelByName(db: Db, name: string): MarketingChannel | undefined {
  const row = db.prepare('SELECT id FROM marketing_channels WHERE name = ? COLLATE NOCASE').get(name) as { id: number } | undefined;
  return row && getMarketingChannel(db, row.id);
}

export function insertMarketingChannel(db: Db, name: string): Id {
  return Number(db.prepare('INSERT INTO marketing_channels (name) VALUES (?)').run(name).lastInsertRowid);
}

export function renameMarketingChannel(db: Db, id: Id, name: string): void {
  db.prepare('UPDATE marketing_channels SET name = ? WHERE id = ?').run(name, id);
}

/** Takes a channel off every brief, then deletes it (call inside one recorded change). */
export function deleteMarketingChannel(db: Db, id: Id): void {
  db.prepare('DELETE FROM brief_channels WHERE channel_id = ?').run(id);
  db.prepare('DELETE FROM marketing_channels WHERE id = ?').run(id);
}

/** Briefs that name `fromId` name `intoId` instead (once, where the first was); then `fromId` is deleted. */
export function mergeMarketingChannel(db: Db, fromId: Id, intoId: Id): void {
  db.prepare(
    `INSERT INTO brief_channels (campaign_id, channel_id, position)
     SELECT campaign_id, @intoId, position FROM brief_channels WHERE channel_id = @fromId
     AND campaign_id NOT IN (SELECT campaign_id FROM brief_channels WHERE channel_id = @intoId)`,
  ).run({ fromId, intoId });
  deleteMarketingChannel(db, fromId);
}
