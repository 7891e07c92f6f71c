// A CSV of studio closures, read all or nothing: a Date column (or Start and End), a Name, and
// optionally Repeats yearly. The first bad value refuses the file, naming its row and column.

import type { Closure } from '@shared/domain';
import { closureSpanProblem } from '@shared/capacity/closures';
import { AppError } from '@shared/errors';
import { detectDateOrder, parseDateCell } from '@shared/io/dates';
import { normaliseHeader } from '@shared/io/text';
import type { Cell, Table } from '@shared/io/types';
import { isBlank, textOf } from '@shared/io/values';

/** A closure to add, with the spreadsheet row it came from. */
export type ClosureRow = Omit<Closure, 'id'> & { rowNumber: number };

const HEADERS = {
  date: ['date', 'day', 'start', 'start date', 'from', 'first day'],
  endDate: ['end', 'end date', 'to', 'until', 'last day'],
  name: ['name', 'closure', 'reason', 'description', 'title'],
  repeatsYearly: ['repeats yearly', 'repeat yearly', 'yearly', 'every year', 'repeats', 'recurring'],
} as const;
type Column = keyof typeof HEADERS;
const LABELS: Record<Column, string> = { date: 'Date', endDate: 'End', name: 'Name', repeatsYearly: 'Repeats yearly' };
const YES = new Set(['yes', 'y', 'true', '1', 'x', 'yearly', 'every year']);
const NO = new Set(['', 'no', 'n', 'false', '0']);

const nothing = 'Nothing was imported.';
const refuse = (message: string, field?: string) => new AppError('invalid_input', `${message} ${nothing}`, field);

function columnsOf(headers: readonly string[]): Record<Column, number> {
  const names = headers.map(normaliseHeader);
  const find = (c: Column) => names.findIndex((n) => HEADERS[c].some((h) => normaliseHeader(h) === n));
  const out = { date: find('date'), endDate: find('endDate'), name: find('name'), repeatsYearly: find('repeatsYearly') };
  if (out.date < 0) throw refuse('The file has no “Date” (or “Start”) column. Its header row needs: Date (or Start and End), Name.');
  if (out.name < 0) throw refuse('The file has no “Name” column. Its header row needs: Date (or Start and End), Name.');
  return out;
}

/** The closures of a table, or an error naming the first bad row and column (spreadsheet row numbers). */
export function closuresFromTable(table: Table): ClosureRow[] {
  const col = columnsOf(table.headers);
  const dateTexts = table.rows.flatMap((r) => [textOf(r[col.date] ?? null), col.endDate >= 0 ? textOf(r[col.endDate] ?? null) : '']);
  const order = detectDateOrder(dateTexts);
  if (order === 'conflict') throw refuse('The file writes dates both as day/month/year and as month/day/year. Write them all one way (YYYY-MM-DD is safest).');
  const first = (table.headerRow ?? 1) + 1;
  const out: ClosureRow[] = [];
  const seen = new Map<string, number>();
  table.rows.forEach((cells, i) => {
    const row = first + i;
    if (cells.every((c) => isBlank(c))) return;
    const cell = (c: Column): Cell => (col[c] >= 0 ? (cells[col[c]] ?? null) : null);
    const fail = (c: Column, reason: string) => refuse(`Row ${row}, ${LABELS[c]}: ${reason}.`, c);
    const date = parseDateCell(cell('date'), order);
    if (!date.ok) throw fail('date', isBlank(cell('date')) ? 'the first day closed is missing' : `“${textOf(cell('date'))}” ${date.reason}`);
    let endDate = date.value;
    if (!isBlank(cell('endDate'))) {
      const end = parseDateCell(cell('endDate'), order);
      if (!end.ok) throw fail('endDate', `“${textOf(cell('endDate'))}” ${end.reason}`);
      endDate = end.value;
    }
    const span = closureSpanProblem(date.value, endDate);
    if (span) throw fail('endDate', span.replace('Must be', 'must be'));
    const name = textOf(cell('name'));
    if (!name) throw fail('name', 'the closure needs a name (such as “Christmas”)');
    if (name.length > 200) throw fail('name', 'at most 200 characters');
    const repeats = textOf(cell('repeatsYearly')).toLowerCase();
    if (!YES.has(repeats) && !NO.has(repeats)) throw fail('repeatsYearly', `“${textOf(cell('repeatsYearly'))}” is not yes or no`);
    const earlier = seen.get(date.value);
    if (earlier !== undefined) throw fail('date', `row ${earlier} already starts a closure on ${date.value}`);
    seen.set(date.value, row);
    out.push({ date: date.value, endDate, name, repeatsYearly: YES.has(repeats), rowNumber: row });
  });
  if (out.length === 0) throw refuse('The file has a header row but no closures.');
  return out;
}
