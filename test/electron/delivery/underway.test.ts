// "When can we deliver?" for a campaign already under way, through the real handler table on the
// messy delivery studio (part-timers, England and Bavaria holidays, the away-day closure, Black
// Friday booking most motion designers, a tentative pitch on the freelancer): hours booked on the
// campaign's lines count as done or planned, only the open hours are planned from the earliest
// start, and the finish is checked against a brute-force search over the free hours the capacity
// grid gives (a different code path from the engine).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryAnswer } from '@shared/contract';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { underWayCampaign } from './studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

// "Today" is Tuesday 27 April 2027: Brief, Script and Voice-over are over, Animation is under way.
const TODAY = '2027-04-27';
const CLOSURES = new Set(['2027-04-16']);

type Studio = Awaited<ReturnType<typeof underWayCampaign>>;
const underWay = (hours: number) => underWayCampaign(ws, hours);

const ask = (campaignId: number, more: Record<string, unknown> = {}) => ws.call('delivery:answer', { campaignId, earliestStart: TODAY, requestedDate: '2027-04-30', ...more });

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const studioDay = (iso: string) => weekday(iso) !== 0 && weekday(iso) !== 6 && !CLOSURES.has(iso);

/**
 * Brute force over the capacity grid's free hours: the first window of Animation's remaining
 * working days where its two best motion designers hold its open hours, then the first day from
 * Review's planned day, after Animation, where the producer and the copywriters hold its hours.
 */
async function bruteForceFinish(s: Studio, animationOpen: number, tentativeIsTaken: boolean): Promise<string | null> {
  const grid = await ws.call('capacity:grid', { range: { start: TODAY, end: '2027-07-31' }, bucket: 'day', limit: 50 });
  const days = grid.buckets.map((b) => b.start);
  const n = days.length;
  const free = (id: number, i: number) => {
    const r = grid.people.findIndex((p) => p.id === id);
    const k = r * n + i;
    return Math.max(0, grid.capacity[k] - grid.confirmed[k] - (tentativeIsTaken ? grid.tentative[k] : 0));
  };
  const work = days.map((d, i) => [d, i] as const).filter(([d]) => studioDay(d));
  const remaining = work.filter(([d]) => d <= '2027-04-29').length; // Animation's days from today to its planned end
  const motion = [s.mia, s.noah, s.lena, s.omar];
  for (let w = 0; w + remaining <= work.length; w++) {
    const window = work.slice(w, w + remaining);
    const given = motion.map((p) => window.reduce((t, [, i]) => t + free(p.id, i), 0)).sort((a, b) => b - a);
    if (given[0] + given[1] < animationOpen - 1e-6) continue;
    const animationEnd = window[window.length - 1][0];
    for (const [d, i] of work) {
      if (d <= animationEnd || d < '2027-04-30') continue;
      if (free(s.pat.id, i) >= 4 - 1e-6 && free(s.ava.id, i) + free(s.ben.id, i) >= 3 - 1e-6) return d;
    }
    return null;
  }
  return null;
}

/** Books every run of the answer for real (refused on any over-allocation). */
async function bookRuns(a: DeliveryAnswer, s: Studio) {
  for (const phase of a.phases) {
    for (const role of phase.roles) {
      const line = s.line(phase.name, role.roleId);
      for (const p of role.people) for (const r of p.runs) await s.book(p.id, line.id, r.start, r.end, r.hoursPerDay, 'tentative');
    }
  }
}

