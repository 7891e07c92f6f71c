// What the filter bar holds, and which people and bookings it selects.

import type { Input } from '@shared/contract';
import type { BookingStatus, Id } from '@shared/domain';
import { talentWithRole, type Lookups } from './lookups';

export interface CalendarFilters {
  talentId: Id | null;
  roleId: Id | null;
  campaignId: Id | null;
  status: BookingStatus | null;
}

export type BookingQuery = NonNullable<Input<'bookings:list'>>;

export const noFilters: CalendarFilters = { talentId: null, roleId: null, campaignId: null, status: null };

/** The people the filters limit the calendar to, or null when they don't (everyone). */
export function peopleInScope(filters: CalendarFilters, lookups: Lookups): Id[] | null {
  if (filters.talentId !== null) return [filters.talentId];
  if (filters.roleId !== null) return talentWithRole(lookups, filters.roleId).map((t) => t.id);
  return null;
}

export function isNarrowed(filters: CalendarFilters): boolean {
  return filters.talentId !== null || filters.roleId !== null || filters.campaignId !== null;
}

/** The bookings:list input for a visible range under the filters. */
export function bookingQuery(filters: CalendarFilters, lookups: Lookups, from: string, to: string): BookingQuery {
  const talentIds = peopleInScope(filters, lookups);
  return {
    from,
    to,
    ...(talentIds ? { talentIds } : {}),
    ...(filters.campaignId !== null ? { campaignIds: [filters.campaignId] } : {}),
    ...(filters.status ? { statuses: [filters.status] } : {}),
  };
}
