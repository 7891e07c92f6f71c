// The people filter of the capacity view, as the user sets it, and as capacity channels take it.

import type { Input } from '@shared/contract';
import { NO_TALENT_FILTER, type TalentFilterFields } from '../../lib/talentFilter';

export type ContractFilter = NonNullable<Input<'capacity:grid'>['filter']>;

export interface CapacityFilterState extends TalentFilterFields {
  /** Also people who list the role among their other roles. */
  includeOtherRoles: boolean;
}

export const EMPTY_FILTER: CapacityFilterState = { ...NO_TALENT_FILTER, includeOtherRoles: false };

export function isFilterActive(f: CapacityFilterState): boolean {
  return f.roleId !== null || f.skillId !== null || f.kinds.length > 0 || f.tag.trim() !== '' || f.text.trim() !== '';
}

/** The filter in the contract's shape: only what is set. */
export function toContractFilter(f: CapacityFilterState): ContractFilter {
  const out: ContractFilter = {};
  if (f.roleId !== null) {
    out.roleId = f.roleId;
    if (f.includeOtherRoles) out.includeOtherRoles = true;
  }
  if (f.skillId !== null) {
    out.skillId = f.skillId;
    if (f.minLevel > 1) out.minLevel = f.minLevel;
  }
  if (f.kinds.length) out.kinds = [...f.kinds];
  if (f.tag.trim()) out.tag = f.tag.trim();
  if (f.text.trim()) out.text = f.text.trim();
  return out;
}
