import { describe, expect, it } from 'vitest';
import type { BookingCheckResult, DemandLineSummary } from '@shared/contract';
import { checkDraft, demandLinePatch, hoursPerDayOf, newBookingDraft } from '../../../renderer/features/bookings/draft';

// The booking editor's draft where a planner meets it: what each field says is missing, and what
// choosing a demand line fills in.

const line: DemandLineSummary = {
  id: 4, campaignId: 2, roleId: 1, skills: [], hours: 120, start: '2026-11-06', end: '2027-02-24', priority: 2, note: 'Concept', bookedHours: 36.5, openHours: 83.5,
};

describe('checkDraft', () => {
  it('with no dates yet, the dates say so and the amount does not claim none is a working day', () => {
    const e = checkDraft(newBookingDraft({ talentId: 3, campaignId: 2 }), null);
    expect(e).toMatchObject({ start: 'Enter a date', end: 'Enter a date' });
    expect(e.amount).toBeUndefined();
    expect(checkDraft(newBookingDraft({ campaignId: 2, start: '2026-12-21', end: '2026-12-27' }), null).amount).toBeUndefined();
  });
  it('with a person and dates but no working day among them, blank hours ask for the hours', () => {
    const e = checkDraft(newBookingDraft({ talentId: 3, campaignId: 2, start: '2026-12-26', end: '2026-12-27' }), null);
    expect(e.amount).toBe('None of these days is a working day for them: enter the hours a day');
  });
});

describe('demandLinePatch', () => {
  it('fills dates not given from the line (from today once it has begun), and a blank amount with its open hours', () => {
    const d = newBookingDraft({ talentId: 3, campaignId: 2 });
    const patch = demandLinePatch(d, line, '2026-12-04');
    expect(patch).toEqual({ demandLineId: 4, start: '2026-12-04', end: '2027-02-24', mode: 'total', amount: '83.5' });
    expect(demandLinePatch(d, line, '2026-10-01')).toMatchObject({ start: '2026-11-06' });
    const spread = hoursPerDayOf({ ...d, ...patch }, { workingDays: 50, capacityHours: 375 } as BookingCheckResult);
    expect(spread! * 50).toBeCloseTo(83.5, 2);
  });
  it('keeps what the planner already gave', () => {
    const d = newBookingDraft({ talentId: 3, campaignId: 2, start: '2026-12-21', end: '2026-12-23', amount: '6' });
    expect(demandLinePatch(d, line, '2026-12-04')).toEqual({ demandLineId: 4 });
    expect(demandLinePatch(d, null, '2026-12-04')).toEqual({ demandLineId: null });
    // Dates chosen (a drag on the Calendar), hours blank: the hours stay the person's pattern.
    expect(demandLinePatch({ ...d, amount: '' }, line, '2026-12-04')).toEqual({ demandLineId: 4 });
  });
});
