import type { Handlers, ListDeleteImpact } from '@shared/contract';
import type { Id } from '@shared/domain';
import { AppError } from '@shared/errors';
import type { Db } from '../db/open';
import { recordChange } from '../db/repos/history';
import { deleteRole, getRole, mergeRole, removeOtherRole, roleUsage, roleUses } from '../db/repos/roles';
import { deleteSkill, getSkill, mergeSkill, removeSkillEverywhere, skillUsage, skillUses } from '../db/repos/skills';
import type { HandlerContext } from './context';
import { found } from './found';
import { plural } from './impact';

const lines = (n: number, bookings: number) =>
  `${plural(n, 'demand line')}${bookings ? ` (with ${plural(bookings, 'booking')})` : ''}`;

/** What deleting a role does; blocked while someone holds it as primary role or a line asks for it. */
export function roleDeleteImpact(db: Db, id: Id): ListDeleteImpact {
  const role = found(getRole(db, id), 'role');
  const u = roleUses(db, id);
  const uses = [
    u.primaryPeople && `the primary role of ${plural(u.primaryPeople, 'person', 'people')}`,
    u.demandLines && `asked for by ${lines(u.demandLines, u.bookings)}`,
  ].filter(Boolean);
  const blocked = uses.length ? `“${role.name}” is ${uses.join(' and ')}. Merge it into another role instead, so they keep a role.` : null;
  const message =
    blocked ?? (u.otherPeople ? `Deleting “${role.name}” takes it off ${plural(u.otherPeople, 'person', 'people')}’s other roles.` : `No one has “${role.name}”: deleting it changes nothing else.`);
  return { people: u.primaryPeople + u.otherPeople, demandLines: u.demandLines, bookings: u.bookings, blocked, message };
}

/** What deleting a skill does: it comes off every person and demand line that lists it. */
export function skillDeleteImpact(db: Db, id: Id): ListDeleteImpact {
  const skill = found(getSkill(db, id), 'skill');
  const u = skillUses(db, id);
  const where = [u.people && plural(u.people, 'person', 'people'), u.demandLines && lines(u.demandLines, u.bookings)].filter(Boolean);
  const message = where.length ? `Deleting “${skill.name}” takes it off ${where.join(' and ')}.` : `No one lists “${skill.name}”: deleting it changes nothing else.`;
  return { people: u.people, demandLines: u.demandLines, bookings: u.bookings, blocked: null, message };
}

/** Roles and skills: merge one into another (people, lines and their bookings follow), and delete. */
export function listMergeHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'lists:usage': () => ({ roles: roleUsage(db), skills: skillUsage(db) }),
    'roles:deleteImpact': ({ id }) => roleDeleteImpact(db, id),
    'roles:merge': ({ fromId, intoId }) => {
      const [from, into] = [found(getRole(db, fromId), 'role'), found(getRole(db, intoId), 'role')];
      const label = `Merge role ${from.name} into ${into.name}`;
      recordChange(db, label, () => mergeRole(db, fromId, intoId));
      return { label };
    },
    'roles:delete': ({ id }) => {
      const impact = roleDeleteImpact(db, id);
      if (impact.blocked) throw new AppError('constraint', impact.blocked);
      const role = found(getRole(db, id), 'role');
      recordChange(db, `Delete role ${role.name}`, () => {
        removeOtherRole(db, id);
        deleteRole(db, id);
      });
    },
    'skills:deleteImpact': ({ id }) => skillDeleteImpact(db, id),
    'skills:merge': ({ fromId, intoId }) => {
      const [from, into] = [found(getSkill(db, fromId), 'skill'), found(getSkill(db, intoId), 'skill')];
      const label = `Merge skill ${from.name} into ${into.name}`;
      recordChange(db, label, () => mergeSkill(db, fromId, intoId));
      return { label };
    },
    'skills:delete': ({ id }) => {
      const skill = found(getSkill(db, id), 'skill');
      recordChange(db, `Delete skill ${skill.name}`, () => {
        removeSkillEverywhere(db, id);
        deleteSkill(db, id);
      });
    },
  } satisfies Partial<Handlers>;
}
