// The capacity rules, one table per rule, on tiny workspaces.

import { describe, expect, it } from 'vitest';
import {
  buildCapacityState,
  bookingTotalHours,
  personDay,
  personIndexOf,
  type CapacityInput,
  type CapacityState,
} from '@shared/capacity/index';
import { bookingOf, patternOf, talentOf, timeOffOf, workspaceOf } from './fixtures';

function day(state: CapacityState, talentId: number, iso: string) {
  const d = personDay(state, personIndexOf(state, talentId), iso);
  if (!d) throw new Error(`${iso} outside the range`);
  return d;
}

interface DayCase {
  name: string;
  input: CapacityInput;
  /** [talentId, date, capacity, confirmed, tentative] */
  expect: [number, string, number, number, number][];
}

const cases: DayCase[] = [
  {
    name: 'a pattern change mid-week applies from its day',
    input: workspaceOf({ patterns: [patternOf(1, '2020-01-01'), patternOf(1, '2026-03-04', [8, 8, 8, 8, 0, 0, 0])] }),
    expect: [
      [1, '2026-03-02', 7.5, 0, 0],
      [1, '2026-03-03', 7.5, 0, 0],
      [1, '2026-03-04', 8, 0, 0],
      [1, '2026-03-05', 8, 0, 0],
      [1, '2026-03-06', 0, 0, 0],
    ],
  },
  {
    name: 'before the first pattern period, the earliest period applies; no pattern gives 0',
    input: workspaceOf({
      talent: [talentOf(1), talentOf(2)],
      patterns: [patternOf(1, '2026-03-20', [6, 6, 6, 6, 6, 0, 0])],
    }),
    expect: [
      [1, '2026-03-02', 6, 0, 0],
      [2, '2026-03-02', 0, 0, 0],
    ],
  },
  {
    name: 'a half day of time off takes its hours; more than the day takes the day; never below 0',
    input: workspaceOf({
      timeOff: [
        timeOffOf(1, { start: '2026-03-03', end: '2026-03-03', hoursPerDay: 3.5 }),
        timeOffOf(2, { start: '2026-03-04', end: '2026-03-04', hoursPerDay: 10 }),
        timeOffOf(3, { start: '2026-03-05', end: '2026-03-05', hoursPerDay: 5 }),
        timeOffOf(4, { start: '2026-03-05', end: '2026-03-06', hoursPerDay: 5 }),
        timeOffOf(5, { start: '2026-03-09', end: '2026-03-10', hoursPerDay: null }),
      ],
    }),
    expect: [
      [1, '2026-03-02', 7.5, 0, 0],
      [1, '2026-03-03', 4, 0, 0],
      [1, '2026-03-04', 0, 0, 0],
      [1, '2026-03-05', 0, 0, 0],
      [1, '2026-03-06', 2.5, 0, 0],
      [1, '2026-03-09', 0, 0, 0],
      [1, '2026-03-10', 0, 0, 0],
      [1, '2026-03-11', 7.5, 0, 0],
    ],
  },
  {
    name: 'the active window is inclusive at both ends; bookings outside it still land (over-allocation)',
    input: workspaceOf({
      talent: [talentOf(1, { activeFrom: '2026-03-04', activeTo: '2026-03-13' })],
      bookings: [bookingOf(1, { start: '2026-03-12', end: '2026-03-17', hoursPerDay: 4 })],
    }),
    expect: [
      [1, '2026-03-03', 0, 0, 0],
      [1, '2026-03-04', 7.5, 0, 0],
      [1, '2026-03-12', 7.5, 4, 0],
      [1, '2026-03-13', 7.5, 4, 0],
      [1, '2026-03-14', 0, 0, 0],
      [1, '2026-03-16', 0, 4, 0],
      [1, '2026-03-17', 0, 4, 0],
    ],
  },
  {
    name: "an agency's capacity is its pattern × headcount",
    input: workspaceOf({ talent: [talentOf(1, { kind: 'agency', headcount: 3 })] }),
    expect: [
      [1, '2026-03-02', 22.5, 0, 0],
      [1, '2026-03-07', 0, 0, 0],
    ],
  },
  {
    name: 'a booking over a weekend only puts its hours on each of its days',
    input: workspaceOf({
      bookings: [
        bookingOf(1, { start: '2026-03-07', end: '2026-03-08', hoursPerDay: 4 }),
        bookingOf(2, { start: '2026-03-13', end: '2026-03-15', hoursPerDay: 2, status: 'tentative' }),
      ],
    }),
    expect: [
      [1, '2026-03-07', 0, 4, 0],
      [1, '2026-03-08', 0, 4, 0],
      [1, '2026-03-13', 7.5, 0, 2],
      [1, '2026-03-14', 0, 0, 0],
      [1, '2026-03-15', 0, 0, 0],
    ],
  },
  {
    name: 'time off under a booking does not move the booking',
    input: workspaceOf({
      timeOff: [timeOffOf(1, { start: '2026-03-04', end: '2026-03-04' })],
      bookings: [bookingOf(1, { start: '2026-03-02', end: '2026-03-06' })],
    }),
    expect: [
      [1, '2026-03-03', 7.5, 7.5, 0],
      [1, '2026-03-04', 0, 7.5, 0],
      [1, '2026-03-05', 7.5, 7.5, 0],
    ],
  },
  {
    name: 'a studio closure is no capacity and no working day',
    input: workspaceOf({
      closures: [{ id: 1, date: '2026-03-10', endDate: '2026-03-10', name: 'Away day', repeatsYearly: false }],
      bookings: [bookingOf(1, { start: '2026-03-09', end: '2026-03-11', hoursPerDay: 6 })],
    }),
    expect: [
      [1, '2026-03-09', 7.5, 6, 0],
      [1, '2026-03-10', 0, 0, 0],
      [1, '2026-03-11', 7.5, 6, 0],
    ],
  },
];

