import { z } from 'zod';
import type { TimeOff, WorkPattern } from '../domain';
import { channel } from './channel';
import { id, idInput, isoDate, longText, patchOf, positiveHours, timeOffType, weekHours, withRange } from './schemas';

// A person's availability: working-pattern periods and time off.

const patternFields = z.object({ talentId: id, effectiveFrom: isoDate, hours: weekHours }).strict();
const timeOffBase = z
  .object({ talentId: id, start: isoDate, end: isoDate, hoursPerDay: positiveHours(24).nullable().default(null), type: timeOffType, note: longText.default('') })
  .strict();

/** Whole records, with their rules across fields, for checking an update's merged record. */
export const availabilityRecords = {
  pattern: patternFields,
  timeOff: withRange(timeOffBase),
};

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
};
