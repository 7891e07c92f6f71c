// Public holidays by (country, subdivision) from the date-holidays library, computed once per
// (country, region, year) and kept as day indexes. Only holidays of type 'public' count.

import Holidays from 'date-holidays';
import { dayFromIso, yearOfDay, type DayIndex } from '@shared/capacity/days';
import type { DayRange } from '@shared/capacity/range';

/** Where public holidays come from; swap it in tests if needed. */
export interface HolidayProvider {
  /** Day indexes of the public holidays that date-holidays lists for the year. */
  publicHolidayDays(country: string, region: string | null, year: number): ReadonlySet<DayIndex>;
}

const MS_PER_DAY = 86_400_000;

/** Every day of the year's public holidays, with its name (in English). */
function computePublicHolidayNames(country: string, region: string | null, year: number): Map<DayIndex, string> {
  const out = new Map<DayIndex, string>();
  const hd = region ? new Holidays(country, region) : new Holidays(country);
  const list = hd.getHolidays(year, 'en') || [];
  for (const h of list) {
    if (h.type !== 'public') continue;
    const first = dayFromIso(h.date.slice(0, 10));
    // Multi-day holidays: the span is start..end (end exclusive); DST makes it 23/25 h, so round.
    const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / MS_PER_DAY));
    for (let k = 0; k < span; k++) if (!out.has(first + k)) out.set(first + k, h.name);
  }
  return out;
}

function computePublicHolidayDays(country: string, region: string | null, year: number): Set<DayIndex> {
  return new Set(computePublicHolidayNames(country, region, year).keys());
}

const namesCache = new Map<string, Map<DayIndex, string>>();

/** The name of the public holiday on a day in the region (the same days as isPublicHoliday), or null. */
export function publicHolidayName(country: string | null, region: string | null, day: DayIndex): string | null {
  if (!country) return null;
  const year = yearOfDay(day);
  for (const y of [year, year - 1]) {
    const key = `${country}|${region ?? ''}|${y}`;
    let names = namesCache.get(key);
    if (!names) namesCache.set(key, (names = computePublicHolidayNames(country, region, y)));
    const name = names.get(day);
    if (name) return name;
  }
  return null;
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
