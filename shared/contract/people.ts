import { z } from 'zod';
import type { Closure, Role, Skill, Talent, TimeOff, WorkPattern } from '../domain';
import { channel } from './channel';
import { closureSpanProblem } from '../capacity/closures';
import {
  colour, currency, email, id, idInput, isoDate, level, longText, money, name, optionalText, patchOf, percent, rateUnit, shortText,
  talentKind, timeOffType, weekHours, withRange, positiveHours,
} from './schemas';

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

export const talentCreate = talentFields.extend({ patterns: z.array(patternInput).max(50).optional() }).strict().superRefine(checkTalent);
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

const patternFields = z.object({ talentId: id, effectiveFrom: isoDate, hours: weekHours }).strict();
const timeOffBase = z
  .object({ talentId: id, start: isoDate, end: isoDate, hoursPerDay: positiveHours(24).nullable().default(null), type: timeOffType, note: longText.default('') })
  .strict();
const roleFields = z.object({ name, utilisationTarget: percent.default(80), colour: colour.default('#64748b') }).strict();
const closureBase = z.object({ date: isoDate, endDate: isoDate.optional(), name, repeatsYearly: z.boolean().default(false) }).strict();
/** A closure as a whole: its last day on or after its first, and within a year of it. */
export const closureRecord = closureBase.superRefine((c, ctx) => {
  const problem = closureSpanProblem(c.date, c.endDate ?? c.date);
  if (problem) ctx.addIssue({ code: 'custom', path: ['endDate'], message: problem });
});
const skillFields = z.object({ name }).strict();

/** Whole records, with their rules across fields, for checking an update's merged record. */
export const peopleRecords = {
  pattern: patternFields,
  timeOff: withRange(timeOffBase),
  role: roleFields,
  skill: skillFields,
  closure: closureRecord,
};

export const peopleChannels = {
  'talent:list': channel<Talent[]>()(talentFilter),
  'talent:get': channel<Talent>()(idInput),
  'talent:create': channel<Talent>()(talentCreate),
  'talent:update': channel<Talent>()(talentUpdate),
  'talent:deleteImpact': channel<DeleteImpact>()(idInput),
  'talent:delete': channel<DeleteImpact>()(idInput),

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

  'roles:list': channel<Role[]>()(z.undefined().or(z.object({}).strict())),
  'roles:create': channel<Role>()(roleFields),
  'roles:update': channel<Role>()(patchOf(roleFields)),
  'roles:delete': channel<void>()(idInput),

  'skills:list': channel<Skill[]>()(z.undefined().or(z.object({}).strict())),
  'skills:create': channel<Skill>()(skillFields),
  'skills:update': channel<Skill>()(patchOf(skillFields)),
  'skills:delete': channel<void>()(idInput),

  'closures:list': channel<Closure[]>()(z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict().default({})),
  'closures:create': channel<Closure>()(closureRecord),
  'closures:update': channel<Closure>()(patchOf(closureBase)),
  'closures:delete': channel<void>()(idInput),
};

