import type { Input } from '@shared/contract';
import type { TalentKind } from '@shared/domain';

/** Who a people view shows: the fields the People, Capacity and Schedule filters share. Empty means "any". */
export interface TalentFilterFields {
  text: string;
  tag: string;
  kinds: TalentKind[];
  roleId: number | null;
  skillId: number | null;
  /** Only meaningful with a skill; 1 means any level. */
  minLevel: number;
}

export const NO_TALENT_FILTER: TalentFilterFields = { text: '', tag: '', kinds: [], roleId: null, skillId: null, minLevel: 1 };

/** The API's people filter (`talent:list`, and the people part of the capacity channels' filter). */
export type TalentQuery = NonNullable<Input<'talent:list'>>;

/**
 * The one mapping from a filter bar to the API: only what narrows, trimmed, never an empty string
 * (all three kinds is no filter). People, Schedule, Capacity and Snapshots all ask through it.
 */
export function talentQuery(filter: TalentFilterFields): TalentQuery {
  const query: TalentQuery = {};
  if (filter.kinds.length > 0 && filter.kinds.length < 3) query.kinds = [...filter.kinds];
  if (filter.roleId !== null) query.roleId = filter.roleId;
  if (filter.skillId !== null) {
    query.skillId = filter.skillId;
    if (filter.minLevel > 1) query.minLevel = Math.min(5, Math.max(1, Math.round(filter.minLevel)));
  }
  const tag = filter.tag.trim();
  if (tag) query.tag = tag.slice(0, 200);
  const text = filter.text.trim();
  if (text) query.text = text.slice(0, 200);
  return query;
}

/** Whether the filter narrows the people at all. */
export const isTalentFilterActive = (filter: TalentFilterFields): boolean => Object.keys(talentQuery(filter)).length > 0;
