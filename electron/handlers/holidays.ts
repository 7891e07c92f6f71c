import Holidays from 'date-holidays';
import { publicHolidayDaysIn } from '@shared/capacity/holidays';
import type { AppliedHoliday, Handlers, Holiday, HolidayCalendar, HolidayRegion } from '@shared/contract';
import type { HolidayOverride } from '@shared/domain';
import { formatLongDate } from '@shared/capacity/warnings';
import { dayFromIso, isoFromDay } from '@shared/dates';
import { AppError } from '@shared/errors';
import type { Db } from '../db/open';
import { recordChange } from '../db/repos/history';
import {
  deleteHolidayOverride, findHolidayOverride, getHolidayOverride, holidayPlacesInUse, insertHolidayOverride, listHolidayOverrides,
} from '../db/repos/holidayOverrides';
import type { HandlerContext } from './context';
import { found } from './found';

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

/** "England, United Kingdom", or the country alone. */
function calendarLabel(country: string, region: string | null): string {
  const c = holidayRegions().find((r) => r.country === country);
  const r = region && c?.regions.find((x) => x.code === region);
  return [r ? r.name : region, c?.countryName ?? country].filter(Boolean).join(', ');
}

/** The library's public holidays of a calendar in [from, to]: every day of each, as the capacity core counts them. */
function libraryHolidays(country: string, region: string | null, from: string, to: string): Holiday[] {
  return publicHolidayDaysIn(country, region, dayFromIso(from), dayFromIso(to)).map((h) => ({ date: isoFromDay(h.day), name: h.name, country, region }));
}

const sameCalendar = (o: HolidayOverride, country: string, region: string | null) => o.country === country && (o.region ?? null) === region;

/** A calendar's holidays in [from, to] as the studio has them: the library's (ignored ones marked) and its local ones. */
function appliedHolidays(overrides: readonly HolidayOverride[], country: string, region: string | null, from: string, to: string): AppliedHoliday[] {
  const mine = overrides.filter((o) => sameCalendar(o, country, region) && o.date >= from && o.date <= to);
  const library: AppliedHoliday[] = libraryHolidays(country, region, from, to).map((h) => {
    const ignore = mine.find((o) => o.kind === 'ignore' && o.date === h.date);
    return { date: h.date, name: h.name, source: 'library', ignored: !!ignore, overrideId: ignore?.id ?? null };
  });
  const local: AppliedHoliday[] = mine.filter((o) => o.kind === 'add').map((o) => ({ date: o.date, name: o.name, source: 'local', ignored: false, overrideId: o.id }));
  return [...library, ...local].sort((a, b) => a.date.localeCompare(b.date));
}

function refuseOverride(db: Db, f: { country: string; region: string | null; date: string; kind: 'ignore' | 'add' }): void {
  const day = formatLongDate(f.date);
  const onLibrary = libraryHolidays(f.country, f.region, f.date, f.date).length > 0;
  if (f.kind === 'ignore' && !onLibrary) throw new AppError('invalid_input', `${day} is not a public holiday in ${calendarLabel(f.country, f.region)}.`, 'date');
  if (f.kind === 'add' && onLibrary) throw new AppError('conflict', `${day} is already a public holiday in ${calendarLabel(f.country, f.region)}.`, 'date');
  if (findHolidayOverride(db, f)) {
    throw new AppError('conflict', f.kind === 'ignore' ? `${day} is already ignored there.` : `A local holiday is already on ${day} there.`, 'date');
  }
}

export function holidayHandlers(ctx: HandlerContext) {
  const { db } = ctx;
  return {
    'holidays:regions': () => holidayRegions(),
    'holidays:list': ({ from, to, places }) => {
      const unique = new Map(places.map((p) => [`${p.country}|${p.region ?? ''}`, p]));
      const overrides = listHolidayOverrides(db);
      return [...unique.values()].flatMap((p) =>
        appliedHolidays(overrides, p.country, p.region, from, to)
          .filter((h) => !h.ignored)
          .map((h) => ({ date: h.date, name: h.name, country: p.country, region: p.region })),
      );
    },
    'holidays:calendars': ({ year }): HolidayCalendar[] => {
      const overrides = listHolidayOverrides(db);
      return holidayPlacesInUse(db).map((p) => ({
        ...p,
        label: calendarLabel(p.country, p.region),
        holidays: appliedHolidays(overrides, p.country, p.region, `${year}-01-01`, `${year}-12-31`),
      }));
    },
    'holidayOverrides:create': (f) => {
      refuseOverride(db, f);
      const verb = f.kind === 'ignore' ? 'Work on' : 'Add local holiday';
      const id = recordChange(db, `${verb} ${f.name} (${calendarLabel(f.country, f.region)})`, () => insertHolidayOverride(db, f));
      const year = f.date.slice(0, 4);
      return found(appliedHolidays([found(getHolidayOverride(db, id), 'holiday change')], f.country, f.region, `${year}-01-01`, `${year}-12-31`).find((h) => h.overrideId === id), 'holiday change');
    },
    'holidayOverrides:delete': ({ id }) => {
      const o = found(getHolidayOverride(db, id), 'holiday change');
      const what = o.kind === 'ignore' ? `Take ${o.name} as a holiday again` : `Remove local holiday ${o.name}`;
      recordChange(db, `${what} (${calendarLabel(o.country, o.region)})`, () => deleteHolidayOverride(db, id));
    },
  } satisfies Partial<Handlers>;
}
