import type { WeekHours } from '@shared/domain';
import { formatDate } from '../../lib/format';
import type { PatternItem } from './PatternsPanel';
import type { TimeOffFields, TimeOffItem } from './TimeOffList';

/** The next free key of a list held in the window until its person is saved. */
export const nextKey = (keys: number[]) => Math.max(0, ...keys) + 1;

/** The local pattern list with one period added (key null) or replaced. */
export function putPattern(list: PatternItem[], key: number | null, effectiveFrom: string, hours: number[]): PatternItem[] {
  if (key === null) return [...list, { key: nextKey(list.map((p) => p.key)), effectiveFrom, hours }];
  return list.map((p) => (p.key === key ? { key, effectiveFrom, hours } : p));
}

/** The local time-off list with one period added (id null) or replaced. */
export function putTimeOff(list: TimeOffItem[], id: number | null, fields: TimeOffFields): TimeOffItem[] {
  if (id === null) return [...list, { id: nextKey(list.map((t) => t.id)), ...fields }];
  return list.map((t) => (t.id === id ? { id, ...fields } : t));
}

/** What talent:create takes for the lists, in the order the API's row numbers refer to. */
export function listsForCreate(patterns: PatternItem[], timeOff: TimeOffItem[]) {
  return {
    patterns: patterns.map((p) => ({ effectiveFrom: p.effectiveFrom, hours: p.hours as WeekHours })),
    timeOff: timeOff.map(({ id: _id, ...t }) => t),
  };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * An API error on a row of the lists ('timeOff.1.end') as a sentence naming the row, and the tab
 * it belongs on; null for any other field.
 */
export function listRowError(field: string, message: string, sent: ReturnType<typeof listsForCreate>): { tab: 'pattern' | 'timeoff'; message: string } | null {
  const [list, index] = field.split('.');
  const row = Number(index);
  if (list === 'patterns') {
    const p = sent.patterns[row];
    return { tab: 'pattern', message: p ? `The working pattern from ${formatDate(p.effectiveFrom)}: ${lowerFirst(message)}` : message };
  }
  if (list === 'timeOff') {
    const t = sent.timeOff[row];
    return { tab: 'timeoff', message: t ? `The time off from ${formatDate(t.start)}: ${lowerFirst(message)}` : message };
  }
  return null;
}
