import { describe, expect, it } from 'vitest';
import { dayRangeIntersection, dayRangeLength, dayRangesOverlap } from '@shared/capacity/range';
import {
  dayFromIso,
  isIsoDate,
  isoFromDay,
  monthOfDay,
  monthStartDay,
  weekStartOfDay,
  weekdayOfDay,
  addDaysIso, addMonthsIso, addYearsIso, daysBetween, isoDaysIn, isoOfLocalDate, localDateOfIso, spanDays, utcDateOfIso,
  weekdayIso, weekdaysIn, weekStartIso, wholeWeeks,
} from '@shared/dates';
import { formatDayList, formatHours, overAllocationMessage } from '@shared/capacity/warnings';
import { timelineOf } from '@shared/capacity/timeline';
import { patternHoursOnDay, patternPeriodsOf } from '@shared/capacity/patterns';

describe('dayFromIso / isoFromDay', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-02-29', 11016],
    ['2026-03-02', 20514],
    ['2100-03-01', 47541],
  ])('%s is day %i', (iso, day) => {
    expect(dayFromIso(iso)).toBe(day);
    expect(isoFromDay(day)).toBe(iso);
  });

  it('round-trips every day from 1899 to 2101 and agrees with Date', () => {
    const wrong: number[] = [];
    for (let d = dayFromIso('1899-01-01'); d <= dayFromIso('2101-12-31'); d++) {
      const iso = new Date(d * 86_400_000).toISOString().slice(0, 10);
      if (isoFromDay(d) !== iso || dayFromIso(iso) !== d) wrong.push(d);
    }
    expect(wrong).toEqual([]);
  });

  it.each(['2026-02-29', '2026-13-01', '2026-00-10', '2026-1-01', '20260101', '', '2026-01-32', 'abcd-ef-gh'])(
    'rejects %j',
    (bad) => {
      expect(isIsoDate(bad)).toBe(false);
      expect(() => dayFromIso(bad)).toThrow(RangeError);
    },
  );
});

describe('weekdayOfDay / weekStartOfDay', () => {
  it.each([
    ['1970-01-01', 3], // Thursday
    ['2026-03-02', 0], // Monday
    ['2026-03-08', 6], // Sunday
    ['1969-12-29', 0],
  ])('%s has weekday %i', (iso, wd) => expect(weekdayOfDay(dayFromIso(iso))).toBe(wd));

  it.each([
    ['2026-03-04', '2026-03-02'],
    ['2026-03-08', '2026-03-02'],
    ['2026-03-09', '2026-03-09'],
    ['2027-01-01', '2026-12-28'],
  ])('the week of %s starts on %s', (iso, monday) => expect(isoFromDay(weekStartOfDay(dayFromIso(iso)))).toBe(monday));
});

describe('months', () => {
  it('monthStartDay inverts monthOfDay', () => {
    expect(isoFromDay(monthStartDay(monthOfDay(dayFromIso('2028-02-29'))))).toBe('2028-02-01');
    expect(isoFromDay(monthStartDay(monthOfDay(dayFromIso('2026-12-31')) + 1))).toBe('2027-01-01');
  });
});

describe('day ranges', () => {
  const r = (a: number, b: number) => ({ start: a, end: b });
  it.each([
    ['touching', r(1, 3), r(3, 5), true, r(3, 3)],
    ['containing', r(1, 9), r(3, 5), true, r(3, 5)],
    ['adjacent', r(1, 3), r(4, 5), false, r(4, 3)],
    ['disjoint', r(1, 3), r(7, 9), false, r(7, 3)],
  ])('%s', (_, a, b, overlap, inter) => {
    expect(dayRangesOverlap(a, b)).toBe(overlap);
    expect(dayRangesOverlap(b, a)).toBe(overlap);
    expect(dayRangeIntersection(a, b)).toEqual(inter);
    expect(dayRangeLength(dayRangeIntersection(a, b))).toBe(overlap ? inter.end - inter.start + 1 : 0);
  });
});

describe('timelineOf', () => {
  it('numbers ISO weeks from the Monday of the first day and months from its month', () => {
    const t = timelineOf({ start: dayFromIso('2026-01-29'), end: dayFromIso('2026-03-02') });
    expect(t.days).toBe(33);
    expect(isoFromDay(t.firstWeekStart)).toBe('2026-01-26');
    expect(t.weekOf[0]).toBe(0);
    expect(t.weekOf[4]).toBe(1); // Monday 2 Feb
    expect(t.weeks).toBe(6);
    expect(t.months).toBe(3);
    expect(t.monthOf[3]).toBe(1); // 1 Feb
    expect(t.weekday[0]).toBe(3); // Thursday
  });
});

