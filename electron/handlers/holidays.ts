import Holidays from 'date-holidays';
import { publicHolidayDaysIn } from '@shared/capacity/holidays';
import type { Handlers, Holiday, HolidayRegion } from '@shared/contract';
import { dayFromIso, isoFromDay } from '@shared/dates';
import type { HandlerContext } from './context';

let regions: HolidayRegion[] | undefined;

/** Every country and subdivision the holiday library knows, sorted by name. */
function holidayRegions(): HolidayRegion[] {
  if (regions) return regions;
  const lib = new Holidays();
  const countries = lib.getCountries('en') as Record<string, string>;
  regions = Object.entries(countries)
    .map(([country, countryName]) => {
      const states = (lib.getStates(country, 'en') ?? {}) as Record<string, string>;
      return { country, countryName, regions: Object.entries(states).map(([code, name]) => ({ code, name })).sort((a, b) => a.name.localeCompare(b.name)) };
    })
    .sort((a, b) => a.countryName.localeCompare(b.countryName));
  return regions;
}

/** Every day of each public holiday in [from, to], as the capacity core counts them. */
function publicHolidays(country: string, region: string | null, from: string, to: string): Holiday[] {
  return publicHolidayDaysIn(country, region, dayFromIso(from), dayFromIso(to)).map((h) => ({ date: isoFromDay(h.day), name: h.name, country, region }));
}

export function holidayHandlers(_ctx: HandlerContext) {
  return {
    'holidays:regions': () => holidayRegions(),
    'holidays:list': ({ from, to, places }) => {
      const unique = new Map(places.map((p) => [`${p.country}|${p.region ?? ''}`, p]));
      return [...unique.values()].flatMap((p) => publicHolidays(p.country, p.region, from, to));
    },
  } satisfies Partial<Handlers>;
}
