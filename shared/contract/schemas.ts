import { z } from 'zod';
import { BOOKING_STATUSES, CAMPAIGN_STATUSES, RATE_UNITS, TALENT_KINDS, TIME_OFF_TYPES } from '../domain';
import { isIsoDate } from '../dates';
import { horizonProblem } from '../horizon';

// Building blocks shared by every area's channels.

/** A real calendar day 'YYYY-MM-DD' between 1900 and 2199. */
export const isoDate = z.string().refine((s) => isIsoDate(s) && s >= '1900-01-01' && s < '2200-01-01', 'Enter a real date as YYYY-MM-DD');

export const id = z.number().int('Must be a whole number').positive('Must be a positive id').max(Number.MAX_SAFE_INTEGER);
export const idInput = z.object({ id }).strict();

const trimmed = (max: number) => z.string().trim().max(max, `At most ${max} characters`);
export const name = trimmed(200).min(1, 'Required');
export const shortText = trimmed(200);
export const longText = trimmed(10_000);
export const hours = (max: number) => z.number().finite('Must be a number').min(0, 'Cannot be negative').max(max, `At most ${max}`);
export const positiveHours = (max: number) => z.number().finite('Must be a number').gt(0, 'Must be more than 0').max(max, `At most ${max}`);
export const percent = z.number().finite('Must be a number').min(0, 'Cannot be negative').max(100, 'At most 100');
export const priority = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], { error: 'Priority is 1 to 5' });
export const level = z.number().int('Must be a whole number').min(1, 'Levels are 1 to 5').max(5, 'Levels are 1 to 5');
export const money = z.number().finite('Must be a number').min(0, 'Cannot be negative').max(1e12, 'Too large');
export const currency = z.string().regex(/^[A-Z]{3}$/, 'A three-letter currency code, e.g. GBP');
export const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'A colour like #2563eb');
export const email = z.string().trim().max(320).email('Not a valid email address');

export const talentKind = z.enum(TALENT_KINDS);
export const campaignStatus = z.enum(CAMPAIGN_STATUSES);
export const bookingStatus = z.enum(BOOKING_STATUSES);
export const timeOffType = z.enum(TIME_OFF_TYPES);
export const rateUnit = z.enum(RATE_UNITS, { error: 'Per hour or per day' });

export const weekHours = z.tuple([hours(24), hours(24), hours(24), hours(24), hours(24), hours(24), hours(24)]);

/** An inclusive day range; the end may not precede the start. */
export function withRange<T extends z.ZodObject>(schema: T, start = 'start', end = 'end') {
  return schema.superRefine((value: Record<string, unknown>, ctx) => {
    const a = value[start];
    const b = value[end];
    if (typeof a === 'string' && typeof b === 'string' && b < a) {
      ctx.addIssue({ code: 'custom', path: [end], message: 'Must be on or after the start' });
    }
  });
}

/**
 * withRange, and the range may cover at most MAX_RANGE_YEARS years (shared/horizon.ts): the
 * channels whose range reaches the capacity model, so no request can make it hold a century.
 */
export function withinHorizon<T extends z.ZodObject>(schema: T, what = 'A range') {
  return withRange(schema).superRefine((value: Record<string, unknown>, ctx) => {
    const { start, end } = value;
    // Object checks run even when a field failed: only two real dates in order are measured.
    const dates = isoDate.safeParse(start).success && isoDate.safeParse(end).success && (end as string) >= (start as string);
    const problem = dates ? horizonProblem(start as string, end as string, what) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['end'], message: problem });
  });
}

/** An inclusive day range { start, end }; the end may not precede the start. */
export const dateRange = withRange(z.object({ start: isoDate, end: isoDate }).strict());

/** The input of a channel that takes none: nothing, or an empty object. */
export const none = z.undefined().or(z.object({}).strict());

/** A text that may be left blank: blank means none (null), so that two blanks never clash as duplicates. */
export const optionalText = shortText.nullable().transform((s) => (s === '' ? null : s));

const ABSOLUTE = /^(\/|[A-Za-z]:[\\/]|\\\\[^\\/])/;

/** A file path from a dialog: absolute (POSIX, a Windows drive, or a UNC share), with no NUL byte. */
export const filePath = z
  .string()
  .trim()
  .min(1, 'Choose a file')
  .max(4096, 'The path is too long')
  .refine((p) => !p.includes('\u0000'), 'The path holds a NUL character, which no file name can have')
  .refine((p) => ABSOLUTE.test(p), 'Give the full path of the file (starting at / or a drive letter)');

type Unwrapped<T> = T extends z.ZodDefault<infer I> ? I : T;
export type PatchShape<T extends z.ZodRawShape> = { [K in keyof T]: z.ZodOptional<Unwrapped<T[K]>> };

/**
 * The input of an update: the record's id plus only the fields to change; a field left out keeps
 * its value (defaults do not apply), and unknown keys are refused. The handler checks the merged
 * record as a whole (see electron/handlers/patch.ts).
 */
export function patchOf<T extends z.ZodRawShape, E extends z.ZodRawShape = Record<never, never>>(schema: z.ZodObject<T>, extra: E = {} as E) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, ((field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType).optional()]),
  ) as unknown as PatchShape<T>;
  return z.object(shape).extend({ id, ...extra }).strict();
}
