import { describe, expect, it } from 'vitest';
import type { FreeSearchResult } from '@shared/contract';
import { freeSummary } from '../../../renderer/features/freesearch/FreeSearchDialog';

// The sentence above Who's free? results, in grammatical English for one person as for many.
const result = (matched: number, total: number, listed = total) =>
  ({ range: { start: '2026-12-21', end: '2026-12-27' }, matched, total, people: Array.from({ length: listed }) }) as unknown as FreeSearchResult;

describe("Who's free? summary", () => {
  it('one person who matches: "matches", not "1 of 1 person who match"', () => {
    expect(freeSummary(result(1, 1))).toMatch(/^The 1 person who matches is free Dec 21\D+27, 2026\.$/);
    expect(freeSummary(result(1, 0))).toMatch(/^The 1 person who matches is fully booked or away /);
  });
  it('several: counts, and how many are listed', () => {
    expect(freeSummary(result(5, 1))).toMatch(/^1 of 5 people who match is free .*, most free first\.$/);
    expect(freeSummary(result(68, 40, 25))).toMatch(/^40 of 68 people who match are free .* The 25 most free are listed\.$/);
    expect(freeSummary(result(3, 0))).toMatch(/^All 3 people who match are fully booked or away /);
  });
});
