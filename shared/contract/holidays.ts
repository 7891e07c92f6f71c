import { z } from 'zod';
import { channel } from './channel';
import { checkSpan, VIEW_MAX_DAYS } from './limits';
import { idInput, isoDate, name, none, shortText } from './schemas';

export interface HolidayRegion {
  country: string;
  countryName: string;
  regions: { code: string; name: string }[];
}

export interface Holiday {
  date: string;
  name: string;
  country: string;
  region: string | null;
}

/** One public holiday of a calendar in a year, as the capacity core applies it. */
export interface AppliedHoliday {
  date: string;
  name: string;
  /** 'library': from date-holidays; 'local': added by the studio. */
  source: 'library' | 'local';
  /** True when the studio works on it (a library holiday it ignores). */
  ignored: boolean;
  /** The override behind an ignored or local holiday (delete it to undo that choice), else null. */
  overrideId: number | null;
}

/** A holiday calendar people use, with its holidays for the year asked. */
export interface HolidayCalendar {
  country: string;
  region: string | null;
  /** "England, United Kingdom" */
  label: string;
  people: number;
  holidays: AppliedHoliday[];
}

const country = z.string().regex(/^[A-Z]{2}$/, 'A two-letter country code');
const region = z.string().regex(/^[A-Z0-9]{1,3}$/, 'A region code such as ENG or BY').nullable();

export const holidayChannels = {
  'holidays:regions': channel<HolidayRegion[]>()(none),
  'holidays:list': channel<Holiday[]>()(
    z
      .object({
        from: isoDate,
        to: isoDate,
        places: z.array(z.object({ country: z.string().regex(/^[A-Z]{2}$/), region: shortText.nullable() }).strict()).max(300),
      })
      .strict()
      .superRefine(({ from, to }, ctx) => checkSpan(ctx, { start: from, end: to }, VIEW_MAX_DAYS, 'A list of holidays', ['to'])),
  ),

  /** The holiday calendars people use, each with its holidays for a year as the studio applies them. */
  'holidays:calendars': channel<HolidayCalendar[]>()(z.object({ year: z.number().int().min(1900).max(2199) }).strict()),
  /** A library holiday the studio works on ('ignore'), or a local one it adds ('add'). */
  'holidayOverrides:create': channel<AppliedHoliday>()(z.object({ country, region, date: isoDate, kind: z.enum(['ignore', 'add']), name }).strict()),
  'holidayOverrides:delete': channel<void>()(idInput),
};
