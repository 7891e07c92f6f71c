// A Harvest export bigger than the chunks the import reads a CSV in (64 KB): BOM, CRLF, decimal
// commas, dd.mm.yyyy, an emoji cut by a chunk's end, and an error on the very last row.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpWorkspace, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall, ioSend, writeTemp } from '../io/helpers';
import { actualsStudio, HARVEST_HEADERS, harvestRow } from './files';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = tempWorkspace();
  await actualsStudio(ws);
});
afterEach(() => ws.close());

const CHUNK = 1 << 16;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Hours with a decimal comma, from 1 to 8.75. */
const hoursOf = (i: number) => (1 + (i % 32) / 4).toFixed(2).replace('.', ',');

function rowOf(i: number, notes: string): string {
  const day = String(2 + (i % 27)).padStart(2, '0');
  return i % 3 === 2
    ? harvestRow(`${day}.11.2026`, 'Web Relaunch', 'JOB-1002', 'Zoe', 'Bronte', '', hoursOf(i), notes)
    : harvestRow(`${day}.11.2026`, 'Spring Launch', 'JOB-1001', 'Ada', 'Lovelace', 'EMP-001', hoursOf(i), notes);
}

/**
 * Over two chunks of rows; one row's 🎨 (four bytes in UTF-8) starts two bytes before the first
 * chunk ends. The last row's hours are `lastHours`.
 */
function bigHarvest(lastHours: string): { text: string; rows: number; hours: number } {
  const lines = ['\uFEFF' + HARVEST_HEADERS.join(',')];
  let size = bytes(lines[0]) + 2;
  let hours = 0;
  for (let i = 0; size < 2.2 * CHUNK; i++) {
    let notes = `Row ${i} ✏️`;
    // The first row that reaches near the chunk's end: its notes padded so that the emoji straddles it.
    const notesAt = bytes(rowOf(i, 'X').slice(0, rowOf(i, 'X').indexOf('X')));
    if (size < CHUNK && size + notesAt + 200 >= CHUNK) notes = `${'a'.repeat(CHUNK - 2 - size - notesAt)}🎨 straddles`;
    const line = rowOf(i, notes);
    lines.push(line);
    size += bytes(line) + 2;
    hours += Number(hoursOf(i).replace(',', '.'));
  }
  const last = lines.length + 1; // the spreadsheet row of the last data row (header = 1)
  lines.push(harvestRow('30.11.2026', 'Spring Launch', 'JOB-1001', 'Ada', 'Lovelace', 'EMP-001', lastHours, 'Last row'));
  hours += Number(lastHours.replace(',', '.'));
  return { text: lines.join('\r\n') + '\r\n', rows: last, hours };
}

const importBackups = () => readdirSync(join(ws.dir, 'backups'), { recursive: true }).filter((f) => String(f).endsWith('-import.db'));

describe('a Harvest export read from disk in chunks', () => {
  it('an error on its last row writes nothing, names that row and field, and leaves no backup behind', async () => {
    const file = bigHarvest('sieben');
    expect(bytes(file.text)).toBeGreaterThan(2 * CHUNK);
    // The emoji does straddle the first chunk's end.
    const cut = Buffer.from(file.text, 'utf8').subarray(CHUNK - 4, CHUNK + 4).toString('utf8');
    expect(cut).toContain('🎨');
    const path = writeTemp(ws, 'harvest-big.csv', file.text);
    const before = dumpWorkspace(ws.db);

    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'actuals' });
    expect(preview).toMatchObject({ tool: 'harvest', rowCount: file.rows - 1, create: file.rows - 2, errorRows: 1, unmatched: [] });
    expect(preview.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [file.rows, 'Hours', `Row ${file.rows}, column 'Hours': must be a number of hours between 0 and 168; got 'sieben'`],
    ]);

    const refused = await ioSend(ws, 'io:importCommit', { source: { path }, entity: 'actuals', fingerprint: preview.fingerprint });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain(`Row ${file.rows}, column 'Hours'`);
    expect(dumpWorkspace(ws.db)).toBe(before);
    expect(importBackups()).toEqual([]);
  });

  it('the same file with its last row fixed imports every row, hours and notes as written, after one backup, as one undo step', async () => {
    const file = bigHarvest('7,5');
    const path = writeTemp(ws, 'harvest-big.csv', file.text);
    const result = await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'actuals' });
    expect(result).toMatchObject({ created: file.rows - 1, skipped: 0 });
    const stored = ws.db.prepare('SELECT count(*) AS n, sum(hours) AS h FROM actuals').get() as { n: number; h: number };
    expect(stored.n).toBe(file.rows - 1);
    expect(Math.round(stored.h * 100) / 100).toBe(Math.round(file.hours * 100) / 100);
    const straddling = ws.db.prepare("SELECT note FROM actuals WHERE note LIKE '%straddles%'").pluck().all() as string[];
    expect(straddling).toHaveLength(1);
    expect(straddling[0]).toMatch(/^Design · a+🎨 straddles$/);
    expect(importBackups()).toHaveLength(1);
    expect((await ws.call('history:undo', {})).done).toBe(result.label);
    expect(ws.db.prepare('SELECT count(*) FROM actuals').pluck().get()).toBe(0);
  });
});
