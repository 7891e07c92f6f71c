import type { CapacityState } from '@shared/capacity';
import type { ParsedInput } from '@shared/contract';
import type { Db } from '../db/open';
import { listTalent } from '../db/repos/talent';

export type CapacityFilter = ParsedInput<'capacity:grid'>['filter'];

/** The person indexes a capacity view shows, in the state's (name) order. */
export function personIndexesFor(db: Db, state: CapacityState, filter: CapacityFilter): number[] {
  const { ids, roleId, includeOtherRoles, skillId, minLevel, kinds, tag, text } = filter;
  const unfiltered = !ids && roleId === undefined && skillId === undefined && !kinds?.length && !tag && !text?.trim();
  if (unfiltered) return state.people.map((_, p) => p);
  const matches = listTalent(db, { ids, roleId, skillId, minLevel, kinds, tag, text }).filter(
    (t) => roleId === undefined || includeOtherRoles || t.primaryRoleId === roleId,
  );
  return matches
    .map((t) => state.personIndexById.get(t.id))
    .filter((p): p is number => p !== undefined)
    .sort((a, b) => a - b);
}
