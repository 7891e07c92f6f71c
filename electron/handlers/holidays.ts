import Holidays from 'date-holidays';
import type { Handlers, Holiday, HolidayRegion } from '@shared/contract';
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

function publicHolidays(country: string, region: string | null, from: string, to: string): Holiday[] {
  const lib = region ? new Holidays(country, region) : new Holidays(country);
  const out: Holiday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const h of lib.getHolidays(year, 'en') || []) {
      const date = h.date.slice(0, 10);
      if (h.type === 'public' && date >= from && date <= to) out.push({ date, name: h.name, country, region });
    }
  }
  return out;
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
