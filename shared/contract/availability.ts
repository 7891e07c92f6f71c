import { z } from 'zod';
import type { Id, IsoDate, TalentKind, TimeOff, WorkPattern } from '../domain';
import { channel } from './channel';
import { FREE_SEARCH_MAX_DAYS, FREE_SEARCH_MAX_RESULTS, limitedRange } from './limits';
import { hours, id, idInput, isoDate, level, longText, patchOf, percent, positiveHours, talentKind, timeOffType, weekHours, withRange } from './schemas';

// A person's availability: working-pattern periods, time off, and "Who's free?".

const patternFields = z.object({ talentId: id, effectiveFrom: isoDate, hours: weekHours }).strict();
export const timeOffBase = z
  .object({ talentId: id, start: isoDate, end: isoDate, hoursPerDay: positiveHours(24).nullable().default(null), type: timeOffType, note: longText.default('') })
  .strict();

/** Whole records, with their rules across fields, for checking an update's merged record. */
export const availabilityRecords = {
  pattern: patternFields,
  timeOff: withRange(timeOffBase),
};



/** What a day is for one person in a "Who's free?" timeline. */
export type FreeDayStatus =
  | 'work' // a working day (possibly booked)
  | 'timeOff' // a working day with time off (whole or part)
  | 'off' // their working pattern gives no hours (a weekend, a part-timer's day off)
  | 'holiday' // a public holiday of their region
  | 'closed' // a studio closure
  | 'inactive'; // before their contract starts or after it ends

/** The longest steady booking that fits their free hours: what the Book button fills in. */
export interface FreeBookingSuggestion {
  start: IsoDate;
  end: IsoDate;
  hoursPerDay: number;
  /** Working days it covers and hours in all. */
  days: number;
  totalHours: number;
}

export interface FreePerson {
  id: Id;
  name: string;
  kind: TalentKind;
  primaryRoleId: Id;
  team: string | null;
  /** Over the range: Σ per day of max(0, capacity − booked), as the Capacity view counts it. */
  freeHours: number;
  capacityHours: number;
  bookedHours: number;
  tentativeHours: number;
  /** freeHours ÷ capacityHours, 0..1 (null without capacity). */
  freeShare: number | null;
  /** One entry per day of the range, in order. */
  days: { free: number[]; capacity: number[]; booked: number[]; status: FreeDayStatus[] };
  suggestion: FreeBookingSuggestion | null;
}

export interface FreeSearchResult {
  range: { start: IsoDate; end: IsoDate };
  /** People matching role, skills, kinds and tags (before the free-hours threshold). */
  matched: number;
  /** Of those, people with free hours meeting the threshold. */
  total: number;
  /** The first `limit` of them, most free hours first (then by name). */
  people: FreePerson[];
}

export const freeSearchInput = z
  .object({
    range: limitedRange(FREE_SEARCH_MAX_DAYS, 'A search for free people'),
    /** Primary or other role. */
    roleId: id.optional(),
    /** Every skill at its minimum level or above. */
    skills: z.array(z.object({ skillId: id, minLevel: level.default(1) }).strict()).max(20, 'At most 20 skills').default([]),
    /** Any of these kinds; none means all. */
    kinds: z.array(talentKind).max(3).default([]),
    /** Every tag (case does not matter). */
    tags: z.array(z.string().trim().min(1).max(60)).max(20, 'At most 20 tags').default([]),
    /** At least this many free hours over the range. */
    minHours: hours(100_000).default(0),
    /** At least this share of their capacity over the range free, in percent. */
    minPercent: percent.default(0),
    /** Count tentative bookings as free time (by default they are taken, as in Capacity). */
    tentativeIsFree: z.boolean().default(false),
    limit: z.number().int().min(1).max(FREE_SEARCH_MAX_RESULTS, `At most ${FREE_SEARCH_MAX_RESULTS} people at a time`).default(50),
  })
  .strict();

export const availabilityChannels = {
  'patterns:list': channel<WorkPattern[]>()(z.object({ talentId: id }).strict()),
  'patterns:create': channel<WorkPattern>()(patternFields),
  'patterns:update': channel<WorkPattern>()(patchOf(patternFields)),
  'patterns:delete': channel<void>()(idInput),

  'timeOff:list': channel<TimeOff[]>()(
    z.object({ talentIds: z.array(id).max(10_000).optional(), from: isoDate.optional(), to: isoDate.optional() }).strict().default({}),
  ),
  'timeOff:create': channel<TimeOff>()(withRange(timeOffBase)),
  'timeOff:update': channel<TimeOff>()(patchOf(timeOffBase)),
  'timeOff:delete': channel<void>()(idInput),

  /** "Who's free?": people matching the filters with free hours in the range, most free first. */
  'availability:search': channel<FreeSearchResult>()(freeSearchInput),
};
