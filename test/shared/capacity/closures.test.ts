import { describe, expect, it } from 'vitest';
import { closureDaysIn, closureSpanProblem, closureSpansIn } from '@shared/capacity/closures';
import { dayFromIso, isoFromDay } from '@shared/dates';
import { dateHolidaysProvider, withHolidayOverrides } from '@shared/capacity/holidays';
import type { Closure } from '@shared/domain';

const closure = (date: string, endDate: string, repeatsYearly = false, name = 'Closed'): Closure => ({ id: 1, date, endDate, name, repeatsYearly });
const daysIn = (cs: Closure[], from: string, to: string) => [...closureDaysIn(cs, dayFromIso(from), dayFromIso(to)).keys()].sort((a, b) => a - b).map(isoFromDay);

describe('closureDaysIn', () => {
  it.each([
    ['one day', closure('2027-06-07', '2027-06-07'), '2027-01-01', '2027-12-31', ['2027-06-07']],
    ['several days, cut by the range', closure('2027-08-02', '2027-08-06'), '2027-08-04', '2027-12-31', ['2027-08-04', '2027-08-05', '2027-08-06']],
    ['outside the range', closure('2027-08-02', '2027-08-06'), '2027-09-01', '2027-12-31', []],
    ['every year from its first, not before', closure('2027-12-24', '2027-12-26', true), '2026-01-01', '2029-12-31',
      ['2027-12-24', '2027-12-25', '2027-12-26', '2028-12-24', '2028-12-25', '2028-12-26', '2029-12-24', '2029-12-25', '2029-12-26']],
    ['over New Year, each year', closure('2026-12-31', '2027-01-01', true), '2028-01-01', '2028-01-05', ['2028-01-01']],
    ['29 February only in leap years', closure('2028-02-29', '2028-02-29', true), '2028-01-01', '2032-12-31', ['2028-02-29', '2032-02-29']],
    ['a span ending on 29 February ends on the 28th in other years', closure('2028-02-27', '2028-02-29', true), '2029-02-01', '2029-03-31', ['2029-02-27', '2029-02-28']],
  ])('%s', (_, c, from, to, expected) => {
    expect(daysIn([c], from, to)).toEqual(expected);
  });

  it('names a day after the first closure that covers it', () => {
    const map = closureDaysIn([closure('2027-12-24', '2027-12-26', true, 'Christmas'), closure('2027-12-26', '2027-12-27', false, 'Move')], dayFromIso('2027-12-26'), dayFromIso('2027-12-27'));
    expect([...map.values()]).toEqual(['Christmas', 'Move']);
  });
});

describe('closureSpansIn', () => {
  it('gives each time a repeating closure falls in the range, with its own dates', () => {
    expect(closureSpansIn([closure('2026-12-24', '2026-12-26', true)], '2027-12-01', '2029-01-10').map((c) => [c.date, c.endDate])).toEqual([
      ['2027-12-24', '2027-12-26'],
      ['2028-12-24', '2028-12-26'],
    ]);
    expect(closureSpansIn([closure('2026-12-31', '2027-01-02', true)], '2028-01-01', '2028-01-31').map((c) => c.date)).toEqual(['2027-12-31']);
  });
});

describe('closureSpanProblem', () => {
  it.each([
    ['2027-01-01', '2027-01-01', null],
    ['2027-01-02', '2027-01-01', 'Must be on or after the first day'],
    ['2027-01-01', '2028-01-01', null],
    ['2027-01-01', '2028-01-02', 'A closure covers at most a year; this one covers 367 days'],
  ])('%s to %s', (a, b, expected) => {
    expect(closureSpanProblem(a, b)).toBe(expected);
  });
});

describe('withHolidayOverrides', () => {
  it('takes an ignored day off and puts a local one on, for the calendar named only', () => {
    const base = dateHolidaysProvider();
    const p = withHolidayOverrides(base, [
      { id: 1, country: 'DE', region: 'BY', date: '2027-05-17', kind: 'ignore', name: 'Whit Monday' },
      { id: 2, country: 'DE', region: 'BY', date: '2027-07-01', kind: 'add', name: 'Fair' },
    ]);
    const by = p.publicHolidayDays('DE', 'BY', 2027);
    expect(by.has(dayFromIso('2027-05-17'))).toBe(false);
    expect(by.has(dayFromIso('2027-07-01'))).toBe(true);
    expect(by.has(dayFromIso('2027-05-27'))).toBe(true);
    expect(p.publicHolidayDays('DE', 'BE', 2027).has(dayFromIso('2027-05-17'))).toBe(true);
    // The shared base cache is not changed.
    expect(base.publicHolidayDays('DE', 'BY', 2027).has(dayFromIso('2027-05-17'))).toBe(true);
    expect(withHolidayOverrides(base, [])).toBe(base);
  });
});
