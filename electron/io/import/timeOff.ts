// Time off rows: always created, for a person found by email or external id.

import { TIME_OFF_TYPE_WORDS, TIME_OFF_TYPES } from '@shared/domain';
import { parseChoice, parsePositiveHours, textOf } from '@shared/io/values';
import { insertTimeOff } from '../../db/repos/timeOff';
import { TalentRefs } from './refs';
import { SeenKeys, type EntityImporter, type ImporterContext } from './types';
import { formatLongDate } from '@shared/capacity/warnings';

const TYPE_SYNONYMS: Record<string, (typeof TIME_OFF_TYPES)[number]> = {
  holiday: 'vacation', annual_leave: 'vacation', leave: 'vacation', pto: 'vacation', illness: 'sick', sickness: 'sick', sick_leave: 'sick',
};

export function timeOffImporter(ctx: ImporterContext): EntityImporter {
  const people = new TalentRefs(ctx.db);
  const seen = new SeenKeys();
  return {
    checkColumns: TalentRefs.columnProblem,
    resolve(r) {
      const person = people.find(r);
      const start = r.has('start') ? r.date('start') : r.fail('start', 'is required and is empty');
      const end = r.has('end') ? r.date('end') : r.fail('end', 'is required and is empty');
      const hoursPerDay = r.optional('hoursPerDay', (c) => parsePositiveHours(c, 24), null);
      const type = r.optional('type', (c) => parseChoice(c, TIME_OFF_TYPES, TYPE_SYNONYMS, TIME_OFF_TYPE_WORDS), 'vacation' as const);
      const note = r.has('note') ? textOf(r.cell('note')) : '';
      if (r.failed || !person || !start || !end || hoursPerDay === undefined || !type) return null;
      if (end < start) return r.fail('end', `must be on or after the start (${formatLongDate(start)}); got ${formatLongDate(end)}`);
      const first = seen.check('time off', `${person.id}|${start}|${end}`, r.row);
      if (first !== null) return r.fail(null, `duplicates row ${first} (same person and dates)`);
      return {
        row: r.row,
        action: 'create',
        label: `${person.name}, ${formatLongDate(start)} to ${formatLongDate(end)}`,
        write: (db) => void insertTimeOff(db, { talentId: person.id, start, end, hoursPerDay, type, note }),
      };
    },
  };
}
