import { z } from 'zod';
import type { Closure, Role, Skill } from '../domain';
import { closureSpanProblem } from '../capacity/closures';
import { channel } from './channel';
import { colour, idInput, isoDate, name, none, patchOf, percent } from './schemas';

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

export const listChannels = {
  'roles:list': channel<Role[]>()(none),
  'roles:create': channel<Role>()(roleFields),
  'roles:update': channel<Role>()(patchOf(roleFields)),
  'roles:delete': channel<void>()(idInput),

  'skills:list': channel<Skill[]>()(none),
  'skills:create': channel<Skill>()(skillFields),
  'skills:update': channel<Skill>()(patchOf(skillFields)),
  'skills:delete': channel<void>()(idInput),

  'closures:list': channel<Closure[]>()(z.object({ from: isoDate.optional(), to: isoDate.optional() }).strict().default({})),
  'closures:create': channel<Closure>()(closureRecord),
  'closures:update': channel<Closure>()(patchOf(closureBase)),
  'closures:delete': channel<void>()(idInput),
};
