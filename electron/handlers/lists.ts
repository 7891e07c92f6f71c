import { listRecords } from '@shared/contract/lists';
import type { Handlers } from '@shared/contract';
import { formatLongDate } from '@shared/capacity/warnings';
import { AppError } from '@shared/errors';
import type { Db } from '../db/open';
import { recordChange } from '../db/repos/history';
import { deleteClosure, findClosureOn, getClosure, insertClosure, listClosures, updateClosure } from '../db/repos/closures';
import { deleteRole, getRole, insertRole, listRoles, mergeRole, removeOtherRole, roleUsage, updateRole } from '../db/repos/roles';
import { deleteSkill, getSkill, insertSkill, listSkills, mergeSkill, removeSkillEverywhere, skillUsage, updateSkill } from '../db/repos/skills';
import type { HandlerContext } from './context';
import { found } from './found';
import { roleDeleteImpact, skillDeleteImpact } from './impact';
import { mergePatch } from './patch';
import { csvTextOf, parseCsv } from '../io/read';
import { closuresFromTable } from '@shared/settings/closuresCsv';

/** Two closures can't start on the same day (the workspace keeps one per first day). */
function refuseSameStart(db: Db, date: string, id?: number): void {
  const same = findClosureOn(db, date);
  if (same && same.id !== id) throw new AppError('conflict', `“${same.name}” already starts on ${formatLongDate(date)}. Edit that closure instead.`, 'date');
}

/** The managed lists: roles and skills (merged and deleted with what they affect) and studio closures. */
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

    'skills:list': () => listSkills(db),
    'skills:create': ({ name }) => found(getSkill(db, recordChange(db, `Add skill ${name}`, () => insertSkill(db, name))), 'skill'),
    'skills:update': ({ id, ...patch }) => {
      const { name } = mergePatch(listRecords.skill, found(getSkill(db, id), 'skill'), patch);
      recordChange(db, `Rename skill ${name}`, () => updateSkill(db, id, name));
      return found(getSkill(db, id), 'skill');
    },

    'closures:list': (range) => listClosures(db, range),
    'closures:create': (f) => {
      const closure = { ...f, endDate: f.endDate ?? f.date };
      refuseSameStart(db, closure.date);
      return found(getClosure(db, recordChange(db, `Add closure ${f.name}`, () => insertClosure(db, closure))), 'closure');
    },
    'closures:update': ({ id, ...patch }) => {
      const current = found(getClosure(db, id), 'closure');
      // A one-day closure moved by its date alone stays one day.
      const moved = patch.date !== undefined && patch.endDate === undefined && current.endDate === current.date ? { endDate: patch.date } : {};
      const f = mergePatch(listRecords.closure, current, { ...patch, ...moved });
      refuseSameStart(db, f.date, id);
      recordChange(db, `Edit closure ${f.name}`, () => updateClosure(db, id, { ...f, endDate: f.endDate ?? f.date }));
      return found(getClosure(db, id), 'closure');
    },
    'closures:import': (source) => {
      const rows = closuresFromTable(parseCsv(csvTextOf(source)));
      rows.forEach((row) => {
        const same = findClosureOn(db, row.date);
        if (same) throw new AppError('conflict', `Row ${row.rowNumber}, Date: “${same.name}” already starts on ${formatLongDate(row.date)}. Nothing was imported.`, 'date');
      });
      const label = `Import ${rows.length} ${rows.length === 1 ? 'closure' : 'closures'}`;
      recordChange(db, label, () => rows.forEach(({ rowNumber: _, ...closure }) => insertClosure(db, closure)));
      return { added: rows.length, label };
    },
    'closures:delete': ({ id }) => {
      const closure = found(getClosure(db, id), 'closure');
      recordChange(db, `Delete closure ${closure.name}`, () => deleteClosure(db, id));
    },

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
