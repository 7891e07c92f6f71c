import type { IsoDate, SkillLevel, Talent, TalentKind, WeekHours, WorkPattern } from '@shared/domain';
import { AGENCY_NAMES, FIRST_NAMES, LAST_NAMES } from './names';
import { PLACES, ROLES, SECTOR_TAGS, STUDIO, type Place, type RoleSpec } from './catalogue';
import { addDaysIso, dayFromIso, isoFromDay, weekStartOfDay } from '@shared/dates';
import type { Random } from './random';
import type { Horizon, PersonTraits } from './types';

export interface PeopleSplit {
  staff: number;
  freelancers: number;
  agencies: number;
}

/** ~59% staff, ~37% freelancers, ~4.5% agencies: 68 people → 40 / 25 / 3. */
export function splitPeople(people: number): PeopleSplit {
  const agencies = people >= 10 ? Math.max(1, Math.round(people * 0.044)) : 0;
  const freelancers = Math.round(people * 0.368);
  return { staff: Math.max(0, people - agencies - freelancers), freelancers, agencies };
}

export interface GeneratedPeople {
  talent: Talent[];
  patterns: WorkPattern[];
  traits: PersonTraits[];
}

const roleId = (name: string) => ROLES.findIndex((r) => r.name === name) + 1;
const skillIdOf = (skills: readonly string[], name: string) => skills.indexOf(name) + 1;
const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
const week = (d: number[]): WeekHours => [d[0], d[1], d[2], d[3], d[4], d[5] ?? 0, d[6] ?? 0];
const slug = (s: string) => s.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();

const FREELANCE_ROLE_WEIGHTS: Record<string, number> = { Producer: 0.4, Strategist: 0.4, 'Art Director': 0.6 };
const AGENCY_ROLES = ['Motion Designer', 'Video Editor', 'Developer', 'Designer', 'Copywriter', 'Strategist'];

export function generatePeople(rng: Random, split: PeopleSplit, horizon: Horizon, skills: readonly string[]): GeneratedPeople {
  const talent: Talent[] = [];
  const patterns: WorkPattern[] = [];
  const traits: PersonTraits[] = [];
  const emails = new Set<string>();
  const { today } = horizon;

  const uniqueEmail = (local: string, domain: string) => {
    let email = `${local}@${domain}`;
    for (let n = 2; emails.has(email); n++) email = `${local}${n}@${domain}`;
    emails.add(email);
    return email;
  };

  const add = (kind: TalentKind, index: number) => {
    const id = talent.length + 1;
    const place = rng.weighted(PLACES.map((p) => [p, p.share] as const));
    const role = pickRole(rng, kind);
    const seniority = rng.weighted([['junior', 0.25], ['mid', 0.45], ['senior', 0.3]] as const);
    const firstName = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const agencyName = kind === 'agency' ? agencyNameFor(index) : '';
    const headcount = kind === 'agency' ? rng.int(2, 5) : 1;
    const window = activeWindow(rng, kind, today);
    const tags = tagsFor(rng, kind, seniority);
    const { costRate, billRate } = ratesFor(rng, kind, seniority, place);
    talent.push({
      id,
      externalId: `${kind === 'staff' ? 'EMP' : kind === 'freelancer' ? 'FL' : 'AG'}-${String(1001 + index)}`,
      kind,
      name: kind === 'agency' ? agencyName : `${firstName} ${lastName}`,
      email:
        kind === 'staff' ? uniqueEmail(`${slug(firstName)}.${slug(lastName)}`, STUDIO.domain)
        : kind === 'freelancer' ? uniqueEmail(`${slug(firstName)}.${slug(lastName)}`, 'freelance.example')
        : uniqueEmail('hello', `${slug(agencyName)}.example`),
      team: kind === 'agency' ? null : kind === 'freelancer' && rng.chance(0.5) ? null : rng.pick(role.team),
      primaryRoleId: roleId(role.name),
      otherRoleIds: role.also.length && rng.chance(kind === 'agency' ? 0.6 : 0.2) ? [roleId(rng.pick(role.also))] : [],
      skills: skillsFor(rng, role, seniority, skills),
      tags,
      costRate,
      billRate,
      currency: place.currency,
      utilisationTarget: tags.includes('lead') ? 60 : kind === 'staff' && rng.chance(0.08) ? rng.pick([70, 75, 85, 90]) : null,
      holidayCountry: place.country,
      holidayRegion: place.region,
      activeFrom: window.from,
      activeTo: window.to,
      headcount,
      notes: kind === 'agency' ? `Pooled team of ${headcount}; book by the hour.` : kind === 'freelancer' && rng.chance(0.3) ? 'Prefers 2+ weeks’ notice.' : '',
    });
    const since = window.from ?? addDaysIso(today, -rng.int(200, 1500));
    const periods = patternsFor(rng, kind, place, since, horizon);
    for (const p of periods) patterns.push({ id: patterns.length + 1, talentId: id, effectiveFrom: p.from, hours: p.hours });
    const firstDay = window.from ? dayFromIso(window.from) : -Infinity;
    const lastDay = window.to ? dayFromIso(window.to) : Infinity;
    let first = horizon.weekdays.findIndex((d) => d >= firstDay);
    if (first < 0) first = horizon.weekdays.length;
    let lastIdx = horizon.weekdays.length - 1;
    while (lastIdx >= 0 && horizon.weekdays[lastIdx] > lastDay) lastIdx--;
    traits.push({ dayHours: place.day * headcount, first, last: lastIdx, underUsed: false, overAllocated: false });
  };

  for (let i = 0; i < split.staff; i++) add('staff', i);
  for (let i = 0; i < split.freelancers; i++) add('freelancer', i);
  for (let i = 0; i < split.agencies; i++) add('agency', i);

  markExtremes(rng, talent, traits);
  return { talent, patterns, traits };
}

