// The staffing plan's files, read back by the real clients: LibreOffice for XLSX, poppler for PDF
// (printed by headless Chromium, as Electron's printToPDF does in the app). Figures are compared
// with the app's own channels (capacity:grid, capacity:roleWeeks).

import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../e2e/support/chromium';
import { smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall, ioSend } from './helpers';
import { LIBREOFFICE, libreOfficeSheets, pdfPages, PDFTOTEXT, pdfText } from './realClients';

const OUT = join(import.meta.dirname, '../../../test-output/exports');
const RANGE = { start: '2027-03-01', end: '2027-03-28' };
const round2 = (x: number) => Math.round(x * 100) / 100;
/** A LibreOffice CSV number: raw values with '.' decimals; percentages keep their '%'. */
const num = (s: string | undefined) => (s === undefined || s === '' ? 0 : s.endsWith('%') ? Number(s.slice(0, -1)) / 100 : Number(s));
/** A LibreOffice CSV date (en-US locale, or as formatted yyyy-mm-dd) as ISO. */
const isoOf = (s: string) => (/^\d{2}\/\d{2}\/\d{4}$/.test(s) ? `${s.slice(6)}-${s.slice(0, 2)}-${s.slice(3, 5)}` : s);

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

async function studio() {
  const s = await smallStudio(ws);
  const designer = (await ws.call('roles:list')).find((r) => r.name === 'Designer')!;
  const grace = await ws.call('talent:create', { kind: 'staff', name: 'Grace “Amazing” Hopper & Co', email: 'grace@example.com', primaryRoleId: designer.id });
  await ws.call('bookings:create', { allowOverAllocation: true, talentId: s.ada.id, campaignId: s.spring.id, demandLineId: s.line.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6, status: 'confirmed' });
  await ws.call('bookings:create', { allowOverAllocation: true, talentId: s.ada.id, campaignId: s.spring.id, start: '2027-03-15', end: '2027-03-19', hoursPerDay: 3, status: 'tentative' });
  await ws.call('bookings:create', { allowOverAllocation: true, talentId: grace.id, campaignId: s.spring.id, start: '2027-03-08', end: '2027-03-26', hoursPerDay: 9, status: 'confirmed' });
  return { ...s, grace };
}

if (!LIBREOFFICE) console.warn('SKIPPED: the XLSX check by LibreOffice: libreoffice is not installed (apt-get install -y libreoffice-calc; add it to .ci/run).');
if (!PDFTOTEXT || !findChromium()) console.warn('SKIPPED: the PDF check: needs chromium and pdftotext (apt-get install -y chromium poppler-utils).');

