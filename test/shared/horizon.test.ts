import { describe, expect, it } from 'vitest';
import { overAllocationMessage } from '@shared/capacity';
import { bucketCount, horizonProblem, lastDayWithinHorizon, MAX_RANGE_YEARS, spanInWords } from '@shared/horizon';

describe('the planning horizon', () => {
  it('allows ten years less a day from any start, 29 February included', () => {
    expect(MAX_RANGE_YEARS).toBe(10);
    expect(lastDayWithinHorizon('2025-03-01')).toBe('2035-02-28');
    expect(lastDayWithinHorizon('2024-02-29')).toBe('2034-02-28');
    expect(lastDayWithinHorizon('2031-01-01')).toBe('2040-12-31');
    expect(horizonProblem('2031-01-01', '2040-12-31')).toBeNull();
    expect(horizonProblem('2024-02-29', '2034-02-28')).toBeNull();
  });

  it('names the limit and the range asked for', () => {
    expect(horizonProblem('2024-02-29', '2034-03-01')).toBe(
      'A range can cover at most 10 years; 29 February 2024 to 1 March 2034 is 10 years and 1 day. From 29 February 2024 it can end on 28 February 2034 at the latest.',
    );
    expect(horizonProblem('1900-01-01', '2199-12-31', 'A booking')).toMatch(/^A booking can cover at most 10 years; 1 January 1900 to 31 December 2199 is 300 years\./);
  });

  it('says a span in years and days', () => {
    expect(spanInWords('2026-01-05', '2026-01-05')).toBe('1 day');
    expect(spanInWords('2026-01-05', '2026-02-18')).toBe('45 days');
    expect(spanInWords('2026-01-01', '2026-12-31')).toBe('1 year');
    expect(spanInWords('2026-03-01', '2041-03-02')).toBe('15 years and 2 days');
  });
});

describe('warnings about other years', () => {
  it('name the year when it is not the current one', () => {
    const days = [{ date: '2031-03-04', booked: 10, capacity: 7.5 }, { date: '2031-03-05', booked: 10, capacity: 7.5 }];
    expect(overAllocationMessage(days)).toBe('10 h booked of 7.5 h on 4 and 5 March');
    expect(overAllocationMessage(days, 2031)).toBe('10 h booked of 7.5 h on 4 and 5 March');
    expect(overAllocationMessage(days, 2026)).toBe('10 h booked of 7.5 h on 4 and 5 March 2031');
  });
});

describe('the size of a grid answer', () => {
  it('counts days, ISO weeks and months', () => {
    expect(bucketCount('2031-01-01', '2040-12-31', 'day')).toBe(3653);
    expect(bucketCount('2026-11-26', '2026-12-06', 'week')).toBe(2); // Thursday to the next Sunday
    expect(bucketCount('2026-11-23', '2026-11-23', 'week')).toBe(1);
    expect(bucketCount('2031-01-15', '2040-12-01', 'month')).toBe(120);
  });
});
