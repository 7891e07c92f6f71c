import { z } from 'zod';
import { isIsoDate } from '../dates';
import type { Id, IsoDate, TalentKind } from '../domain';
import { channel } from './channel';
import { bucketCount } from '../horizon';
import { GRID_MAX_CELLS, limitedRange, VIEW_MAX_DAYS } from './limits';
import { id, level, shortText, talentKind } from './schemas';

const range = limitedRange(VIEW_MAX_DAYS, 'A capacity view');

/** Which people a capacity view shows. */
export const capacityFilter = z
  .object({
    ids: z.array(id).max(10_000).optional(),
    roleId: id.optional(),
    /** Also people who list the role among their other roles. */
    includeOtherRoles: z.boolean().optional(),
    skillId: id.optional(),
    minLevel: level.optional(),
    kinds: z.array(talentKind).max(3).optional(),
    tag: shortText.optional(),
    text: shortText.optional(),
  })
  .strict()
  .default({});

export interface GridPerson {
  id: Id;
  name: string;
  kind: TalentKind;
  primaryRoleId: Id;
  team: string | null;
  /** Utilisation target in percent (own, else the primary role's), or null. */
  target: number | null;
}

/**
 * Capacity, confirmed and tentative hours per person (rows) and bucket (columns), row-major:
 * cell (r, c) is at r × buckets.length + c. Only the rows asked for (offset, limit) are filled.
 */
export interface CapacityGrid {
  totalRows: number;
  offset: number;
  people: GridPerson[];
  buckets: { start: IsoDate; end: IsoDate }[];
  capacity: number[];
  confirmed: number[];
  tentative: number[];
  /** Free hours per cell: Σ per day max(0, capacity − booked). */
  free: number[];
  /** Share of each cell's days outside the person's contract, 0..1 (1: wholly before it starts or after it ends). */
  inactive: number[];
  /** With actualPast: the first this many buckets ended before today and hold hours logged, not booked. */
  actualBuckets?: number;
}

export interface RoleWeek {
  roleId: Id;
  roleName: string;
  weekStart: IsoDate;
  demand: number;
  supply: number;
  free: number;
  booked: number;
  shortfall: number;
  /** With actualPast, weeks that ended before today: hours logged by the role's people (primary role). */
  actual?: number;
}

export interface OverAllocation {
  talentId: Id;
  name: string;
  start: IsoDate;
  end: IsoDate;
  days: { date: IsoDate; booked: number; capacity: number }[];
  message: string;
}

export const capacityChannels = {
  'capacity:grid': channel<CapacityGrid>()(
    z
      .object({
        range,
        bucket: z.enum(['day', 'week', 'month']),
        filter: capacityFilter,
        offset: z.number().int().min(0).max(1_000_000).default(0),
        limit: z.number().int().min(0).max(10_000).default(200),
        /** Rows by name (the default) or by free hours over the range, most free first. */
        sort: z.enum(['name', 'free']).optional(),
        /** Buckets that ended before today show hours logged (actuals) instead of hours booked. */
        actualPast: z.boolean().optional(),
      })
      .strict()
      .superRefine(({ range: r, bucket, limit }, ctx) => {
        if (!r || !isIsoDate(r.start) || !isIsoDate(r.end) || r.end < r.start || !Number.isInteger(limit)) return;
        const columns = bucketCount(r.start, r.end, bucket);
        if (limit * columns <= GRID_MAX_CELLS) return;
        const most = Math.max(1, Math.floor(GRID_MAX_CELLS / columns)).toLocaleString('en-GB');
        const message = `At most ${GRID_MAX_CELLS.toLocaleString('en-GB')} cells at a time: ${columns.toLocaleString('en-GB')} ${bucket}s × ${limit.toLocaleString('en-GB')} people asked for; ask for at most ${most} people at a time.`;
        ctx.addIssue({ code: 'custom', path: ['limit'], message });
      }),
  ),
  'capacity:roleWeeks': channel<RoleWeek[]>()(
    z.object({ range, weighted: z.boolean().default(true), includeOtherRoles: z.boolean().default(false), roleIds: z.array(id).max(1000).optional(), actualPast: z.boolean().optional() }).strict(),
  ),
  'capacity:overallocations': channel<OverAllocation[]>()(z.object({ range, filter: capacityFilter }).strict()),
};
