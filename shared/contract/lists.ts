import { z } from 'zod';
import type { Closure, Role, Skill } from '../domain';
import { closureSpanProblem } from '../capacity/closures';
import { channel } from './channel';
import { colour, id, idInput, isoDate, name, none, patchOf, percent } from './schemas';

// The studio's lists: roles, skills and closure days.

const roleFields = z.object({ name, utilisationTarget: percent.default(80), colour: colour.default('#64748b') }).strict();
const closureBase = z.object({ date: isoDate, endDate: isoDate.optional(), name, repeatsYearly: z.boolean().default(false) }).strict();
/** A closure as a whole: its last day on or after its first, and within a year of it. */
export const closureRecord = closureBase.superRefine((c, ctx) => {
  const problem = closureSpanProblem(c.date, c.endDate ?? c.date);
  if (problem) ctx.addIssue({ code: 'custom', path: ['endDate'], message: problem });
});
const skillFields = z.object({ name }).strict();

/** Whole records, for checking an update's merged record. */
export const listRecords = {
  role: roleFields,
  skill: skillFields,
  closure: closureRecord,
};

/** What deleting a role or skill would change, in a sentence. */
export interface ListDeleteImpact {
  people: number;
  demandLines: number;
  bookings: number;
  /** Refused while this is set (e.g. it is someone's primary role): the reason. */
  blocked: string | null;
  message: string;
}

/** How many people and demand lines use each role and skill. */
export interface ListUsage {
  roles: { id: number; people: number; demandLines: number }[];
  skills: { id: number; people: number; demandLines: number }[];
}

export interface ClosuresImportResult {
  added: number;
  label: string;
}

const merge = z
  .object({ fromId: id, intoId: id })
  .strict()
  .refine((m) => m.fromId !== m.intoId, { path: ['intoId'], message: 'Choose another one to merge into' });

export const listChannels = {
  'roles:list': channel<Role[]>()(none),
  'roles:create': channel<Role>()(roleFields),
  'roles:update': channel<Role>()(patchOf(roleFields)),
  'roles:delete': channel<void>()(idInput),
  'roles:merge': channel<{ label: string }>()(merge),
  'roles:deleteImpact': channel<ListDeleteImpact>()(idInput),

  'skills:list': channel<Skill[]>()(none),
  'skills:create': channel<Skill>()(skillFields),
  'skills:update': channel<Skill>()(patchOf(skillFields)),
  'skills:delete': channel<void>()(idInput),
  'skills:merge': channel<{ label: string }>()(merge),
  'skills:deleteImpact': channel<ListDeleteImpact>()(idInput),

  'closures:list': channel<Closure[]>()(z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict().default({})),
  'closures:create': channel<Closure>()(closureRecord),
  'closures:update': channel<Closure>()(patchOf(closureBase)),
  'closures:delete': channel<void>()(idInput),
  /** CSV with Date (or Start and End) and Name columns, optionally Repeats yearly; all or nothing. */
  'closures:import': channel<ClosuresImportResult>()(
    z.union([z.object({ path: z.string().trim().min(1, 'Choose a file').max(4096) }).strict(), z.object({ text: z.string().max(5_000_000) }).strict()]),
  ),
  /** How many people and demand lines use each role and skill. */
  'lists:usage': channel<ListUsage>()(none),
};
