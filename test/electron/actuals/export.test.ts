import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlannedVsActual } from '@shared/contract';
import { findChromium } from '../../e2e/support/chromium';
import { SCREENSHOT_DIR } from '../../e2e/harness';
import { announcingWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall, writeTemp } from '../io/helpers';
import { LIBREOFFICE, PDFTOPPM, PDFTOTEXT, libreOfficeSheets, pdfPages, pdfText } from '../io/realClients';
import { actualsStudio, harvestCsv, togglCsv } from './files';

// Planned against actual exported through the real handler table, on the actuals studio (a
// part-timer on a euro day rate, a producer in euros with accents and an emoji, a GBP report,
// Harvest and Toggl imports with an unmatched person skipped): the XLSX read back by LibreOffice,
// the PDF's text by pdftotext, each against what actuals:compare says.

let ws: TestWorkspace;
let studio: Awaited<ReturnType<typeof actualsStudio>>;
const RANGE = { start: '2026-11-02', end: '2026-11-22' };
const two = (x: number) => x.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** Hours as the Actuals view writes them (formatHours: at most two decimals, en-GB; "+" on the difference over the plan). */
const viewHours = (h: number) => `${h.toLocaleString('en-GB', { maximumFractionDigits: 2 })} h`;

beforeEach(async () => {
  ws = announcingWorkspace();
  studio = await actualsStudio(ws);
  const matches = [
    { kind: 'person' as const, name: 'Lukasz Z.', targetId: studio.lukasz.id },
    { kind: 'person' as const, name: 'Temp Freelancer', targetId: null },
  ];
  await ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 'h.csv', harvestCsv()) }, entity: 'actuals', options: { matches } });
  await ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 't.csv', togglCsv()) }, entity: 'actuals' });
});
afterEach(() => ws.close());

