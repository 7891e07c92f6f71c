import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../e2e/support/chromium';
import { PDFTOPPM, PDFTOTEXT, pdfPages, pdfText } from '../io/realClients';
import { SCREENSHOT_DIR } from '../../e2e/harness';
import { announcingWorkspace, dumpWorkspace, type TestWorkspace } from '../helpers/workspace';
import { staffingStudio } from './studio';

// A staffing proposal exported for review before it is accepted, through the real handler table:
// the XLSX read back with exceljs, the PDF's text with pdftotext. A messy studio: a part-time
// freelancer paid in euros (the report is in pounds), an agency, a pipeline campaign with a
// mid-week window for a translator who works a short Friday, and a line for a role nobody has (its hours stay open).

const RANGE = { start: '2027-02-01', end: '2027-05-31' };
const EUR_TO_GBP = 0.85;
let ws: TestWorkspace | undefined;
afterEach(() => {
  ws?.close();
  ws = undefined;
});

async function messyProposal(w: TestWorkspace) {
  const s = await staffingStudio(w);
  await w.call('money:setReportingCurrency', { currency: 'GBP' });
  await w.call('rates:create', { fromCurrency: 'EUR', toCurrency: 'GBP', rate: EUR_TO_GBP, effectiveFrom: '2020-01-01' });
  const motion = await w.call('roles:create', { name: 'Motion designer' });
  const translator = await w.call('roles:create', { name: 'Translator' });
  const lena = await w.call('talent:create', {
    kind: 'freelancer', name: 'Léna Fischer', primaryRoleId: translator.id, costRate: 52, billRate: 90, currency: 'EUR',
    holidayCountry: 'DE', holidayRegion: 'BY', patterns: [{ effectiveFrom: '2020-01-01', hours: [7.25, 7.25, 0, 7.25, 3.5, 0, 0] }],
  } as never);
  const summer = await w.call('campaigns:create', { name: 'Summer Teaser', client: 'Acme', status: 'pipeline', probability: 60, start: '2027-04-01', end: '2027-05-31' });
  const copy = await w.call('demandLines:create', { campaignId: summer.id, roleId: translator.id, hours: 61.7, start: '2027-04-07', end: '2027-04-29', priority: 2 });
  const film = await w.call('demandLines:create', { campaignId: summer.id, roleId: motion.id, hours: 40, start: '2027-04-14', end: '2027-05-12', priority: 3 });
  const p = await w.call('staffing:propose', { range: RANGE, mode: 'split', kinds: ['staff', 'freelancer', 'agency'] });
  return { ...s, lena, summer, copy, film, p };
}

/** A sheet as rows of cell values, from its header row (the row whose first cell is `first`) down. */
function table(ws: ExcelJS.Worksheet, first: string): { header: string[]; rows: ExcelJS.Row[] } {
  let headerAt = 0;
  ws.eachRow((row, n) => {
    if (!headerAt && row.getCell(1).value === first) headerAt = n;
  });
  expect(headerAt, `${ws.name} has a header row`).toBeGreaterThan(0);
  const header = (ws.getRow(headerAt).values as unknown[]).slice(1).map(String);
  const rows: ExcelJS.Row[] = [];
  ws.eachRow((row, n) => n > headerAt && rows.push(row));
  return { header, rows };
}

const cellOf = (row: ExcelJS.Row, header: string[], name: string) => row.getCell(header.indexOf(name) + 1);
const isoOf = (v: unknown) => (v as Date).toISOString().slice(0, 10);
const CODES = new Set(['staff', 'freelancer', 'agency', 'pipeline', 'in_progress', 'confirmed', 'tentative', 'split', 'whole']);

