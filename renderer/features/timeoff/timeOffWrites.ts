import { dayFromIso } from '@shared/dates';
import { TIME_OFF_TYPE_WORDS, type TimeOff } from '@shared/domain';
import { call } from '../../api';
import { formatDateRange } from '../../lib/format';
import { useStore } from '../../store';
import type { TimeOffFields } from './timeOffDraft';

// Time off is written here, from every view: each write is one undo step, and a toast says what
// was done with an Undo for exactly that step (the Schedule passes its own banner instead, where
// its booking writes report). The change main announces refreshes the views.

type Period = Pick<TimeOff, 'id' | 'talentId' | 'type' | 'start' | 'end'>;

const nameOf = (talentId: number, known?: string) => known ?? useStore.getState().personById.get(talentId)?.name ?? 'someone';
const what = (t: Pick<TimeOff, 'type' | 'start' | 'end'>) => `${TIME_OFF_TYPE_WORDS[t.type]}, ${formatDateRange(t.start, t.end)}`;
/** Says what was done, with an Undo for that step. */
export type Report = (message: string) => void | Promise<void>;
const toast: Report = (message) => useStore.getState().announceChange(message);

/** Adds (id null) or saves a period of someone's time off. */
export async function saveTimeOff(talentId: number, id: number | null, fields: TimeOffFields, name?: string, report = toast): Promise<TimeOff> {
  const saved = id === null ? await call('timeOff:create', { talentId, ...fields }) : await call('timeOff:update', { id, talentId, ...fields });
  await report(`Time off ${id === null ? 'added' : 'saved'} for ${nameOf(talentId, name)}: ${what(saved)}`);
  return saved;
}

/** New days for a period (a drag on the Schedule or the Calendar); null when they are the same. */
export async function moveTimeOff(t: Period, start: string, end: string, report = toast): Promise<TimeOff | null> {
  if (start === t.start && end === t.end) return null;
  const saved = await call('timeOff:update', { id: t.id, start, end });
  const shift = (a: string, b: string) => dayFromIso(b) - dayFromIso(a);
  await report(`Time off ${shift(t.start, start) === shift(t.end, end) ? 'moved' : 'changed'} for ${nameOf(t.talentId)}: ${what(saved)}`);
  return saved;
}

export async function deleteTimeOff(t: Period, name?: string, report = toast): Promise<void> {
  await call('timeOff:delete', { id: t.id });
  await report(`Time off removed for ${nameOf(t.talentId, name)}: ${what(t)}`);
}
