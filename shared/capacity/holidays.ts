// Public holidays by (country, subdivision) from the date-holidays library, computed once per
// (country, region, year) and kept as day indexes. Only holidays of type 'public' count.

import Holidays from 'date-holidays';
import { DAY_MS, dayFromIso, yearOfDay, type DayIndex } from '@shared/dates';
import type { DayRange } from '@shared/capacity/range';
import type { HolidayOverride } from '@shared/domain';

/** Where public holidays come from; swap it in tests if needed. */
export interface HolidayProvider {
  /** Day indexes of the public holidays that date-holidays lists for the year. */
  publicHolidayDays(country: string, region: string | null, year: number): ReadonlySet<DayIndex>;
  /** The name of a holiday the studio added on the day for that calendar, if any. */
  localHolidayName?(country: string, region: string | null, day: DayIndex): string | null;
}

/** One day of a public holiday, with the holiday's name. */
export interface PublicHolidayDay {
  day: DayIndex;
  name: string;
}

/**
 * Every day of the public holidays the calendar lists under `year`, each day of a multi-day
 * holiday (Korea's Chuseok, Eid in many countries) on its own. The one expansion: the core counts
 * these days and the holiday listing shades them.
 */
function listedHolidayDays(hd: Holidays, year: number): PublicHolidayDay[] {
  const out: PublicHolidayDay[] = [];
  for (const h of hd.getHolidays(year, 'en') || []) {
    if (h.type !== 'public') continue;
    const first = dayFromIso(h.date.slice(0, 10));
    // Multi-day holidays: the span is start..end (end exclusive); DST makes it 23/25 h, so round.
    const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
    for (let k = 0; k < span; k++) out.push({ day: first + k, name: h.name });
  }
  return out;
}

const calendarOf = (country: string, region: string | null) => (region ? new Holidays(country, region) : new Holidays(country));

function computePublicHolidayDays(country: string, region: string | null, year: number): Set<DayIndex> {
  return new Set(listedHolidayDays(calendarOf(country, region), year).map((h) => h.day));
}

/** The public holiday days of the calendar in [from, to], in order, with their names. */
export function publicHolidayDaysIn(country: string, region: string | null, from: DayIndex, to: DayIndex): PublicHolidayDay[] {
  const hd = calendarOf(country, region);
  const out: PublicHolidayDay[] = [];
  // A multi-day holiday listed under the previous year can spill into January (as isPublicHoliday counts it).
  for (let year = yearOfDay(from) - 1; year <= yearOfDay(to); year++) {
    for (const h of listedHolidayDays(hd, year)) if (h.day >= from && h.day <= to) out.push(h);
  }
  return out.sort((a, b) => a.day - b.day);
}

const namesCache = new Map<string, Map<DayIndex, string>>();

/** The name of the public holiday on a day in the region (the same days as isPublicHoliday), or null. */
export function publicHolidayName(country: string | null, region: string | null, day: DayIndex): string | null {
  if (!country) return null;
  const year = yearOfDay(day);
  for (const y of [year, year - 1]) {
    const key = `${country}|${region ?? ''}|${y}`;
    let names = namesCache.get(key);
    if (!names) {
      names = new Map();
      for (const h of listedHolidayDays(calendarOf(country, region), y)) if (!names.has(h.day)) names.set(h.day, h.name);
      namesCache.set(key, names);
    }
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
  const added = new Map(overrides.filter((o) => o.kind === 'add').map((o) => [`${o.country}|${o.region ?? ''}|${dayFromIso(o.date)}`, o.name]));
  return {
    localHolidayName: (country, region, day) => added.get(`${country}|${region ?? ''}|${day}`) ?? null,
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
