import type { Campaign, CampaignStatus, DemandLine, Priority, SkillRequirement } from '@shared/domain';
import { CAMPAIGN_COLOURS, ROLES, STUDIO } from './catalogue';
import { isoFromDay, weekdayOnOrAfter } from '@shared/dates';
import { CAMPAIGN_THEMES, CLIENTS } from './names';
import type { Random } from './random';
import type { Horizon } from './types';

export interface GeneratedCampaigns {
  campaigns: Campaign[];
  demandLines: DemandLine[];
}

const STATUS_SHARES: [CampaignStatus, number][] = [['done', 0.13], ['cancelled', 0.07], ['in_progress', 0.28], ['confirmed', 0.24], ['pipeline', 0.28]];
const HOURLY = { GBP: 115, USD: 145, EUR: 130 } as const;
const NOTES: Record<CampaignStatus, string[]> = {
  pipeline: ['Proposal sent; waiting on the client’s budget sign-off.', 'Pitch in progress.', 'Scope still being agreed.'],
  confirmed: ['PO received.', 'Kick-off booked.', ''],
  in_progress: ['Weekly status call on Tuesdays.', '', 'Client feedback rounds are slow; keep a buffer.'],
  on_hold: ['Client paused the project until their reorganisation settles.'],
  done: ['Delivered; wrap report sent.', ''],
  lost: ['Client went with another agency.'],
  cancelled: ['Client dropped the brief.', 'Budget moved to next year.'],
};

const clampP = (n: number) => Math.min(5, Math.max(1, Math.round(n))) as Priority;

/** The statuses for `count` non-internal campaigns, in proportion, shuffled. */
function statusesFor(rng: Random, count: number): CampaignStatus[] {
  const list: CampaignStatus[] = [];
  for (const [status, share] of STATUS_SHARES) for (let i = 0; i < Math.round(count * share); i++) list.push(status);
  while (list.length < count) list.push('pipeline');
  return rng.shuffle(list.slice(0, count));
}

/** Lines per campaign: 2–6 each, or `total` spread as evenly as possible. */
function lineCounts(rng: Random, campaigns: number, total: number | null): number[] {
  if (total === null) return Array.from({ length: campaigns }, () => rng.int(2, 6));
  const base = Math.floor(total / campaigns);
  const extra = new Set(rng.sample([...Array(campaigns).keys()], total - base * campaigns));
  return Array.from({ length: campaigns }, (_, i) => base + (extra.has(i) ? 1 : 0));
}

/** An internal campaign first (it keeps idle staff bookable), then client campaigns in every status. */
export function generateCampaigns(rng: Random, count: number, totalLines: number | null, horizon: Horizon, owners: string[], skillNames: readonly string[]): GeneratedCampaigns {
  const { todayDay, endDay } = horizon;
  const span = Math.max(30, endDay - todayDay);
  const between = (a: number, b: number) => rng.int(Math.min(a, b), Math.max(a, b));
  const statuses = statusesFor(rng, Math.max(0, count - 1));
  const campaigns: Campaign[] = [];
  const counts = lineCounts(rng, count, totalLines);
  const demandLines: DemandLine[] = [];

  for (let i = 0; i < count; i++) {
    const internal = i === 0;
    const status: CampaignStatus = internal ? 'in_progress' : statuses[i - 1];
    let start: number;
    let end = Number.NaN;
    if (internal) [start, end] = [todayDay - 90, endDay];
    else if (status === 'done') [start, end] = [todayDay - between(60, 150), todayDay - between(3, 30)];
    else if (status === 'in_progress') [start, end] = [todayDay - between(7, 60), todayDay + between(Math.min(30, span), Math.min(span, 150))];
    else if (status === 'confirmed') start = todayDay + between(0, Math.floor(span * 0.5));
    else if (status === 'pipeline') start = todayDay + between(14, Math.floor(span * 0.7));
    else start = todayDay + between(-30, Math.floor(span * 0.5));
    if (Number.isNaN(end)) end = start + between(30, 120);
    start = weekdayOnOrAfter(start);
    end = Math.max(start + 13, Math.min(end, Math.max(endDay, todayDay)));
    const currency = internal ? 'GBP' : rng.weighted([['GBP', 0.65], ['USD', 0.2], ['EUR', 0.15]] as const);
    const priority = internal ? 4 : status === 'pipeline' ? rng.int(2, 4) : status === 'in_progress' || status === 'confirmed' ? rng.int(1, 3) : 3;
    const round = Math.floor((i - 1) / CAMPAIGN_THEMES.length);
    const id = i + 1;
    const lines = linesFor(rng, id, counts[i], start, end, priority as Priority, skillNames, demandLines.length);
    demandLines.push(...lines);
    const hours = lines.reduce((sum, l) => sum + l.hours, 0);
    campaigns.push({
      id,
      externalId: internal ? 'INT-001' : `JOB-${String(2400 + i)}`,
      name: internal ? 'New business & pitches' : CAMPAIGN_THEMES[(i - 1) % CAMPAIGN_THEMES.length] + (round ? ` — Wave ${round + 1}` : ''),
      client: internal ? STUDIO.name : rng.pick(CLIENTS),
      status,
      probability: status === 'pipeline' ? rng.int(4, 14) * 5 : status === 'cancelled' ? 0 : 100,
      priority: priority as Priority,
      budget: internal ? 0 : Math.round((hours * HOURLY[currency] * rng.float(0.9, 1.2)) / 500) * 500,
      currency,
      start: isoFromDay(start),
      end: isoFromDay(end),
      owner: owners.length ? rng.pick(owners) : '',
      colour: internal ? '#64748b' : CAMPAIGN_COLOURS[(i - 1) % CAMPAIGN_COLOURS.length],
      notes: internal ? 'Internal time: pitches, R&D and studio projects.' : rng.pick(NOTES[status]),
    });
  }
  return { campaigns, demandLines };
}

function linesFor(rng: Random, campaignId: number, n: number, start: number, end: number, priority: Priority, skillNames: readonly string[], offset: number): DemandLine[] {
  const roles = rng.sample(ROLES, Math.min(n, ROLES.length));
  while (roles.length < n) roles.push(rng.pick(ROLES));
  const length = end - start;
  return roles.map((role, k) => {
    const lineStart = weekdayOnOrAfter(start + rng.int(0, Math.floor(length * 0.5)));
    const lineEnd = Math.max(lineStart + 4, Math.min(end, lineStart + Math.max(11, rng.int(Math.floor(length * 0.3), length))));
    const weekdays = Math.max(5, Math.round(((lineEnd - lineStart + 1) * 5) / 7));
    const kind = rng.weighted([['both', 0.7], ['role', 0.15], ['skills', 0.15]] as const);
    const pool = kind === 'skills' ? role.core : [...role.core, ...role.optional];
    const skills: SkillRequirement[] =
      kind === 'role' ? [] : rng.sample(pool, rng.int(1, 2)).map(([name]) => ({ skillId: skillNames.indexOf(name) + 1, minLevel: rng.int(kind === 'skills' ? 3 : 2, 4) }));
    const hours = Math.min(Math.round((40 + 360 * Math.sqrt(rng.next())) / 10) * 10, Math.max(40, Math.floor((weekdays * 7.5 * 1.5) / 10) * 10));
    return {
      id: offset + k + 1,
      campaignId,
      roleId: kind === 'skills' ? null : ROLES.indexOf(role) + 1,
      skills,
      hours,
      start: isoFromDay(lineStart),
      end: isoFromDay(lineEnd),
      priority: clampP(priority + rng.int(-1, 1)),
      note: rng.pick(role.note),
    };
  });
}
