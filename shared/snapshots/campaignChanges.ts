import type { CampaignChange, CampaignChangeKind, CampaignSide, SnapshotCampaign } from '@shared/contract';
import { CAMPAIGN_CHANGE_KINDS } from '@shared/contract/snapshots';
import { daysBetween } from '@shared/dates';
import type { CampaignStatus } from '@shared/domain';
import { day, money } from './report/format';

// What happened to each campaign between two snapshots, in words an executive reads at a glance.
// Each status change is read by the status it ends in: a pitch marked lost is "Lost" (it leads),
// a cancelled one is "Cancelled" (not guessed to be lost, now that lost is a status of its own).

const STATUS_WORDS: Record<CampaignStatus, string> = {
  pipeline: 'a pitch', confirmed: 'confirmed', in_progress: 'in progress', on_hold: 'on hold', done: 'done', lost: 'lost', cancelled: 'cancelled',
};

const sideOf = (c: SnapshotCampaign): CampaignSide => ({
  start: c.start, end: c.end, status: c.status, probability: c.probability, budget: c.budget, currency: c.currency,
});
const statusText = (s: CampaignSide) => (s.status === 'pipeline' ? `a pitch at ${s.probability}%` : STATUS_WORDS[s.status]);
const dates = (s: CampaignSide) => `${day(s.start)} – ${day(s.end)}`;

/** The kind of a status change, and the word that leads its sentence. */
function statusChange(a: CampaignStatus, b: CampaignStatus): { kind: CampaignChangeKind; lead: string } | null {
  if (a === b) return null;
  if (b === 'lost') return { kind: 'lost', lead: 'Lost' };
  if (b === 'cancelled') return { kind: 'cancelled', lead: 'Cancelled' };
  if (b === 'on_hold') return { kind: 'on_hold', lead: 'Put on hold' };
  if (b === 'done') return { kind: 'done', lead: 'Finished' };
  if (a === 'on_hold') return { kind: 'resumed', lead: 'Back from hold' };
  if (a === 'pipeline') return { kind: 'won', lead: 'Won' };
  if (b === 'pipeline') return { kind: 'reopened', lead: 'Back in the pipeline' };
  if (a === 'confirmed' && b === 'in_progress') return { kind: 'started', lead: 'Started' };
  return { kind: 'reopened', lead: a === 'cancelled' || a === 'done' || a === 'lost' ? 'Reopened' : 'Status changed' };
}

function weeksMoved(a: string, b: string): string {
  const days = daysBetween(a, b);
  const weeks = Math.round(Math.abs(days) / 7);
  const amount = weeks >= 1 ? `${weeks} week${weeks === 1 ? '' : 's'}` : `${Math.abs(days)} day${Math.abs(days) === 1 ? '' : 's'}`;
  return `${amount} ${days > 0 ? 'later' : 'earlier'}`;
}

/** The kinds of change from `a` to `b`, each with its sentence, most important first. */
export function changesOf(a: CampaignSide, b: CampaignSide): { kind: CampaignChangeKind; sentence: string }[] {
  const out: { kind: CampaignChangeKind; sentence: string }[] = [];
  const status = statusChange(a.status, b.status);
  if (status) {
    out.push({ kind: status.kind, sentence: `${status.lead}: was ${statusText(a)}, now ${statusText(b)}.` });
  } else if (a.status === 'pipeline' && a.probability !== b.probability) {
    out.push({ kind: 'probability', sentence: `Chance of winning ${b.probability > a.probability ? 'up' : 'down'} from ${a.probability}% to ${b.probability}%.` });
  }
  if (a.budget !== b.budget || a.currency !== b.currency) {
    const change = a.currency === b.currency ? `${b.budget > a.budget ? 'up' : 'down'} from` : 'changed from';
    out.push({ kind: 'budget', sentence: `Budget ${change} ${money(a.budget, a.currency)} to ${money(b.budget, b.currency)}.` });
  }
  if (a.start !== b.start || a.end !== b.end) {
    const when = a.start !== b.start ? `starts ${weeksMoved(a.start, b.start)}` : `ends ${weeksMoved(a.end, b.end)}`;
    out.push({ kind: 'moved', sentence: `Dates moved: ${dates(a)} is now ${dates(b)} (${when}).` });
  }
  return out;
}

const rank = (k: CampaignChangeKind) => CAMPAIGN_CHANGE_KINDS.indexOf(k);

function entry(c: SnapshotCampaign, before: CampaignSide | null, after: CampaignSide | null, list: { kind: CampaignChangeKind; sentence: string }[]): CampaignChange {
  return { campaignId: c.campaignId, name: c.name, kinds: list.map((x) => x.kind), change: list[0].kind, sentences: list.map((x) => x.sentence), before, after };
}

/** Every campaign that changed between the snapshots, lost pitches first. */
export function campaignChanges(before: readonly SnapshotCampaign[], after: readonly SnapshotCampaign[]): CampaignChange[] {
  const old = new Map(before.map((c) => [c.campaignId, c]));
  const now = new Set(after.map((c) => c.campaignId));
  const out: CampaignChange[] = [];
  for (const c of after) {
    const a = old.get(c.campaignId);
    const b = sideOf(c);
    if (!a) {
      out.push(entry(c, null, b, [{ kind: 'added', sentence: `New: ${statusText(b)}, ${dates(b)}.` }]));
      continue;
    }
    const list = changesOf(sideOf(a), b);
    if (list.length) out.push(entry(c, sideOf(a), b, list.sort((x, y) => rank(x.kind) - rank(y.kind))));
  }
  for (const c of before) {
    if (!now.has(c.campaignId)) out.push(entry(c, sideOf(c), null, [{ kind: 'removed', sentence: `Deleted from the workspace (was ${statusText(sideOf(c))}).` }]));
  }
  return out.sort((x, y) => rank(x.change) - rank(y.change) || x.name.localeCompare(y.name));
}

