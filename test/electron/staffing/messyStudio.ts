// Random, messy workspaces for testing staffing plans where the user meets them: part-timers with
// uneven days, agencies, people from three holiday regions, contracts that start or end mid-range,
// time off (whole days and hours a day), studio closures, lines with mid-week windows (some with no
// role yet), pipeline and confirmed campaigns, and existing bookings, some already over-allocating.
import fc from 'fast-check';
import { dayFromIso, isoFromDay } from '@shared/dates';
import type { TestWorkspace } from '../helpers/workspace';

export const TODAY = '2026-11-26';
export const PLAN_RANGE = { start: '2026-11-30', end: '2027-02-26' };

type Week = [number, number, number, number, number, number, number];
const PATTERNS: Week[] = [
  [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0],
  [8, 8, 8, 8, 8, 0, 0],
  [7.5, 7.5, 7.5, 7.5, 0, 0, 0],
  [6, 0, 6, 0, 6, 0, 0],
  [4, 4, 4, 4, 4, 0, 0],
  [7.6, 7.6, 7.6, 7.6, 3.3, 0, 0],
  [0, 0, 10, 10, 10, 5, 0],
];
const REGIONS: [string | null, string | null][] = [['GB', 'ENG'], ['GB', 'SCT'], ['US', 'NY'], ['DE', 'BY'], [null, null]];

const day = (offset: number) => isoFromDay(dayFromIso(PLAN_RANGE.start) + offset);
const span = fc.record({ at: fc.integer({ min: -5, max: 85 }), len: fc.integer({ min: 0, max: 30 }) });

const personArb = fc.record({
  kind: fc.constantFrom('staff', 'staff', 'freelancer', 'agency'),
  headcount: fc.integer({ min: 1, max: 4 }),
  role: fc.integer({ min: 0, max: 2 }),
  otherRole: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
  pattern: fc.integer({ min: 0, max: PATTERNS.length - 1 }),
  partTimeFrom: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  region: fc.integer({ min: 0, max: REGIONS.length - 1 }),
  costRate: fc.integer({ min: 20, max: 120 }),
  figma: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  activeFrom: fc.option(fc.integer({ min: -10, max: 40 }), { nil: null }),
  activeTo: fc.option(fc.integer({ min: 30, max: 100 }), { nil: null }),
  timeOff: fc.array(fc.record({ span, hours: fc.option(fc.constantFrom(2, 3.5, 4), { nil: null }) }), { maxLength: 2 }),
});

const lineArb = fc.record({
  role: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null, freq: 6 }),
  hours: fc.constantFrom(3, 7.5, 12.3, 20, 37.5, 40, 61.7, 115, 150),
  at: fc.integer({ min: -3, max: 80 }),
  len: fc.integer({ min: 0, max: 40 }),
  priority: fc.integer({ min: 1, max: 5 }),
});

const campaignArb = fc.record({
  status: fc.constantFrom('confirmed', 'pipeline', 'in_progress'),
  probability: fc.integer({ min: 10, max: 100 }),
  lines: fc.array(lineArb, { minLength: 1, maxLength: 3 }),
});

const bookingArb = fc.record({
  person: fc.nat(),
  campaign: fc.nat(),
  span,
  hoursPerDay: fc.constantFrom(1, 2.5, 4, 7.5, 9),
  status: fc.constantFrom('confirmed', 'tentative'),
});

export const messyStudioArb = fc.record({
  people: fc.array(personArb, { minLength: 2, maxLength: 7 }),
  campaigns: fc.array(campaignArb, { minLength: 1, maxLength: 3 }),
  bookings: fc.array(bookingArb, { maxLength: 6 }),
  closures: fc.array(fc.integer({ min: 0, max: 88 }), { maxLength: 3 }),
  christmasClosed: fc.boolean(),
});

export type MessyStudio = typeof messyStudioArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes the studio through the real handler table; returns the ids made. */
export async function writeMessyStudio(ws: TestWorkspace, s: MessyStudio) {
  const roles = [];
  for (const name of ['Designer', 'Copywriter', 'Motion designer']) roles.push(await ws.call('roles:create', { name }));
  const figma = await ws.call('skills:create', { name: 'Figma' });
  const people = [];
  for (const [i, p] of s.people.entries()) {
    const [country, region] = REGIONS[p.region];
    const activeFrom = p.activeFrom === null ? null : day(p.activeFrom);
    const activeTo = p.activeTo === null || (activeFrom && day(p.activeTo) < activeFrom) ? null : day(p.activeTo);
    const patterns = [{ effectiveFrom: '2020-01-01', hours: PATTERNS[p.pattern] }];
    if (p.partTimeFrom !== null) patterns.push({ effectiveFrom: day(p.partTimeFrom), hours: PATTERNS[(p.pattern + 3) % PATTERNS.length] });
    const t = await ws.call('talent:create', {
      kind: p.kind as 'staff',
      name: `Person ${i + 1}`,
      primaryRoleId: roles[p.role].id,
      skills: p.figma === null ? [] : [{ skillId: figma.id, level: p.figma }],
      otherRoleIds: p.otherRole === null || p.otherRole === p.role ? [] : [roles[p.otherRole].id],
      headcount: p.kind === 'agency' ? p.headcount : 1,
      costRate: p.costRate,
      billRate: p.costRate * 2,
      holidayCountry: country,
      holidayRegion: region,
      activeFrom,
      activeTo,
      patterns,
    } as never);
    people.push(t);
    for (const o of p.timeOff) {
      await ws.call('timeOff:create', { talentId: t.id, start: day(o.span.at), end: day(o.span.at + Math.min(o.span.len, 10)), hoursPerDay: o.hours, type: 'vacation' } as never);
    }
  }
  const campaigns = [];
  for (const [i, c] of s.campaigns.entries()) {
    const campaign = await ws.call('campaigns:create', {
      name: `Campaign ${i + 1}`,
      client: 'Client',
      status: c.status as 'confirmed',
      probability: c.probability,
      start: day(-10),
      end: day(120),
    } as never);
    campaigns.push(campaign);
    for (const l of c.lines) {
      await ws.call('demandLines:create', {
        campaignId: campaign.id,
        roleId: l.role === null ? null : roles[l.role].id,
        // A line with no role yet asks for a skill instead.
        skills: l.role === null ? [{ skillId: figma.id, minLevel: 3 }] : [],
        hours: l.hours,
        start: day(l.at),
        end: day(l.at + l.len),
        priority: l.priority as 1,
      } as never);
    }
  }
  // Bookings outside a person's contract are refused by the workspace: those are simply not made.
  for (const b of s.bookings) {
    await ws.send('bookings:create', {
      talentId: people[b.person % people.length].id,
      campaignId: campaigns[b.campaign % campaigns.length].id,
      start: day(b.span.at),
      end: day(b.span.at + b.span.len),
      hoursPerDay: b.hoursPerDay,
      status: b.status,
    });
  }
  const closureDays = [...new Set(s.closures.map(day))];
  if (s.christmasClosed) for (const d of ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31']) if (!closureDays.includes(d)) closureDays.push(d);
  for (const d of closureDays) await ws.call('closures:create', { date: d, name: 'Studio closed' });
  return { roles, people, campaigns };
}
