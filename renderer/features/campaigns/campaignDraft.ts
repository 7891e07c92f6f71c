import type { Input } from '@shared/contract';
import type { Campaign, CampaignStatus, Priority } from '@shared/domain';
import { addDaysIso } from '@shared/dates';
import { todayIso } from '../../lib/format';
import { parseNumber } from '../people/talentDraft';

export const PALETTE = ['#3b5bdb', '#1c7ed6', '#0c8599', '#2f9e44', '#66a80f', '#f08c00', '#e8590c', '#e03131', '#c2255c', '#9c36b5', '#6741d9', '#495057'];

export interface CampaignDraft {
  name: string;
  client: string;
  status: CampaignStatus;
  probability: string;
  priority: Priority;
  budget: string;
  currency: string;
  start: string;
  end: string;
  owner: string;
  colour: string;
  notes: string;
  externalId: string | null;
}

export const CAMPAIGN_FIELDS = ['name', 'client', 'status', 'probability', 'priority', 'budget', 'currency', 'start', 'end', 'owner', 'colour', 'notes'] as const;

export function newCampaignDraft(): CampaignDraft {
  const start = todayIso();
  const end = addDaysIso(start, 41);
  return { name: '', client: '', status: 'pipeline', probability: '50', priority: 3, budget: '', currency: 'GBP', start, end, owner: '', colour: PALETTE[0], notes: '', externalId: null };
}

export function draftFromCampaign(c: Campaign): CampaignDraft {
  return {
    name: c.name,
    client: c.client,
    status: c.status,
    probability: String(c.probability),
    priority: c.priority,
    budget: c.budget ? String(c.budget) : '',
    currency: c.currency,
    start: c.start,
    end: c.end,
    owner: c.owner,
    colour: c.colour,
    notes: c.notes,
    externalId: c.externalId,
  };
}

export function campaignDraftToInput(d: CampaignDraft): Input<'campaigns:create'> {
  return {
    externalId: d.externalId,
    name: d.name,
    client: d.client.trim(),
    status: d.status,
    probability: parseNumber(d.probability, 100) as number,
    priority: d.priority,
    budget: parseNumber(d.budget, 0) as number,
    currency: d.currency,
    start: d.start,
    end: d.end,
    owner: d.owner.trim(),
    colour: d.colour,
    notes: d.notes,
  };
}

export function checkCampaignDraft(d: CampaignDraft): Record<string, string> {
  const e: Record<string, string> = {};
  if (!d.name.trim()) e.name = 'Enter a name';
  if (!d.start) e.start = 'Choose a start date';
  if (!d.end) e.end = 'Choose an end date';
  else if (d.start && d.end < d.start) e.end = 'Must be on or after the start';
  const p = parseNumber(d.probability, 100);
  if (p === null || Number.isNaN(p) || p < 0 || p > 100) e.probability = 'A percentage from 0 to 100';
  const b = parseNumber(d.budget, 0);
  if (b === null || Number.isNaN(b) || b < 0) e.budget = 'Enter an amount, or leave empty';
  return e;
}

export const PRIORITY_LABEL: Record<Priority, string> = { 1: '1 · Highest', 2: '2 · High', 3: '3 · Normal', 4: '4 · Low', 5: '5 · Lowest' };
