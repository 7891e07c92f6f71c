import { z } from 'zod';
import type { CampaignStatus, Id, IsoDate, Priority } from '../domain';
import { channel } from './channel';
import type { ListDeleteImpact } from './lists';
import { id, idInput, isoDate, name, none, patchOf } from './schemas';

// Briefs: what marketing asks for when a campaign comes in, and the studio's list of marketing channels.

/** How much one brief may hold (README, "Briefs"). */
export const BRIEF_LIMITS = { text: 4000, history: 10_000, person: 200, kpis: 20, links: 20, link: 2000, channels: 30, unit: 40 } as const;

/** An HTML tag: a brief is plain text, so one is refused (README "Briefs"); "a < b" or "<3" are not tags. */
const HTML_TAG = /<\/?[a-z][^<>]*>/gi;

/** "Remove the HTML tags (<b>, </b>); briefs are plain text", or null when there are none. */
export function htmlTagsMessage(s: string): string | null {
  const tags = [...new Set(s.match(HTML_TAG) ?? [])];
  if (tags.length === 0) return null;
  const shown = tags.slice(0, 2).map((t) => (t.length > 24 ? `${t.slice(0, 23)}…` : t));
  return `Remove the HTML tags (${shown.join(', ')}${tags.length > 2 ? ', …' : ''}); briefs are plain text`;
}

const plain = <T extends z.ZodType<string>>(schema: T) =>
  schema.superRefine((s, ctx) => {
    const message = htmlTagsMessage(s);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

const text = (max: number) => plain(z.string().trim().max(max, `At most ${max.toLocaleString('en-GB')} characters`));

const kpi = z
  .object({
    name: plain(name),
    target: z.number({ error: 'Enter a number' }).finite('Enter a number').min(-1e12, 'Too small').max(1e12, 'Too large'),
    unit: text(BRIEF_LIMITS.unit).default(''),
  })
  .strict();

/** A link is kept as text: the app never opens it, so it is only checked to be one line of sensible length. */
const link = z
  .string()
  .trim()
  .min(1, 'Enter the link, or remove the row')
  .max(BRIEF_LIMITS.link, `A link is at most ${BRIEF_LIMITS.link.toLocaleString('en-GB')} characters`)
  .refine((s) => ![...s].some((ch) => /\s/.test(ch) || ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127), 'A link is one line with no spaces');

/** A whole brief, as saved (also checks a brief an import builds). */
export const briefRecord = z
  .object({
    campaignId: id,
    objective: text(BRIEF_LIMITS.text).default(''),
    audience: text(BRIEF_LIMITS.text).default(''),
    channels: z.array(id).max(BRIEF_LIMITS.channels, `At most ${BRIEF_LIMITS.channels} channels`).default([]),
    kpis: z.array(kpi).max(BRIEF_LIMITS.kpis, `At most ${BRIEF_LIMITS.kpis} KPIs`).default([]),
    requestedDate: isoDate.nullable().default(null),
    requester: text(BRIEF_LIMITS.person).default(''),
    links: z.array(link).max(BRIEF_LIMITS.links, `At most ${BRIEF_LIMITS.links} links`).default([]),
    history: text(BRIEF_LIMITS.history).default(''),
  })
  .strict()
  .superRefine((b, ctx) => {
    const seen = new Set<number>();
    b.channels.forEach((c, i) => {
      if (seen.has(c)) ctx.addIssue({ code: 'custom', path: ['channels', i], message: 'This channel is listed twice' });
      seen.add(c);
    });
  });

export interface Kpi {
  name: string;
  target: number;
  unit: string;
}

export interface Brief {
  campaignId: Id;
  objective: string;
  audience: string;
  /** Marketing channel ids, in the order the brief lists them. */
  channels: Id[];
  kpis: Kpi[];
  requestedDate: IsoDate | null;
  requester: string;
  /** URLs as text: shown, never opened. */
  links: string[];
  /** What similar campaigns achieved before (free text). */
  history: string;
  updatedAt: string;
}

/** A brief in words (channels by name), as files and snapshots keep it. */
export interface BriefInWords {
  requester: string;
  requestedDate: IsoDate | null;
  channels: string[];
  objective: string;
  audience: string;
  kpis: Kpi[];
  links: string[];
  history: string;
}

export interface MarketingChannel {
  id: Id;
  name: string;
  /** How many briefs name it. */
  briefs: number;
}

/** A pipeline campaign as the intake list shows it. */
export interface IntakeRow {
  campaignId: Id;
  name: string;
  client: string;
  status: CampaignStatus;
  priority: Priority;
  probability: number;
  start: IsoDate;
  end: IsoDate;
  requester: string;
  requestedDate: IsoDate | null;
  channels: string[];
  demandHours: number;
  hasBrief: boolean;
}

const channelFields = z.object({ name }).strict();
const merge = z
  .object({ fromId: id, intoId: id })
  .strict()
  .refine((m) => m.fromId !== m.intoId, { path: ['intoId'], message: 'Choose another one to merge into' });

export const briefChannels = {
  /** The campaign's brief, or null when it has none yet. */
  'briefs:get': channel<Brief | null>()(z.object({ campaignId: id }).strict()),
  /** Writes the whole brief (a new one or a replacement): one undoable step. */
  'briefs:save': channel<Brief>()(briefRecord),
  'briefs:delete': channel<void>()(z.object({ campaignId: id }).strict()),
  /** Pipeline campaigns, soonest requested date first (none last), then most important, then by name. */
  'briefs:intake': channel<IntakeRow[]>()(none),

  'marketingChannels:list': channel<MarketingChannel[]>()(none),
  'marketingChannels:create': channel<MarketingChannel>()(channelFields),
  'marketingChannels:update': channel<MarketingChannel>()(patchOf(channelFields)),
  'marketingChannels:delete': channel<void>()(idInput),
  'marketingChannels:merge': channel<{ label: string }>()(merge),
  'marketingChannels:deleteImpact': channel<ListDeleteImpact>()(idInput),
};
