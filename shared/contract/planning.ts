import { z } from 'zod';
import type { Booking, Campaign, DemandLine, IsoDate } from '../domain';
import type { OverAllocatedDayWhy } from '../errors';
import { channel } from './channel';
import type { DeleteImpact } from './talent';
import { bookingStatus, campaignStatus, colour, currency, id, idInput, isoDate, level, longText, money, name, none, optionalText, patchOf, percent, positiveHours, priority, shortText, withinHorizon, withRange } from './schemas';

const campaignBase = z
  .object({
    externalId: optionalText.default(null),
    name,
    client: shortText.default(''),
    status: campaignStatus,
    probability: percent.default(100),
    priority: priority.default(3),
    budget: money.default(0),
    currency: currency.default('GBP'),
    start: isoDate,
    end: isoDate,
    owner: shortText.default(''),
    colour: colour.default('#2563eb'),
    notes: longText.default(''),
  })
  .strict();

const demandLineBase = z
  .object({
    campaignId: id,
    roleId: id.nullable(),
    skills: z.array(z.object({ skillId: id, minLevel: level }).strict()).max(50).default([]),
    hours: positiveHours(100_000),
    start: isoDate,
    end: isoDate,
    priority: priority.default(3),
    note: longText.default(''),
  })
  .strict();

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
export const planningRecords = {
  campaign: withRange(campaignBase),
  demandLine: withRange(demandLineBase),
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

export interface CampaignSummary extends Campaign {
  demandHours: number;
  /** Every booking on the campaign, on a demand line or not. */
  bookedHours: number;
  /** Planned cost in the campaign's own currency, each day at the exchange rate in force then. */
  bookedCost: number;
  /** Booked against the campaign's demand lines. */
  lineBookedHours: number;
  /** Σ over its lines of max(0, hours − booked): the same open hours every screen shows. */
  openHours: number;
  /** Booked with no demand line: outside the plan, filling no line. */
  outsideHours: number;
  /** The same in the workspace's reporting currency: the figure totals add. */
  bookedCostReporting: number;
  reportingCurrency: string;
  /** The budget in the reporting currency (rate on the campaign's first day); null without a rate. */
  budgetReporting: number | null;
  /** Warnings for booked hours whose cost has no exchange rate (left out of the figures above). */
  costWarnings: string[];
}

export interface DemandLineSummary extends DemandLine {
  bookedHours: number;
  openHours: number;
}

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

export const planningChannels = {
  'campaigns:list': channel<CampaignSummary[]>()(
    z
      .object({
        statuses: z.array(campaignStatus).max(5).optional(),
        client: shortText.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        text: shortText.optional(),
      })
      .strict()
      .default({}),
  ),
  'campaigns:get': channel<CampaignSummary>()(idInput),
  'campaigns:create': channel<Campaign>()(withRange(campaignBase)),
  'campaigns:update': channel<Campaign>()(patchOf(campaignBase)),
  'campaigns:deleteImpact': channel<DeleteImpact>()(idInput),
  'campaigns:delete': channel<DeleteImpact>()(idInput),
  'campaigns:clients': channel<string[]>()(none),

  'demandLines:list': channel<DemandLineSummary[]>()(
    // openOnly: lines with hours still to book, on campaigns that still need people (not on hold, done, lost or cancelled).
    z.object({ campaignIds: z.array(id).max(10_000).optional(), from: isoDate.optional(), to: isoDate.optional(), openOnly: z.boolean().optional() }).strict().default({}),
  ),
  'demandLines:create': channel<DemandLine>()(withRange(demandLineBase)),
  'demandLines:update': channel<DemandLine>()(patchOf(demandLineBase)),
  'demandLines:delete': channel<DeleteImpact>()(idInput),

  'bookings:list': channel<BookingView[]>()(bookingFilter),
  'bookings:get': channel<BookingView>()(idInput),
  'bookings:create': channel<BookingView>()(withinHorizon(bookingBase.extend(allowOverAllocation), 'A booking')),
  /** Only the fields sent change; the merged booking is checked against `planningRecords.booking`, the horizon included. */
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