describe('capacity and allocation per day', () => {
  describe.each(cases)('$name', ({ input, expect: rows }) => {
    const state = buildCapacityState(input);
    it.each(rows)('person %i on %s: capacity %d, confirmed %d, tentative %d', (id, iso, cap, conf, tent) => {
      const d = day(state, id, iso);
      expect([d.capacity, d.confirmed, d.tentative]).toEqual([cap, conf, tent]);
    });
  });
});

describe('public holidays (date-holidays, type public)', () => {
  const easter = workspaceOf({
    range: { start: '2027-03-01', end: '2027-04-30' },
    talent: [
      talentOf(1, { holidayCountry: 'GB', holidayRegion: 'ENG' }),
      talentOf(2, { holidayCountry: 'DE', holidayRegion: 'BY' }),
      talentOf(3),
    ],
    patterns: [patternOf(1, '2020-01-01'), patternOf(2, '2020-01-01'), patternOf(3, '2020-01-01')],
    bookings: [
      bookingOf(1, { talentId: 1, start: '2027-03-22', end: '2027-04-02' }),
      bookingOf(2, { talentId: 3, start: '2027-03-22', end: '2027-04-02' }),
    ],
  });
  const state = buildCapacityState(easter);

  it('a two-week UK booking across Easter 2027 skips Good Friday and Easter Monday', () => {
    expect(day(state, 1, '2027-03-25')).toMatchObject({ capacity: 7.5, confirmed: 7.5 });
    expect(day(state, 1, '2027-03-26')).toMatchObject({ capacity: 0, confirmed: 0, working: false });
    expect(day(state, 1, '2027-03-29')).toMatchObject({ capacity: 0, confirmed: 0, working: false });
    expect(day(state, 1, '2027-03-30')).toMatchObject({ capacity: 7.5, confirmed: 7.5 });
    expect(bookingTotalHours(state, easter.bookings[0])).toBe(8 * 7.5);
  });

  it('without a holiday region the same booking has ten days', () => {
    expect(day(state, 3, '2027-03-26').confirmed).toBe(7.5);
    expect(bookingTotalHours(state, easter.bookings[1])).toBe(10 * 7.5);
  });

  it("Bavaria's holidays are its own", () => {
    expect(day(state, 2, '2027-03-26').capacity).toBe(0); // Karfreitag
    expect(day(state, 2, '2027-03-29').capacity).toBe(0); // Ostermontag
    expect(day(state, 2, '2027-03-30').capacity).toBe(7.5);
  });
});

describe('bookingTotalHours', () => {
  const input = workspaceOf({
    timeOff: [timeOffOf(1, { start: '2026-03-02', end: '2026-03-06' })],
    closures: [{ id: 1, date: '2026-04-01', endDate: '2026-04-01', name: 'Closed', repeatsYearly: false }],
  });
  const state = buildCapacityState(input);
  it.each([
    ['a working week', '2026-03-02', '2026-03-08', 5],
    ['time off does not reduce it', '2026-03-02', '2026-03-06', 5],
    ['a weekend only counts each day', '2026-03-07', '2026-03-08', 2],
    ['partly after the range: days outside count, with closures', '2026-03-23', '2026-04-03', 9],
    ['wholly before the range', '2026-02-02', '2026-02-06', 5],
    ['end before start', '2026-03-06', '2026-03-02', 0],
  ])('%s', (_, start, end, days) => {
    expect(bookingTotalHours(state, bookingOf(99, { start, end, hoursPerDay: 2 }))).toBe(days * 2);
  });
  it('is 0 for an unknown person', () => {
    expect(bookingTotalHours(state, bookingOf(99, { talentId: 404, start: '2026-03-02', end: '2026-03-06' }))).toBe(0);
  });
});
