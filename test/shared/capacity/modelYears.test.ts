import { describe, expect, it } from 'vitest';
import { defaultYears, grownYears, MAX_MODEL_YEARS, yearsToCover } from '@shared/capacity/modelYears';

describe('the years the capacity model holds', () => {
  const base = defaultYears('2026-11-26');

  it('starts with the year before today to the year after next', () => {
    expect(base).toEqual({ first: 2025, last: 2028 });
  });

  it('grows to a nearby request, in whole years, up to the bound', () => {
    expect(yearsToCover(base, { first: 2031, last: 2031 }, base)).toEqual({ first: 2025, last: 2031 });
    expect(yearsToCover(base, { first: 2018, last: 2019 }, base)).toEqual({ first: 2018, last: 2028 });
    expect(grownYears(base, { first: 2035, last: 2035 })).toEqual({ first: 2025, last: 2035 });
    expect(grownYears(base, { first: 2036, last: 2036 })).toBeNull();
    expect(MAX_MODEL_YEARS).toBe(11);
  });

  it('drops grown years before a far request, and holds only its years when even the first window is too far', () => {
    const grown = { first: 2025, last: 2033 };
    expect(yearsToCover(grown, { first: 2035, last: 2035 }, base)).toEqual({ first: 2025, last: 2035 });
    expect(yearsToCover(grown, { first: 2034, last: 2036 }, base)).toEqual({ first: 2034, last: 2036 });
    expect(yearsToCover(grown, { first: 1990, last: 1999 }, base)).toEqual({ first: 1990, last: 1999 });
  });
});
