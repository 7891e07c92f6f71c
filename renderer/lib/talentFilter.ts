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