describe('staffing:exportProposal', () => {
  it('writes the proposal to XLSX in words and names, with hours a day to two decimals and costs in the reporting currency, and books nothing', async () => {
    ws = announcingWorkspace();
    const s = await messyProposal(ws);
    const before = dumpWorkspace(ws.db);
    const path = join(ws.dir, 'proposal.xlsx');
    const written = await ws.call('staffing:exportProposal', { proposalId: s.p.id, format: 'xlsx', path });
    expect(dumpWorkspace(ws.db)).toBe(before);
    expect(written.rows).toBe(s.p.bookings.length + s.p.lines.length + s.p.unstaffed.length + s.p.nearLimit.length);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Proposed bookings', 'Lines', 'Unstaffed', 'Near their limit']);
    const sheet = wb.getWorksheet('Proposed bookings')!;
    expect(sheet.getCell('A1').value).toBe('Staffing proposal, 1 Feb 2027 to 31 May 2027');
    expect(String(sheet.getCell('A2').value)).toMatch(/^Proposed on 26 Nov 2026, not accepted: nothing is booked/);

    const people = new Map((await ws.call('talent:list', {})).map((t) => [t.id, t]));
    const { header, rows } = table(sheet, 'Person');
    expect(header).toEqual(['Person', 'Kind', 'Campaign', 'Role', 'Priority', 'Start', 'End', 'Hours a day', 'Total hours', 'Cost in GBP', 'State']);
    expect(rows).toHaveLength(s.p.bookings.length);
    expect(s.p.bookings.some((b) => b.talentId === s.lena.id)).toBe(true);
    let costSum = 0;
    rows.forEach((row, i) => {
      const b = s.p.bookings[i];
      const line = s.p.lines.find((l) => l.demandLineId === b.demandLineId)!;
      const person = people.get(b.talentId)!;
      expect(cellOf(row, header, 'Person').value).toBe(person.name);
      expect(cellOf(row, header, 'Kind').value).toBe({ staff: 'Staff', freelancer: 'Freelancer', agency: 'Agency' }[person.kind]);
      expect(cellOf(row, header, 'Campaign').value).toBe(line.campaignName);
      expect(cellOf(row, header, 'Role').value).toBe(line.roleName);
      expect(isoOf(cellOf(row, header, 'Start').value)).toBe(b.start);
      expect(isoOf(cellOf(row, header, 'End').value)).toBe(b.end);
      const perDay = cellOf(row, header, 'Hours a day');
      expect(perDay.value).toBe(b.hoursPerDay);
      expect(perDay.numFmt).toBe('0.00');
      expect(cellOf(row, header, 'State').value).toBe('Proposed');
      const cost = Number(cellOf(row, header, 'Cost in GBP').value);
      costSum += cost;
      // The euro freelancer's hours, converted at the one rate in force: the pounds the report shows.
      if (b.talentId === s.lena.id) expect(cost).toBeCloseTo(b.totalHours * 52 * EUR_TO_GBP, 1);
      for (let c = 1; c <= header.length; c++) expect(CODES.has(String(row.getCell(c).value))).toBe(false);
    });
    expect(costSum).toBeCloseTo(s.p.totalCost, 1);

    // The unstaffed remainder: the motion line nobody can take stays open, in the lines and by role and week.
    const lines = table(wb.getWorksheet('Lines')!, 'Campaign');
    const film = lines.rows.find((r) => cellOf(r, lines.header, 'Role').value === 'Motion designer')!;
    expect(cellOf(film, lines.header, 'Unstaffed hours').value).toBeCloseTo(40, 6);
    expect(cellOf(film, lines.header, 'State').value).toBe('Nobody free');
    expect(cellOf(film, lines.header, 'Priority').value).toBe('P3');
    expect(cellOf(film, lines.header, 'Probability').value).toBeCloseTo(0.6, 6);
    const unstaffedSum = lines.rows.reduce((sum, r) => sum + Number(cellOf(r, lines.header, 'Unstaffed hours').value), 0);
    expect(unstaffedSum).toBeCloseTo(s.p.unstaffedHours, 1);
    const byWeek = table(wb.getWorksheet('Unstaffed')!, 'Role');
    const motionWeeks = byWeek.rows.filter((r) => r.getCell(1).value === 'Motion designer');
    expect(motionWeeks.reduce((sum, r) => sum + Number(r.getCell(3).value), 0)).toBeCloseTo(40, 1);
  });

  it('marks accepted lines, says when the workspace changed since, and refuses a plan it no longer holds', async () => {
    ws = announcingWorkspace();
    const s = await messyProposal(ws);
    const first = s.p.lines.find((l) => s.p.bookings.some((b) => b.demandLineId === l.demandLineId))!;
    await ws.call('staffing:accept', { proposalId: s.p.id, lineIds: [first.demandLineId] });
    const path = join(ws.dir, 'after-accept.xlsx');
    await ws.call('staffing:exportProposal', { proposalId: s.p.id, format: 'xlsx', path });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const { header, rows } = table(wb.getWorksheet('Lines')!, 'Campaign');
    const accepted = rows.filter((r) => cellOf(r, header, 'State').value === 'Accepted');
    expect(accepted).toHaveLength(1);
    expect(String(wb.getWorksheet('Proposed bookings')!.getCell('A2').value)).toContain(`1 of ${s.p.lines.length} lines accepted`);

    await ws.call('campaigns:update', { id: s.summer.id, name: 'Summer Teaser (v2)' });
    await ws.call('staffing:exportProposal', { proposalId: s.p.id, format: 'xlsx', path });
    await wb.xlsx.readFile(path);
    const preamble = [1, 2, 3, 4, 5, 6].map((r) => String(wb.getWorksheet('Proposed bookings')!.getCell(`A${r}`).value ?? ''));
    expect(preamble).toContain('The workspace has changed since this plan was proposed: propose again before accepting it.');

    const refused = await ws.send('staffing:exportProposal', { proposalId: 'plan-gone', format: 'xlsx', path });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatchObject({ code: 'not_found', message: 'That plan is no longer available: propose again.' });
  });

  it.skipIf(!PDFTOTEXT || !findChromium())('prints the proposal to PDF where the save dialog says, with names, dates, two-decimal hours a day and the open remainder', async () => {
    ws = announcingWorkspace();
    const s = await messyProposal(ws);
    const written = await ws.call('staffing:exportProposal', { proposalId: s.p.id, format: 'pdf' });
    expect(written.path).toBe(join(ws.dir, 'staffing-proposal-2027-02-01-to-2027-05-31.pdf'));
    expect(existsSync(written.path)).toBe(true);
    const text = pdfText(written.path).replace(/\s+/g, ' ');
    expect(text).toContain('Staffing proposal, 1 Feb 2027 to 31 May 2027');
    expect(text).toContain('not accepted: nothing is booked');
    expect(text).toContain('Cost in GBP');
    expect(text).toContain('Léna Fischer');
    expect(text).toContain('Motion designer');
    expect(text).toContain('Nobody free');
    const lena = s.p.bookings.find((b) => b.talentId === s.lena.id)!;
    expect(text).toContain(lena.hoursPerDay.toFixed(2));
    expect(text).toContain(`GBP ${s.p.totalCost.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
    expect(text).not.toMatch(/\b(freelancer|in_progress|pipeline)\b/);
    // Pages to look at, beside the e2e screenshots.
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    if (PDFTOPPM) pdfPages(written.path, join(SCREENSHOT_DIR, 'staffing-proposal-pdf'), { last: 1, dpi: 80 });
  }, 60_000);
});
