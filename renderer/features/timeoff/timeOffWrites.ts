import { dayFromIso } from '@shared/dates';
import { TIME_OFF_TYPE_WORDS, type TimeOff } from '@shared/domain';
import { call } from '../../api';
import { formatDateRange } from '../../lib/format';
import { useStore } from '../../store';
import type { TimeOffFields } from './timeOffDraft';

// Time off is written here, from every view: each write is one undo step, and a toast says what
// was done with an Undo for exactly that step. The change main announces refreshes the views.

type Period = Pick<TimeOff, 'id' | 'talentId' | 'type' | 'start' | 'end'>;

const nameOf = (talentId: number, known?: string) => known ?? useStore.getState().personById.get(talentId)?.name ?? 'someone';
const what = (t: Pick<TimeOff, 'type' | 'start' | 'end'>) => `${TIME_OFF_TYPE_WORDS[t.type]}, ${formatDateRange(t.start, t.end)}`;
const announce = (message: string) => useStore.getState().announceChange(message);

/** Adds (id null) or saves a period of someone's time off. */
export async function saveTimeOff(talentId: number, id: number | null, fields: TimeOffFields, name?: string): Promise<TimeOff> {
  const saved = id === null ? await call('timeOff:create', { talentId, ...fields }) : await call('timeOff:update', { id, talentId, ...fields });
  await announce(`Time off ${id === null ? 'added' : 'saved'} for ${nameOf(talentId, name)}: ${what(saved)}`);
  return saved;
}

/** New days for a period (a drag on the Schedule or the Calendar); null when they are the same. */
export async function moveTimeOff(t: Period, start: string, end: string): Promise<TimeOff | null> {
  if (start === t.start && end === t.end) return null;
  const saved = await call('timeOff:update', { id: t.id, start, end });
  const shift = (a: string, b: string) => dayFromIso(b) - dayFromIso(a);
  await announce(`Time off ${shift(t.start, start) === shift(t.end, end) ? 'moved' : 'changed'} for ${nameOf(t.talentId)}: ${what(saved)}`);
  return saved;
}

export async function deleteTimeOff(t: Period, name?: string): Promise<void> {
  await call('timeOff:delete', { id: t.id });
  await announce(`Time off removed for ${nameOf(t.talentId, name)}: ${what(t)}`);
}
