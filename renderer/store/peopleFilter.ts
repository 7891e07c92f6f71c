import type { Talent, TalentKind } from '@shared/domain';
import type { TalentFilterFields } from '../lib/talentFilter';

export { isTalentFilterActive as isFilterActive, talentQuery as toTalentListInput, type TalentQuery as TalentListInput } from '../lib/talentFilter';

/** What the People filter bar holds. Empty values mean "any". */
export type PeopleFilter = TalentFilterFields;

export type PeopleSortKey = 'name' | 'kind' | 'role' | 'team' | 'costRate' | 'billRate';
export interface PeopleSort {
  key: PeopleSortKey;
  dir: 'asc' | 'desc';
}

const KIND_ORDER: Record<TalentKind, number> = { staff: 0, freelancer: 1, agency: 2 };

/** Sorts a copy of the list; `roleName` turns a role id into its name. Ties fall back to name. */
export function sortTalent(list: readonly Talent[], sort: PeopleSort, roleName: (id: number) => string): Talent[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const unitOrder = (u: Talent['costRateUnit']) => (u === 'day' ? 1 : 0);
  const byName = (a: Talent, b: Talent) => collator.compare(a.name, b.name);
  const cmp: Record<PeopleSortKey, (a: Talent, b: Talent) => number> = {
    name: byName,
    kind: (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
    role: (a, b) => collator.compare(roleName(a.primaryRoleId), roleName(b.primaryRoleId)),
    team: (a, b) => collator.compare(a.team ?? '\uffff', b.team ?? '\uffff'),
    // Rates in different currencies or units are not comparable as numbers: grouped by currency and unit first.
    costRate: (a, b) => a.currency.localeCompare(b.currency) || unitOrder(a.costRateUnit) - unitOrder(b.costRateUnit) || a.costRate - b.costRate,
    billRate: (a, b) => a.currency.localeCompare(b.currency) || unitOrder(a.billRateUnit) - unitOrder(b.billRateUnit) || a.billRate - b.billRate,
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => sign * cmp[sort.key](a, b) || byName(a, b));
}
