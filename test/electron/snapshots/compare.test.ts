import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

// A hand-made pair: one booking, one campaign added, one moved and one removed between them.
const RANGE = { start: '2027-03-01', end: '2027-03-28' }; // four whole weeks, Monday to Sunday
// The March demand line spreads over the 21 days its role can work: March's 23 weekdays less Good
// Friday (26th) and Easter Monday (29th), Ada's (the only designer's) public holidays in England.
const PER_DAY = 1 / 21;
const DAYS_IN_WEEK: Record<string, number> = { '2027-03-01': 5, '2027-03-08': 5, '2027-03-15': 5, '2027-03-22': 4 };

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

async function pair() {
  const { ada, spring, line, designer } = await smallStudio(ws);
  const autumn = await ws.call('campaigns:create', { name: 'Autumn Range', status: 'confirmed', start: '2027-09-01', end: '2027-10-31' });
  const pitch = await ws.call('campaigns:create', { name: 'Old Pitch', status: 'pipeline', probability: 50, start: '2027-02-01', end: '2027-02-28' });
  const before = await ws.call('snapshots:take', { name: 'Before', range: RANGE });

  await ws.call('bookings:create', {
    talentId: ada.id, campaignId: spring.id, demandLineId: line.id, start: '2027-03-08', end: '2027-03-12', hoursPerDay: 4, status: 'confirmed',
  });
  await ws.call('campaigns:create', { name: 'Summer Teaser', status: 'confirmed', start: '2027-06-01', end: '2027-06-30' });
  await ws.call('campaigns:update', { ...autumn, start: '2027-10-01', end: '2027-11-30' });
  await ws.call('campaigns:delete', { id: pitch.id });
  const after = await ws.call('snapshots:take', { name: 'After', range: RANGE });
  return { before, after, ada, designer };
}

describe('comparing two snapshots', () => {
  it('finds the known changes per role and week, in campaigns and in people’s load', async () => {
    const { before, after, ada, designer } = await pair();
    const c = await ws.call('snapshots:compare', { baseId: before.id, id: after.id });

    expect(c.weeks).toEqual(['2027-03-01', '2027-03-08', '2027-03-15', '2027-03-22']);
    const designerWeeks = c.roleWeeks.filter((r) => r.roleId === designer.id);
    // 20 hours booked against the line: its open demand drops by 20 h spread over 21 days.
    for (const r of designerWeeks) {
      expect(r.demand).toBeCloseTo(-20 * DAYS_IN_WEEK[r.weekStart] * PER_DAY, 2);
      expect(r.supply).toBe(0);
    }
    // The booked week loses 20 free hours, so its shortfall grows by 20 − the demand that went away.
    const booked = designerWeeks.find((r) => r.weekStart === '2027-03-08')!;
    expect(booked.shortfall).toBeCloseTo(20 - 20 * 5 * PER_DAY, 2);
    expect(booked.utilisation).toBeCloseTo(20 / booked.after!.supply, 6);
    for (const r of designerWeeks.filter((x) => x !== booked)) {
      expect(r.shortfall).toBeCloseTo(-20 * DAYS_IN_WEEK[r.weekStart] * PER_DAY, 2);
      expect(r.utilisation).toBe(0);
    }

    expect(c.campaigns.map((x) => [x.name, x.change])).toEqual([
      ['Summer Teaser', 'added'],
      ['Old Pitch', 'removed'],
      ['Autumn Range', 'moved'],
    ]);
    expect(c.campaigns[2].before).toMatchObject({ start: '2027-09-01', end: '2027-10-31' });
    expect(c.campaigns[2].after).toMatchObject({ start: '2027-10-01', end: '2027-11-30' });
    expect(c.campaigns[2].sentences).toEqual(['Dates moved: 1 Sep 2027 – 31 Oct 2027 is now 1 Oct 2027 – 30 Nov 2027 (starts 4 weeks later).']);
    expect(c.people).toHaveLength(1);
    expect(c.people[0]).toMatchObject({ talentId: ada.id, bookedBefore: 0, bookedAfter: 20, delta: 20 });
    const week = c.weekTotals.find((w) => w.weekStart === '2027-03-08')!;
    // Weekly totals add up only roles short of people (a surplus in one role can't cover another).
    const short = (side: 'before' | 'after') =>
      c.roleWeeks.filter((r) => r.weekStart === '2027-03-08').reduce((t, r) => t + Math.max(0, r[side]?.shortfall ?? 0), 0);
    expect(week.shortfallBefore).toBeCloseTo(short('before'), 3);
    expect(week.shortfallAfter).toBeCloseTo(short('after'), 3);
  });

  it('compares a snapshot with itself as no change', async () => {
    const { after } = await pair();
    const c = await ws.call('snapshots:compare', { baseId: after.id, id: after.id });
    expect(c.campaigns).toEqual([]);
    expect(c.people).toEqual([]);
    expect(c.roleWeeks.every((r) => r.demand === 0 && r.supply === 0 && r.shortfall === 0)).toBe(true);
  });

  it('reads every status change by the status it ends in, the lost pitch first, and on hold takes the demand away', async () => {
    const { spring, designer } = await smallStudio(ws);
    const make = (name: string, status: 'pipeline' | 'confirmed' | 'in_progress' | 'on_hold' | 'lost', probability = 100) =>
      ws.call('campaigns:create', { name, status, probability, start: '2027-05-03', end: '2027-06-25', budget: 8_000, currency: 'EUR' });
    const pitch = await make('Pitch Lost Late', 'confirmed');
    const paused = await make('Paused Rebrand', 'on_hold');
    const revived = await make('Revived Pitch', 'lost', 0);
    const won = await make('Won Pitch', 'pipeline', 35);
    const dropped = await make('Dropped While Paused', 'on_hold');
    const before = await ws.call('snapshots:take', { name: 'Before', range: RANGE });

    const set = (c: typeof spring, status: typeof spring.status, probability = c.probability) => ws.call('campaigns:update', { ...c, status, probability });
    await set(pitch, 'lost', 0);
    await set(spring, 'on_hold');
    await set(paused, 'in_progress');
    await set(revived, 'pipeline', 20);
    await set(won, 'confirmed', 100);
    await set(dropped, 'cancelled', 0);
    const after = await ws.call('snapshots:take', { name: 'After', range: RANGE });
    const c = await ws.call('snapshots:compare', { baseId: before.id, id: after.id });

    expect(c.campaigns.map((x) => [x.change, x.sentences[0]])).toEqual([
      ['lost', 'Lost: was confirmed, now lost.'],
      ['cancelled', 'Cancelled: was on hold, now cancelled.'],
      ['on_hold', 'Put on hold: was confirmed, now on hold.'],
      ['won', 'Won: was a pitch at 35%, now confirmed.'],
      ['resumed', 'Back from hold: was on hold, now in progress.'],
      ['reopened', 'Back in the pipeline: was lost, now a pitch at 20%.'],
    ]);
    // Spring Launch on hold: its 120 designer hours in March (21 days the role can work) leave every week.
    for (const r of c.roleWeeks.filter((x) => x.roleId === designer.id)) {
      expect(r.demand).toBeCloseTo(-120 * DAYS_IN_WEEK[r.weekStart] * PER_DAY, 2);
      expect(r.after?.demand ?? 0).toBeCloseTo(0, 6);
    }
  });
});

