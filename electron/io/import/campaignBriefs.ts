// Brief columns on campaign rows: the requester, launch date asked for, objective, audience,
// channels (the studio's, by name), links and past results. Empty cells keep what the brief has.

import { briefRecord } from '@shared/contract/briefs';
import type { RowReader } from '@shared/io/rows';
import { quote } from '@shared/io/text';
import { textOf } from '@shared/io/values';
import { getBrief, listMarketingChannels, saveBrief } from '../../db/repos/briefs';
import type { Db } from '../../db/open';
import type { ImporterContext } from './types';

const TEXT_FIELDS = ['requester', 'objective', 'audience', 'history'] as const;
const BRIEF_COLUMNS = [...TEXT_FIELDS, 'requestedDate', 'channels', 'links'];
const listOf = (text: string, separator: RegExp) => text.split(separator).map((s) => s.trim()).filter(Boolean);

/** Writes a row's brief for its campaign (inside the import's transaction). */
export type BriefWrite = (db: Db, campaignId: number) => void;

/**
 * Reads a row's brief columns: undefined when the row gives none, null after recording a problem
 * on the row, else the write. The brief is checked whole, with the rules a saved one keeps.
 */
export function briefColumns(ctx: ImporterContext) {
  const channelIds = new Map(listMarketingChannels(ctx.db).map((c) => [c.name.toLowerCase(), c.id]));
  return (r: RowReader, campaignId: number | undefined): BriefWrite | null | undefined => {
    if (!BRIEF_COLUMNS.some((f) => r.has(f))) return undefined;
    const current = campaignId === undefined ? undefined : getBrief(ctx.db, campaignId);
    const given: Record<string, unknown> = {};
    for (const f of TEXT_FIELDS) if (r.has(f)) given[f] = textOf(r.cell(f));
    if (r.has('requestedDate')) given.requestedDate = r.date('requestedDate');
    if (r.has('links')) given.links = listOf(textOf(r.cell('links')), /[\s;]+/);
    if (r.has('channels')) {
      const names = listOf(textOf(r.cell('channels')), /[;,\n]/);
      const unknown = names.filter((n) => !channelIds.has(n.toLowerCase()));
      if (unknown.length) return r.fail('channels', `names ${unknown.map(quote).join(', ')}, which the studio's list of channels lacks; add ${unknown.length === 1 ? 'it' : 'them'} in Settings › Channels first`);
      given.channels = [...new Set(names.map((n) => channelIds.get(n.toLowerCase())!))];
    }
    if (r.failed) return null;
    const { updatedAt: _u, ...base } = current ?? { campaignId: 0, objective: '', audience: '', channels: [], kpis: [], requestedDate: null, requester: '', links: [], history: '', updatedAt: '' };
    const checked = briefRecord.safeParse({ ...base, ...given, campaignId: campaignId ?? 1 });
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return r.fail(String(issue.path[0]), issue.message.charAt(0).toLowerCase() + issue.message.slice(1));
    }
    return (db, id) => saveBrief(db, { ...checked.data, campaignId: id }, ctx.now);
  };
}
