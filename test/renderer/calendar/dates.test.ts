import { describe, expect, it } from 'vitest';
import { addDaysIso, daysBetween, daysOf, exclusiveEnd, inclusiveEnd, isoOfDate, rangeOf } from '../../../renderer/features/calendar/dates';

describe('isoOfDate', () => {
  it('gives the local calendar day', () => {
    expect(isoOfDate(new Date(2030, 0, 7))).toBe('2030-01-07');
    expect(isoOfDate(new Date(2030, 11, 31, 23, 59))).toBe('2030-12-31');
  });
});

describe('addDaysIso', () => {
  it.each([
    ['2030-01-31', 1, '2030-02-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2030-03-01', -1, '2030-02-28'],
    ['2030-12-31', 1, '2031-01-01'],
    ['2030-03-31', 0, '2030-03-31'],
  ])('%s + %i = %s', (iso, n, expected) => expect(addDaysIso(iso, n)).toBe(expected));

  it('ignores daylight-saving changes', () => {
    expect(addDaysIso('2030-03-30', 1)).toBe('2030-03-31');
    expect(addDaysIso('2030-10-26', 2)).toBe('2030-10-28');
  });
});

describe('exclusive and inclusive ends', () => {
  it('turns our inclusive last day into FullCalendar’s exclusive end and back', () => {
    expect(exclusiveEnd('2030-01-10')).toBe('2030-01-11');
    expect(inclusiveEnd(new Date(2030, 0, 7), new Date(2030, 0, 11))).toBe('2030-01-10');
  });
  it('treats a missing end as a one-day event', () => {
    expect(inclusiveEnd(new Date(2030, 0, 7), null)).toBe('2030-01-07');
  });
  it('reads a visible range as inclusive days', () => {
    expect(rangeOf(new Date(2029, 11, 30), new Date(2030, 1, 10))).toEqual({ from: '2029-12-30', to: '2030-02-09' });
  });
});

describe('daysOf and daysBetween', () => {
  it('lists every day of a range', () => {
    expect(daysOf('2030-01-30', '2030-02-02')).toEqual(['2030-01-30', '2030-01-31', '2030-02-01', '2030-02-02']);
    expect(daysOf('2030-01-02', '2030-01-01')).toEqual([]);
  });
  it('counts whole days', () => {
    expect(daysBetween('2030-01-01', '2031-01-01')).toBe(365);
    expect(daysBetween('2030-01-05', '2030-01-01')).toBe(-4);
  });
});
