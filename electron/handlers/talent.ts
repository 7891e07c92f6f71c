import type { Handlers, ParsedInput } from '@shared/contract';
import { talentRecord } from '@shared/contract/talent';
import type { Talent } from '@shared/domain';
import { AppError } from '@shared/errors';
import { getWorkspaceDefaults } from '../db/repos/defaults';
import { recordChange } from '../db/repos/history';
import { insertPattern } from '../db/repos/patterns';
import { clearHandoffsTo } from '../db/repos/phases';
import { getRole } from '../db/repos/roles';
import { getSkill } from '../db/repos/skills';
import { deleteTalent, getTalent, insertTalent, listTalent, updateTalent } from '../db/repos/talent';
import { insertTimeOffBatch } from '../db/repos/timeOff';
import { countBookingsOf, deleteBookingsOf } from '../db/repos/bookings';
import type { Db } from '../db/open';
import type { CapacityModel } from '../capacity/model';
import type { HandlerContext } from './context';
import { bookingImpact } from './impact';
import { mergePatch } from './patch';

/** A studio's usual week, used when a new person is created without a pattern. */

type TalentInput = Omit<ParsedInput<'talent:create'>, 'patterns' | 'timeOff'>;

function checkReferences(db: Db, t: TalentInput): void {
  if (!getRole(db, t.primaryRoleId)) throw new AppError('invalid_input', 'Primary role: choose a role from the list', 'primaryRoleId');
  t.otherRoleIds.forEach((roleId, i) => {
    if (!getRole(db, roleId)) throw new AppError('invalid_input', 'Other roles: one of them no longer exists', `otherRoleIds.${i}`);
  });
  const seen = new Set<number>();
  t.skills.forEach((s, i) => {
    if (!getSkill(db, s.skillId)) throw new AppError('invalid_input', 'Skills: one of them no longer exists', `skills.${i}.skillId`);
    if (seen.has(s.skillId)) throw new AppError('invalid_input', 'Skills: a skill is listed twice', `skills.${i}.skillId`);
    seen.add(s.skillId);
  });
}

function mustGet(db: Db, id: number): Talent {
  const t = getTalent(db, id);
  if (!t) throw new AppError('not_found', 'That person no longer exists.');
  return t;
}

export function talentHandlers(ctx: HandlerContext, model: CapacityModel) {
  const { db } = ctx;
  return {
    'talent:list': (filter) => listTalent(db, filter),
    'talent:get': ({ id }) => mustGet(db, id),
    'talent:create': (input) => {
      const { patterns, timeOff = [], ...fields } = input;
      checkReferences(db, fields);
      // The person, their pattern and their time off are one step: a failure writes none of them.
      const id = recordChange(db, `Add ${fields.name}`, () => {
        const id = insertTalent(db, fields);
        const periods = patterns?.length ? patterns : [{ effectiveFrom: fields.activeFrom ?? '2000-01-01', hours: getWorkspaceDefaults(db).week }];
        for (const p of periods) insertPattern(db, { talentId: id, effectiveFrom: p.effectiveFrom, hours: p.hours });
        insertTimeOffBatch(db, timeOff.map((t) => ({ ...t, talentId: id })));
        return id;
      });
      return mustGet(db, id);
    },
    'talent:update': ({ id, ...patch }) => {
      const fields = mergePatch(talentRecord, mustGet(db, id), patch);
      checkReferences(db, fields);
      recordChange(db, `Edit ${fields.name}`, () => updateTalent(db, id, fields));
      return mustGet(db, id);
    },
    'talent:deleteImpact': ({ id }) => bookingImpact(db, model, { talentId: id }, mustGet(db, id).name),
    'talent:delete': ({ id }) => {
      const person = mustGet(db, id);
      const impact = bookingImpact(db, model, { talentId: id }, person.name);
      recordChange(db, `Delete ${person.name}`, () => {
        deleteBookingsOf(db, { talentId: id });
        clearHandoffsTo(db, id);
        deleteTalent(db, id);
      });
      if (countBookingsOf(db, { talentId: id }).bookings !== 0) throw new AppError('internal', 'Bookings were left behind.');
      return impact;
    },
  } satisfies Partial<Handlers>;
}
