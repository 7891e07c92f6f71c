import { listRecords } from '@shared/contract/lists';
import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { recordChange } from '../db/repos/history';
import { deleteClosure, getClosure, insertClosure, listClosures, updateClosure } from '../db/repos/closures';
import { countRoleUses, deleteRole, getRole, insertRole, listRoles, updateRole } from '../db/repos/roles';
import { countSkillUses, deleteSkill, getSkill, insertSkill, listSkills, updateSkill } from '../db/repos/skills';
import type { HandlerContext } from './context';
import { found } from './found';
import { mergePatch } from './patch';

/** The managed lists: roles, skills and studio closure days. */
export function listHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'roles:list': () => listRoles(db),
    'roles:create': (f) => found(getRole(db, recordChange(db, `Add role ${f.name}`, () => insertRole(db, f))), 'role'),
    'roles:update': ({ id, ...patch }) => {
      const f = mergePatch(listRecords.role, found(getRole(db, id), 'role'), patch);
      recordChange(db, `Edit role ${f.name}`, () => updateRole(db, id, f));
      return found(getRole(db, id), 'role');
    },
    'roles:delete': ({ id }) => {
      const role = found(getRole(db, id), 'role');
      const uses = countRoleUses(db, id);
      if (uses) throw new AppError('constraint', `“${role.name}” is still used by ${uses} people or demand lines. Reassign them first.`);
      recordChange(db, `Delete role ${role.name}`, () => deleteRole(db, id));
    },

    'skills:list': () => listSkills(db),
    'skills:create': ({ name }) => found(getSkill(db, recordChange(db, `Add skill ${name}`, () => insertSkill(db, name))), 'skill'),
    'skills:update': ({ id, ...patch }) => {
      const { name } = mergePatch(listRecords.skill, found(getSkill(db, id), 'skill'), patch);
      recordChange(db, `Rename skill ${name}`, () => updateSkill(db, id, name));
      return found(getSkill(db, id), 'skill');
    },
    'skills:delete': ({ id }) => {
      const skill = found(getSkill(db, id), 'skill');
      const uses = countSkillUses(db, id);
      if (uses) throw new AppError('constraint', `“${skill.name}” is still listed on ${uses} people or demand lines. Remove it there first.`);
      recordChange(db, `Delete skill ${skill.name}`, () => deleteSkill(db, id));
    },

    'closures:list': (range) => listClosures(db, range),
    'closures:create': (f) => found(getClosure(db, recordChange(db, `Add closure ${f.name}`, () => insertClosure(db, f))), 'closure'),
    'closures:update': ({ id, ...patch }) => {
      const f = mergePatch(listRecords.closure, found(getClosure(db, id), 'closure'), patch);
      recordChange(db, `Edit closure ${f.name}`, () => updateClosure(db, id, f));
      return found(getClosure(db, id), 'closure');
    },
    'closures:delete': ({ id }) => {
      const closure = found(getClosure(db, id), 'closure');
      recordChange(db, `Delete closure ${closure.name}`, () => deleteClosure(db, id));
    },
  } satisfies Partial<Handlers>;
}
