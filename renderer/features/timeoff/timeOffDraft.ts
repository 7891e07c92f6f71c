import type { TimeOff, TimeOffType } from '@shared/domain';
import type { FieldErrors } from '../../lib/fieldErrors';
import { parseNumber } from '../people/talentDraft';

/** A period of time off as the editor holds it: whole days, or some hours a day. */
export interface TimeOffDraft {
  start: string;
  end: string;
  whole: boolean;
  hoursPerDay: string;
  type: TimeOffType;
  note: string;
}

/** What is saved of a period (its person aside). */
export type TimeOffFields = Pick<TimeOff, 'start' | 'end' | 'hoursPerDay' | 'type' | 'note'>;

/** The fields the editor shows, for putting the API's errors beside them. */
export const TIME_OFF_FIELDS = ['start', 'end', 'hoursPerDay', 'type', 'note'];

export function newTimeOffDraft(start: string, end = start, type: TimeOffType = 'vacation'): TimeOffDraft {
  return { start, end: end < start ? start : end, whole: true, hoursPerDay: '', type, note: '' };
}

export function draftOfTimeOff(t: TimeOffFields): TimeOffDraft {
  return { start: t.start, end: t.end, whole: t.hoursPerDay === null, hoursPerDay: t.hoursPerDay === null ? '' : String(t.hoursPerDay), type: t.type, note: t.note };
}

/** The fields to save, or what to correct first (checked here so the common slips need no round trip). */
export function timeOffFieldsOf(d: TimeOffDraft): { fields: TimeOffFields } | { errors: FieldErrors } {
  const hours = d.whole ? null : parseNumber(d.hoursPerDay, Number.NaN);
  if (!d.whole && (hours === null || Number.isNaN(hours))) return { errors: { hoursPerDay: 'Enter the hours off each day' } };
  if (!d.start) return { errors: { start: 'Choose the first day' } };
  if (!d.end) return { errors: { end: 'Choose the last day' } };
  if (d.end < d.start) return { errors: { end: 'Must be on or after the first day' } };
  return { fields: { start: d.start, end: d.end, hoursPerDay: hours, type: d.type, note: d.note } };
}

/** Time off being added (id null) or edited in the dialog: whose, and its fields. */
export interface TimeOffOpen {
  id: number | null;
  talentId: number | null;
  draft: TimeOffDraft;
}

/** The dialog for new time off over these days, for a person (or anyone, to be chosen). */
export function newTimeOffOpen(talentId: number | null, start: string, end: string): TimeOffOpen {
  return { id: null, talentId, draft: newTimeOffDraft(start, end) };
}

/** The dialog for a saved period. */
export function timeOffOpenOf(t: TimeOff): TimeOffOpen {
  return { id: t.id, talentId: t.talentId, draft: draftOfTimeOff(t) };
}