describe('the plan read back by real clients', () => {
  it.skipIf(!LIBREOFFICE)('XLSX: LibreOffice reads every sheet with the same figures as the app', async () => {
    await studio();
    const path = join(ws.dir, 'plan.xlsx');
    await ioCall(ws, 'io:exportPlan', { path, format: 'xlsx', range: RANGE, filter: {} });
    const sheets = libreOfficeSheets(path);
    expect([...sheets.keys()].sort()).toEqual(['Bookings', 'Briefs', 'By campaign', 'By person', 'By role and week']);

    // By person: Capacity and Booked per week, as capacity:grid has them.
    const person = sheets.get('By person')!;
    expect(person[0][0]).toBe('Staffing plan, 1 Mar 2027 to 28 Mar 2027');
    const grid = await ws.call('capacity:grid', { range: RANGE, bucket: 'week', filter: {}, offset: 0, limit: 100 });
    const W = grid.buckets.length;
    expect(W).toBe(4);
    expect(person[3].slice(5, 5 + W).map(isoOf)).toEqual(grid.buckets.map((b) => b.start));
    for (const [row, p] of grid.people.entries()) {
      const line = (label: string) => person.find((r) => r[0] === p.name && r[4] === label)!;
      const capacity = grid.capacity.slice(row * W, row * W + W);
      const booked = capacity.map((_, w) => grid.confirmed[row * W + w] + grid.tentative[row * W + w]);
      expect(line('Capacity').slice(5, 5 + W).map(num)).toEqual(capacity.map(round2));
      expect(line('Booked').slice(5, 5 + W).map(num)).toEqual(booked.map(round2));
      expect(num(line('Booked')[5 + W])).toBeCloseTo(booked.reduce((a, b) => a + b, 0), 2);
      const util = line('Utilisation').slice(5, 5 + W).map(num);
      util.forEach((u, w) => expect(u).toBeCloseTo(capacity[w] ? booked[w] / capacity[w] : 0, 3));
    }
    expect(person.some((r) => r[0] === 'Grace “Amazing” Hopper & Co')).toBe(true);

    // By role and week: demand, supply and free as capacity:roleWeeks reports them.
    const role = sheets.get('By role and week')!;
    const weeks = await ws.call('capacity:roleWeeks', { range: RANGE });
    const header = role[0];
    expect(header.slice(0, 3)).toEqual(['Role', 'Week starting', 'Demand hours']);
    for (const r of weeks.filter((w) => w.demand || w.supply)) {
      const line = role.find((x) => x[0] === r.roleName && isoOf(x[1]) === r.weekStart);
      expect(line, `${r.roleName} ${r.weekStart}`).toBeDefined();
      expect(line!.slice(2, 5).map(num)).toEqual([round2(r.demand), round2(r.supply), round2(r.free)]);
    }

    // By campaign: demand 120 h, booked 30 + 15 + 135 h (whole campaign), cost at the rates.
    const campaign = sheets.get('By campaign')!.find((r) => r[1] === 'Spring Launch')!;
    expect(campaign.slice(8, 11).map(num)).toEqual([120, 180, 90]);
    expect(sheets.get('Bookings')!.length - 1).toBeGreaterThanOrEqual(3);
    mkdirSync(OUT, { recursive: true });
    copyFileSync(path, join(OUT, 'plan-small.xlsx'));
  }, 240_000);

  it.skipIf(!findChromium() || !PDFTOTEXT)('PDF: names, totals, page numbers and the generation date are in the text', async () => {
    await studio();
    const path = join(ws.dir, 'plan.pdf');
    const sent = await ioSend(ws, 'io:exportPlan', { path, format: 'pdf', range: RANGE, filter: {} });
    expect(sent.ok, JSON.stringify(sent)).toBe(true);
    const text = pdfText(path);
    expect(text).toContain('Staffing plan, 1 Mar 2027 to 28 Mar 2027');
    expect(text).toContain('Ada Lovelace');
    // A long name wraps in its cell rather than being cut off.
    expect(text).toMatch(/Grace “Amazing”[^\n]*\n\s*Hopper & Co/);
    expect(text).toMatch(/Spring Launch/);
    expect(text).toMatch(/Page 1 of \d+/);
    expect(text).toContain('Generated 26 Nov 2026');
    // Ada: 30 h confirmed in week 1, 15 h tentative in week 3: 45.0 booked over the range.
    expect(text).toMatch(/Booked[^\n]*45\.0/);
    expect(text).toContain('By campaign');
    expect(text).toContain('By role and week');
    mkdirSync(OUT, { recursive: true });
    copyFileSync(path, join(OUT, 'plan-small.pdf'));
    pdfPages(path, join(OUT, 'plan-small'), { first: 1, last: 3 });
  }, 240_000);

  it('without a Platform, PDF is refused with a clear message', async () => {
    const { ioHandlers } = await import('../../../electron/handlers/io');
    const handlers = ioHandlers({ db: ws.db, now: () => new Date(), app: { name: 't', version: '0', workspacePath: ws.path } });
    await expect(handlers['io:exportPlan']({ path: join(ws.dir, 'x.pdf'), format: 'pdf', range: RANGE, filter: {} })).rejects.toThrow(/needs the app window/);
    expect(existsSync(join(ws.dir, 'x.pdf'))).toBe(false);
  });
});
