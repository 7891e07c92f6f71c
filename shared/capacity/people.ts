// Looking people up and filtering them for views.

import type { Id, TalentKind } from '@shared/domain';
import type { CapacityState } from '@shared/capacity/state';
import { meetsSkill } from '@shared/eligibility';

export interface PeopleFilter {
  /** Primary role (and other roles too when includeOtherRoles). */
  roleId?: Id;
  includeOtherRoles?: boolean;
  skill?: { skillId: Id; minLevel: number };
  kind?: TalentKind;
  tag?: string;
}

/** Person index of a talent id, or −1. */
export function personIndexOf(state: CapacityState, talentId: Id): number {
  return state.personIndexById.get(talentId) ?? -1;
}

/** Person indexes matching every given criterion, in talent order. */
export function filterPeople(state: CapacityState, filter: PeopleFilter = {}): number[] {
  const out: number[] = [];
  state.people.forEach((t, p) => {
    if (filter.kind !== undefined && t.kind !== filter.kind) return;
    if (filter.tag !== undefined && !t.tags.includes(filter.tag)) return;
    if (filter.roleId !== undefined) {
      const inRole = t.primaryRoleId === filter.roleId || (filter.includeOtherRoles === true && t.otherRoleIds.includes(filter.roleId));
      if (!inRole) return;
    }
    if (filter.skill !== undefined) {
      if (!meetsSkill(t, filter.skill)) return;
    }
    out.push(p);
  });
  return out;
}

/** The person's utilisation target in percent (own, else primary role's), or null. */
export function personUtilisationTarget(state: CapacityState, p: number): number | null {
  const target = state.personTarget[p];
  return Number.isNaN(target) ? null : target;
}

/** booked ÷ capacity, or null when capacity is 0. */
export function utilisationOf(booked: number, capacity: number): number | null {
  return capacity > 0 ? booked / capacity : null;
}