/** A sheet's rows from its header row (the row whose first cell is `first`) down, keyed by header. */
function rowsOf(sheet: string[][] | undefined, first: string): Record<string, string>[] {
  expect(sheet, `the sheet with a "${first}" column`).toBeDefined();
  const at = sheet!.findIndex((r) => r[0] === first);
  expect(at).toBeGreaterThanOrEqual(0);
  const header = sheet![at];
  return sheet!.slice(at + 1).filter((r) => r.some((c) => c !== '')).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const sum = (rows: Record<string, string>[], column: string) => rows.reduce((s, r) => s + Number(r[column]), 0);

function expectTotals(row: Record<string, string>, c: PlannedVsActual) {
  const t = c.totals;
  expect(Number(row['Planned hours'])).toBeCloseTo(t.plannedHours, 2);
  expect(Number(row['Actual hours'])).toBeCloseTo(t.actualHours, 2);
  expect(Number(row['Difference in hours'])).toBeCloseTo(t.diffHours, 2);
  expect(Number(row['Planned cost (GBP)'])).toBeCloseTo(t.plannedCost, 2);
  expect(Number(row['Actual cost (GBP)'])).toBeCloseTo(t.actualCost, 2);
  expect(Number(row['Difference in cost (GBP)'])).toBeCloseTo(t.diffCost, 2);
  expect(Number(row['Missing actuals (person-weeks)'])).toBe(c.missingCount);
}

describe('actuals:export', () => {
  it.skipIf(!LIBREOFFICE)('writes an XLSX that LibreOffice reads with the same totals as actuals:compare, per sheet', async () => {
    const c = await ws.call('actuals:compare', { range: RANGE });
    expect(c.totals.plannedHours).toBeCloseTo(177, 6);
    expect(c.missingCount).toBeGreaterThan(0);
    const path = join(ws.dir, 'pva.xlsx');
    const written = await ws.call('actuals:export', { range: RANGE, format: 'xlsx', path });
    expect(written.path).toBe(path);

    const sheets = libreOfficeSheets(path);
    expect([...sheets.keys()].sort()).toEqual(['By campaign', 'By person', 'By role', 'By week', 'Missing actuals', 'Totals'].sort());
    const [totals] = rowsOf(sheets.get('Totals'), 'Range');
    expectTotals(totals, c);
    expect(totals.Range).toBe('2 Nov 2026 to 22 Nov 2026');
    // Each breakdown adds up to the totals, and each row is the app's.
    for (const [name, first, rows] of [['By person', 'Person', c.people], ['By role', 'Role', c.roles], ['By campaign', 'Campaign', c.campaigns]] as const) {
      const read = rowsOf(sheets.get(name), first);
      expect(read.map((r) => r[first]).sort()).toEqual(rows.map((r) => r.label).sort());
      expect(sum(read, 'Planned hours')).toBeCloseTo(c.totals.plannedHours, 2);
      expect(sum(read, 'Actual hours')).toBeCloseTo(c.totals.actualHours, 2);
      for (const r of rows) expect(Number(read.find((x) => x[first] === r.label)!['Actual cost (GBP)'])).toBeCloseTo(r.actualCost, 2);
    }
    expect(rowsOf(sheets.get('By person'), 'Person').map((r) => r.Person)).toContain('Łukasz Żółć 🎬');
    const weeks = rowsOf(sheets.get('By week'), 'Week of');
    expect(weeks).toHaveLength(c.weeks.length);
    expect(sum(weeks, 'Planned hours')).toBeCloseTo(c.totals.plannedHours, 2);
    expect(weeks.map((w) => w.Week)).toEqual(c.weeks.map((w) => (w.ended ? 'Ended' : 'Not ended yet')));
    const missing = rowsOf(sheets.get('Missing actuals'), 'Person');
    expect(missing.map((m) => [m.Person, Number(m['Planned hours'])])).toEqual(c.missing.map((m) => [m.name, m.plannedHours]));

    // As shown: two decimals, dates as dates (a number formatted yyyy-mm-dd), no codes.
    const shown = libreOfficeSheets(path, true);
    const shownTotals = rowsOf(shown.get('Totals'), 'Range')[0];
    expect(shownTotals['Planned hours']).toBe(c.totals.plannedHours.toFixed(2));
    expect(shownTotals['Actual cost (GBP)']).toBe(two(c.totals.actualCost));
    expect(rowsOf(shown.get('By week'), 'Week of').map((w) => w['Week of'])).toEqual(c.weeks.map((w) => w.start));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const weekCell = wb.getWorksheet('By week')!.getColumn(1).values.find((v) => v instanceof Date);
    expect(weekCell, 'the week column holds dates').toBeInstanceOf(Date);
  }, 120_000);

  it.skipIf(!PDFTOTEXT || !findChromium())('prints a PDF where pdftotext finds the planned, actual and difference totals as the app writes them', async () => {
    const c = await ws.call('actuals:compare', { range: RANGE });
    const written = await ws.call('actuals:export', { range: RANGE, format: 'pdf' });
    expect(written.path).toBe(join(ws.dir, 'planned-against-actual-2026-11-02-to-2026-11-22.pdf'));
    expect(existsSync(written.path)).toBe(true);
    const text = pdfText(written.path).replace(/\s+/g, ' ');
    expect(text).toContain(viewHours(c.totals.plannedHours));
    expect(text).toContain(viewHours(c.totals.actualHours));
    expect(c.totals.diffHours).toBeLessThan(0);
    expect(text).toMatch(/PLANNED ACTUAL DIFFERENCE MISSING ACTUALS/i);
    expect(text).toContain(`${viewHours(c.totals.plannedHours)} ${viewHours(c.totals.actualHours)} ${viewHours(c.totals.diffHours)} ${c.missingCount}`);
    const lukasz = c.people.find((p) => p.id === studio.lukasz.id)!;
    expect(lukasz.diffHours).toBeGreaterThan(0);
    expect(text).toContain(`+${viewHours(lukasz.diffHours)}`);
    expect(text).toContain('Zoë Brontë');
    expect(text).toContain('Missing actuals');
    expect(text).toContain('Everyone, confirmed and tentative bookings');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    if (PDFTOPPM) pdfPages(written.path, join(SCREENSHOT_DIR, 'actuals-export-pdf'), { last: 1, dpi: 80 });
  }, 60_000);

  it('refuses a bad format, a range the wrong way round and an unknown campaign, writing nothing', async () => {
    const bad = await ws.send('actuals:export', { range: RANGE, format: 'csv', path: join(ws.dir, 'x.csv') } as never);
    expect(bad.ok).toBe(false);
    const backwards = await ws.send('actuals:export', { range: { start: RANGE.end, end: RANGE.start }, format: 'xlsx', path: join(ws.dir, 'y.xlsx') });
    expect(backwards.ok).toBe(false);
    const unknown = await ws.send('actuals:export', { range: RANGE, campaignId: 999_999, format: 'xlsx', path: join(ws.dir, 'z.xlsx') });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toMatchObject({ code: 'not_found', field: 'campaignId' });
    expect(['x.csv', 'y.xlsx', 'z.xlsx'].some((f) => existsSync(join(ws.dir, f)))).toBe(false);
  });
});
