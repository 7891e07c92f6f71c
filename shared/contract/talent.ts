import { z } from 'zod';
import type { Talent } from '../domain';
import { timeOffBase } from './availability';
import { channel } from './channel';
import { currency, email, id, idInput, isoDate, level, longText, money, name, optionalText, patchOf, percent, rateUnit, shortText, talentKind, weekHours, withRange } from './schemas';

export const talentFields = z
  .object({
    externalId: optionalText.default(null),
    kind: talentKind,
    name,
    email: email.nullable().default(null),
    team: shortText.nullable().default(null),
    primaryRoleId: id,
    otherRoleIds: z.array(id).max(50).default([]),
    skills: z.array(z.object({ skillId: id, level }).strict()).max(100).default([]),
    tags: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
    costRate: money.default(0),
    billRate: money.default(0),
    costRateUnit: rateUnit.default('hour'),
    billRateUnit: rateUnit.default('hour'),
    currency: currency.default('GBP'),
    utilisationTarget: percent.nullable().default(null),
    holidayCountry: z.string().regex(/^[A-Z]{2}$/, 'A two-letter country code').nullable().default(null),
    holidayRegion: z.string().regex(/^[A-Z0-9]{1,3}$/, 'A region code such as ENG or BY').nullable().default(null),
    activeFrom: isoDate.nullable().default(null),
    activeTo: isoDate.nullable().default(null),
    headcount: z.number().int('Must be a whole number').min(1, 'At least 1').max(1000, 'At most 1000').default(1),
    notes: longText.default(''),
  })
  .strict();

const checkTalent = (t: { activeFrom: string | null; activeTo: string | null; kind: string; headcount: number; holidayRegion: string | null; holidayCountry: string | null }, ctx: z.RefinementCtx) => {
  if (t.activeFrom && t.activeTo && t.activeTo < t.activeFrom) ctx.addIssue({ code: 'custom', path: ['activeTo'], message: 'Must be on or after the start of the contract' });
  if (t.kind !== 'agency' && t.headcount !== 1) ctx.addIssue({ code: 'custom', path: ['headcount'], message: 'Only an agency pools more than one person' });
  if (t.holidayRegion && !t.holidayCountry) ctx.addIssue({ code: 'custom', path: ['holidayCountry'], message: 'Choose a country for the region' });
};

const patternInput = z.object({ effectiveFrom: isoDate, hours: weekHours }).strict();


/** Two periods of a new person's pattern can't start on the same day. */
const checkNewPatterns = (t: { patterns?: { effectiveFrom: string }[] }, ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  t.patterns?.forEach((p, i) => {
    if (seen.has(p.effectiveFrom)) ctx.addIssue({ code: 'custom', path: ['patterns', i, 'effectiveFrom'], message: 'Another period starts on this day' });
    seen.add(p.effectiveFrom);
  });
};

/** A new person, with their working pattern and time off, written together in one step. */
export const talentCreate = talentFields
  .extend({
    patterns: z.array(patternInput).max(50).optional(),
    timeOff: z.array(withRange(timeOffBase.omit({ talentId: true }))).max(200).optional(),
  })
  .strict()
  .superRefine(checkTalent)
  .superRefine(checkNewPatterns);
/** A person as a whole, with the rules across fields: what an update's merged record must pass. */
export const talentRecord = talentFields.superRefine(checkTalent);
export const talentUpdate = patchOf(talentFields);

export const talentFilter = z
  .object({
    kinds: z.array(talentKind).max(3).optional(),
    roleId: id.optional(),
    skillId: id.optional(),
    minLevel: level.optional(),
    tag: shortText.optional(),
    text: shortText.optional(),
  })
  .strict()
  .default({});

export interface DeleteImpact {
  bookings: number;
  bookingHours: number;
  demandLines: number;
  message: string;
}

export const talentChannels = {
  'talent:list': channel<Talent[]>()(talentFilter),
  'talent:get': channel<Talent>()(idInput),
  'talent:create': channel<Talent>()(talentCreate),
  'talent:update': channel<Talent>()(talentUpdate),
  'talent:deleteImpact': channel<DeleteImpact>()(idInput),
  'talent:delete': channel<DeleteImpact>()(idInput),
};
