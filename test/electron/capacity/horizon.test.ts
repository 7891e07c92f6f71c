// Any planning horizon: figures for years beyond the model's first window, through the real
// handler table on a real workspace file, and ranges beyond the limit refused with words.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { referenceCompute, refDates } from '../../../test/shared/capacity/reference';
import { CapacityModel, loadCapacityInput, modelRange, stateBytes } from '../../../electron/capacity/model';
import { listBookings } from '../../../electron/db/repos/bookings';
import { ioCall, writeTemp } from '../io/helpers';
import { FIXED_NOW, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

const TODAY = '2026-11-26'; // FIXED_NOW: the model starts with 2025–2028
const fullTime = [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0] as const;
const partTime = [8, 8, 8, 4, 0, 0, 0] as const;

let ws: TestWorkspace;
let ada: number;
let ben: number;
let agency: number;
let retainer: number;

beforeAll(async () => {
  ws = tempWorkspace(() => FIXED_NOW);
  const designer = await ws.call('roles:create', { name: 'Designer', utilisationTarget: 80 });
  const producer = await ws.call('roles:create', { name: 'Producer', utilisationTarget: 75 });
  ada = (await ws.call('talent:create', {
    kind: 'freelancer', name: 'Ada Lovelace', primaryRoleId: designer.id, costRate: 55, currency: 'EUR',
    holidayCountry: 'GB', holidayRegion: 'ENG', patterns: [{ effectiveFrom: '2025-01-01', hours: [...fullTime] }],
  })).id;
  // A part-timer who goes full time in mid-2030, far beyond the first window.
  ben = (await ws.call('talent:create', {
    kind: 'staff', name: 'Ben Okafor', primaryRoleId: producer.id, costRate: 40, currency: 'GBP', activeFrom: '2026-02-01',
    holidayCountry: 'DE', holidayRegion: 'BY',
    patterns: [{ effectiveFrom: '2026-02-01', hours: [...partTime] }, { effectiveFrom: '2030-06-03', hours: [8, 8, 8, 8, 8, 0, 0] }],
  })).id;
  agency = (await ws.call('talent:create', {
    kind: 'agency', name: 'Northwind Studio', primaryRoleId: designer.id, headcount: 3, costRate: 70, currency: 'USD',
    activeTo: '2033-12-31', patterns: [{ effectiveFrom: '2025-01-01', hours: [7, 7, 7, 7, 7, 0, 0] }],
  })).id;
  retainer = (await ws.call('campaigns:create', {
    name: 'Long retainer', client: 'Contoso', status: 'confirmed', start: '2029-01-01', end: '2038-12-31', budget: 900_000,
  })).id;
  await ws.call('closures:create', { date: '2030-12-24', name: 'Studio closed' });
  await ws.call('closures:create', { date: '2031-03-05', name: 'Studio offsite' }); // a Wednesday
  await ws.call('timeOff:create', { talentId: ada, start: '2031-03-06', end: '2031-03-06', hoursPerDay: 3.5, type: 'vacation' });
  await ws.call('bookings:create', { allowOverAllocation: true,
    talentId: agency, campaignId: retainer, start: '2030-01-07', end: '2030-12-31', hoursPerDay: 14, status: 'confirmed',
  });
});
afterAll(() => ws.close());

/** The reference implementation's figures over `range`, from the workspace's rows. */
function reference(range: { start: string; end: string }) {
  const input = loadCapacityInput(ws.db, range);
  return referenceCompute({ ...input, bookings: listBookings(ws.db) });
}

describe('capacity beyond the first window', () => {
  it('a booking in 2031 that over-allocates Ada shows in the over-allocation list', async () => {
    await ws.call('bookings:create', { allowOverAllocation: true, talentId: ada, campaignId: retainer, start: '2031-03-03', end: '2031-03-07', hoursPerDay: 6, status: 'confirmed' });
    await ws.call('bookings:create', { allowOverAllocation: true, talentId: ada, campaignId: retainer, start: '2031-03-04', end: '2031-03-06', hoursPerDay: 4, status: 'tentative' });
    const runs = await ws.call('capacity:overallocations', { range: { start: '2031-03-01', end: '2031-03-31' }, filter: {} });
    // The 5th is the studio's offsite (no hours fall there); the 6th has 3.5 h off.
    expect(runs.map((r) => [r.name, r.start, r.end, r.message])).toEqual([
      ['Ada Lovelace', '2031-03-04', '2031-03-04', 'Ada Lovelace: 10 h booked of 7.5 h on 4 March 2031'],
      ['Ada Lovelace', '2031-03-06', '2031-03-06', 'Ada Lovelace: 10 h booked of 4 h on 6 March 2031'],
    ]);
    const ref = reference({ start: '2031-01-01', end: '2031-12-31' });
    const overDays = runs.flatMap((r) => r.days.map((d) => `${r.talentId}|${d.date}`));
    expect(overDays).toEqual([...ref.overAllocated].filter((k) => k.startsWith(`${ada}|2031-03`)).sort());
  });

  it('bookings:check flags a 20-hour-a-day booking in 2029', async () => {
    const check = await ws.call('bookings:check', { talentId: ben, campaignId: retainer, start: '2029-05-14', end: '2029-05-18', hoursPerDay: 20 });
    // Ben works Monday to Wednesday 8 h and Thursday 4 h; Friday is not a working day for him.
    expect(check.message).toBe('Ben Okafor: 20 h booked of 8 h on 14, 15 and 16 May 2029; 20 h booked of 4 h on 17 May 2029');
    expect(check.totalHours).toBe(80);
  });

  it('bookings:check flags a booking twelve years out, then the first window still answers the same', async () => {
    const week = { range: { start: '2026-11-23', end: '2027-01-03' }, bucket: 'week' as const, filter: {}, offset: 0, limit: 10 };
    const before = await ws.call('capacity:grid', week);
    const check = await ws.call('bookings:check', { talentId: ada, campaignId: retainer, start: '2038-06-07', end: '2038-06-08', hoursPerDay: 9 });
    expect(check.message).toBe('Ada Lovelace: 9 h booked of 7.5 h on 7 and 8 June 2038');
    expect(await ws.call('capacity:grid', week)).toEqual(before);
  });

  it('a grid in 2030 has real figures, equal to the reference implementation', async () => {
    const range = { start: '2030-01-01', end: '2030-12-31' };
    const grid = await ws.call('capacity:grid', { range, bucket: 'month', filter: {}, offset: 0, limit: 10 });
    expect(grid.buckets).toHaveLength(12);
    expect(grid.buckets[0]).toEqual({ start: '2030-01-01', end: '2030-01-31' });
    const ref = reference(range);
    const B = grid.buckets.length;
    grid.people.forEach((person, row) => {
      grid.buckets.forEach((bucket, c) => {
        const cells = refDates(bucket.start, bucket.end).map((d) => ref.cells.get(`${person.id}|${d}`)!);
        const sum = (key: 'capacity' | 'confirmed' | 'tentative') => cells.reduce((s, cell) => s + cell[key], 0);
        expect(grid.capacity[row * B + c]).toBeCloseTo(sum('capacity'), 6);
        expect(grid.confirmed[row * B + c]).toBeCloseTo(sum('confirmed'), 6);
        expect(grid.tentative[row * B + c]).toBeCloseTo(sum('tentative'), 6);
      });
    });
    // By hand: April 2030 has 22 weekdays; Good Friday (19th) and Easter Monday (22nd) are English holidays.
    const adaRow = grid.people.findIndex((p) => p.id === ada);
    expect(grid.capacity[adaRow * B + 3]).toBe(150);
    // The agency: 3 × 7 h a day, 14 h booked on each working day from 7 January.
    const agencyRow = grid.people.findIndex((p) => p.id === agency);
    expect(grid.capacity[agencyRow * B + 1]).toBe(20 * 21);
    expect(grid.confirmed[agencyRow * B + 1]).toBe(20 * 14);
  });

  it('ranks people for a demand line in 2032 by their free hours there', async () => {
    const designer = (await ws.call('roles:list')).find((r) => r.name === 'Designer')!;
    const line = await ws.call('demandLines:create', { campaignId: retainer, roleId: designer.id, hours: 40, start: '2032-04-05', end: '2032-04-16' });
    const ranked = await ws.call('staffing:rank', { demandLineId: line.id });
    const free = Object.fromEntries(ranked.candidates.map((c) => [c.name, c.freeHours]));
    // Two working weeks: Ada 10 × 7.5 h; the agency 10 × 3 × 7 h.
    expect(free).toEqual({ 'Ada Lovelace': 75, 'Northwind Studio': 210 });

    // After a change the model rebuilds for (from its first window), a plan for those weeks staffs the line there, whole.
    ws.db.prepare("UPDATE talent SET notes = notes || '.' WHERE id = ?").run(ben);
    const plan = await ws.call('staffing:propose', { range: { start: '2032-04-05', end: '2032-04-18' }, kinds: ['freelancer', 'agency'] });
    expect(plan.unstaffedHours).toBe(0);
    expect(plan.bookings.filter((b) => b.demandLineId === line.id).reduce((sum, b) => sum + b.totalHours, 0)).toBeCloseTo(40, 6);
  });

  it('demand against supply covers weeks of 2034', async () => {
    const rows = await ws.call('capacity:roleWeeks', { range: { start: '2034-01-02', end: '2034-01-29' } });
    const designer = rows.filter((r) => r.roleName === 'Designer');
    expect(designer.map((r) => r.weekStart)).toEqual(['2034-01-02', '2034-01-09', '2034-01-16', '2034-01-23']);
    // Ada alone: the agency's contract ended in 2033. 2 January 2034 is an English bank holiday.
    expect(designer.map((r) => r.supply)).toEqual([30, 37.5, 37.5, 37.5]);
  });
});

describe('ranges beyond what a request may cover are refused with words', () => {
  it('a 1900–2199 view is refused, naming the limit and the range asked for', async () => {
    const range = { start: '1900-01-01', end: '2199-12-31' };
    for (const [channel, input] of [
      ['capacity:grid', { range, bucket: 'month', filter: {} }],
      ['capacity:overallocations', { range, filter: {} }],
      ['capacity:roleWeeks', { range }],
      ['staffing:propose', { range }],
    ] as const) {
      const envelope = await ws.send(channel, input);
      expect(envelope.ok, channel).toBe(false);
      if (envelope.ok) continue;
      expect(envelope.error.code).toBe('invalid_input');
      expect(envelope.error.field).toBe('range.end');
      // Views and plans have the tighter per-request limit (shared/contract/limits.ts), inside the horizon.
      expect(envelope.error.message).toMatch(/^End: A (capacity view|staffing plan) covers at most 1,100 days \(3 years\); you asked for 1 January 1900 to 31 December 2199, 109,573 days \(300 years\)\. Choose a shorter range\.$/);
    }
  });

  it('a grid answer too big to send is refused, saying what to ask for', async () => {
    const envelope = await ws.send('capacity:grid', { range: { start: '2031-01-01', end: '2033-12-31' }, bucket: 'day', filter: {}, limit: 10_000 });
    expect(envelope.ok ? null : [envelope.error.field, envelope.error.message]).toEqual([
      'limit',
      'Limit: At most 500,000 cells at a time: 1,096 days × 10,000 people asked for; ask for at most 456 people at a time.',
    ]);
  });

  it('a booking longer than the horizon is refused, and nothing is written', async () => {
    const count = listBookings(ws.db).length;
    const booking = { talentId: ada, campaignId: retainer, start: '2029-01-01', end: '2039-01-01', hoursPerDay: 2 };
    for (const channel of ['bookings:create', 'bookings:check'] as const) {
      const envelope = await ws.send(channel, booking);
      expect(envelope.ok).toBe(false);
      if (!envelope.ok) expect(envelope.error.message).toBe('End: A booking can cover at most 10 years; 1 January 2029 to 1 January 2039 is 10 years and 1 day. From 1 January 2029 it can end on 31 December 2038 at the latest.');
    }
    expect(listBookings(ws.db)).toHaveLength(count);
  });

  it('the widest view (1,100 days), years ahead, is whole, not clipped', async () => {
    const range = { start: '2038-01-01', end: '2041-01-04' };
    const grid = await ws.call('capacity:grid', { range, bucket: 'month', filter: { ids: [ben] } });
    expect(grid.buckets).toHaveLength(37);
    expect(grid.buckets.at(-1)).toEqual({ start: '2041-01-01', end: '2041-01-04' });
    // Ben is full time then: every month of 2040 has capacity.
    expect(grid.capacity.slice(24, 36).every((h) => h > 100)).toBe(true);
  });
});

describe('importing bookings years ahead', () => {
  it('imports a 2031 booking with real figures there, and names a row longer than the horizon', async () => {
    const other = tempWorkspace(() => FIXED_NOW);
    try {
      const { ada } = await smallStudio(other);
      const csv = [
        'Email,Campaign,Start,End,Hours per day,Status',
        'ada@example.com,Spring Launch,2031-03-03,2031-03-07,6,confirmed',
        'ada@example.com,Spring Launch,2027-01-04,2041-01-04,2,pencil',
      ].join('\n');
      const path = writeTemp(other, 'long.csv', csv);
      const preview = await ioCall(other, 'io:importPreview', { source: { path }, entity: 'bookings' });
      expect(preview.errors.map((e) => e.message)).toEqual([
        "Row 3, column 'End': a booking can cover at most 10 years; 4 January 2027 to 4 January 2041 is 14 years and 1 day. From 4 January 2027 it can end on 3 January 2037 at the latest.",
      ]);
      expect(await ioCall(other, 'io:importCommit', { source: { path }, entity: 'bookings', options: { skipErrorRows: true } })).toMatchObject({ created: 1, skipped: 1 });
      const grid = await other.call('capacity:grid', { range: { start: '2031-03-03', end: '2031-03-09' }, bucket: 'week', filter: { ids: [ada.id] } });
      expect(grid.confirmed).toEqual([30]);
    } finally {
      other.close();
    }
  });
});

describe('the model grows in whole years, within a bound', () => {
  it('grows for a request, for a written booking, re-centres far away, and reports its memory', () => {
    const model = new CapacityModel(ws.db, () => TODAY);
    const first = model.state();
    expect(model.years).toEqual({ first: 2025, last: 2028 });
    expect(first.timeline.range.start).toBe(Date.UTC(2025, 0, 1) / 86_400_000);
    expect(modelRange(TODAY)).toEqual({ start: '2025-01-01', end: '2028-12-31' });
    const firstBytes = stateBytes(first);

    model.stateFor({ start: '2031-03-01', end: '2031-03-31' });
    expect(model.years).toEqual({ first: 2025, last: 2031 });
    const grownBytes = stateBytes(model.state());

    // A booking written in 2033 widens the years for the next read.
    const [booking] = listBookings(ws.db, { talentIds: [ada] });
    model.applyWrite(() => undefined, () => ({ bookings: [{ ...booking, start: '2033-02-01', end: '2033-02-03' }] }));
    model.state();
    expect(model.years).toEqual({ first: 2025, last: 2033 });

    // Grown years are kept while the state stays current: an ordinary view doesn't shrink them.
    model.stateFor({ start: '2026-11-23', end: '2027-02-21' });
    expect(model.years).toEqual({ first: 2025, last: 2033 });

    // 2025–2040 would be 16 years: the model holds the request's own years instead, then returns.
    model.stateFor({ start: '2038-01-01', end: '2040-06-30' });
    expect(model.years).toEqual({ first: 2038, last: 2040 });
    model.state();
    expect(model.years).toEqual({ first: 2025, last: 2028 });

    // A change it must rebuild for starts again from the first window, unless the read needs more.
    model.stateFor({ start: '2031-03-01', end: '2031-03-31' });
    ws.db.prepare("UPDATE talent SET notes = notes || '.' WHERE id = ?").run(ben);
    model.state();
    expect(model.years).toEqual({ first: 2025, last: 2028 });
    ws.db.prepare("UPDATE talent SET notes = notes || '.' WHERE id = ?").run(ben);
    model.stateFor({ start: '2030-01-01', end: '2030-01-31' });
    expect(model.years).toEqual({ first: 2025, last: 2030 });
    expect(() => model.stateFor({ start: '1900-01-01', end: '2199-12-31' })).toThrow(/at most 10 years/);

    const people = first.people.length;
    console.log(
      `capacity state: ${people} people, 2025–2028 ${(firstBytes / 1024).toFixed(0)} KiB, ` +
        `grown to 2025–2031 ${(grownBytes / 1024).toFixed(0)} KiB (${((grownBytes / people / 7) | 0)} bytes per person-year)`,
    );
    expect(grownBytes / firstBytes).toBeGreaterThan(7 / 4 - 0.1);
    expect(grownBytes / firstBytes).toBeLessThan(7 / 4 + 0.3);
  });
});