function pickRole(rng: Random, kind: TalentKind): RoleSpec {
  if (kind === 'agency') {
    const name = rng.pick(AGENCY_ROLES);
    return ROLES.find((r) => r.name === name)!;
  }
  return rng.weighted(ROLES.map((r) => [r, r.share * (kind === 'freelancer' ? (FREELANCE_ROLE_WEIGHTS[r.name] ?? 1) : 1)] as const));
}

function agencyNameFor(index: number): string {
  const base = AGENCY_NAMES[index % AGENCY_NAMES.length];
  const round = Math.floor(index / AGENCY_NAMES.length);
  return round === 0 ? base : `${base} ${round + 1}`;
}

function skillsFor(rng: Random, role: RoleSpec, seniority: string, skills: readonly string[]): SkillLevel[] {
  const shift = seniority === 'senior' ? 1 : seniority === 'junior' ? -1 : 0;
  const chosen = [...role.core, ...rng.sample(role.optional, rng.int(0, Math.min(3, role.optional.length)))];
  return chosen.map(([name, lo, hi]) => ({ skillId: skillIdOf(skills, name), level: clamp(rng.int(lo, hi) + shift, Math.max(1, lo - 1), 5) }));
}

function tagsFor(rng: Random, kind: TalentKind, seniority: string): string[] {
  const tags: string[] = [];
  if (seniority === 'senior') tags.push('senior');
  if (seniority === 'junior' && kind === 'staff') tags.push('junior');
  if (seniority === 'senior' && kind === 'staff' && rng.chance(0.3)) tags.push('lead');
  if (kind !== 'agency' && rng.chance(kind === 'freelancer' ? 0.5 : 0.15)) tags.push('remote');
  tags.push(...rng.sample(SECTOR_TAGS, rng.int(0, 2)));
  return tags;
}

function ratesFor(rng: Random, kind: TalentKind, seniority: string, place: Place): { costRate: number; billRate: number } {
  const [lo, hi] =
    kind === 'agency' ? [65, 110]
    : kind === 'freelancer' ? (seniority === 'senior' ? [75, 100] : [50, 80])
    : seniority === 'senior' ? [55, 70] : seniority === 'mid' ? [40, 55] : [30, 40];
  const cost = Math.round(rng.int(lo, hi) * place.rate);
  const markup = kind === 'staff' ? rng.float(2, 2.6) : rng.float(1.3, 1.6);
  return { costRate: cost, billRate: Math.round((cost * markup) / 5) * 5 };
}

function activeWindow(rng: Random, kind: TalentKind, today: IsoDate): { from: IsoDate | null; to: IsoDate | null } {
  if (kind === 'staff') {
    if (rng.chance(0.05)) return { from: addDaysIso(today, rng.int(14, 60)), to: null };
    if (rng.chance(0.03)) return { from: null, to: addDaysIso(today, rng.int(60, 150)) };
    return { from: null, to: null };
  }
  if (kind === 'agency') return { from: rng.chance(0.5) ? addDaysIso(today, -rng.int(90, 700)) : null, to: null };
  if (rng.chance(0.3)) return { from: null, to: null };
  const from = rng.chance(0.7) ? addDaysIso(today, -rng.int(0, 120)) : addDaysIso(today, rng.int(7, 60));
  return { from, to: addDaysIso(from, rng.int(60, 240)) };
}

function patternsFor(rng: Random, kind: TalentKind, place: Place, since: IsoDate, horizon: Horizon): { from: IsoDate; hours: WeekHours }[] {
  const d = place.day;
  const full = week([d, d, d, d, d]);
  const partTime = () => rng.pick([week([d, d, d, d, 0]), week([d, d, d, 0, 0]), week([0, d, d, d, 0]), week([6, 6, 6, 6, 6])]);
  if (kind === 'staff' && rng.chance(0.08)) return [{ from: since, hours: partTime() }];
  if (kind === 'freelancer' && rng.chance(0.15)) return [{ from: since, hours: week([0, d, d, d, 0]) }];
  const periods = [{ from: since, hours: full }];
  if (kind === 'staff' && rng.chance(0.06)) periods.push(partTimeChange(rng, horizon, since, d));
  return periods;
}

/** A move to part time a few months in: a second pattern period from a Monday. */
export function partTimeChange(rng: Random, horizon: Horizon, since: IsoDate, day: number): { from: IsoDate; hours: WeekHours } {
  const span = Math.max(14, Math.min(120, horizon.endDay - horizon.todayDay - 14));
  const from = isoFromDay(Math.max(weekStartOfDay(horizon.todayDay + rng.int(Math.min(45, span), span)), dayFromIso(since) + 7));
  return { from, hours: rng.chance(0.5) ? week([day, day, day, day, 0]) : week([day, day, day, 0, 0]) };
}

/** A few staff end up under-used; a few others get booked past their capacity. */
function markExtremes(rng: Random, talent: Talent[], traits: PersonTraits[]): void {
  const staff = talent.filter((t) => t.kind === 'staff').map((t) => t.id - 1);
  const chosen = rng.sample(staff, Math.max(4, Math.round(staff.length * 0.12)));
  const under = Math.ceil(chosen.length * 0.55);
  chosen.forEach((i, n) => {
    if (n < under) traits[i].underUsed = true;
    else traits[i].overAllocated = true;
  });
}