describe('delivery:answer for a campaign under way', () => {
  it('plans only the open hours from today, keeps finished phases and the one under way, and finishes on the booked plan', async () => {
    const s = await underWay(60);
    const a = await ask(s.campaign.id);
    expect(a.progress).toMatchObject({ hours: 103, bookedHours: 59.5, openHours: 43.5, overBookedHours: 0, lapsedHours: 0, lastBookedDay: '2027-04-27', fullyBooked: false });
    expect(a.progress!.sentence).toBe('59.5 h of 103 h already booked; the open 43.5 h can be done by 30 April 2027.');
    expect(a.finish).toBe('2027-04-30');
    expect(a.onTime).toBe(true);
    expect(a.finish).toBe(await bruteForceFinish(s, 60 - 23.5, true));
    const byName = new Map(a.phases.map((p) => [p.name, p]));
    expect(a.phases.map((p) => p.name)).toEqual(['Brief', 'Script', 'Animation', 'Voice-over', 'Review']);
    expect(byName.get('Brief')).toMatchObject({ start: '2027-04-14', end: '2027-04-15', progress: { state: 'booked', hours: 10, bookedHours: 10 } });
    expect(byName.get('Script')!.roles[0].people).toEqual([{ id: s.ava.id, name: 'Ava Stone', hours: 20, runs: [] }]);
    // Under way: it keeps its start; its open 36.5 h are planned on its remaining days.
    const animation = byName.get('Animation')!;
    expect(animation.progress).toEqual({ state: 'underway', hours: 60, bookedHours: 23.5, startedOn: '2027-04-22' });
    expect(animation.start! >= TODAY && animation.end! <= '2027-04-29').toBe(true);
    expect(animation.roles[0].hours).toBeCloseTo(36.5, 6);
    expect(animation.roles[0].people.reduce((t, p) => t + p.hours, 0)).toBeCloseTo(36.5, 6);
    // Lena's own booking today is taken: nothing more is planned on her today.
    const lenaToday = animation.roles[0].people.find((p) => p.id === s.lena.id)?.runs.some((r) => r.start <= TODAY && r.end >= TODAY);
    expect(lenaToday ?? false).toBe(false);
    // Replanning every hour from today (the campaign's bookings replaced) is far later.
    const replanned = await ask(s.campaign.id, { ownBookingsFree: true });
    expect(replanned.progress).toBeUndefined();
    expect(replanned.finish! > a.finish!).toBe(true);
    // Booked for real, the plan over-allocates nobody: the campaign's bookings were counted once.
    await bookRuns(a, s);
    expect(await ws.call('capacity:overallocations', { range: { start: '2027-04-01', end: '2027-05-31' } })).toEqual([]);
  });

  for (const hours of [64, 70, 75]) {
    it(`equals the brute-force finish when the open hours need later days (Animation ${hours} h)`, async () => {
      const s = await underWay(hours);
      for (const tentativeIsTaken of [true, false]) {
        const a = await ask(s.campaign.id, { tentativeIsTaken });
        const expected = await bruteForceFinish(s, hours - 23.5, tentativeIsTaken);
        console.log(`[underway] Animation ${hours} h, tentative ${tentativeIsTaken ? 'taken' : 'free'}: finish ${a.finish}, brute force ${expected}; ${a.progress!.sentence}`);
        expect(a.finish).toBe(expected);
        expect(a.progress!.openHours).toBeCloseTo(hours - 23.5 + 7, 6);
      }
    });
  }

  it('a fully booked campaign says so and finishes on its last booked day; tentative bookings count as the toggle says', async () => {
    const s = await underWay(60);
    await bookRuns(await ask(s.campaign.id), s); // the open hours, booked tentatively
    const a = await ask(s.campaign.id);
    expect(a.progress).toMatchObject({ hours: 103, bookedHours: 103, openHours: 0, fullyBooked: true, lastBookedDay: '2027-04-30' });
    expect(a.progress!.sentence).toBe('All 103 h of its lines are booked; the last booked day, 30 April 2027, is the finish.');
    expect(a.finish).toBe('2027-04-30');
    expect(a.onTime).toBe(true);
    expect(a.binding.sentence).toBe('Nothing is left to plan: the bookings already made run to 30 April 2027, so they set the date.');
    expect(a.waysOut).toEqual([]);
    expect(a.phases.every((p) => p.progress!.state === 'booked' && p.roles.every((r) => r.people.every((x) => x.runs.length === 0)))).toBe(true);
    // "Book it" has nothing left to book.
    const propose = await ws.send('delivery:propose', { campaignId: s.campaign.id, earliestStart: TODAY });
    expect(propose.ok === false && propose.error.message).toBe("Aurora video's demand lines are fully booked: there is nothing left to book.");
    // Tentative bookings counted as free: the tentative hours are open again, on free time.
    const free = await ask(s.campaign.id, { tentativeIsTaken: false });
    expect(free.progress).toMatchObject({ bookedHours: 59.5, openHours: 43.5, fullyBooked: false });
    expect(free.finish).toBe(await bruteForceFinish(s, 36.5, false));
  });

  it('a line booked beyond its hours leaves none open, never fewer than none', async () => {
    const s = await underWay(60);
    const animation = s.line('Animation', s.motion.id).id;
    await s.book(s.mia.id, animation, '2027-04-27', '2027-04-29', 7.5);
    await s.book(s.noah.id, animation, '2027-04-27', '2027-04-28', 8);
    await s.book(s.pat.id, s.line('Brief', s.producer.id).id, '2027-04-14', '2027-04-14', 2.5);
    const a = await ask(s.campaign.id);
    // Animation: 23.5 + 22.5 + 16 = 62 h booked of 60; Brief 12.5 of 10.
    expect(a.progress).toMatchObject({ hours: 103, bookedHours: 96, overBookedHours: 4.5, openHours: 7, lastBookedDay: '2027-04-29' });
    expect(a.progress!.sentence).toBe('96 h of 103 h already booked (4.5 h more than its lines ask); the open 7 h can be done by 30 April 2027.');
    const byName = new Map(a.phases.map((p) => [p.name, p]));
    expect(byName.get('Animation')).toMatchObject({ start: '2027-04-22', end: '2027-04-29', progress: { state: 'booked', hours: 60, bookedHours: 60 } });
    expect(byName.get('Review')).toMatchObject({ start: '2027-04-30', end: '2027-04-30' });
    expect(a.phases.flatMap((p) => p.roles).every((r) => r.hours >= 0 && r.people.every((x) => x.hours >= 0))).toBe(true);
    expect(a.finish).toBe('2027-04-30');
  });

  it('hours of a phase that ended unbooked are said, not planned again; the bookings then set the date', async () => {
    const s = await underWay(60);
    // From Monday 3 May, Animation (ended 29 April) and Review (30 April) are over.
    const a = await ask(s.campaign.id, { earliestStart: '2027-05-03', requestedDate: '2027-05-07' });
    expect(a.progress).toMatchObject({ openHours: 0, lapsedHours: 43.5, fullyBooked: false, lastBookedDay: '2027-04-27' });
    expect(a.progress!.sentence).toBe(
      '59.5 h of 103 h booked, the last on 27 April 2027; nothing else is left to plan. 36.5 h of Animation were never booked before it ended on 29 April 2027, so they are not planned again. 7 h of Review were never booked before it ended on 30 April 2027, so they are not planned again.',
    );
    expect(a.finish).toBe('2027-04-27');
    expect(a.binding.sentence).toBe('Nothing is left to plan: the bookings already made run to 27 April 2027, so they set the date.');
    expect(a.phases.map((p) => p.progress!.state)).toEqual(['booked', 'booked', 'finished', 'booked', 'finished']);
  });

  it('bookings that run past the open hours set the date, late by the working days after the requested one', async () => {
    const s = await underWay(60);
    await s.book(s.pat.id, s.line('Review', s.producer.id).id, '2027-05-07', '2027-05-07', 4);
    const a = await ask(s.campaign.id);
    expect(a.progress!.sentence).toBe('63.5 h of 103 h already booked; the open 39.5 h can be done by 30 April 2027, but the bookings already made run to 7 May 2027.');
    expect(a.progress!.openFinish).toBe('2027-04-30');
    // 3–7 May: five working days (Monday 3 May is a bank holiday in England, not a studio closure).
    expect(a).toMatchObject({ finish: '2027-05-07', onTime: false, workingDaysLate: 5, calendarDaysLate: 7, waysOut: [] });
    expect(a.binding.sentence).toBe('The bookings already made run to 7 May 2027, later than the open hours need, so they set the date.');
  });

  it('"Book it" proposes only the open hours, from today, on the phases still to plan', async () => {
    const s = await underWay(60);
    const p = await ws.call('delivery:propose', { campaignId: s.campaign.id, earliestStart: TODAY, requestedDate: '2027-04-30', mode: 'split' });
    expect(p.phases.map((x) => [x.name, x.start, x.end])).toEqual([
      ['Animation', '2027-04-27', '2027-04-29'],
      ['Review', '2027-04-30', '2027-04-30'],
    ]);
    const open = new Map([[s.line('Animation', s.motion.id).id, 36.5], [s.line('Review', s.producer.id).id, 4], [s.line('Review', s.copy.id).id, 3]]);
    expect(new Map(p.lines.map((l) => [l.demandLineId, l.staffed + l.unstaffed]))).toEqual(open);
    expect(p.bookings.every((b) => b.start >= TODAY)).toBe(true);
    await ws.call('staffing:accept', { proposalId: p.id });
    expect(await ws.call('capacity:overallocations', { range: { start: '2027-04-01', end: '2027-05-31' } })).toEqual([]);
    expect((await ask(s.campaign.id)).progress!.fullyBooked).toBe(p.unstaffedHours === 0);
  });

  it('"Book it" with tentative bookings counted as free still counts the campaign’s own tentative bookings, so it never books a line twice', async () => {
    const s = await underWay(60);
    await s.book(s.mia.id, s.line('Animation', s.motion.id).id, '2027-04-27', '2027-04-29', 7.5, 'tentative');
    // The answer follows the toggle: Mia's tentative 22.5 h are open again, and her days free.
    expect((await ask(s.campaign.id, { tentativeIsTaken: false })).progress!.openHours).toBeCloseTo(36.5 + 7, 6);
    const { created } = await ws.call('delivery:book', { campaignId: s.campaign.id, earliestStart: TODAY, tentativeIsTaken: false });
    const booked = (await ws.call('bookings:list', { campaignIds: [s.campaign.id] })).filter((b) => created.includes(b.id));
    const animation = s.line('Animation', s.motion.id).id;
    expect(booked.filter((b) => b.demandLineId === animation).reduce((t, b) => t + b.totalHours, 0)).toBeCloseTo(60 - 23.5 - 22.5, 6);
    // Only Omar, whose tentative pitch the toggle counts as free, may be over-allocated.
    const over = await ws.call('capacity:overallocations', { range: { start: '2027-04-01', end: '2027-05-31' } });
    expect(over.filter((o) => o.talentId !== s.omar.id)).toEqual([]);
  });

  it('a way out that would finish the open hours before the last booked day says the bookings still hold the date', async () => {
    const s = await underWay(70);
    // Review's copy is booked on Ava for Tuesday 4 May; its producer hours are open, and Pat's first day after Animation (28–30 April) is the 4th too (3 May is a bank holiday in England).
    await s.book(s.ava.id, s.line('Review', s.copy.id).id, '2027-05-04', '2027-05-04', 3);
    const a = await ask(s.campaign.id);
    expect(a.progress).toMatchObject({ openFinish: '2027-05-04', lastBookedDay: '2027-05-04' });
    expect(a.finish).toBe('2027-05-04');
    const held = a.waysOut.filter((w) => w.sentence.endsWith('The bookings already made run to 4 May 2027, so that date holds unless they move too.'));
    expect(held.length).toBeGreaterThan(0);
    expect(a.waysOut.every((w) => w.finish === null || w.finish >= '2027-05-04')).toBe(true);
  });
});
