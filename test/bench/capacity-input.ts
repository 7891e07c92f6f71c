// Synthetic workspaces for the capacity benchmark (and large-scale tests): deterministic from a seed.

import type {
  Booking,
  Campaign,
  CampaignStatus,
  Closure,
  DemandLine,
  Role,
  Talent,
  TalentKind,
  TimeOff,
  WeekHours,
  WorkPattern,
} from '@shared/domain';
import { dayFromIso, isoFromDay } from '@shared/dates';
import type { CapacityInput } from '@shared/capacity/state';

export interface GenerateOptions {
  people: number;
  bookings: number;
  days: number;
  demandLines: number;
  start?: string;
  seed?: number;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS: [string, string | null][] = [
  ['GB', 'ENG'],
  ['DE', 'BY'],
  ['US', null],
];

export function generateCapacityInput(opts: GenerateOptions): CapacityInput {
  const rnd = mulberry32(opts.seed ?? 42);
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const start = dayFromIso(opts.start ?? '2026-01-05');
  const end = start + opts.days - 1;
  const iso = isoFromDay;
  const now = '2026-01-01T00:00:00.000Z';

  const roles: Role[] = Array.from({ length: 12 }, (_, i) => ({
    id: i + 1,
    name: `Role ${i + 1}`,
    utilisationTarget: 70 + (i % 4) * 5,
    colour: '#888888',
  }));

  const talent: Talent[] = [];
  const patterns: WorkPattern[] = [];
  const timeOff: TimeOff[] = [];
  for (let i = 0; i < opts.people; i++) {
    const r = rnd();
    const kind: TalentKind = r < 0.8 ? 'staff' : r < 0.95 ? 'freelancer' : 'agency';
    const [country, region] = pick(REGIONS);
    const primary = int(1, 12);
    talent.push({
      id: i + 1,
      externalId: null,
      kind,
      name: `Person ${i + 1}`,
      email: null,
      team: null,
      primaryRoleId: primary,
      otherRoleIds: rnd() < 0.3 ? [((primary + int(0, 10)) % 12) + 1].filter((x) => x !== primary) : [],
      skills: [{ skillId: int(1, 20), level: int(1, 5) }],
      tags: rnd() < 0.2 ? ['senior'] : [],
      costRate: int(30, 120),
      billRate: int(80, 200),
      currency: 'GBP',
      utilisationTarget: rnd() < 0.2 ? int(50, 90) : null,
      holidayCountry: country,
      holidayRegion: region,
      activeFrom: rnd() < 0.1 ? iso(start + int(0, opts.days - 1)) : null,
      activeTo: rnd() < 0.1 ? iso(start + int(0, opts.days - 1)) : null,
      headcount: kind === 'agency' ? int(2, 5) : 1,
      notes: '',
    });
    const full: WeekHours = [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0];
    patterns.push({ id: patterns.length + 1, talentId: i + 1, effectiveFrom: iso(start - 400), hours: full });
    if (rnd() < 0.25) {
      const partTime: WeekHours = [8, 8, 8, 8, 0, 0, 0];
      patterns.push({ id: patterns.length + 1, talentId: i + 1, effectiveFrom: iso(start + int(0, opts.days - 1)), hours: partTime });
    }
    const offs = int(2, 6);
    for (let k = 0; k < offs; k++) {
      const s = start + int(0, opts.days - 10);
      timeOff.push({
        id: timeOff.length + 1,
        talentId: i + 1,
        start: iso(s),
        end: iso(s + int(0, 9)),
        hoursPerDay: rnd() < 0.2 ? 3.5 : null,
        type: 'vacation',
        note: '',
      });
    }
  }

  const closures: Closure[] = [];
  for (let d = start; d <= end; d += 73) closures.push({ id: closures.length + 1, date: iso(d), endDate: iso(d), name: 'Studio day', repeatsYearly: false });

  const statuses: CampaignStatus[] = ['pipeline', 'confirmed', 'in_progress', 'done', 'cancelled'];
  const campaignCount = Math.max(1, Math.floor(opts.demandLines / 4));
  const campaigns: Campaign[] = Array.from({ length: campaignCount }, (_, i) => {
    const s = start + int(0, opts.days - 30);
    return {
      id: i + 1,
      externalId: null,
      name: `Campaign ${i + 1}`,
      client: 'Client',
      status: pick(statuses),
      probability: int(10, 90),
      priority: 3,
      budget: int(10_000, 500_000),
      currency: 'GBP',
      start: iso(s),
      end: iso(Math.min(end, s + int(14, 120))),
      owner: 'Owner',
      colour: '#888888',
      notes: '',
    };
  });
  const demandLines: DemandLine[] = Array.from({ length: opts.demandLines }, (_, i) => {
    const c = campaigns[i % campaignCount];
    return {
      id: i + 1,
      campaignId: c.id,
      roleId: rnd() < 0.05 ? null : int(1, 12),
      skills: [],
      hours: int(20, 400),
      start: c.start,
      end: c.end,
      priority: 3,
      note: '',
    };
  });

  // Each person's bookings follow one another with gaps; about 5% start early and overlap.
  const nextFree = new Int32Array(opts.people).fill(start);
  const bookings: Booking[] = Array.from({ length: opts.bookings }, (_, i) => {
    const line = rnd() < 0.5 ? demandLines[int(0, demandLines.length - 1)] : null;
    const person = i % opts.people;
    let s = nextFree[person] + (rnd() < 0.05 ? -int(1, 5) : int(0, 14));
    if (s + 13 > end) s = start + int(0, opts.days - 15);
    nextFree[person] = s + 14;
    return {
      id: i + 1,
      talentId: person + 1,
      campaignId: line ? line.campaignId : int(1, campaignCount),
      demandLineId: line ? line.id : null,
      start: iso(s),
      end: iso(s + 13),
      hoursPerDay: int(2, 15) / 2,
      status: rnd() < 0.3 ? 'tentative' : 'confirmed',
      note: '',
      createdAt: now,
      updatedAt: now,
    };
  });

  return { range: { start: iso(start), end: iso(end) }, talent, patterns, timeOff, closures, roles, campaigns, demandLines, bookings };
}
