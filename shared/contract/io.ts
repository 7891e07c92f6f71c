import { z } from 'zod';
import type { ImportPreview, ImportResult } from '../io/types';
import { FILE_FORMATS, IMPORT_ENTITIES } from '../io/types';
import { channel } from './channel';
import { checkSpan, ICS_EXPORT_MAX_DAYS, limitedRange, PDF_EXPORT_MAX_DAYS, SHEET_EXPORT_MAX_DAYS } from './limits';
import { dateRange, filePath, id, none } from './schemas';

export type { ImportPreview, ImportResult, ImportIssue, ColumnGuess, PreviewRow, FieldInfo, UnmatchedName, NameMatch } from '../io/types';

/** What a save dialog can offer. */
export const SAVE_FORMATS = ['csv', 'xlsx', 'pdf', 'ics'] as const;
export type SaveFormat = (typeof SAVE_FORMATS)[number];

/** Absolute, with no NUL byte (see filePath). */
const path = filePath;
const format = z.enum(FILE_FORMATS);
const entity = z.enum(IMPORT_ENTITIES);

/** A file chosen in the open dialog ({ path }), or its bytes ({ base64, format }). */
const source = z.union([
  z.object({ path, format: format.optional() }).strict(),
  z.object({ base64: z.string().max(70_000_000), format }).strict(),
]);

const importOptions = z
  .object({
    /** Create roles and skills named in the file that the workspace lacks. Default false: they are errors, with a suggestion. */
    createMissing: z.boolean().default(false),
    /** d/m/yyyy or m/d/yyyy; default: detected from the file, ambiguous dates are errors. */
    dateOrder: z.enum(['dmy', 'mdy']).optional(),
    /** 1,234.5 ('point') or 1.234,5 ('comma'); default: decided per column from its values, a value that reads two ways is a warning. */
    numberStyle: z.enum(['point', 'comma']).optional(),
    /** Commit the valid rows and leave out rows with errors. Default false: any error refuses the commit. */
    skipErrorRows: z.boolean().default(false),
    /** Actuals: answers for names that match no person or campaign (a target id, or null to skip the name's rows); mapped names are remembered. */
    matches: z
      .array(z.object({ kind: z.enum(['person', 'campaign']), name: z.string().trim().min(1).max(500), targetId: id.nullable() }).strict())
      .max(5000)
      .optional(),
  })
  .strict()
  .default({ createMissing: false, skipErrorRows: false });

const importInput = z
  .object({
    source,
    entity,
    /** Column header → field name (null ignores the column); overrides the guess from the headers. */
    mapping: z.record(z.string().max(500), z.string().max(60).nullable()).optional(),
    options: importOptions,
  })
  .strict();

export interface WrittenFile {
  path: string;
  bytes: number;
  rows: number;
}

const icsRange = limitedRange(ICS_EXPORT_MAX_DAYS, 'A bookings calendar');

export const planFilter = z
  .object({
    roleId: id.optional(),
    talentIds: z.array(id).max(10_000).optional(),
    campaignIds: z.array(id).max(10_000).optional(),
    /** Leave tentative bookings out (default: included). */
    confirmedOnly: z.boolean().optional(),
  })
  .strict()
  .default({});

/** Imports (preview, then commit), templates, and exports to files the user chose. */
export const ioChannels = {
  'io:importPreview': channel<ImportPreview>()(importInput),
  'io:importCommit': channel<ImportResult>()(importInput.extend({ fingerprint: z.string().regex(/^[0-9a-f]{64}$/).optional() }).strict()),
  'io:template': channel<WrittenFile>()(z.object({ entity, format, path }).strict()),
  'io:exportEntity': channel<WrittenFile>()(z.object({ entity: z.enum(['talent', 'campaigns']), format, path }).strict()),
  'io:exportIcs': channel<WrittenFile & { events: number }>()(
    z.union([z.object({ path, talentId: id, range: icsRange.optional() }).strict(), z.object({ path, campaignId: id, range: icsRange.optional() }).strict()]),
  ),
  'io:exportPlan': channel<WrittenFile>()(
    z
      .object({ path, format: z.enum([...FILE_FORMATS, 'pdf']), range: dateRange, filter: planFilter, sheet: z.enum(['person', 'campaign', 'role', 'bookings']).optional() })
      .strict()
      .superRefine(({ format, range: r }, ctx) =>
        format === 'pdf'
          ? checkSpan(ctx, r, PDF_EXPORT_MAX_DAYS, 'A PDF staffing plan', ['range', 'end'])
          : checkSpan(ctx, r, SHEET_EXPORT_MAX_DAYS, `A staffing plan in ${format.toUpperCase()}`, ['range', 'end']),
      ),
  ),
  /** Cancels the running exports (and an import still reading its file); they remove any partial file. */
  'io:cancel': channel<{ cancelled: number }>()(none),
  /** The open dialog for an import file; null when the user cancels. */
  'io:chooseFile': channel<{ path: string | null }>()(z.object({ title: z.string().max(200).optional() }).strict().default({})),
  /** The save dialog for an export or a template; null when the user cancels. */
  'io:chooseSavePath': channel<{ path: string | null }>()(
    z.object({ defaultName: z.string().trim().min(1).max(255), format: z.enum(SAVE_FORMATS), title: z.string().max(200).optional() }).strict(),
  ),
};

type IoChannels = typeof ioChannels;
/** The io handler table's type (the full table's Handlers type covers it once ioChannels is in the contract). */
export type IoHandlers = {
  [C in keyof IoChannels]: (
    input: z.output<IoChannels[C]['input']>,
  ) => Promise<NonNullable<IoChannels[C]['result']>> | NonNullable<IoChannels[C]['result']>;
};
