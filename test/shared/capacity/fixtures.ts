// Small builders for capacity workspaces in tests.

import type { Booking, Campaign, DemandLine, Role, Talent, TimeOff, WeekHours, WorkPattern } from '@shared/domain';
import type { CapacityInput } from '@shared/capacity/state';

export const FULL_TIME: WeekHours = [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0];

export function talentOf(id: number, over: Partial<Talent> = {}): Talent {
  return {
    id,
    externalId: null,
    kind: 'staff',
    name: `Person ${id}`,
    email: null,
    team: null,
    primaryRoleId: 1,
    otherRoleIds: [],
    skills: [],
    tags: [],
    costRate: 50,
    billRate: 100,
    currency: 'GBP',
    utilisationTarget: null,
    holidayCountry: null,
    holidayRegion: null,
    activeFrom: null,
    activeTo: null,
    headcount: 1,
    notes: '',
    ...over,
  };
}

let nextId = 1000;
export function patternOf(talentId: number, effectiveFrom: string, hours: WeekHours = FULL_TIME): WorkPattern {
  return { id: nextId++, talentId, effectiveFrom, hours };
}

export function bookingOf(id: number, over: Partial<Booking> & Pick<Booking, 'start' | 'end'>): Booking {
  return {
    id,
    talentId: 1,
    campaignId: 1,
    demandLineId: null,
    hoursPerDay: 7.5,
    status: 'confirmed',
    note: '',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...over,
  };
}

export function timeOffOf(id: number, over: Partial<TimeOff> & Pick<TimeOff, 'start' | 'end'>): TimeOff {
  return { id, talentId: 1, hoursPerDay: null, type: 'vacation', note: '', ...over };
}

export function roleOf(id: number, over: Partial<Role> = {}): Role {
  return { id, name: `Role ${id}`, utilisationTarget: 80, colour: '#000000', ...over };
}

export function campaignOf(id: number, over: Partial<Campaign> = {}): Campaign {
  return {
    id,
    externalId: null,
    name: `Campaign ${id}`,
    client: 'Client',
    status: 'confirmed',
    probability: 100,
    priority: 3,
    budget: 10_000,
    currency: 'GBP',
    start: '2026-01-01',
    end: '2027-12-31',
    owner: 'Owner',
    colour: '#000000',
    notes: '',
    ...over,
  };
}

export function lineOf(id: number, over: Partial<DemandLine> & Pick<DemandLine, 'start' | 'end' | 'hours'>): DemandLine {
  return { id, campaignId: 1, roleId: 1, skills: [], priority: 3, note: '', ...over };
}

/** One full-time person (id 1, role 1, no holidays), one role, one confirmed campaign. */
export function workspaceOf(over: Partial<CapacityInput> = {}): CapacityInput {
  return {
    range: { start: '2026-03-02', end: '2026-03-29' },
    talent: [talentOf(1)],
    patterns: [patternOf(1, '2020-01-01')],
    timeOff: [],
    closures: [],
    roles: [roleOf(1)],
    campaigns: [campaignOf(1)],
    demandLines: [],
    bookings: [],
    ...over,
  };
}
