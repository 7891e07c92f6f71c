import type { TalentFilterFields } from '../../lib/talentFilter';
import type { Talent } from '@shared/domain';

export type Zoom = 'day' | 'week' | 'month';
export type GroupBy = 'none' | 'role' | 'kind' | 'team';
export type SortBy = 'name' | 'role' | 'kind' | 'team';

export type ScheduleFilters = TalentFilterFields;

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
