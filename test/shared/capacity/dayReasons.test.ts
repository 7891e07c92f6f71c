// Why a day can't take what is booked, read back from the same rules that fill capacity; and the
// check of several bookings written together.
import { describe, expect, it } from 'vitest';
import { bookingDays, buildCapacityState, checkBookingChanges, dayFromIso, dayReason, dayReasonWords } from '@shared/capacity';
import { bookingOf, patternOf, talentOf, timeOffOf, workspaceOf } from './fixtures';

// March 2026: Person 1 full time in England (Good Friday is 3 April, outside; use a closure and time
// off inside), contract to Friday 20 March; Person 2 part time Monday to Wednesday in Bavaria.
const state = buildCapacityState(
  workspaceOf({
    talent: [talentOf(1, { holidayCountry: 'GB', holidayRegion: 'ENG', activeTo: '2026-03-20' }), talentOf(2, { holidayCountry: 'DE', holidayRegion: 'BY' })],
    patterns: [patternOf(1, '2020-01-01'), patternOf(2, '2020-01-01', [6, 6, 6, 0, 0, 0, 0])],
    timeOff: [timeOffOf(1, { talentId: 1, start: '2026-03-10', end: '2026-03-10', type: 'sick' }), timeOffOf(2, { talentId: 1, start: '2026-03-11', end: '2026-03-11', hoursPerDay: 3, type: 'other' })],
    closures: [{ id: 1, date: '2026-03-13', endDate: '2026-03-13', name: 'Office move', repeatsYearly: false }],
    bookings: [bookingOf(1, { talentId: 2, start: '2026-03-02', end: '2026-03-03', hoursPerDay: 4 })],
  }),
);
const closures = new Map([[dayFromIso('2026-03-13'), 'Office move']]);
const why = (p: number, iso: string) => dayReasonWords(dayReason(state, p, dayFromIso(iso), closures));

describe('dayReason', () => {
  it('names each rule that takes hours away, in the order capacity applies them', () => {
    expect(why(0, '2026-03-10')).toBe('sick leave (time off)');
    expect(why(0, '2026-03-11')).toBe('part-day time off (time off)');
    expect(why(0, '2026-03-13')).toBe('Office move (studio closed)');
    expect(why(0, '2026-03-14')).toBe('not a working day');
    expect(why(0, '2026-03-23')).toBe('after the contract ends (20 March 2026)');
    expect(why(1, '2026-03-05')).toBe('not a working day');
    expect(why(1, '2026-03-04')).toBe('more than capacity');
    // A closure counts before the contract's end would: the closure is what the studio sees.
    expect(dayReason(state, 0, dayFromIso('2026-03-13'), new Map()).kind).toBe('closure');
  });
});

describe("dayReason on the studio's own holiday calendar", () => {
  // Bavaria: the studio works on Whit Monday (25 May 2026) and adds a local holiday on Wednesday 18 March.
  const own = buildCapacityState({
    ...workspaceOf({
      talent: [talentOf(1, { holidayCountry: 'DE', holidayRegion: 'BY' })],
      patterns: [patternOf(1, '2020-01-01', [6, 6, 6, 0, 0, 0, 0])],
    }),
    holidayOverrides: [
      { id: 1, country: 'DE', region: 'BY', date: '2026-05-25', kind: 'ignore', name: 'Whit Monday' },
      { id: 2, country: 'DE', region: 'BY', date: '2026-03-18', kind: 'add', name: 'Village fair' },
    ],
  });
  const reason = (iso: string) => dayReasonWords(dayReason(own, 0, dayFromIso(iso), new Map()));

  it('a holiday the studio works on is no reason; one it added is, by its name', () => {
    expect(reason('2026-05-25')).toBe('more than capacity');
    expect(reason('2026-03-18')).toBe('Village fair (public holiday)');
    expect(reason('2026-05-14')).toBe('Ascension Day (public holiday)');
  });
});

describe('checkBookingChanges', () => {
  it('adds bookings written together on the same days, and takes a moved booking off its old days', () => {
    const a = bookingOf(-1, { talentId: 2, start: '2026-03-09', end: '2026-03-10', hoursPerDay: 4 });
    const b = bookingOf(-2, { talentId: 2, start: '2026-03-10', end: '2026-03-11', hoursPerDay: 4 });
    const [ca, cb] = checkBookingChanges(state, [a, b]);
    expect(ca.days.map((d) => [d.date, d.booked, d.capacity])).toEqual([['2026-03-10', 8, 6]]);
    expect(cb.days.map((d) => d.date)).toEqual(['2026-03-10']);
    // Booking 1 (4 h on 2 and 3 March) moved onto 3 and 4 March: its old hours on the 3rd don't count twice.
    const [moved] = checkBookingChanges(state, [bookingOf(1, { talentId: 2, start: '2026-03-03', end: '2026-03-04', hoursPerDay: 6 })]);
    expect(moved.days).toEqual([]);
  });
});

describe('bookingDays', () => {
  it('counts the working days, the capacity on them and the pattern hours', () => {
    expect(bookingDays(state, { talentId: 1, start: '2026-03-09', end: '2026-03-15' })).toEqual({ workingDays: 4, capacityHours: 7.5 * 2 + 4.5, patternHours: { min: 7.5, max: 7.5 } });
    expect(bookingDays(state, { talentId: 2, start: '2026-03-05', end: '2026-03-06' })).toEqual({ workingDays: 2, capacityHours: 0, patternHours: null });
  });
});
