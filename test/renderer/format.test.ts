import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatDate, formatDateRange, formatHours, formatMoney, formatNumber, formatPercent, parseIsoDate, toIsoDate, weekdayNames } from '../../renderer/lib/format';
import { describeWeek, parseWeek, weekTotal } from '../../renderer/features/people/patternText';

function withLocale(lang: string) {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(lang);
}
afterEach(() => vi.restoreAllMocks());

describe('numbers', () => {
  it('groups thousands in the user locale', () => {
    withLocale('en-GB');
    expect(formatNumber(1234.56)).toBe('1,234.6');
    withLocale('de-DE');
    expect(formatNumber(1234.56)).toBe('1.234,6');
  });
  it('formats hours with one decimal at most', () => {
    withLocale('en-GB');
    expect(formatHours(7.5)).toBe('7.5 h');
    expect(formatHours(1320)).toBe('1,320 h');
    expect(formatHours(2.04)).toBe('2.04 h');
    expect(formatHours(3.25)).toBe('3.25 h');
    expect(formatHours(0.004)).toBe('0 h');
  });
  it('formats money with its currency, whole units when large', () => {
    withLocale('en-GB');
    expect(formatMoney(142000, 'GBP')).toBe('£142,000');
    expect(formatMoney(62.5, 'GBP')).toBe('£62.50');
    expect(formatMoney(60, 'EUR')).toBe('€60');
  });
  it('falls back to the code for an unknown currency', () => {
    withLocale('en-GB');
    expect(formatMoney(10, 'XYZ')).toMatch(/XYZ/);
  });
  it('formats percentages from 0..100 or a ratio', () => {
    withLocale('en-GB');
    expect(formatPercent(40)).toBe('40%');
    expect(formatPercent(0.456, false)).toBe('46%');
  });
});

describe('dates', () => {
  it('parses ISO days as local dates and back', () => {
    const d = parseIsoDate('2026-03-01');
    expect(d?.getFullYear()).toBe(2026);
    expect(d?.getMonth()).toBe(2);
    expect(d?.getDate()).toBe(1);
    expect(toIsoDate(d as Date)).toBe('2026-03-01');
    expect(parseIsoDate('1 March')).toBeNull();
    expect(parseIsoDate(null)).toBeNull();
  });
  it('formats a day and a range in the locale', () => {
    withLocale('en-GB');
    expect(formatDate('2026-03-01')).toBe('1 Mar 2026');
    expect(formatDate(null)).toBe('—');
    expect(formatDateRange('2026-03-03', '2026-03-28')).toMatch(/^3\s*[–-]\s*28 Mar 2026$/);
    expect(formatDateRange('2026-03-03', null)).toBe('from 3 Mar 2026');
  });
  it('names weekdays from Monday', () => {
    withLocale('en-GB');
    expect(weekdayNames()).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
  });
});

describe('working weeks', () => {
  it('describes runs of equal days and leaves days off out', () => {
    withLocale('en-GB');
    expect(describeWeek([7.5, 7.5, 7.5, 7.5, 0, 0, 0])).toBe('Mon–Thu 7.5 h');
    expect(describeWeek([8, 8, 8, 8, 4, 0, 0])).toBe('Mon–Thu 8 h, Fri 4 h');
    expect(describeWeek([6, 0, 6, 6, 0, 0, 0])).toBe('Mon 6 h, Wed, Thu 6 h');
    expect(describeWeek([0, 0, 0, 0, 0, 0, 0])).toBe('No working days');
    expect(weekTotal([7.5, 7.5, 7.5, 7.5, 7.5, 0, 0])).toBe(37.5);
  });
  it('parses typed hours, accepting a decimal comma, and names the bad day', () => {
    expect(parseWeek(['7,5', '7.5', '', '8', '8', '0', '0'])).toEqual({ hours: [7.5, 7.5, 0, 8, 8, 0, 0] });
    expect(parseWeek(['7', 'x', '7', '7', '7', '0', '0'])).toEqual({ badDay: 1 });
    expect(parseWeek(['7', '7', '7', '7', '25', '0', '0'])).toEqual({ badDay: 4 });
  });
});

describe('initials', () => {
  it('takes the first and last word, leaving out brackets and marks', async () => {
    const { initials } = await import('../../renderer/components/Avatar');
    expect(initials('Ada Lovelace')).toBe('AL');
    expect(initials('Ada (London)')).toBe('A');
    expect(initials('Bruno (Berlin, part-time)')).toBe('B');
    expect(initials('Zoë  van der Berg')).toBe('ZB');
    expect(initials('— & —')).toBe('?');
  });
});

describe('the workspace date format', () => {
  it('writes dates day first, month first or year first as Settings says, and as the computer has it by default', async () => {
    const { useStore } = await import('../../renderer/store');
    const set = (dateFormat: 'system' | 'dmy' | 'mdy' | 'ymd') => useStore.setState({ defaults: { week: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0], firstDayOfWeek: null, dateFormat } });
    try {
      set('ymd');
      expect(formatDate('2026-03-01')).toBe('2026-03-01');
      expect(formatDateRange('2026-03-03', '2026-03-28')).toBe('2026-03-03 – 2026-03-28');
      expect(formatDateRange('2026-03-03', '2026-03-03')).toBe('2026-03-03');
      set('mdy');
      expect(formatDate('2026-03-01')).toBe('Mar 1, 2026');
      set('dmy');
      expect(formatDate('2026-03-01')).toBe('1 Mar 2026');
      set('system');
      expect(formatDate('2026-03-01')).toBe(new Intl.DateTimeFormat(navigator.language, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(2026, 2, 1)));
    } finally {
      useStore.setState({ defaults: null });
    }
  });
});
