import type { Database } from 'better-sqlite3';

/**
 * Briefs: what marketing asks for when a campaign comes in. One brief per campaign (its KPIs and
 * links are small JSON arrays of the row, so a save is one row and one undo step), the studio's
 * managed list of marketing channels, and which channels each brief names.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE marketing_channels (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 200)
    ) STRICT;

    CREATE TABLE briefs (
      campaign_id INTEGER PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,
      objective TEXT NOT NULL DEFAULT '',
      audience TEXT NOT NULL DEFAULT '',
      requested_date TEXT,
      requester TEXT NOT NULL DEFAULT '',
      kpis TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(kpis) AND json_type(kpis) = 'array'),
      links TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(links) AND json_type(links) = 'array'),
      history TEXT NOT NULL DEFAULT '',
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX briefs_requested ON briefs(requested_date);

    CREATE TABLE brief_channels (
      campaign_id INTEGER NOT NULL REFERENCES briefs(campaign_id) ON DELETE CASCADE,
      channel_id INTEGER NOT NULL REFERENCES marketing_channels(id) ON DELETE RESTRICT,
      position INTEGER NOT NULL,
      PRIMARY KEY (campaign_id, channel_id)
    ) STRICT;
    CREATE INDEX brief_channels_channel ON brief_channels(channel_id);
  `);
}
