// "When can we deliver?" for a demand line of no phase (a "loose line") whose open hours can't be
// done in its window's length: the line stretches from its ready day until its hours fit, so the
// answer is a date, not "fit nowhere". Through the real handler table on the messy delivery studio
// (part-timers, England and Bavaria holidays, the away-day closure on Friday 16 April, Black Friday
// booking most motion designers, a tentative pitch on the freelancer); the finish is checked
// against a brute-force search over the free hours the capacity grid gives.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { deliveryStudio } from './studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

// "Today" is Thursday 15 April 2027; the studio is away on Friday 16th.
const TODAY = '2027-04-15';
const CLOSURES = new Set(['2027-04-16']);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const studioDay = (iso: string) => weekday(iso) !== 0 && weekday(iso) !== 6 && !CLOSURES.has(iso);

/**
 * Brute force over the capacity grid's free hours: the first studio day from `from` by which the
 * eligible people's free hours add up to the open hours, and not before the window's last day.
 */
async function bruteForceFinish(people: number[], open: number, from: string, windowEnd: string, tentativeIsTaken: boolean): Promise<string | null> {
  const grid = await ws.call('capacity:grid', { range: { start: from, end: '2028-04-30' }, bucket: 'day', limit: 50 });
  const n = grid.buckets.length;
  const free = (id: number, i: number) => {
    const k = grid.people.findIndex((p) => p.id === id) * n + i;
    return Math.max(0, grid.capacity[k] - grid.confirmed[k] - (tentativeIsTaken ? grid.tentative[k] : 0));
  };
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const day = grid.buckets[i].start;
    if (!studioDay(day)) continue;
    sum += people.reduce((t, id) => t + free(id, i), 0);
    if (sum >= open - 1e-6 && day >= windowEnd) return day;
  }
  return null;
}

async function refresh() {
  const s = await deliveryStudio(ws);
  const campaign = await ws.call('campaigns:create', { name: 'Spring refresh', client: 'Litware', status: 'confirmed', priority: 2, start: '2027-04-12', end: '2027-04-30' });
  // Wednesday 14 to Tuesday 20 April: five weekdays, four studio days (the away day).
  const line = await ws.call('demandLines:create', { campaignId: campaign.id, roleId: s.motion.id, hours: 200, start: '2027-04-14', end: '2027-04-20', note: 'Motion refresh' });
  const book = (talentId: number, start: string, end: string, hoursPerDay: number) =>
    ws.call('bookings:create', { talentId, campaignId: campaign.id, demandLineId: line.id, start, end, hoursPerDay, status: 'confirmed' });
  await book(s.mia.id, '2027-04-14', '2027-04-14', 1.5);
  await book(s.lena.id, '2027-04-14', '2027-04-14', 2);
  const motion = [s.mia.id, s.noah.id, s.lena.id, s.omar.id];
  return { ...s, campaign, line, motion };
}

const ask = (campaignId: number, more: Record<string, unknown> = {}) => ws.call('delivery:answer', { campaignId, earliestStart: TODAY, requestedDate: '2027-04-20', ...more });

describe('delivery:answer for a demand line of no phase whose hours need more than its window', () => {
  it('finishes on the earliest day the free hours allow, as brute force finds, says what holds it, and books without over-allocation', async () => {
    const s = await refresh();
    for (const tentativeIsTaken of [true, false]) {
      const a = await ask(s.campaign.id, { tentativeIsTaken });
      const expected = await bruteForceFinish(s.motion, 196.5, TODAY, '2027-04-20', tentativeIsTaken);
      console.log(`[stretch] tentative ${tentativeIsTaken ? 'taken' : 'free'}: finish ${a.finish}, brute force ${expected}; ${a.progress!.sentence} ${a.binding.sentence}`);
      expect(expected).not.toBeNull();
      expect(expected! > '2027-04-20').toBe(true); // the window's three days left can't hold it
      expect(a.finish).toBe(expected);
      expect(a.progress).toMatchObject({ bookedHours: 3.5, openHours: 196.5, openFinish: expected });
      const phase = a.phases[0];
      expect(phase).toMatchObject({ name: 'Motion refresh', start: TODAY, end: expected });
      expect(phase.roles[0].people.reduce((t, p) => t + p.hours, 0)).toBeCloseTo(196.5, 6);
      expect(a.onTime).toBe(false);
      expect(a.binding.sentence).toMatch(/^Motion designer is [\d.,]+ h short in .*, so Motion refresh runs to .* instead of 20 April 2027\.$/);
    }
    // Tentative bookings taken: Omar's pitch holds him to 30 April; Lena's Ascension Day (Bavaria) is 6 May.
    const a = await ask(s.campaign.id);
    expect(a.finish).toBe('2027-05-06');
    const { created } = await ws.call('delivery:book', { campaignId: s.campaign.id, earliestStart: TODAY });
    expect(created.length).toBeGreaterThan(0);
    expect(await ws.call('capacity:overallocations', { range: { start: '2027-04-01', end: '2027-06-30' } })).toEqual([]);
    const after = await ask(s.campaign.id);
    expect(after.progress).toMatchObject({ openHours: 0, fullyBooked: true, lastBookedDay: '2027-05-06' });
  });

  it('a line that fits keeps to its window: a closure inside it does not push its end past it', async () => {
    const s = await deliveryStudio(ws);
    const poster = await ws.call('campaigns:create', { name: 'Poster', client: 'Litware', status: 'pipeline', probability: 50, priority: 3, start: '2027-04-14', end: '2027-04-20' });
    await ws.call('demandLines:create', { campaignId: poster.id, roleId: s.producer.id, hours: 4, start: '2027-04-14', end: '2027-04-20', note: 'Print run' });
    const a = await ws.call('delivery:answer', { campaignId: poster.id, earliestStart: '2027-04-14', requestedDate: '2027-04-20' });
    expect(a.phases[0]).toMatchObject({ name: 'Print run', start: '2027-04-14', end: '2027-04-20' });
    expect(a).toMatchObject({ finish: '2027-04-20', onTime: true, workingDaysLate: 0 });
  });

  it('a line nobody can do has no date, and the progress says why rather than "fit nowhere"', async () => {
    const s = await refresh();
    await ws.call('demandLines:create', { campaignId: s.campaign.id, roleId: s.producer.id, skills: [{ skillId: s.ae.id, minLevel: 2 }], hours: 20, start: '2027-04-19', end: '2027-04-23', note: 'Motion producing' });
    const a = await ask(s.campaign.id);
    expect(a.finish).toBeNull();
    expect(a.binding).toMatchObject({ nobody: true, sentence: 'No one can do the Producer hours of Motion producing: nobody holds the role with the skills asked.' });
    expect(a.progress!.sentence).toBe('3.5 h of 220 h already booked; the open 216.5 h have no date, as no one can do the Producer hours of Motion producing: nobody holds the role with the skills asked.');
  });
});
