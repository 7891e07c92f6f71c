// How the one booking editor's draft starts from the calendar's context.

import type { IsoDate, Id } from '@shared/domain';
import { newBookingDraft, type BookingDraft } from '../bookings/draft';
import type { CalendarFilters } from './filters';

export { draftOfBooking as draftOf, movedBooking } from '../bookings/draft';

export interface StaffLine {
  demandLineId: Id;
  campaignId: Id;
}

/** A new booking over [start, end]: the person filter picks the talent, the staffed line or the campaign filter the campaign. */
export function newDraft(start: IsoDate, end: IsoDate, filters: CalendarFilters, staffLine?: StaffLine): BookingDraft {
  return newBookingDraft({
    talentId: filters.talentId,
    campaignId: staffLine?.campaignId ?? filters.campaignId,
    demandLineId: staffLine?.demandLineId ?? null,
    start,
    end,
    status: filters.status ?? 'tentative',
  });
}
