import type { TalentKind } from '@shared/domain';
import type { Talent } from '@shared/domain';

export type Zoom = 'day' | 'week' | 'month';
export type GroupBy = 'none' | 'role' | 'kind' | 'team';
export type SortBy = 'name' | 'role' | 'kind' | 'team';

export interface ScheduleFilters {
  text: string;
  tag: string;
  kinds: TalentKind[];
  roleId: number | null;
  skillId: number | null;
  minLevel: number;
}

export const NO_FILTERS: ScheduleFilters = { text: '', tag: '', kinds: [], roleId: null, skillId: null, minLevel: 1 };

/** One line of the grid: a group heading or a person. */
export type GridRow =
  | { type: 'group'; key: string; label: string; count: number }
  | { type: 'person'; person: Talent };

/** Hours in one bucket (a day, week or month) for one person. */
export interface Load {
  cap: number;
  conf: number;
  tent: number;
}

export type LoadLevel = 'free' | 'full' | 'over';
