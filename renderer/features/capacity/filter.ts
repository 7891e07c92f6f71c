// The people filter of the capacity view, as the user sets it, and as capacity channels take it.

import type { Input } from '@shared/contract';
import { NO_TALENT_FILTER, talentQuery, type TalentFilterFields } from '../../lib/talentFilter';

export { isTalentFilterActive as isFilterActive } from '../../lib/talentFilter';

export type ContractFilter = NonNullable<Input<'capacity:grid'>['filter']>;

export interface CapacityFilterState extends TalentFilterFields {
  /** Also people who list the role among their other roles. */
  includeOtherRoles: boolean;
}

export const EMPTY_FILTER: CapacityFilterState = { ...NO_TALENT_FILTER, includeOtherRoles: false };

/** The filter in the contract's shape: the one people mapping, and other roles when a role is chosen. */
export function toContractFilter(f: CapacityFilterState): ContractFilter {
  const query = talentQuery(f);
  return f.roleId !== null && f.includeOtherRoles ? { ...query, includeOtherRoles: true } : query;
}
