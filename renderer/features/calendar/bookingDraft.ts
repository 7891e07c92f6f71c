// The booking dialog's working copy, how it starts from the calendar's context, and what it
// sends to the API.

import type { BookingView, Input } from '@shared/contract';
import type { BookingStatus, Id, IsoDate } from '@shared/domain';
import type { CalendarFilters } from './filters';

export interface StaffLine {
  demandLineId: Id;
  campaignId: Id;
}

export interface BookingDraft {
  id: Id | null;
  talentId: Id | null;
  campaignId: Id | null;
  demandLineId: Id | null;
  start: IsoDate;
  end: IsoDate;
  hoursPerDay: string;
  status: BookingStatus;
  note: string;
  expectedUpdatedAt?: string;
}

export const DEFAULT_HOURS = 8;

/** A new booking over [start, end]: the person filter picks the talent, the staffed line or the campaign filter the campaign. */
export function newDraft(start: IsoDate, end: IsoDate, filters: CalendarFilters, staffLine?: StaffLine): BookingDraft {
  return {
    id: null,
    talentId: filters.talentId,
    campaignId: staffLine?.campaignId ?? filters.campaignId,
    demandLineId: staffLine?.demandLineId ?? null,
    start,
    end,
    hoursPerDay: String(DEFAULT_HOURS),
    status: filters.status ?? 'tentative',
    note: '',
  };
}

export function draftOf(b: BookingView): BookingDraft {
  return {
    id: b.id,
    talentId: b.talentId,
    campaignId: b.campaignId,
    demandLineId: b.demandLineId,
    start: b.start,
    end: b.end,
    hoursPerDay: String(b.hoursPerDay),
    status: b.status,
    note: b.note,
    expectedUpdatedAt: b.updatedAt,
  };
}

/** A field error found before the API is asked. */
export interface DraftProblem {
  field: string;
  message: string;
}

export function checkDraft(d: BookingDraft): DraftProblem | null {
  if (d.talentId === null) return { field: 'talentId', message: 'Choose a person' };
  if (d.campaignId === null) return { field: 'campaignId', message: 'Choose a campaign' };
  if (d.hoursPerDay.trim() === '' || !Number.isFinite(Number(d.hoursPerDay))) return { field: 'hoursPerDay', message: 'Enter hours a day, e.g. 7.5' };
  return null;
}

/** The full booking fields, as bookings:create and bookings:update take them. */
export function fieldsOf(d: BookingDraft): Input<'bookings:create'> {
  return {
    talentId: d.talentId as Id,
    campaignId: d.campaignId as Id,
    demandLineId: d.demandLineId,
    start: d.start,
    end: d.end,
    hoursPerDay: Number(d.hoursPerDay),
    status: d.status,
    note: d.note,
  };
}

/** The update input for a booking moved or resized to [start, end], everything else kept. */
export function movedBooking(b: BookingView, start: IsoDate, end: IsoDate): Input<'bookings:create'> & { id: number; expectedUpdatedAt: string } {
  return { ...fieldsOf(draftOf(b)), id: b.id, start, end, expectedUpdatedAt: b.updatedAt };
}
