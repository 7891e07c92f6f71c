// Briefs in the staffing plan's files: the XLSX's Briefs sheet read back with exceljs, and the
// PDF's brief pages read back by poppler (printed by headless Chromium, as the app prints).

import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../e2e/support/chromium';
import { smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall, ioSend } from '../io/helpers';
import { PDFTOTEXT, pdfText } from '../io/realClients';

const RANGE = { start: '2027-03-01', end: '2027-03-28' };
const HTML = '<b>Launch</b> & <img src=x onerror="window.__xss=1">';
const OUT = join(import.meta.dirname, '../../../test-output/exports');

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

/** Spring Launch (in range) and a pitch in range, both with briefs; an autumn pitch out of range with one too. */
async function studio() {
  const s = await smallStudio(ws);
  const social = await ws.call('marketingChannels:create', { name: 'Paid social' });
  const crm = await ws.call('marketingChannels:create', { name: 'CRM email' });
  const pitch = await ws.call('campaigns:create', { name: 'Loyalty relaunch', client: 'Fabrikam', status: 'pipeline', probability: 35, start: '2027-03-15', end: '2027-05-07', currency: 'EUR' });
  const autumn = await ws.call('campaigns:create', { name: 'Autumn Collection', status: 'pipeline', start: '2027-09-01', end: '2027-10-29' });
  await ws.call('briefs:save', {
    campaignId: s.spring.id, objective: 'Launch the range', audience: 'Urban 25–40s\nwho buy premium', channels: [crm.id, social.id], requestedDate: '2027-04-23', requester: 'Priya Shah',
    kpis: [{ name: 'Reach', target: 2_500_000, unit: 'people' }, { name: 'Cost per click', target: 0.42, unit: 'EUR' }],
    links: ['https://share.example/briefs/spring?ref=intake', 'javascript:alert(1)'], history: 'Spring 2026: 1.9 M reach.',
  });
  // Saved before briefs refused HTML (files and reports still show such old text as text).
  ws.db.prepare('UPDATE briefs SET objective = ? WHERE campaign_id = ?').run(HTML, s.spring.id);
  await ws.call('briefs:save', { campaignId: pitch.id, requester: 'Tomás Ruiz', kpis: [], channels: [], links: [] });
  await ws.call('briefs:save', { campaignId: autumn.id, requester: 'Out of range', kpis: [], channels: [], links: [] });
  return { ...s, pitch };
}

describe('briefs in the staffing plan files', () => {
  it('XLSX: a Briefs sheet with a row per brief of the plan’s campaigns, every value as written', async () => {
    await studio();
    const path = join(ws.dir, 'plan.xlsx');
    await ioCall(ws, 'io:exportPlan', { path, format: 'xlsx', range: RANGE, filter: {} });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const sheet = wb.getWorksheet('Briefs')!;
    expect(sheet.getRow(1).values).toEqual([
      undefined, 'Campaign', 'Client', 'Status', 'Requested by', 'Requested launch', 'Channels', 'Objective', 'Audience', 'KPIs', 'Links', 'Results of past campaigns',
    ]);
    expect(sheet.rowCount).toBe(3);
    const spring = sheet.getRow(2).values as unknown[];
    expect(spring.slice(1)).toEqual([
      'Spring Launch', 'Northwind', 'Confirmed', 'Priya Shah', new Date('2027-04-23T00:00:00Z'), 'CRM email, Paid social', HTML, 'Urban 25–40s\nwho buy premium',
      'Reach: 2,500,000 people\nCost per click: 0.42 EUR', 'https://share.example/briefs/spring?ref=intake\njavascript:alert(1)', 'Spring 2026: 1.9 M reach.',
    ]);
    expect(sheet.getRow(2).getCell(5).numFmt).toBe('yyyy-mm-dd');
    // Links stay text: no cell of the sheet is a hyperlink or a formula.
    sheet.eachRow((row) => row.eachCell((cell) => expect(cell.type, String(cell.value)).not.toBe(ExcelJS.ValueType.Hyperlink)));
    expect((sheet.getRow(3).values as unknown[]).slice(1, 5)).toEqual(['Loyalty relaunch', 'Fabrikam', 'Pipeline', 'Tomás Ruiz']);
    expect(sheet.getRow(3).getCell(5).value).toBeNull(); // no launch date asked for: an empty cell
  });

  it.skipIf(!findChromium() || !PDFTOTEXT)('PDF: a page per brief after the campaign table, the HTML as text', async () => {
    await studio();
    const path = join(ws.dir, 'plan.pdf');
    const sent = await ioSend(ws, 'io:exportPlan', { path, format: 'pdf', range: RANGE, filter: {} });
    expect(sent.ok, JSON.stringify(sent)).toBe(true);
    const text = pdfText(path);
    expect(text).toContain('Brief: Spring Launch');
    expect(text).toContain('Brief: Loyalty relaunch');
    expect(text).not.toContain('Out of range');
    expect(text).toContain('<b>Launch</b> &');
    expect(text).toMatch(/Reach: 2,500,000 people\s+Cost per click: 0\.42 EUR/);
    expect(text).toContain('23 Apr 2027');
    expect(text.indexOf('By campaign')).toBeLessThan(text.indexOf('Brief: Spring Launch'));
    mkdirSync(OUT, { recursive: true });
    copyFileSync(path, join(OUT, 'plan-briefs.pdf'));
  }, 240_000);
});
