// Text that looks like HTML (or a spreadsheet formula) leaves in exports as the same text: CSV,
// XLSX and ICS files hold it literally, and the snapshot HTML report escapes it.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';

const X = '<b>bold</b><img src=x onerror="window.__xss=1">';

let ws: TestWorkspace;
let ids: { talent: number; campaign: number };
beforeAll(async () => {
  ws = tempWorkspace();
  const role = await ws.call('roles:create', { name: `Designer ${X}` });
  const person = await ws.call('talent:create', { kind: 'staff', name: X, primaryRoleId: role.id, notes: X, team: X });
  const campaign = await ws.call('campaigns:create', { name: X, client: X, status: 'confirmed', start: '2027-03-01', end: '2027-03-31', notes: X });
  const line = await ws.call('demandLines:create', { campaignId: campaign.id, roleId: role.id, hours: 80, start: '2027-03-01', end: '2027-03-31', note: X });
  await ws.call('bookings:create', { talentId: person.id, campaignId: campaign.id, demandLineId: line.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6, status: 'confirmed', note: X });
  ids = { talent: person.id, campaign: campaign.id };
}, 60_000);
afterAll(() => ws.close());

const csvCells = (path: string) => (Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true }).data ?? []).flat();
async function xlsxCells(path: string): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const cells: unknown[] = [];
  wb.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value))));
  return cells;
}

describe('exports keep HTML-looking text as text', () => {
  it.each(['talent', 'campaigns'] as const)('%s as CSV and XLSX', async (entity) => {
    const csv = join(ws.dir, `${entity}.csv`);
    await ws.call('io:exportEntity', { entity, format: 'csv', path: csv });
    expect(csvCells(csv)).toContain(X);
    const xlsx = join(ws.dir, `${entity}.xlsx`);
    await ws.call('io:exportEntity', { entity, format: 'xlsx', path: xlsx });
    expect(await xlsxCells(xlsx)).toContain(X);
  });

  it('the plan (bookings sheet) as CSV and XLSX', async () => {
    const range = { start: '2027-03-01', end: '2027-03-31' };
    const csv = join(ws.dir, 'plan.csv');
    await ws.call('io:exportPlan', { path: csv, format: 'csv', range, filter: {}, sheet: 'bookings' });
    expect(csvCells(csv)).toContain(X);
    const xlsx = join(ws.dir, 'plan.xlsx');
    await ws.call('io:exportPlan', { path: xlsx, format: 'xlsx', range, filter: {} });
    expect(await xlsxCells(xlsx)).toContain(X);
  });

  it.each(['talent', 'campaign'] as const)('the %s calendar (ICS)', async (kind) => {
    const path = join(ws.dir, `${kind}.ics`);
    await ws.call('io:exportIcs', kind === 'talent' ? { path, talentId: ids.talent } : { path, campaignId: ids.campaign });
    const unfolded = readFileSync(path, 'utf8').replace(/\r?\n[ \t]/g, '');
    expect(unfolded).toContain(X);
  });

  it('the snapshot HTML report escapes it', async () => {
    const taken = await ws.send('snapshots:take', { name: X, range: { start: '2027-03-01', end: '2027-03-28' } });
    if (!taken.ok) return; // snapshots not in this build
    const { id } = taken.value as { id: number };
    await ws.call('snapshots:annotate' as never, { id, note: X } as never);
    const path = join(ws.dir, 'report.html');
    const written = await ws.send('snapshots:exportHtml', { id, path });
    expect(written.ok).toBe(true);
    const html = readFileSync(path, 'utf8');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).not.toMatch(/onerror\s*=\s*"window/);
    expect(html).toMatch(/&lt;b&gt;bold&lt;\/b&gt;&lt;img src=x onerror=(&quot;|&#34;|&#x22;|")window\.__xss=1/);
  });
});
