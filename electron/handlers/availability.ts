import { searchFree } from '@shared/capacity/freeSearch';
import { availabilityRecords } from '@shared/contract/availability';
import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { recordChange } from '../db/repos/history';
import { deletePattern, getPattern, insertPattern, listPatterns, updatePattern } from '../db/repos/patterns';
import { getTalent } from '../db/repos/talent';
import { deleteTimeOff, getTimeOff, insertTimeOff, listTimeOff, updateTimeOff } from '../db/repos/timeOff';
import type { Db } from '../db/open';
import type { CapacityModel } from '../capacity/model';
import type { HandlerContext } from './context';
import { found } from './found';
import { mergePatch } from './patch';

function personName(db: Db, talentId: number): string {
  const t = getTalent(db, talentId);
  if (!t) throw new AppError('not_found', 'That person no longer exists.', 'talentId');
  return t.name;
}

/** Working-pattern periods, time off, and who is free when (from the capacity model's figures). */
export function availabilityHandlers(ctx: HandlerContext, model: CapacityModel) {
  const { db } = ctx;
  return {
    'availability:search': (query) => searchFree(model.stateFor(query.range), query),
    'patterns:list': ({ talentId }) => listPatterns(db, [talentId]),
    'patterns:create': (f) => {
      const name = personName(db, f.talentId);
      return found(getPattern(db, recordChange(db, `Change ${name}'s working pattern`, () => insertPattern(db, f))), 'pattern');
    },
    'patterns:update': ({ id, ...patch }) => {
      const f = mergePatch(availabilityRecords.pattern, found(getPattern(db, id), 'working pattern'), patch);
      const name = personName(db, f.talentId);
      recordChange(db, `Change ${name}'s working pattern`, () => updatePattern(db, id, f));
      return found(getPattern(db, id), 'pattern');
    },
    'patterns:delete': ({ id }) => {
      const pattern = found(getPattern(db, id), 'working pattern');
      if (listPatterns(db, [pattern.talentId]).length === 1) {
        throw new AppError('constraint', 'A person needs at least one working pattern. Change this one instead of deleting it.');
      }
      recordChange(db, `Remove ${personName(db, pattern.talentId)}'s pattern from ${pattern.effectiveFrom}`, () => deletePattern(db, id));
    },

    'timeOff:list': (filter) => listTimeOff(db, filter),
    'timeOff:create': (f) => {
      const name = personName(db, f.talentId);
      let id = 0;
      model.applyWrite(
        () => (id = recordChange(db, `Add time off for ${name}`, () => insertTimeOff(db, f))),
        () => ({ timeOff: [found(getTimeOff(db, id), 'time off')] }),
      );
      return found(getTimeOff(db, id), 'time off');
    },
    'timeOff:update': ({ id, ...patch }) => {
      const f = mergePatch(availabilityRecords.timeOff, found(getTimeOff(db, id), 'time off'), patch);
      model.applyWrite(
        () => recordChange(db, `Change time off for ${personName(db, f.talentId)}`, () => updateTimeOff(db, id, f)),
        () => ({ timeOff: [found(getTimeOff(db, id), 'time off')] }),
      );
      return found(getTimeOff(db, id), 'time off');
    },
    'timeOff:delete': ({ id }) => {
      const entry = found(getTimeOff(db, id), 'time off');
      model.applyWrite(
        () => recordChange(db, `Remove time off for ${personName(db, entry.talentId)}`, () => deleteTimeOff(db, id)),
        () => ({ timeOff: [id] }),
      );
    },
  } satisfies Partial<Handlers>;
}
