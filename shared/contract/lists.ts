import { z } from 'zod';
import type { Closure, Role, Skill } from '../domain';
import { channel } from './channel';
import { colour, idInput, isoDate, name, none, patchOf, percent } from './schemas';

// The studio's lists: roles, skills and closure days.

const roleFields = z.object({ name, utilisationTarget: percent.default(80), colour: colour.default('#64748b') }).strict();
const closureFields = z.object({ date: isoDate, name }).strict();
const skillFields = z.object({ name }).strict();

/** Whole records, for checking an update's merged record. */
export const listRecords = {
  role: roleFields,
  skill: skillFields,
  closure: closureFields,
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
  'closures:create': channel<Closure>()(closureFields),
  'closures:update': channel<Closure>()(patchOf(closureFields)),
  'closures:delete': channel<void>()(idInput),
};
