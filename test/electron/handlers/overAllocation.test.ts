// Booking writes refuse to over-allocate anyone unless told to, saying which days and why; the
// same reasons come from bookings:check while the booking is being edited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/errors';
import { dumpWorkspace, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

/** Ada (England, full time, a vacation), Priya (part-time Mon–Thu, contract ending mid-April), Jonas (Bavaria), a closure. */
async function studio() {
  const s = await smallStudio(ws);
  const priya = await ws.call('talent:create', {
    kind: 'staff', name: 'Priya Shah', primaryRoleId: s.designer.id, costRate: 40, billRate: 80, currency: 'EUR', holidayCountry: 'GB', holidayRegion: 'ENG',
    activeTo: '2027-04-14', patterns: [{ effectiveFrom: '2026-01-01', hours: [7.5, 7.5, 7.5, 4, 0, 0, 0] }],
  });
  const jonas = await ws.call('talent:create', {
    kind: 'freelancer', name: 'Jonas Weber', primaryRoleId: s.designer.id, costRate: 55, billRate: 95, currency: 'EUR', holidayCountry: 'DE', holidayRegion: 'BY',
  });
  await ws.call('timeOff:create', { talentId: s.ada.id, start: '2027-03-16', end: '2027-03-17', type: 'vacation' });
  await ws.call('timeOff:create', { talentId: s.ada.id, start: '2027-03-18', end: '2027-03-18', hoursPerDay: 4, type: 'sick' });
  await ws.call('closures:create', { date: '2027-03-10', name: 'Studio offsite' });
  return { ...s, priya, jonas };
}

async function refusal(channel: 'bookings:create' | 'bookings:update' | 'bookings:moveMany', input: unknown): Promise<ApiError> {
  const envelope = await ws.send(channel, input);
  if (envelope.ok) throw new Error(`${channel} was not refused`);
  return envelope.error;
}

const whyOf = (error: ApiError) => error.overAllocation?.people.flatMap((p) => p.days.map((d) => [d.date, d.why])) ?? [];

describe('a booking that would over-allocate is refused with the days and why', () => {
  it('names time off by its type, part-day sick leave, and simply more than capacity', async () => {
    const s = await studio();
    const before = dumpWorkspace(ws.db);
    const error = await refusal('bookings:create', { talentId: s.ada.id, campaignId: s.spring.id, start: '2027-03-15', end: '2027-03-19', hoursPerDay: 7.5 });
    expect(error.code).toBe('over_allocated');
    expect(whyOf(error)).toEqual([
      ['2027-03-16', 'vacation (time off)'],
      ['2027-03-17', 'vacation (time off)'],
      ['2027-03-18', 'part-day sick leave (time off)'],
    ]);
    expect(error.overAllocation?.people[0]).toMatchObject({ talentId: s.ada.id, name: 'Ada Lovelace' });
    expect(error.overAllocation?.people[0].days[2]).toMatchObject({ booked: 7.5, capacity: 3.5, reason: { kind: 'time_off', type: 'sick', partial: true } });
    expect(error.message).toBe(
      'Ada Lovelace would be over-allocated on 16, 17 and 18 March 2027: 16 March 2027, vacation (time off); 17 March 2027, vacation (time off); 18 March 2027, part-day sick leave (time off).',
    );
    // Nothing written, not even an undo step.
    expect(dumpWorkspace(ws.db)).toBe(before);

    const over = await refusal('bookings:create', { talentId: s.ada.id, campaignId: s.spring.id, start: '2027-03-22', end: '2027-03-23', hoursPerDay: 9 });
    expect(whyOf(over)).toEqual([
      ['2027-03-22', 'more than capacity: 9 h booked of 7.5 h'],
      ['2027-03-23', 'more than capacity: 9 h booked of 7.5 h'],
    ]);
  });

  it('names a public holiday of the person’s region, a studio closure, a day the pattern has no hours and the contract’s end', async () => {
    const s = await studio();
    const book = (talentId: number, start: string, end: string, hoursPerDay = 6) => refusal('bookings:create', { talentId, campaignId: s.spring.id, start, end, hoursPerDay });
    // Ascension Day is a Thursday holiday in Bavaria, not in England.
    expect(whyOf(await book(s.jonas.id, '2027-05-06', '2027-05-06'))).toEqual([['2027-05-06', 'Ascension Day (public holiday)']]);
    expect((await ws.send('bookings:create', { talentId: s.ada.id, campaignId: s.spring.id, start: '2027-05-06', end: '2027-05-06', hoursPerDay: 6 })).ok).toBe(true);
    expect(whyOf(await book(s.jonas.id, '2027-03-10', '2027-03-10'))).toEqual([['2027-03-10', 'Studio offsite (studio closed)']]);
    // Priya works Monday to Thursday: a Friday on its own is not a working day.
    expect(whyOf(await book(s.priya.id, '2027-03-05', '2027-03-05'))).toEqual([['2027-03-05', 'not a working day']]);
    // Her contract ends on Wednesday 14 April.
    const after = await book(s.priya.id, '2027-04-12', '2027-04-15', 4);
    expect(whyOf(after)).toEqual([['2027-04-15', 'after the contract ends (14 April 2027)']]);
    expect(after.overAllocation?.people[0].days[0]).toMatchObject({ booked: 4, capacity: 0, reason: { kind: 'outside_contract', side: 'after', date: '2027-04-14' } });
  });

  it('writes it when allowOverAllocation is sent, as one undo step', async () => {
    const s = await studio();
    const b = await ws.call('bookings:create', { talentId: s.ada.id, campaignId: s.spring.id, start: '2027-03-15', end: '2027-03-19', hoursPerDay: 7.5, allowOverAllocation: true });
    expect(b).toMatchObject({ talentId: s.ada.id, totalHours: 37.5 });
    expect((await ws.call('history:state')).undo).toBe('Book Ada Lovelace on Spring Launch');
    const runs = await ws.call('capacity:overallocations', { range: { start: '2027-03-15', end: '2027-03-19' }, filter: { ids: [s.ada.id] } });
    expect(runs.map((r) => [r.start, r.end])).toEqual([['2027-03-16', '2027-03-18']]);
  });

  it('refuses an update that would, and leaves the booking as it was', async () => {
    const s = await studio();
    const b = await ws.call('bookings:create', { talentId: s.priya.id, campaignId: s.spring.id, start: '2027-03-01', end: '2027-03-04', hoursPerDay: 4 });
    const error = await refusal('bookings:update', { id: b.id, hoursPerDay: 6 });
    expect(whyOf(error)).toEqual([['2027-03-04', 'more than capacity: 6 h booked of 4 h']]);
    expect(await ws.call('bookings:get', { id: b.id })).toMatchObject({ hoursPerDay: 4, updatedAt: b.updatedAt });
    // Its own old hours don't count against it: a change within capacity goes through.
    expect(await ws.call('bookings:update', { id: b.id, hoursPerDay: 3 })).toMatchObject({ hoursPerDay: 3 });
    expect(await ws.call('bookings:update', { id: b.id, hoursPerDay: 6, allowOverAllocation: true })).toMatchObject({ hoursPerDay: 6 });
  });

  it('checks a batch move as a whole: two bookings moved onto the same days add up', async () => {
    const s = await studio();
    const a = await ws.call('bookings:create', { talentId: s.ada.id, campaignId: s.spring.id, start: '2027-03-01', end: '2027-03-02', hoursPerDay: 4 });
    const b = await ws.call('bookings:create', { talentId: s.ada.id, campaignId: s.spring.id, start: '2027-03-03', end: '2027-03-04', hoursPerDay: 4 });
    const moves = [
      { id: a.id, talentId: s.jonas.id, start: '2027-03-22', end: '2027-03-23' },
      { id: b.id, talentId: s.jonas.id, start: '2027-03-23', end: '2027-03-24' },
    ];
    const before = dumpWorkspace(ws.db);
    const error = await refusal('bookings:moveMany', { moves });
    expect(whyOf(error)).toEqual([['2027-03-23', 'more than capacity: 8 h booked of 7.5 h']]);
    expect(error.overAllocation?.people.map((p) => p.name)).toEqual(['Jonas Weber']);
    expect(dumpWorkspace(ws.db)).toBe(before);
    // Moving one onto the other's old days frees them first: no over-allocation.
    expect((await ws.send('bookings:moveMany', { moves: [{ id: a.id, talentId: s.ada.id, start: '2027-03-03', end: '2027-03-04' }, { id: b.id, talentId: s.ada.id, start: '2027-03-01', end: '2027-03-02' }] })).ok).toBe(true);
    expect((await ws.call('bookings:moveMany', { moves, allowOverAllocation: true })).ids).toEqual([a.id, b.id]);
  });

  it('checks copies as new bookings on top of the originals', async () => {
    const s = await studio();
    const a = await ws.call('bookings:create', { talentId: s.ada.id, campaignId: s.spring.id, start: '2027-03-01', end: '2027-03-02', hoursPerDay: 5 });
    const error = await refusal('bookings:moveMany', { copy: true, moves: [{ id: a.id, talentId: s.ada.id, start: '2027-03-02', end: '2027-03-03' }] });
    expect(whyOf(error)).toEqual([['2027-03-02', 'more than capacity: 10 h booked of 7.5 h']]);
  });
});

describe('bookings:check, asked while editing', () => {
  it('gives the same reasons, the working days, the capacity on them and the pattern’s hours', async () => {
    const s = await studio();
    // Priya, Monday 12 to Friday 16 April: Friday isn't hers, and Thursday 15 is after her contract.
    const check = await ws.call('bookings:check', { talentId: s.priya.id, start: '2027-04-12', end: '2027-04-16' });
    expect(check).toMatchObject({ workingDays: 4, capacityHours: 22.5, patternHours: { min: 4, max: 7.5 }, hoursPerDay: 4, totalHours: 16, personName: 'Priya Shah' });
    expect(check.days.map((d) => [d.date, d.why])).toEqual([['2027-04-15', 'after the contract ends (14 April 2027)']]);
    const ada = await ws.call('bookings:check', { talentId: s.ada.id, campaignId: s.spring.id, start: '2027-03-08', end: '2027-03-19', hoursPerDay: 7.5 });
    // Ten weekdays less the closure on the 10th: nine working days, vacation and sick leave taken off capacity.
    expect(ada).toMatchObject({ workingDays: 9, totalHours: 67.5, capacityHours: 67.5 - 15 - 4, patternHours: { min: 7.5, max: 7.5 } });
    expect(ada.days.map((d) => d.why)).toEqual(['vacation (time off)', 'vacation (time off)', 'part-day sick leave (time off)']);
    expect(ada.message).toBe('Ada Lovelace: 7.5 h booked of 0 h on 16 and 17 March 2027; 7.5 h booked of 3.5 h on 18 March 2027');
  });
});
