import type { Campaign, DemandLine, Talent, TimeOff } from '@shared/domain';
import { dayFromIso, isoFromDay } from '@shared/dates';
import { canWorkOn } from '@shared/eligibility';
import type { Random } from './random';
import type { DemoBooking, Horizon, PersonTraits } from './types';

interface Span {
  /** Weekday indexes into Horizon.weekdays, inclusive. */
  first: number;
  last: number;
}

interface Plan {
  rng: Random;
  /** The weekday-index span of an ISO range inside the horizon, or null when they don't meet. */
  span: (start: string, end: string) => Span | null;
  horizon: Horizon;
  traits: PersonTraits[];
  load: Float32Array[];
  /** ISO date of each horizon weekday. */
  iso: string[];
  out: DemoBooking[];
}

const half = (h: number) => Math.max(0.5, Math.round(h * 2) / 2);

function meanLoad(load: Float32Array, first: number, last: number): number {
  let sum = 0;
  for (let i = first; i <= last; i++) sum += load[i];
  return sum / (last - first + 1);
}

function maxLoad(load: Float32Array, first: number, last: number): number {
  let max = 0;
  for (let i = first; i <= last; i++) if (load[i] > max) max = load[i];
  return max;
}

function book(plan: Plan, p: number, campaignId: number, demandLineId: number | null, first: number, last: number, hoursPerDay: number, tentative: boolean, note = ''): void {
  for (let i = first; i <= last; i++) plan.load[p][i] += hoursPerDay;
  plan.out.push({
    id: 0,
    talentId: p + 1,
    campaignId,
    demandLineId,
    start: plan.iso[first],
    end: plan.iso[last],
    hoursPerDay: Math.min(24, hoursPerDay),
    status: tentative ? 'tentative' : 'confirmed',
    note,
  });
}

/** Of `tries` random starts for a `days`-long booking inside span, the least loaded one. */
function quietStart(plan: Plan, p: number, span: Span, days: number, tries: number, skew = 1): number {
  const room = Math.max(0, span.last - span.first - days + 1);
  let best = span.first;
  let bestLoad = Infinity;
  for (let t = 0; t < tries; t++) {
    const s = span.first + Math.min(room, Math.floor((room + 1) * Math.pow(plan.rng.next(), skew)));
    const e = Math.min(span.last, s + days - 1);
    const load = maxLoad(plan.load[p], s, e) + meanLoad(plan.load[p], s, e) / 100;
    if (load < bestLoad) [best, bestLoad] = [s, load];
  }
  return best;
}

function personSpan(t: PersonTraits, within: Span): Span | null {
  const first = Math.max(t.first, within.first);
  const last = Math.min(t.last, within.last);
  return first <= last ? { first, last } : null;
}

/**
 * Bookings from today to the end of the horizon, `target` of them: first against demand lines
 * (each filled only partly, so open demand remains), then general bookings spread over the people
 * (a few kept quiet), then one overlapping booking for each person meant to be over-allocated.
 */
export function generateBookings(
  rng: Random, target: number, horizon: Horizon, talent: Talent[], traits: PersonTraits[], campaigns: Campaign[], lines: DemandLine[], timeOff: TimeOff[],
): DemoBooking[] {
  const { weekdays, todayDay } = horizon;
  const n = weekdays.length;
  const index = new Int32Array(horizon.endDay - todayDay + 2);
  for (let d = todayDay, i = 0; d <= horizon.endDay + 1; d++) {
    while (i < n && weekdays[i] < d) i++;
    index[d - todayDay] = i;
  }
  const dayIndex = (iso: string, after: boolean) => {
    const day = dayFromIso(iso);
    const clamped = Math.min(Math.max(day, todayDay), horizon.endDay + 1);
    const i = index[clamped - todayDay];
    if (after) return day > horizon.endDay ? n : i;
    return day < todayDay ? -1 : i < n && weekdays[i] === day ? i : i - 1;
  };
  const span = (start: string, end: string): Span | null => {
    const first = dayIndex(start, true);
    const last = dayIndex(end, false);
    return first <= last ? { first, last } : null;
  };
  const plan: Plan = { rng, span, horizon, traits, load: talent.map(() => new Float32Array(n)), iso: weekdays.map(isoFromDay), out: [] };
  if (n === 0 || target <= 0) return [];
  for (const off of timeOff) {
    const within = span(off.start, off.end);
    const p = off.talentId - 1;
    if (within) for (let i = within.first; i <= within.last; i++) plan.load[p][i] += off.hoursPerDay ?? traits[p].dayHours;
  }

  const live = campaigns.filter((c) => c.status === 'pipeline' || c.status === 'confirmed' || c.status === 'in_progress');
  const campaignSpan = new Map(live.map((c) => [c.id, span(c.start, c.end)] as const));
  const overPeople = traits.map((t, p) => p).filter((p) => traits[p].overAllocated && traits[p].first <= traits[p].last);
  const reserve = Math.min(overPeople.length, Math.floor(target * 0.1));
  const fillTarget = target - reserve;

  fillLines(plan, Math.min(fillTarget, Math.ceil(fillTarget * 0.65)), talent, lines, campaigns, campaignSpan);
  const weeks = weekBuckets(live, campaignSpan, n);
  const spanOfCampaign = (id: number) => campaignSpan.get(id) ?? { first: 0, last: n - 1 };
  fillGeneral(plan, fillTarget, talent, weeks, campaigns, spanOfCampaign);
  for (const p of overPeople.slice(0, reserve)) overbook(plan, p, weeks, spanOfCampaign);
  return plan.out
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.talentId - b.talentId))
    .map((b, i) => ({ ...b, id: i + 1 }));
}

