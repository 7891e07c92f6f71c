// The studio's settings: closures imported from a CSV, the public holidays applied per holiday
// calendar (ignored or added locally), and merging or deleting roles and skills.

import { z } from 'zod';
import { channel } from './channel';
import type { WeekHours } from '../domain';
import { id, idInput, isoDate, name, weekHours } from './schemas';

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

/** What deleting a role or skill would change, in a sentence. */
export interface ListDeleteImpact {
  people: number;
  demandLines: number;
  bookings: number;
  /** Refused while this is set (e.g. it is someone's primary role): the reason. */
  blocked: string | null;
  message: string;
}

/** How the app shows dates: as the computer's language has it, day first, month first, or year first (ISO). */
export const DATE_FORMATS = ['system', 'dmy', 'mdy', 'ymd'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/** The workspace's defaults: the working week new people get, the first day of the week, the date format. */
export interface WorkspaceDefaults {
  week: WeekHours;
  /** 0 = Sunday … 6 = Saturday; null: from the system's locale. */
  firstDayOfWeek: number | null;
  dateFormat: DateFormat;
}

/** How many people and demand lines use each role and skill. */
export interface ListUsage {
  roles: { id: number; people: number; demandLines: number }[];
  skills: { id: number; people: number; demandLines: number }[];
}

export interface ClosuresImportResult {
  added: number;
  label: string;
}

const country = z.string().regex(/^[A-Z]{2}$/, 'A two-letter country code');
const region = z.string().regex(/^[A-Z0-9]{1,3}$/, 'A region code such as ENG or BY').nullable();
const merge = z
  .object({ fromId: id, intoId: id })
  .strict()
  .refine((m) => m.fromId !== m.intoId, { path: ['intoId'], message: 'Choose another one to merge into' });

export const settingsChannels = {
  /** CSV with Date (or Start and End) and Name columns, optionally Repeats yearly; all or nothing. */
  'closures:import': channel<ClosuresImportResult>()(
    z.union([z.object({ path: z.string().trim().min(1, 'Choose a file').max(4096) }).strict(), z.object({ text: z.string().max(5_000_000) }).strict()]),
  ),
  'holidays:calendars': channel<HolidayCalendar[]>()(z.object({ year: z.number().int().min(1900).max(2199) }).strict()),
  'holidayOverrides:create': channel<AppliedHoliday>()(z.object({ country, region, date: isoDate, kind: z.enum(['ignore', 'add']), name }).strict()),
  'holidayOverrides:delete': channel<void>()(idInput),
  'workspace:defaults': channel<WorkspaceDefaults>()(z.undefined().or(z.object({}).strict())),
  'workspace:setDefaults': channel<WorkspaceDefaults>()(
    z.object({ week: weekHours, firstDayOfWeek: z.number().int().min(0).max(6).nullable(), dateFormat: z.enum(DATE_FORMATS) }).strict(),
  ),
  'lists:usage': channel<ListUsage>()(z.undefined().or(z.object({}).strict())),
  'roles:merge': channel<{ label: string }>()(merge),
  'roles:deleteImpact': channel<ListDeleteImpact>()(idInput),
  'skills:merge': channel<{ label: string }>()(merge),
  'skills:deleteImpact': channel<ListDeleteImpact>()(idInput),
};
