import type { WeekHours } from '@shared/domain';
import { formatNumber, weekdayNames } from '../../lib/format';

/**
 * "Mon–Thu 7.5 h, Fri 4 h" : runs of consecutive days with the same hours, days off left out.
 */
export function describeWeek(hours: readonly number[]): string {
  const names = weekdayNames('short');
  const parts: string[] = [];
  let i = 0;
  while (i < 7) {
    if (!hours[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < 7 && hours[j + 1] === hours[i]) j++;
    const days = j === i ? names[i] : j === i + 1 ? `${names[i]}, ${names[j]}` : `${names[i]}–${names[j]}`;
    parts.push(`${days} ${formatNumber(hours[i], 2)} h`);
    i = j + 1;
  }
  return parts.length ? parts.join(', ') : 'No working days';
}

export function weekTotal(hours: readonly number[]): number {
  return hours.reduce((a, b) => a + b, 0);
}

/** Text boxes → hours, or the index of the first day that is not a number from 0 to 24. */
export function parseWeek(text: string[]): { hours: WeekHours } | { badDay: number } {
  const out: number[] = [];
  for (let i = 0; i < 7; i++) {
    const raw = text[i].trim().replace(',', '.');
    const n = raw === '' ? 0 : Number(raw);
    if (!Number.isFinite(n) || n < 0 || n > 24) return { badDay: i };
    out.push(n);
  }
  return { hours: out as WeekHours };
}
