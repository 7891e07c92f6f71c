import { z } from 'zod';
import type { Campaign, DemandLine } from '../domain';
import { channel } from './channel';
import type { DeleteImpact } from './talent';
import { campaignStatus, colour, currency, id, idInput, isoDate, level, longText, money, name, none, optionalText, patchOf, percent, positiveHours, priority, shortText, withRange } from './schemas';

// Campaigns and their demand lines.

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


/** Whole records, with their rules across fields, for checking an update's merged record. */
export const campaignRecords = {
  campaign: withRange(campaignBase),
  demandLine: withRange(demandLineBase),
};

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


export const campaignChannels = {
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
};
