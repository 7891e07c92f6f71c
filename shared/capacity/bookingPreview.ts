// What a booking editor shows before saving: the days that carry the booking's hours, the
// capacity on them, the hours a day the person's pattern suggests. Same rules as the grids.

import type { Booking } from '@shared/domain';
import { bookingSlotOf } from '@shared/capacity/allocation';
import { patternHoursOnDay } from '@shared/capacity/patterns';
import type { CapacityState } from '@shared/capacity/state';
import { hoursFromUnits } from '@shared/capacity/units';

export interface BookingDays {
  /** Days that carry the booking's hours (its working days, or all its days when it covers none). */
  workingDays: number;
  /** Capacity on those days, in hours. */
  capacityHours: number;
  /** Pattern hours × headcount on its working days, lowest and highest; null when it covers none. */
  patternHours: { min: number; max: number } | null;
}

/** The booking's days as the capacity core sees them; the range must be within the state's. */
export function bookingDays(state: CapacityState, booking: Pick<Booking, 'talentId' | 'start' | 'end'>): BookingDays {
  const slot = bookingSlotOf(state, { id: -1, campaignId: -1, demandLineId: null, hoursPerDay: 1, status: 'tentative', note: '', createdAt: '', updatedAt: '', ...booking });
  const p = slot.person;
  if (p < 0) return { workingDays: 0, capacityHours: 0, patternHours: null };
  const n = state.timeline.days;
  const rs = state.timeline.range.start;
  let capacity = 0;
  let min = Infinity;
  let max = 0;
  for (let day = Math.max(slot.start, rs); day <= Math.min(slot.end, state.timeline.range.end); day++) {
    const i = p * n + day - rs;
    const working = state.working[i] === 1;
    if (slot.workingDaysOnly && !working) continue;
    capacity += state.capacity[i];
    if (!working) continue;
    const h = patternHoursOnDay(state.personPeriods[p], day) * state.personHeadcount[p];
    min = Math.min(min, h);
    max = Math.max(max, h);
  }
  return { workingDays: slot.dayCount, capacityHours: hoursFromUnits(capacity), patternHours: max > 0 ? { min: Math.min(24, min), max: Math.min(24, max) } : null };
}
