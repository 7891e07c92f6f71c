import { describe, expect, it } from 'vitest';
import { dayFromIso } from '@shared/dates';
import { ALWAYS, firstDayWithRate, rateOn, rateSteps, rateTableOf, stepOf } from '@shared/money/rates';
import { hourlyRate, otherUnitRate, typicalDayHours } from '@shared/money/units';
import { ratesFromTable } from '@shared/money/csv';

const d = dayFromIso;
const table = rateTableOf({
  reportingCurrency: 'GBP',
  rates: [
    { fromCurrency: 'EUR', toCurrency: 'GBP', rate: 0.86, effectiveFrom: '2026-01-01' },
    { fromCurrency: 'EUR', toCurrency: 'GBP', rate: 0.84, effectiveFrom: '2026-03-04' },
    { fromCurrency: 'GBP', toCurrency: 'USD', rate: 1.27, effectiveFrom: '2026-02-01' },
  ],
});

describe('rateOn', () => {
  it('is the latest entry on or before the day', () => {
    expect(rateOn(table, 'EUR', 'GBP', d('2026-03-03'))).toBe(0.86);
    expect(rateOn(table, 'EUR', 'GBP', d('2026-03-04'))).toBe(0.84);
    expect(rateOn(table, 'EUR', 'GBP', d('2027-01-01'))).toBe(0.84);
  });
  it('is missing (NaN, never 1) before the first entry', () => {
    expect(rateOn(table, 'EUR', 'GBP', d('2025-12-31'))).toBeNaN();
    expect(rateOn(table, 'GBP', 'USD', d('2026-01-31'))).toBeNaN();
    expect(rateOn(table, 'CHF', 'GBP', d('2026-06-01'))).toBeNaN();
  });
  it('takes the inverse of an entry in the other direction', () => {
    expect(rateOn(table, 'GBP', 'EUR', d('2026-03-10'))).toBeCloseTo(1 / 0.84, 12);
    expect(rateOn(table, 'USD', 'GBP', d('2026-02-01'))).toBeCloseTo(1 / 1.27, 12);
  });
  it('crosses through the reporting currency when the pair has no entry', () => {
    expect(rateOn(table, 'EUR', 'USD', d('2026-02-15'))).toBeCloseTo(0.86 * 1.27, 12);
    expect(rateOn(table, 'USD', 'EUR', d('2026-03-05'))).toBeCloseTo(1 / 1.27 / 0.84, 12);
    expect(rateOn(table, 'EUR', 'USD', d('2026-01-15'))).toBeNaN();
  });
  it('is 1 between a currency and itself', () => expect(rateOn(table, 'USD', 'USD', 0)).toBe(1));
  it('prefers the pair’s own entry over the inverse entered on the same day', () => {
    const both = rateTableOf({
      reportingCurrency: 'GBP',
      rates: [
        { fromCurrency: 'USD', toCurrency: 'EUR', rate: 0.9, effectiveFrom: '2026-01-01' },
        { fromCurrency: 'EUR', toCurrency: 'USD', rate: 1.2, effectiveFrom: '2026-01-01' },
      ],
    });
    expect(rateOn(both, 'EUR', 'USD', d('2026-01-02'))).toBe(1.2);
    expect(rateOn(both, 'USD', 'EUR', d('2026-01-02'))).toBe(0.9);
  });
});

describe('rateSteps and firstDayWithRate', () => {
  it('give the rate as steps that change on the entries’ days', () => {
    const steps = rateSteps(table, 'EUR', 'USD');
    expect(steps.rates[stepOf(steps, d('2026-01-20'))]).toBeNaN();
    expect(steps.rates[stepOf(steps, d('2026-02-01'))]).toBeCloseTo(0.86 * 1.27, 12);
    expect(steps.rates[stepOf(steps, d('2026-03-04'))]).toBeCloseTo(0.84 * 1.27, 12);
    expect(stepOf(steps, d('2026-02-02'))).toBe(stepOf(steps, d('2026-03-03')));
  });
  it('say from when a rate is always in force', () => {
    expect(firstDayWithRate(table, 'EUR', 'USD')).toBe(d('2026-02-01'));
    expect(firstDayWithRate(table, 'GBP', 'GBP')).toBe(ALWAYS);
    expect(firstDayWithRate(table, 'CHF', 'GBP')).toBeNull();
  });
});

describe('day rates', () => {
  const partTime: [number, number, number, number, number, number, number] = [7.5, 7.5, 7.5, 0, 4, 0, 0];
  it('become hourly through the pattern’s hours on the day', () => {
    expect(hourlyRate(450, 'day', 7.5, partTime)).toBe(60);
    expect(hourlyRate(450, 'day', 4, partTime)).toBe(112.5);
    expect(hourlyRate(45, 'hour', 4, partTime)).toBe(45);
  });
  it('use the pattern’s typical day on a day it gives no hours, and 8 h without a pattern', () => {
    expect(typicalDayHours(partTime)).toBeCloseTo((7.5 * 3 + 4) / 4, 12);
    expect(hourlyRate(480, 'day', 0, null)).toBe(60);
    expect(otherUnitRate(450, 'day', [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0])).toBe(60);
    expect(otherUnitRate(60, 'hour', [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0])).toBe(450);
  });
});

describe('ratesFromTable', () => {
  const headers = ['From', 'To', 'Rate', 'Effective from'];
  it('reads rates in any column order and upper-cases the codes', () => {
    expect(ratesFromTable({ headers: ['rate', 'effective_from', 'to', 'from'], rows: [['0.85', '2026-01-01', 'gbp', 'eur']] })).toEqual([
      { fromCurrency: 'EUR', toCurrency: 'GBP', rate: 0.85, effectiveFrom: '2026-01-01' },
    ]);
  });
  it.each([
    [[['EUR', 'GBP', '0,85', '2026-01-01']], /Row 2, Rate: “0,85” is not a rate/],
    [[['EUR', 'GBP', '0.85', '2026-01-01'], ['EURO', 'GBP', '0.85', '2026-01-01']], /Row 3, From: “EURO” is not a three-letter currency code/],
    [[['EUR', 'GBP', '0.85', '01/02/2026']], /Row 2, Effective from: “01\/02\/2026” is not a date/],
    [[['EUR', 'EUR', '1', '2026-01-01']], /Row 2, To: the same currency/],
    [[['EUR', 'GBP', '0.85', '2026-01-01'], ['EUR', 'GBP', '0.86', '2026-01-01']], /Row 3, Effective from: row 2 already gives EUR to GBP/],
    [[['EUR', 'GBP', '-1', '2026-01-01']], /Row 2, Rate/],
  ])('refuses the whole file at the first bad value, naming row and column (%#)', (rows, message) => {
    expect(() => ratesFromTable({ headers, rows })).toThrow(message);
  });
  it('names a missing column', () => {
    expect(() => ratesFromTable({ headers: ['From', 'To', 'Rate'], rows: [] })).toThrow(/no “Effective from” column/);
  });
});
