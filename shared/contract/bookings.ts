import { z } from 'zod';
import type { Booking, IsoDate } from '../domain';
import type { OverAllocatedDayWhy } from '../errors';
import { channel } from './channel';
import { bookingStatus, id, idInput, isoDate, longText, patchOf, positiveHours, withinHorizon } from './schemas';

// Bookings: who works on which campaign, when, and how many hours a day.

const bookingBase = z
  .object({
    talentId: id,
    campaignId: id,
    demandLineId: id.nullable().default(null),
    start: isoDate,
    end: isoDate,
    hoursPerDay: positiveHours(24),
    status: bookingStatus.default('tentative'),
    note: longText.default(''),
  })
  .strict();


/** Whole records, with their rules across fields, for checking an update's merged record. */
export const bookingRecords = {
  booking: withinHorizon(bookingBase, 'A booking'),
};

/**
 * Without it, a write that would over-allocate anyone is refused (code 'over_allocated', with the
 * days and why), and nothing is written. "Save anyway" sends true.
 */
const allowOverAllocation = { allowOverAllocation: z.boolean().default(false) };


export const bookingFilter = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    talentIds: z.array(id).max(10_000).optional(),
    campaignIds: z.array(id).max(10_000).optional(),
    demandLineIds: z.array(id).max(10_000).optional(),
    statuses: z.array(bookingStatus).max(2).optional(),
  })
  .strict()
  .default({});


/** A booking with its total hours, the sum of its days under the capacity rules. */
export interface BookingView extends Booking {
  totalHours: number;
}


/** A booking as the editor has it so far: what `bookings:check` previews. */
export const bookingCheckInput = withinHorizon(
  z
    .object({
      id: id.optional(),
      talentId: id,
      /** Optional while the editor has no campaign yet; checked when given. */
      campaignId: id.optional(),
      demandLineId: id.nullable().default(null),
      start: isoDate,
      end: isoDate,
      /** Left out: the person's working pattern on those days gives it (patternHours.min). */
      hoursPerDay: positiveHours(24).optional(),
      status: bookingStatus.default('tentative'),
      /** Accepted so a form can send the same fields it will save; not used by the check. */
      note: longText.optional(),
    })
    .strict(),
  'A booking',
);

export interface BookingCheckResult {
  /** e.g. "Ada Lovelace: 10.5 h booked of 7.5 h on 3, 4 and 5 March"; null when nothing is over. */
  message: string | null;
  /** The days it would over-allocate, each with why (the same as a refused write carries). */
  days: (OverAllocatedDayWhy & { alreadyOver: boolean })[];
  /** The hours a day checked (as sent, or from the pattern). */
  hoursPerDay: number;
  totalHours: number;
  /** Days that carry the booking's hours: its working days (all its days when it covers none). */
  workingDays: number;
  /** The person's capacity on those days, after holidays, closures, contract and time off. */
  capacityHours: number;
  /** Pattern hours a day on the working days (× headcount), lowest and highest; null with none. */
  patternHours: { min: number; max: number } | null;
  personName: string;
  range: { start: IsoDate; end: IsoDate };
}


export const bookingChannels = {
  'bookings:list': channel<BookingView[]>()(bookingFilter),
  'bookings:get': channel<BookingView>()(idInput),
  'bookings:create': channel<BookingView>()(withinHorizon(bookingBase.extend(allowOverAllocation), 'A booking')),
  /** Only the fields sent change; the merged booking is checked against `bookingRecords.booking`, the horizon included. */
  'bookings:update': channel<BookingView>()(patchOf(bookingBase, { expectedUpdatedAt: z.string().max(40).optional(), ...allowOverAllocation })),
  'bookings:delete': channel<void>()(idInput),
  /** Several bookings moved (or copied) to other people and dates together: one transaction, one undo step. Returns them as saved. */
  'bookings:moveMany': channel<{ ids: number[]; bookings: BookingView[] }>()(
    z
      .object({
        moves: z
          .array(withinHorizon(z.object({ id, talentId: id, start: isoDate, end: isoDate, expectedUpdatedAt: z.string().max(40).optional() }).strict(), 'A booking'))
          .min(1, 'Choose at least one booking')
          .max(500, 'At most 500 bookings at a time'),
        copy: z.boolean().default(false),
        ...allowOverAllocation,
      })
      .strict(),
  ),
  /** Would this new or changed booking over-allocate its person, and why; with its working days and total. Asked while editing. */
  'bookings:check': channel<BookingCheckResult>()(bookingCheckInput),
};
