// The sentences an executive reads on the snapshot dashboard and in its report: one wording for
// both, each figure in words a reader understands without a legend. Pure; the caller formats numbers.

import type { CampaignChangeKind, Coverage, ShortfallAhead, SnapshotHeadline } from '@shared/contract';

export interface Formats {
  hours: (h: number) => string;
  pct: (v: number | null) => string;
}

const SMALL = 0.05;

/** "81% of the team's hours are booked": the sentence under the utilisation figure. */
export function bookedSentence(h: SnapshotHeadline, f: Formats): string {
  const target = h.target === null ? '' : ` (target ${f.pct(h.target)})`;
  return `${f.hours(h.booked)} booked of the team's ${f.hours(h.capacity)}${target}`;
}

/** "Short: 89.5 h Strategist, 12 h Designer", or that no role is short. */
export function shortRolesSentence(s: ShortfallAhead, f: Formats, limit = 3): string {
  if (s.byRole.length === 0) return 'No role is short of people';
  const shown = s.byRole.slice(0, limit).map((r) => `${f.hours(r.hours)} ${r.roleName}`);
  const more = s.byRole.length - limit;
  return `Short: ${shown.join(', ')}${more > 0 ? ` and ${more} more role${more === 1 ? '' : 's'}` : ''}`;
}

/** "132 h of demand has no role yet", or null when there is none. */
export function noRoleSentence(hours: number, f: Formats): string | null {
  return hours >= SMALL ? `${f.hours(hours)} of demand has no role yet` : null;
}

/** What the shortfall would be if every pitch were won (pitches otherwise count at their chance). */
export function everyPitchSentence(s: ShortfallAhead, f: Formats): string {
  return `If every pitch is won: ${f.hours(s.unweighted)} short`;
}

/** "1,200 h booked of 1,940 h of work" under the share of the work already booked. */
export function workBookedSentence(c: Coverage, f: Formats): string {
  return `${f.hours(c.booked)} booked of ${f.hours(c.booked + c.openDemand)} of work in these weeks`;
}

/** The team's hours against all the work, in one sentence instead of a "supply covers" ratio. */
export function teamHoursSentence(c: Coverage, f: Formats): string {
  const work = c.booked + c.openDemand;
  if (work < SMALL) return `The team has ${f.hours(c.supply)} and no work planned yet`;
  const gap = c.supply - work;
  if (gap >= -SMALL) return `The team has ${f.hours(c.supply)}: enough for all of it, if the weeks line up`;
  return `The team has ${f.hours(c.supply)}: ${f.hours(-gap)} fewer than the work needs`;
}

/** The share of open work that people's free hours could still take, week by week. */
export function openFitsSentence(c: Coverage, f: Formats): string {
  if (c.openDemand < SMALL) return 'No work is waiting for people';
  return `${f.pct(c.openCoverable)} of the ${f.hours(c.openDemand)} still open fits in people's free hours, week by week`;
}

/** The tag shown beside a campaign that changed between two snapshots. */
export const CHANGE_LABEL: Record<CampaignChangeKind, string> = {
  lost: 'Lost', cancelled: 'Cancelled', on_hold: 'On hold', won: 'Won', resumed: 'Back from hold', reopened: 'Reopened', started: 'Started', done: 'Finished',
  added: 'New', removed: 'Deleted', probability: 'Chance', budget: 'Budget', moved: 'Dates',
};

/** Tone of a change for its colour: bad news, good news, or neither. */
export function changeTone(kind: CampaignChangeKind): 'bad' | 'good' | 'neutral' {
  if (kind === 'lost' || kind === 'cancelled' || kind === 'on_hold' || kind === 'removed') return 'bad';
  if (kind === 'won' || kind === 'resumed' || kind === 'added' || kind === 'started') return 'good';
  return 'neutral';
}
