// Campaign rows: matched by external id, then name.

import { CAMPAIGN_STATUS_WORDS, CAMPAIGN_STATUSES, type Campaign, type Priority } from '@shared/domain';
import type { RowReader } from '@shared/io/rows';
import { quote } from '@shared/io/text';
import { parseChoice, parseInteger, parseNumber, parsePercent, textOf } from '@shared/io/values';
import { insertCampaign, listCampaigns, updateCampaign, type CampaignFields } from '../../db/repos/campaigns';
import { briefColumns } from './campaignBriefs';
import { SeenKeys, type EntityImporter, type ImporterContext } from './types';

const STATUS_SYNONYMS: Record<string, (typeof CAMPAIGN_STATUSES)[number]> = {
  live: 'in_progress', active: 'in_progress', in_flight: 'in_progress', running: 'in_progress', won: 'confirmed', signed: 'confirmed',
  lead: 'pipeline', prospect: 'pipeline', proposal: 'pipeline', pitch: 'pipeline', complete: 'done', completed: 'done', closed: 'done', finished: 'done',
  canceled: 'cancelled', dead: 'lost', not_won: 'lost', declined: 'lost', pitch_lost: 'lost',
  hold: 'on_hold', paused: 'on_hold', parked: 'on_hold', on_ice: 'on_hold',
};

export function campaignImporter(ctx: ImporterContext): EntityImporter {
  const existing = listCampaigns(ctx.db);
  const byExternal = new Map(existing.filter((c) => c.externalId).map((c) => [c.externalId!, c]));
  const byName = new Map<string, Campaign[]>();
  for (const c of existing) byName.set(c.name.toLowerCase(), [...(byName.get(c.name.toLowerCase()) ?? []), c]);
  const seen = new SeenKeys();
  const briefOf = briefColumns(ctx);
  const text = (r: RowReader, field: string) => (r.has(field) ? textOf(r.cell(field)) : undefined);

  return {
    checkColumns: () => [],
    resolve(r) {
      const externalId = text(r, 'externalId');
      const name = text(r, 'name');
      if (!name) return r.fail('name', 'is required and is empty');
      let current: Campaign | undefined = externalId ? byExternal.get(externalId) : undefined;
      if (!current) {
        const named = byName.get(name.toLowerCase()) ?? [];
        if (named.length > 1 && !externalId) return r.fail('name', `${named.length} campaigns are called ${quote(name)}; add an external id column to say which`);
        const candidate = named[0];
        if (candidate && (!externalId || !candidate.externalId)) current = candidate;
      }
      for (const [kind, key] of [['external id', externalId], ['name', name]] as const) {
        const first = seen.check(kind, key, r.row);
        if (first !== null) return r.fail(null, `duplicates row ${first} (same ${kind} ${quote(key)})`);
      }
      const given: Partial<CampaignFields> = {
        externalId: externalId ?? undefined,
        name,
        client: text(r, 'client'),
        status: r.optional('status', (c) => parseChoice(c, CAMPAIGN_STATUSES, STATUS_SYNONYMS, CAMPAIGN_STATUS_WORDS), undefined),
        probability: r.optional('probability', parsePercent, undefined),
        priority: r.optional('priority', (c) => parseInteger(c, 'a priority', 1, 5), undefined) as Priority | undefined,
        budget: r.optional('budget', (c) => parseNumber(c, 'an amount', 0, 1e12), undefined),
        currency: text(r, 'currency')?.toUpperCase(),
        start: r.has('start') ? r.date('start') : current ? undefined : (r.fail('start', 'is required for a new campaign and is empty') ?? undefined),
        end: r.has('end') ? r.date('end') : current ? undefined : (r.fail('end', 'is required for a new campaign and is empty') ?? undefined),
        owner: text(r, 'owner'),
        colour: text(r, 'colour'),
        notes: text(r, 'notes'),
      };
      if (r.failed) return null;
      const base: CampaignFields = current
        ? (({ id: _id, ...rest }) => rest)(current)
        : { externalId: null, name, client: '', status: 'confirmed', probability: 100, priority: 3, budget: 0, currency: 'GBP', start: '', end: '', owner: '', colour: '#2563eb', notes: '' };
      const fields: CampaignFields = { ...base };
      for (const [key, value] of Object.entries(given)) if (value !== undefined) (fields as unknown as Record<string, unknown>)[key] = value;
      if (fields.end < fields.start) return r.fail('end', `must be on or after the start (${fields.start}); got ${fields.end}`);
      if (!/^[A-Z]{3}$/.test(fields.currency)) return r.fail('currency', `must be a three-letter currency code such as GBP; got ${quote(fields.currency)}`);
      if (!/^#[0-9a-fA-F]{6}$/.test(fields.colour)) return r.fail('colour', `must be a colour like #2563eb; got ${quote(fields.colour)}`);
      if (current) {
        const first = seen.check('id', String(current.id), r.row);
        if (first !== null) return r.fail(null, `updates the same campaign as row ${first} (${current.name})`);
      }
      const id = current?.id;
      const brief = briefOf(r, id);
      if (brief === null) return null;
      return {
        row: r.row,
        action: id ? 'update' : 'create',
        label: fields.name,
        write: (db) => {
          const written = id ?? insertCampaign(db, fields);
          if (id) updateCampaign(db, id, fields);
          brief?.(db, written);
        },
      };
    },
  };
}
