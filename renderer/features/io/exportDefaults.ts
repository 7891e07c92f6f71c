import { addDaysIso, isoOfLocalDate, weekStartIso } from '@shared/dates';

/** The next 26 weeks from this week's Monday. */
export function defaultRange(today = new Date()): { start: string; end: string } {
  const monday = weekStartIso(isoOfLocalDate(today));
  return { start: monday, end: addDaysIso(monday, 26 * 7 - 1) };
}

export const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'export';
