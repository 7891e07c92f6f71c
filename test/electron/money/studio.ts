// A small, messy studio for the money tests: people paid in GBP, EUR (a part-timer on a day rate)
// and USD, a closure, and a EUR rate that changes in the middle of the bookings. The expected
// figures are computed here by hand, day by day, independently of the app's code.
import type { WeekHours } from '@shared/domain';
import type { TestWorkspace } from '../helpers/workspace';

export const NOW = new Date('2026-03-01T09:00:00Z');
export const CLOSURE = '2026-03-04';

/** The rates as entered, and an independent lookup: latest ≤ day, inverse, or through GBP. */
export const RATES = [
  { fromCurrency: 'EUR', toCurrency: 'GBP', rate: 0.86, effectiveFrom: '2026-01-01' },
  { fromCurrency: 'EUR', toCurrency: 'GBP', rate: 0.84, effectiveFrom: '2026-03-05' },
  { fromCurrency: 'GBP', toCurrency: 'USD', rate: 1.27, effectiveFrom: '2026-01-01' },
];

function toGbp(currency: string, day: string): number {
  if (currency === 'GBP') return 1;
  if (currency === 'EUR') return day >= '2026-03-05' ? 0.84 : 0.86;
  if (currency === 'USD') return 1 / 1.27;
  throw new Error(currency);
}
export const fx = (from: string, to: string, day: string) => toGbp(from, day) / toGbp(to, day);

export interface PersonSpec {
  name: string;
  currency: string;
  rate: number;
  unit: 'hour' | 'day';
  week: WeekHours;
  country: string;
  region: string;
  kind: 'staff' | 'freelancer';
}

export const PEOPLE: PersonSpec[] = [
  { name: 'Ada (London)', currency: 'GBP', rate: 50, unit: 'hour', week: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0], country: 'GB', region: 'ENG', kind: 'staff' },
  { name: 'Bruno (Berlin, part-time)', currency: 'EUR', rate: 400, unit: 'day', week: [8, 8, 8, 0, 4, 0, 0], country: 'DE', region: 'BE', kind: 'freelancer' },
  { name: 'Cleo (New York)', currency: 'USD', rate: 80, unit: 'hour', week: [8, 8, 8, 8, 8, 0, 0], country: 'US', region: 'NY', kind: 'staff' },
];

/** Every day of [start, end] as YYYY-MM-DD. */
export function daysOf(start: string, end: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${start}T00:00:00Z`); d.toISOString().slice(0, 10) <= end; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
}
const weekday = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;

/** A booking's cost in `currency`, day by day: its working days (no public holidays in these weeks), the pattern's hours for a day rate. */
export function expectedCost(p: PersonSpec, start: string, end: string, hoursPerDay: number, currency: string): number {
  const all = daysOf(start, end);
  const working = all.filter((d) => p.week[weekday(d)] > 0 && d !== CLOSURE);
  const days = working.length > 0 ? working : all;
  return days.reduce((sum, d) => {
    const hourly = p.unit === 'day' ? p.rate / p.week[weekday(d)] : p.rate;
    return sum + hoursPerDay * hourly * fx(p.currency, currency, d);
  }, 0);
}

export const BOOKINGS = [
  { person: 0, start: '2026-03-02', end: '2026-03-06', hoursPerDay: 7.5, status: 'confirmed' as const },
  { person: 1, start: '2026-03-02', end: '2026-03-06', hoursPerDay: 4, status: 'confirmed' as const },
  { person: 2, start: '2026-03-03', end: '2026-03-05', hoursPerDay: 6, status: 'tentative' as const },
];

export interface Studio {
  people: number[];
  spring: number;
  autumn: number;
  lineId: number;
  rateIds: number[];
}

/** Builds the studio through the handler table. */
export async function buildStudio(w: Pick<TestWorkspace, 'call'>): Promise<Studio> {
  const role = await w.call('roles:create', { name: 'Designer' });
  await w.call('closures:create', { date: CLOSURE, name: 'Studio move' });
  const people: number[] = [];
  for (const p of PEOPLE) {
    const t = await w.call('talent:create', {
      kind: p.kind, name: p.name, primaryRoleId: role.id, costRate: p.rate, costRateUnit: p.unit, currency: p.currency,
      holidayCountry: p.country, holidayRegion: p.region, patterns: [{ effectiveFrom: '2025-01-01', hours: p.week }],
    });
    people.push(t.id);
  }
  const spring = (await w.call('campaigns:create', { name: 'Spring Launch', status: 'confirmed', budget: 6000, currency: 'EUR', start: '2026-03-02', end: '2026-04-30' })).id;
  const autumn = (await w.call('campaigns:create', { name: 'Autumn Teaser', status: 'confirmed', budget: 3000, currency: 'GBP', start: '2026-03-02', end: '2026-04-30' })).id;
  for (const b of BOOKINGS) {
    await w.call('bookings:create', { allowOverAllocation: true, talentId: people[b.person], campaignId: spring, start: b.start, end: b.end, hoursPerDay: b.hoursPerDay, status: b.status });
  }
  await w.call('bookings:create', { allowOverAllocation: true, talentId: people[2], campaignId: autumn, start: '2026-03-09', end: '2026-03-10', hoursPerDay: 8, status: 'confirmed' });
  const line = await w.call('demandLines:create', { campaignId: autumn, roleId: role.id, hours: 30, start: '2026-03-16', end: '2026-03-27' });
  const rateIds: number[] = [];
  for (const r of RATES) rateIds.push((await w.call('rates:create', r)).id);
  await w.call('money:setReportingCurrency', { currency: 'GBP' });
  return { people, spring, autumn, lineId: line.id, rateIds };
}
