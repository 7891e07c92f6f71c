import { afterEach, describe, expect, it } from 'vitest';
import type { OverAllocatedDayWhy } from '@shared/errors';
import { whyInWords } from '../../../renderer/features/bookings/OverAllocationNotice';
import { useStore } from '../../../renderer/store';

// The booking editor's over-allocation notice says why each day is over; a contract's date is
// written as the workspace writes dates (Settings → Defaults), like every other date beside it.

const day = (reason: OverAllocatedDayWhy['reason'], why: string): OverAllocatedDayWhy => ({ date: '2026-12-14', booked: 3.61, capacity: 0, reason, why });

describe('whyInWords', () => {
  afterEach(() => useStore.setState({ defaults: null }));

  it('writes the contract date in the workspace date format', () => {
    const before = day({ kind: 'outside_contract', side: 'before', date: '2026-12-22' }, 'before the contract starts (22 December 2026)');
    const after = day({ kind: 'outside_contract', side: 'after', date: '2027-03-31' }, 'after the contract ends (31 March 2027)');
    useStore.setState({ defaults: { week: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0], firstDayOfWeek: null, dateFormat: 'ymd' } });
    expect(whyInWords(before)).toBe('before the contract starts (2026-12-22)');
    expect(whyInWords(after)).toBe('after the contract ends (2027-03-31)');
    useStore.setState({ defaults: { week: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0], firstDayOfWeek: null, dateFormat: 'mdy' } });
    expect(whyInWords(before)).toBe('before the contract starts (Dec 22, 2026)');
  });

  it('keeps the other reasons as main words them; over capacity without the figures the row shows', () => {
    expect(whyInWords(day({ kind: 'holiday', name: 'Christmas Day' }, 'Christmas Day (public holiday)'))).toBe('Christmas Day (public holiday)');
    expect(whyInWords(day({ kind: 'over_capacity' }, 'more than capacity: 7.33 h booked of 5 h'))).toBe('more than capacity');
  });
});
