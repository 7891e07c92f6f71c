// From a table to a plan: map the columns, read each row, and collect every issue.

import { detectDateOrder } from '@shared/io/dates';
import { FIELDS } from '@shared/io/fields';
import { decideStyles, tallyStyles, type ColumnStyle } from '@shared/io/numbers';
import { resolveMapping } from '@shared/io/mapping';
import { RowReader } from '@shared/io/rows';
import { columnCells, rowCount, type ImportTable } from '@shared/io/table';
import type { Cell, ColumnGuess, ColumnMapping, DateOrder, ImportEntity, ImportIssue, ImportPreview } from '@shared/io/types';
import type { Db } from '../../db/open';
import { bookingImporter } from './bookings';
import { campaignImporter } from './campaigns';
import { catalogueOf, type Catalogue } from './catalogue';
import { demandLineImporter } from './demandLines';
import { talentImporter } from './talent';
import { actualsImporter } from './actuals';
import { timeOffImporter } from './timeOff';
import type { EntityImporter, ImporterContext, ImportOptions, PlannedRow } from './types';

const IMPORTERS: Record<ImportEntity, (ctx: ImporterContext) => EntityImporter> = {
  talent: talentImporter,
  campaigns: campaignImporter,
  demandLines: demandLineImporter,
  bookings: bookingImporter,
  timeOff: timeOffImporter,
  actuals: actualsImporter,
};

const DATE_FIELDS = new Set(['start', 'end', 'activeFrom', 'activeTo', 'date']);

export interface Analysis {
  columns: ColumnGuess[];
  plans: PlannedRow[];
  /** Problems with the file as a whole (row 1): these always refuse a commit. */
  fileIssues: ImportIssue[];
  rowIssues: ImportIssue[];
  /** Values read one of two possible ways; they don't stop a commit. */
  warnings: ImportIssue[];
  numberStyles: ImportPreview['numberStyles'];
  errorRows: number[];
  dataRows: number;
  dateOrder: DateOrder | null;
  catalogue: Catalogue;
  importer: EntityImporter;
}

function dateOrderOf(table: ImportTable, indexOf: Map<string, number>, given: DateOrder | undefined): { order: DateOrder | null; issue?: ImportIssue } {
  if (given) return { order: given };
  const columns = [...indexOf].filter(([field]) => DATE_FIELDS.has(field)).map(([, i]) => i);
  const texts = function* () {
    for (const i of columns) for (const cell of columnCells(table, i)) if (typeof cell === 'string') yield cell;
  };
  const detected = detectDateOrder(texts());
  if (detected === 'conflict') {
    return {
      order: null,
      issue: { row: 1, column: null, message: 'The file mixes day-first (31/12/2026) and month-first (12/31/2026) dates. Make them all one way, or choose the date order, then try again.' },
    };
  }
  return { order: detected };
}

/** How each mapped number column writes its numbers (field → style), decided from all its values. */
function numberStylesOf(entity: ImportEntity, table: ImportTable, indexOf: Map<string, number>, options: ImportOptions) {
  const tallies = new Map<string, ReturnType<typeof tallyStyles>>();
  for (const f of FIELDS[entity]) {
    const i = indexOf.get(f.field);
    if (i === undefined || !f.type) continue;
    const strip = (c: Cell) => (f.type === 'percent' && typeof c === 'string' ? c.replace(/\s*%\s*$/, '') : c);
    tallies.set(f.field, tallyStyles((function* () {
      for (const cell of columnCells(table, i)) yield strip(cell);
    })()));
  }
  const styles = decideStyles(tallies, options.numberStyle, table.delimiter);
  const shown: ImportPreview['numberStyles'] = [];
  for (const [field, t] of tallies) {
    const s = styles.get(field)!;
    if (t.point + t.comma + t.either > 0) shown.push({ column: table.headers[indexOf.get(field)!], style: s.style, source: s.source });
  }
  return { styles: styles as ReadonlyMap<string, ColumnStyle>, shown };
}

export function analyse(db: Db, entity: ImportEntity, table: ImportTable, mapping: ColumnMapping | undefined, options: ImportOptions, now: string): Analysis {
  const resolved = resolveMapping(entity, table.headers, mapping);
  const fileIssues = [...resolved.issues];
  const { order, issue } = dateOrderOf(table, resolved.indexOf, options.dateOrder);
  if (issue) fileIssues.push(issue);
  const numbers = numberStylesOf(entity, table, resolved.indexOf, options);
  const catalogue = catalogueOf(db, options.createMissing);
  const importer = IMPORTERS[entity]({ db, catalogue, now, options, headers: table.headers, rows: rowCount(table) });
  for (const message of importer.checkColumns((f) => resolved.indexOf.has(f))) fileIssues.push({ row: 1, column: null, message });

  let plans: PlannedRow[] = [];
  const rowIssues: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const errorRows: number[] = [];
  let dataRows = 0;
  if (fileIssues.length === 0) {
    for (let i = 0, n = rowCount(table); i < n; i++) {
      const reader = new RowReader(entity, table, resolved.indexOf, order, i, numbers.styles);
      if (reader.blank) continue;
      dataRows++;
      const plan = importer.resolve(reader);
      warnings.push(...reader.warnings);
      if (plan === 'held' && !reader.failed) continue;
      if (plan && plan !== 'held' && !reader.failed) plans.push(plan);
      else {
        errorRows.push(reader.row);
        rowIssues.push(...(reader.issues.length ? reader.issues : [{ row: reader.row, column: null, message: `Row ${reader.row}: can't be imported` }]));
      }
    }
    if (importer.finish) plans = importer.finish(plans);
    if (dataRows === 0) fileIssues.push({ row: 1, column: null, message: 'The file has a header row but no data rows.' });
  }
  return { columns: resolved.columns, plans, fileIssues, rowIssues, warnings, numberStyles: numbers.shown, errorRows, dataRows, dateOrder: order, catalogue, importer };
}

export const fieldsOf = (entity: ImportEntity) => FIELDS[entity].map((f) => ({ field: f.field, label: f.label, required: f.required ?? false }));
