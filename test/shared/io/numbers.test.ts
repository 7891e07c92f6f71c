import { describe, expect, it } from 'vitest';
import { parseDateCell } from '@shared/io/dates';
import { decideStyles, eitherWarning, readNumber, styleEvidence, tallyStyles } from '@shared/io/numbers';
import { guard, unguard } from '@shared/io/text';

describe('readNumber', () => {
  it.each([
    ['1,234.5', 'point', 1234.5], ['1,234.5', 'comma', null], ['1.234,5', 'comma', 1234.5], ['1.234,5', 'point', null],
    ['37,5', 'comma', 37.5], ['37,5', 'point', null], ['1.200', 'comma', 1200], ['1.200', 'point', 1.2],
    ['€ 7.500', 'comma', 7500], ['7.500 €', 'comma', 7500], ['EUR 20.000', 'comma', 20000], ['£1,050.50', 'point', 1050.5],
    ['7 500,50', 'comma', 7500.5], ['7\u202f500,50', 'comma', 7500.5], ["1'234.50", 'point', 1234.5], ['1.250.000', 'comma', 1_250_000],
    ['0.500', 'point', 0.5], ['0.500', 'comma', null], ['-8', 'point', -8], ['40 GBP', 'point', 40], ['12 5', 'point', null], ['abc', 'point', null],
  ] as const)('%s as %s → %s', (text, style, value) => {
    expect(readNumber(text, style)).toBe(value);
  });
});

describe('styleEvidence and decideStyles', () => {
  it('a value proves a style, reads two ways, or does not care', () => {
    expect(['37,5', '1,234.50', '1.200', '20,000', '40', 'n/a'].map(styleEvidence)).toEqual(['comma', 'point', 'either', 'either', 'none', null]);
  });

  it('a column decides by its own values, else by the file, else by the separator, else a decimal point', () => {
    const hours = tallyStyles(['1.200', '37,5', '7,5', null]);
    const budget = tallyStyles(['€ 20.000', '7.500']);
    const styles = decideStyles(new Map([['hours', hours], ['budget', budget]]), undefined, ',');
    expect(styles.get('hours')).toEqual({ style: 'comma', source: 'column', example: '37,5' });
    expect(styles.get('budget')).toEqual({ style: 'comma', source: 'file', example: '37,5' });
    expect(eitherWarning('€ 20.000', styles.get('budget')!)).toBe(
      "'€ 20.000' could be 20000 or 20; read as 20000 because the file's other numbers use a decimal comma (1.234,5), e.g. '37,5'. If that is wrong, choose how the file writes numbers.",
    );
    expect(decideStyles(new Map([['budget', budget]]), undefined, ';').get('budget')).toMatchObject({ style: 'comma', source: 'delimiter' });
    expect(decideStyles(new Map([['budget', budget]]), undefined, ',').get('budget')).toMatchObject({ style: 'point', source: 'default' });
    expect(decideStyles(new Map([['budget', budget]]), 'comma', ',').get('budget')).toMatchObject({ style: 'comma', source: 'choice' });
    // The majority wins when a column disagrees with itself; the others are then errors.
    expect(decideStyles(new Map([['h', tallyStyles(['1,5', '2,25', '3.75'])]]), undefined, ';').get('h')).toMatchObject({ style: 'comma', source: 'column' });
  });
});

describe('dates are never bare numbers', () => {
  it('a year or a number in a date column is refused, a date-formatted cell is read', () => {
    expect(parseDateCell('2027', null)).toEqual({ ok: false, reason: 'is a year, not a date: write the day, e.g. 2027-01-01' });
    expect(parseDateCell('46451', null)).toMatchObject({ ok: false, reason: expect.stringMatching(/^is a number, not a date/) });
    expect(parseDateCell(2027, null)).toMatchObject({ ok: false, reason: expect.stringMatching(/^is a number, not a date: format the cell as a date/) });
    expect(parseDateCell(new Date(Date.UTC(2027, 2, 5)), null)).toEqual({ ok: true, value: '2027-03-05' });
    expect(parseDateCell('05.03.2027', null)).toEqual({ ok: true, value: '2027-03-05' });
  });
});

describe('the formula guard', () => {
  it('guard and unguard undo each other, for every leading character that matters', () => {
    const names = ['=SUM(A1)', '+44 20 7946 0000', '-Dash', '@handle', '\tTabbed', '\rCR', "'Quoted", "'=Quoted formula", "''-two", '"Double"', 'Plain', ''];
    for (const n of names) expect(unguard(guard(n))).toBe(n);
    expect(guard('-Dash')).toBe("'-Dash");
    expect(guard("'Quoted")).toBe("'Quoted");
    expect(guard("'=x")).toBe("''=x");
    expect(unguard("'Quoted")).toBe("'Quoted");
  });
});
