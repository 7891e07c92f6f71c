// Labels for the heatmap's bucket headers, computed once per query (never per scroll frame).

import { daysBetween } from '@shared/dates';
import { parseIsoDate } from '../../lib/format';
import type { Bucket } from '../../store/capacitySlice';

export interface BucketLabel {
  /** A month (or year) name where a new one starts, else null. */
  group: string | null;
  main: string;
  /** A weekend day in the day view. */
  weekend: boolean;
}

const locale = (): string => (typeof navigator !== 'undefined' && navigator.language) || 'en-GB';

export function bucketLabels(buckets: { start: string; end: string }[], bucket: Bucket): BucketLabel[] {
  const month = new Intl.DateTimeFormat(locale(), { month: 'short' });
  const monthYear = new Intl.DateTimeFormat(locale(), { month: 'short', year: 'numeric' });
  let lastGroup = '';
  return buckets.map((b, i) => {
    const d = parseIsoDate(b.start) as Date;
    const groupKey = bucket === 'month' ? String(d.getFullYear()) : `${d.getFullYear()}-${d.getMonth()}`;
    const isNew = groupKey !== lastGroup;
    lastGroup = groupKey;
    const dow = d.getDay();
    if (bucket === 'month') {
      return { group: isNew ? String(d.getFullYear()) : null, main: month.format(d), weekend: false };
    }
    const group = isNew ? (i === 0 || d.getMonth() === 0 ? monthYear.format(d) : month.format(d)) : null;
    if (bucket === 'day') return { group, main: String(d.getDate()), weekend: dow === 0 || dow === 6 };
    return { group, main: String(d.getDate()), weekend: false };
  });
}

/** The bucket holding `today` and how far into it today falls (0..1), or null when outside. */
export function todayPosition(buckets: { start: string; end: string }[], today: string): { index: number; fraction: number } | null {
  const index = buckets.findIndex((b) => b.start <= today && today <= b.end);
  if (index < 0) return null;
  const b = buckets[index];
  const days = daysBetween(b.start, b.end) + 1;
  return { index, fraction: (daysBetween(b.start, today) + 0.5) / days };
}

/** "Week of 13 Jan 2030", "14 Jan 2030", "January 2030": how the side panel names a bucket. */
export function bucketTitle(start: string, end: string, bucket: Bucket): string {
  const d = parseIsoDate(start) as Date;
  if (bucket === 'month') return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric' }).format(d);
  const long = new Intl.DateTimeFormat(locale(), { weekday: bucket === 'day' ? 'long' : undefined, day: 'numeric', month: 'short', year: 'numeric' });
  if (bucket === 'day' || start === end) return long.format(d);
  return long.formatRange(d, parseIsoDate(end) as Date);
}
