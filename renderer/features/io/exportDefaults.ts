import { addDays, format, startOfWeek } from 'date-fns';

/** The next 26 weeks from this week's Monday. */
export function defaultRange(today = new Date()): { start: string; end: string } {
  const monday = startOfWeek(today, { weekStartsOn: 1 });
  return { start: format(monday, 'yyyy-MM-dd'), end: format(addDays(monday, 26 * 7 - 1), 'yyyy-MM-dd') };
}

export const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'export';
