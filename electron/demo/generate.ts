import type { IsoDate, Role, Skill } from '@shared/domain';
import { attainableLines } from './attainable';
import { generateBookings } from './bookings';
import { generateClosures, generateTimeOff } from './calendar';
import { generateCampaigns } from './campaigns';
import { ROLES, SKILLS } from './catalogue';
import { addDaysIso, addMonthsIso, dayFromIso, weekdaysIn } from '@shared/dates';
import { generatePeople, partTimeChange, splitPeople } from './people';
import { createRandom } from './random';
import type { Horizon, StudioData, StudioSize } from './types';

export type { StudioData, StudioSize } from './types';

/** The demo studio: 40 staff, 25 freelancers, 3 agencies, 15 campaigns, six months of bookings. */
export const DEMO_SIZE: StudioSize = { people: 68, campaigns: 15, demandLines: null, bookings: 820, months: 6 };
export const DEMO_SEED = 20_240_917;

export function horizonOf(today: IsoDate, months: number): Horizon {
  const todayDay = dayFromIso(today);
  const endDay = dayFromIso(addDaysIso(addMonthsIso(today, months), -1));
  return { today, todayDay, endDay, weekdays: weekdaysIn(todayDay, endDay) };
}

/**
 * A whole studio as plain domain data, every date relative to `today`. Pure and deterministic:
 * the same seed, today and size always give the same data.
 */
export function generateStudio(seed: number, today: IsoDate, size: StudioSize = DEMO_SIZE): StudioData {
  const rng = createRandom(seed);
  const horizon = horizonOf(today, size.months);
  const roles: Role[] = ROLES.map((r, i) => ({ id: i + 1, name: r.name, utilisationTarget: r.target, colour: r.colour }));
  const skills: Skill[] = SKILLS.map((name, i) => ({ id: i + 1, name }));

  const people = generatePeople(rng, splitPeople(size.people), horizon, SKILLS);
  const { talent, patterns, traits } = people;
  const staffWithOnePeriod = talent.filter((t) => t.kind === 'staff' && patterns.filter((p) => p.talentId === t.id).length === 1);
  if (staffWithOnePeriod.length && !talent.some((t) => patterns.filter((p) => p.talentId === t.id).length > 1)) {
    const person = staffWithOnePeriod[0];
    const since = patterns.find((p) => p.talentId === person.id)!;
    const change = partTimeChange(rng, horizon, since.effectiveFrom, since.hours[0] || 7.5);
    patterns.push({ id: patterns.length + 1, talentId: person.id, effectiveFrom: change.from, hours: change.hours });
  }

  const owners = talent.filter((t) => t.kind === 'staff' && (t.primaryRoleId === 6 || t.primaryRoleId === 8)).map((t) => t.name);
  const generated = generateCampaigns(rng, size.campaigns, size.demandLines, horizon, owners, SKILLS);
  const campaigns = generated.campaigns;
  const demandLines = attainableLines(generated.demandLines, talent);
  const timeOff = generateTimeOff(rng, talent, traits, horizon);
  const closures = generateClosures(rng, horizon);
  const bookings = generateBookings(rng, size.bookings, horizon, talent, traits, campaigns, demandLines, timeOff);
  return { roles, skills, talent, patterns, timeOff, closures, campaigns, demandLines, bookings, reportingCurrency: 'GBP', rates: demoRates(today) };
}

/** Sterling reporting with euro and dollar rates from two years back, each changing two months from today. */
export function demoRates(today: IsoDate): { fromCurrency: string; toCurrency: string; rate: number; effectiveFrom: IsoDate }[] {
  const since = `${Number(today.slice(0, 4)) - 2}-01-01`;
  const change = `${addMonthsIso(today, 2).slice(0, 7)}-01`;
  return [
    { fromCurrency: 'EUR', toCurrency: 'GBP', rate: 0.86, effectiveFrom: since },
    { fromCurrency: 'EUR', toCurrency: 'GBP', rate: 0.85, effectiveFrom: change },
    { fromCurrency: 'GBP', toCurrency: 'USD', rate: 1.27, effectiveFrom: since },
    { fromCurrency: 'GBP', toCurrency: 'USD', rate: 1.25, effectiveFrom: change },
  ];
}
