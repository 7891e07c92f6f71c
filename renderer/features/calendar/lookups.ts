// The names the calendar draws with (people, campaigns, roles) and the size of the workspace, read
// from the global slices: the calendar keeps no list of its own.

import type { CampaignSummary } from '@shared/contract';
import type { Id, Role, Talent } from '@shared/domain';
import type { StoreState } from '../../store/types';

export interface Lookups {
  talent: Talent[];
  talentById: Map<Id, Talent>;
  campaigns: CampaignSummary[];
  campaignById: Map<Id, CampaignSummary>;
  roles: Role[];
  /** All bookings in the workspace, from app:info. */
  bookingCount: number;
}

export const emptyLookups: Lookups = {
  talent: [],
  talentById: new Map(),
  campaigns: [],
  campaignById: new Map(),
  roles: [],
  bookingCount: 0,
};

type Sources = Pick<StoreState, 'allPeople' | 'personById' | 'allCampaigns' | 'campaignById' | 'roles' | 'info'>;

/** The lookups as the store holds them now. */
export function lookupsOf(s: Sources): Lookups {
  return { talent: s.allPeople, talentById: s.personById, campaigns: s.allCampaigns, campaignById: s.campaignById, roles: s.roles, bookingCount: s.info?.counts.bookings ?? 0 };
}

/** People who can fill a role (primary or other). */
export function talentWithRole(lookups: Lookups, roleId: Id): Talent[] {
  return lookups.talent.filter((t) => t.primaryRoleId === roleId || t.otherRoleIds.includes(roleId));
}