describe('patterns', () => {
  const periods = patternPeriodsOf([
    { id: 1, talentId: 1, effectiveFrom: '2026-03-04', hours: [6, 6, 6, 6, 6, 0, 0] },
    { id: 2, talentId: 1, effectiveFrom: '2026-03-01', hours: [8, 8, 8, 8, 8, 0, 0] },
  ]);
  it.each([
    ['2026-02-23', 8, 'before the first period, the earliest applies'],
    ['2026-03-02', 8, 'the earlier period'],
    ['2026-03-03', 8, 'the day before the change'],
    ['2026-03-04', 6, 'the change day itself'],
    ['2026-03-07', 0, 'a Saturday'],
  ])('%s gives %i h (%s)', (iso, hours) => expect(patternHoursOnDay(periods, dayFromIso(iso))).toBe(hours));
  it('no pattern gives 0', () => expect(patternHoursOnDay([], 0)).toBe(0));
  it('equal starts: the later-listed period wins', () => {
    const p = patternPeriodsOf([
      { id: 1, talentId: 1, effectiveFrom: '2026-03-01', hours: [1, 1, 1, 1, 1, 0, 0] },
      { id: 2, talentId: 1, effectiveFrom: '2026-03-01', hours: [2, 2, 2, 2, 2, 0, 0] },
    ]);
    expect(patternHoursOnDay(p, dayFromIso('2026-03-02'))).toBe(2);
  });
});

describe('warnings', () => {
  it.each([
    [['2026-03-03'], '3 March'],
    [['2026-03-03', '2026-03-04'], '3 and 4 March'],
    [['2026-03-05', '2026-03-03', '2026-03-04'], '3, 4 and 5 March'],
    [['2026-03-30', '2026-03-31', '2026-04-01'], '30, 31 March and 1 April'],
    [['2026-12-31', '2027-01-01'], '31 December 2026 and 1 January 2027'],
  ])('formatDayList(%j) = %j', (dates, text) => expect(formatDayList(dates)).toBe(text));

  it.each([
    [10.5, '10.5 h'],
    [8, '8 h'],
    [7.333333, '7.33 h'],
    [0, '0 h'],
  ])('formatHours(%d) = %j', (h, text) => expect(formatHours(h)).toBe(text));

  it('formats a run with equal figures as one sentence', () => {
    const days = ['2026-03-03', '2026-03-04', '2026-03-05'].map((date) => ({ date, booked: 10.5, capacity: 7.5 }));
    expect(overAllocationMessage(days)).toBe('10.5 h booked of 7.5 h on 3, 4 and 5 March');
  });

  it('groups days with different figures', () => {
    expect(
      overAllocationMessage([
        { date: '2026-03-03', booked: 10.5, capacity: 7.5 },
        { date: '2026-03-04', booked: 12, capacity: 7.5 },
        { date: '2026-03-05', booked: 10.5, capacity: 7.5 },
      ]),
    ).toBe('10.5 h booked of 7.5 h on 3 and 5 March; 12 h booked of 7.5 h on 4 March');
  });
});

describe('ISO days (the one module main and the window share)', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-03-29', 1, '2026-03-30'], // the night the clocks go forward in Europe
    ['2026-01-10', -10, '2025-12-31'],
  ])('%s plus %i day(s) is %s', (iso, n, want) => {
    expect(addDaysIso(iso, n)).toBe(want);
    expect(daysBetween(iso, want)).toBe(n);
  });

  it('counts the days of an inclusive range, a leap year and a single day', () => {
    expect(spanDays('2028-01-01', '2028-12-31')).toBe(366);
    expect(spanDays('2027-06-09', '2027-06-09')).toBe(1);
  });

  it('finds the weekday and the Monday of the week, Sunday belonging to the week before', () => {
    expect(weekdayIso('2026-12-07')).toBe(0);
    expect(weekdayIso('2026-12-13')).toBe(6);
    expect(weekStartIso('2026-12-13')).toBe('2026-12-07');
    expect(weekStartIso('2027-01-01')).toBe('2026-12-28');
    expect(wholeWeeks({ start: '2026-12-09', end: '2027-01-01' })).toEqual({ start: '2026-12-07', end: '2027-01-03' });
  });

  it('adds months and years as a calendar does, clamping to the month\'s last day', () => {
    expect(addMonthsIso('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonthsIso('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonthsIso('2026-11-15', 14)).toBe('2028-01-15');
    expect(addMonthsIso('2026-03-15', -3)).toBe('2025-12-15');
    expect(addYearsIso('2028-02-29', 1)).toBe('2029-03-01');
    expect(addYearsIso('2026-05-04', 10)).toBe('2036-05-04');
  });

  it('lists the days of a range up to a limit, and the weekdays between two days', () => {
    expect(isoDaysIn('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(isoDaysIn('2026-01-01', '2026-12-31', 3)).toHaveLength(3);
    expect(isoDaysIn('2026-01-02', '2026-01-01')).toEqual([]);
    expect(weekdaysIn(dayFromIso('2026-12-04'), dayFromIso('2026-12-08')).map(isoFromDay)).toEqual(['2026-12-04', '2026-12-07', '2026-12-08']);
  });

  it('meets Date only at the edges: a local day, a local midnight, a UTC midnight', () => {
    expect(isoOfLocalDate(new Date(2026, 11, 4, 23, 59))).toBe('2026-12-04');
    const local = localDateOfIso('2026-03-29')!;
    expect([local.getFullYear(), local.getMonth(), local.getDate(), local.getHours()]).toEqual([2026, 2, 29, 0]);
    expect(localDateOfIso('2026-02-30')).toBeNull();
    expect(localDateOfIso('')).toBeNull();
    expect(utcDateOfIso('2026-12-04').toISOString()).toBe('2026-12-04T00:00:00.000Z');
  });
});