function fillLines(
  plan: Plan, limit: number, talent: Talent[], lines: DemandLine[], campaigns: Campaign[], campaignSpan: Map<number, Span | null>,
): void {
  const { rng, traits } = plan;
  const byRole = new Map<number, number[]>();
  talent.forEach((t, p) => {
    for (const r of new Set([t.primaryRoleId, ...t.otherRoleIds])) {
      const list = byRole.get(r);
      if (list) list.push(p);
      else byRole.set(r, [p]);
    }
  });
  const everyone = talent.map((_, p) => p);
  const byPriority = [...lines].sort((a, b) => a.priority - b.priority || a.start.localeCompare(b.start) || a.id - b.id);
  for (const line of byPriority) {
    if (plan.out.length >= limit) return;
    if (!campaignSpan.get(line.campaignId)) continue;
    const window = plan.span(line.start, line.end);
    if (!window) continue;
    const campaign = campaigns[line.campaignId - 1];
    const fill = rng.weighted([[0, 0.08], [rng.float(0.55, 0.95), 0.82], [1, 0.1]] as const);
    let remaining = line.hours * fill;
    const pool = line.roleId === null ? everyone : (byRole.get(line.roleId) ?? []);
    const people = pool.filter((p) => personSpan(traits[p], window) && canWorkOn(talent[p], line) && !(traits[p].underUsed && rng.chance(0.8)));
    for (let attempt = 0; attempt < 40 && remaining >= 8 && people.length && plan.out.length < limit; attempt++) {
      const p = leastLoaded(plan, [0, 1, 2, 3, 4, 5].map(() => rng.pick(people)), window);
      const span = personSpan(traits[p], window)!;
      const full = traits[p].dayHours;
      const wanted = Math.min(24, full * rng.pick([1, 0.3, 0.4, 0.5, 0.6, 0.8]));
      const days = Math.min(span.last - span.first + 1, Math.max(2, Math.min(rng.int(2, 6), Math.ceil(remaining / wanted))));
      const start = quietStart(plan, p, span, days, 3);
      const last = Math.min(span.last, start + days - 1);
      const free = full - maxLoad(plan.load[p], start, last);
      if (free < 2) continue;
      const hpd = half(Math.min(wanted, free));
      book(plan, p, line.campaignId, line.id, start, last, hpd, campaign.status === 'pipeline' || rng.chance(0.06));
      remaining -= (last - start + 1) * hpd;
    }
  }
}

function leastLoaded(plan: Plan, candidates: number[], window: Span): number {
  let best = candidates[0];
  let bestLoad = Infinity;
  for (const p of candidates) {
    const span = personSpan(plan.traits[p], window)!;
    const load = meanLoad(plan.load[p], span.first, span.last) / plan.traits[p].dayHours;
    if (load < bestLoad) [best, bestLoad] = [p, load];
  }
  return best;
}

interface Bucket {
  ids: number[];
  /** Running totals of the campaigns' weights. */
  cumulative: number[];
}

