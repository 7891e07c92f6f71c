// Public holidays by (country, subdivision) from the date-holidays library, computed once per
// (country, region, year) and kept as day indexes. Only holidays of type 'public' count.

import Holidays from 'date-holidays';
import { dayFromIso, yearOfDay, type DayIndex } from '@shared/capacity/days';
import type { DayRange } from '@shared/capacity/range';
import type { HolidayOverride } from '@shared/domain';

/** Where public holidays come from; swap it in tests if needed. */
export interface HolidayProvider {
  /** Day indexes of the public holidays that date-holidays lists for the year. */
  publicHolidayDays(country: string, region: string | null, year: number): ReadonlySet<DayIndex>;
}

const MS_PER_DAY = 86_400_000;

function computePublicHolidayDays(country: string, region: string | null, year: number): Set<DayIndex> {
  const out = new Set<DayIndex>();
  const hd = region ? new Holidays(country, region) : new Holidays(country);
  const list = hd.getHolidays(year) || [];
  for (const h of list) {
    if (h.type !== 'public') continue;
    const first = dayFromIso(h.date.slice(0, 10));
    // Multi-day holidays: the span is start..end (end exclusive); DST makes it 23/25 h, so round.
    const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / MS_PER_DAY));
    for (let k = 0; k < span; k++) out.add(first + k);
  }
  return out;
}

/** A date-holidays provider with a cache per (country, region, year). */
export function dateHolidaysProvider(): HolidayProvider {
  const cache = new Map<string, Set<DayIndex>>();
  return {
    publicHolidayDays(country, region, year) {
      const key = `${country}|${region ?? ''}|${year}`;
      let days = cache.get(key);
      if (!days) {
        days = computePublicHolidayDays(country, region, year);
        cache.set(key, days);
      }
      return days;
    },
  };
}

/** The process-wide shared provider (holiday tables never change while the app runs). */
export const defaultHolidayProvider: HolidayProvider = dateHolidaysProvider();

/** A key naming a holiday calendar; '' for "no public holidays". */
export function holidayCalendarKey(country: string | null, region: string | null): string {
  return country ? `${country}|${region ?? ''}` : '';
}

export function isPublicHoliday(
  provider: HolidayProvider,
  country: string | null,
  region: string | null,
  day: DayIndex,
): boolean {
  if (!country) return false;
  const year = yearOfDay(day);
  // A multi-day holiday listed under the previous year can spill into January.
  return provider.publicHolidayDays(country, region, year).has(day) ||
    provider.publicHolidayDays(country, region, year - 1).has(day);
}

/** 1 on each day offset of the range that is a public holiday of the calendar. */
export function holidayMaskOf(
  provider: HolidayProvider,
  country: string | null,
  region: string | null,
  range: DayRange,
): Uint8Array {
  const mask = new Uint8Array(range.end - range.start + 1);
  if (!country) return mask;
  for (let year = yearOfDay(range.start) - 1; year <= yearOfDay(range.end); year++) {
    for (const day of provider.publicHolidayDays(country, region, year)) {
      if (day >= range.start && day <= range.end) mask[day - range.start] = 1;
    }
  }
  return mask;
}

/**
 * The base provider with the studio's changes: an 'ignore' override takes that day off its
 * calendar (the studio works on it), an 'add' override puts a local holiday on. Each applies to
 * the calendar it names exactly (country and region, or the country with no region).
 */
export function withHolidayOverrides(base: HolidayProvider, overrides: readonly HolidayOverride[]): HolidayProvider {
  if (overrides.length === 0) return base;
  const byYear = new Map<string, { ignore: DayIndex[]; add: DayIndex[] }>();
  for (const o of overrides) {
    const day = dayFromIso(o.date);
    const key = `${o.country}|${o.region ?? ''}|${yearOfDay(day)}`;
    const entry = byYear.get(key) ?? { ignore: [], add: [] };
    entry[o.kind].push(day);
    byYear.set(key, entry);
  }
  const cache = new Map<string, ReadonlySet<DayIndex>>();
  return {
    publicHolidayDays(country, region, year) {
      const key = `${country}|${region ?? ''}|${year}`;
      const days = base.publicHolidayDays(country, region, year);
      const changes = byYear.get(key);
      if (!changes) return days;
      let out = cache.get(key);
      if (!out) {
        const set = new Set(days);
        for (const d of changes.ignore) set.delete(d);
        for (const d of changes.add) set.add(d);
        out = set;
        cache.set(key, out);
      }
      return out;
    },
  };
}