/** For each week of the horizon, the live campaigns running in it, weighted. */
function weekBuckets(live: Campaign[], campaignSpan: Map<number, Span | null>, n: number): Bucket[] {
  const weeks: Bucket[] = Array.from({ length: Math.ceil(n / 5) }, () => ({ ids: [], cumulative: [] }));
  for (const c of live) {
    const span = campaignSpan.get(c.id);
    if (!span) continue;
    const weight = c.externalId === 'INT-001' ? 0.4 : c.status === 'pipeline' ? 0.6 : 3;
    for (let w = Math.floor(span.first / 5); w <= Math.floor(span.last / 5); w++) {
      const bucket = weeks[w];
      bucket.ids.push(c.id);
      bucket.cumulative.push((bucket.cumulative[bucket.cumulative.length - 1] ?? 0) + weight);
    }
  }
  return weeks;
}

function pickCampaign(plan: Plan, weeks: Bucket[], first: number): number {
  const { ids, cumulative } = weeks[Math.floor(first / 5)];
  const r = plan.rng.next() * cumulative[cumulative.length - 1];
  let lo = 0;
  for (let hi = cumulative.length - 1; lo < hi; ) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid] > r) hi = mid;
    else lo = mid + 1;
  }
  return ids[lo];
}

/** Clips [first, last] to a campaign's span, keeping the length where it can. */
function clip(first: number, last: number, span: Span): [number, number] {
  const days = last - first + 1;
  let s = Math.max(first, span.first);
  let e = Math.min(last, span.last);
  if (e < s) [s, e] = [Math.max(span.first, span.last - days + 1), span.last];
  return [s, e];
}

function fillGeneral(
  plan: Plan, target: number, talent: Talent[], weeks: Bucket[], campaigns: Campaign[], spanOfCampaign: (id: number) => Span,
): void {
  const { rng, traits } = plan;
  const weights = talent.map((t, p) =>
    traits[p].first > traits[p].last ? 0 : traits[p].underUsed ? 0.12 : t.kind === 'staff' ? 1 : t.kind === 'freelancer' ? 0.5 : 0.6,
  );
  const cumulative = new Float64Array(weights.length);
  weights.reduce<number>((sum, w, i) => (cumulative[i] = sum + w), 0);
  const total = cumulative[cumulative.length - 1] ?? 0;
  if (total <= 0) return;
  for (let picks = 0; plan.out.length < target; picks++) {
    const r = rng.next() * total;
    let lo = 0;
    for (let hi = cumulative.length - 1; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    const p = lo;
    const t = traits[p];
    let first = t.first;
    let last = t.first;
    let free = 0;
    let campaignId = 0;
    for (let attempt = 0; attempt < 4 && free < Math.min(2, t.dayHours / 2); attempt++) {
      const days = 3 + Math.floor(11 * (rng.next() + rng.next()));
      const start = quietStart(plan, p, { first: t.first, last: t.last }, days, 3, 1.3);
      campaignId = pickCampaign(plan, weeks, start);
      [first, last] = clip(start, Math.min(t.last, start + days - 1), intersect(spanOfCampaign(campaignId), t));
      free = t.dayHours - maxLoad(plan.load[p], first, last);
    }
    if (free < 1 && picks < target * 20) continue;
    const hpd = half(Math.min(24, free >= 1 ? free : t.dayHours / 2));
    book(plan, p, campaignId, null, first, last, hpd, campaigns[campaignId - 1].status === 'pipeline' || rng.chance(0.06));
  }
}

function intersect(span: Span, t: PersonTraits): Span {
  const first = Math.max(span.first, t.first);
  const last = Math.min(span.last, t.last);
  return first <= last ? { first, last } : { first: t.first, last: t.last };
}

/** One more full-day booking over days the person is already busy, early in the horizon. */
function overbook(plan: Plan, p: number, weeks: Bucket[], spanOfCampaign: (id: number) => Span): void {
  const t = plan.traits[p];
  const last = Math.min(t.last, t.first + 30);
  let start = t.first;
  for (let i = t.first; i <= last; i++) {
    if (plan.load[p][i] > 0) {
      start = i;
      break;
    }
  }
  const campaignId = pickCampaign(plan, weeks, start);
  const [first, end] = clip(start, Math.min(t.last, start + plan.rng.int(4, 9)), intersect(spanOfCampaign(campaignId), t));
  book(plan, p, campaignId, null, first, end, half(Math.min(24, t.dayHours * 0.75)), false, 'Rush job — squeezed in');
}
