// Exports speak the app's words ("In progress", "Tentative", "Freelancer"), and the plan's Bookings
// sheet has each booking's role, demand line and cost, read back by LibreOffice (as shown) and
// from the CSV. The studio is the money tests' messy one: GBP, EUR and USD people, a part-timer on
// a day rate, a closure and an exchange rate that changes mid-booking; the costs are computed by
// hand there (expectedCost), not by the app's code.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { buildStudio, expectedCost, NOW, PEOPLE, type Studio } from '../money/studio';
import { ioCall } from './helpers';
import { LIBREOFFICE, libreOfficeSheets } from './realClients';

const RANGE = { start: '2026-03-01', end: '2026-03-31' };
const CODES = /^(in_progress|on_hold|pipeline|confirmed|tentative|staff|freelancer|agency|vacation|sick)$/;
const csvRows = (path: string) => Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
/** "1,234.50" as shown → 1234.5 */
const shown = (s: string) => Number(s.replace(/,/g, ''));

let ws: TestWorkspace;
let studio: Studio;
beforeEach(async () => {
  ws = tempWorkspace(() => NOW);
  studio = await buildStudio(ws);
  // Ada on the Autumn line at a quarter-hour figure, and Autumn under way.
  await ws.call('bookings:create', {
    allowOverAllocation: true, talentId: studio.people[0], campaignId: studio.autumn, demandLineId: studio.lineId, start: '2026-03-16', end: '2026-03-20', hoursPerDay: 7.25, status: 'tentative',
  });
  await ws.call('campaigns:update', { id: studio.autumn, status: 'in_progress' });
});
afterEach(() => ws.close());

/** The Bookings rows expected, by person name and start: [role, campaign, line, hours a day, status, currency, cost, cost in GBP]. */
function expectedBookings() {
  const row = (p: number, campaign: string, line: string, start: string, end: string, h: number, status: string) => ({
    key: `${PEOPLE[p].name}|${start}`, role: 'Designer', campaign, line, h, status, currency: PEOPLE[p].currency,
    cost: expectedCost(PEOPLE[p], start, end, h, PEOPLE[p].currency), gbp: expectedCost(PEOPLE[p], start, end, h, 'GBP'),
  });
  const none = 'Outside the plan (no demand line)';
  return [
    row(0, 'Spring Launch', none, '2026-03-02', '2026-03-06', 7.5, 'Confirmed'),
    row(1, 'Spring Launch', none, '2026-03-02', '2026-03-06', 4, 'Confirmed'),
    row(2, 'Spring Launch', none, '2026-03-03', '2026-03-05', 6, 'Tentative'),
    row(2, 'Autumn Teaser', none, '2026-03-09', '2026-03-10', 8, 'Confirmed'),
    row(0, 'Autumn Teaser', 'Designer, 30 h, 16 March 2026 to 27 March 2026', '2026-03-16', '2026-03-20', 7.25, 'Tentative'),
  ];
}

describe('exports show words, and the Bookings sheet has role, line and cost', () => {
  it.skipIf(!LIBREOFFICE)('XLSX as LibreOffice shows it: words, two decimals a day, costs in the person\'s and the reporting currency', async () => {
    const path = join(ws.dir, 'plan.xlsx');
    await ioCall(ws, 'io:exportPlan', { path, format: 'xlsx', range: RANGE, filter: {} });
    const sheets = libreOfficeSheets(path, true);
    for (const [name, rows] of sheets) for (const r of rows) for (const cell of r) expect(cell, `${name}: ${r.join(' | ')}`).not.toMatch(CODES);
    expect(sheets.get('By campaign')!.find((r) => r[1] === 'Autumn Teaser')![3]).toBe('In progress');

    const bookings = sheets.get('Bookings')!;
    const h = bookings.findIndex((r) => r[0] === 'Person');
    const header = bookings[h];
    expect(header).toEqual([
      'Person', 'Email', 'Role', 'Campaign', 'Demand line (role, hours, dates)', 'Start', 'End', 'Hours per day', 'Status', 'Total hours', 'Currency', 'Cost', 'Cost in GBP', 'Booking ID',
    ]);
    const col = (name: string) => header.indexOf(name);
    const data = bookings.slice(h + 1).filter((r) => r[0]);
    const expected = expectedBookings();
    expect(data).toHaveLength(expected.length);
    for (const e of expected) {
      const r = data.find((x) => `${x[0]}|${x[col('Start')]}` === e.key)!;
      expect(r, e.key).toBeDefined();
      expect([r[col('Role')], r[col('Campaign')], r[col('Demand line (role, hours, dates)')], r[col('Status')], r[col('Currency')]]).toEqual([e.role, e.campaign, e.line, e.status, e.currency]);
      expect(r[col('Hours per day')]).toBe(e.h.toFixed(2));
      expect(shown(r[col('Cost')]), `${e.key} cost`).toBeCloseTo(e.cost, 2);
      expect(shown(r[col('Cost in GBP')]), `${e.key} cost in GBP`).toBeCloseTo(e.gbp, 2);
    }
  }, 240_000);

  it('CSV: the plan\'s bookings, talent and campaigns in words, and they import back', async () => {
    const plan = join(ws.dir, 'bookings.csv');
    await ioCall(ws, 'io:exportPlan', { path: plan, format: 'csv', range: RANGE, filter: {}, sheet: 'bookings' });
    const [header, ...rows] = csvRows(plan);
    const at = (r: string[], name: string) => r[header.indexOf(name)];
    const quarter = rows.find((r) => at(r, 'Start') === '2026-03-16')!;
    expect([at(quarter, 'Hours per day'), at(quarter, 'Status'), at(quarter, 'Role')]).toEqual(['7.25', 'Tentative', 'Designer']);
    const bruno = rows.find((r) => r[0] === PEOPLE[1].name)!;
    expect(Number(at(bruno, 'Cost in GBP'))).toBeCloseTo(expectedCost(PEOPLE[1], '2026-03-02', '2026-03-06', 4, 'GBP'), 2);

    const talent = join(ws.dir, 'talent.csv');
    const campaigns = join(ws.dir, 'campaigns.csv');
    await ioCall(ws, 'io:exportEntity', { entity: 'talent', format: 'csv', path: talent });
    await ioCall(ws, 'io:exportEntity', { entity: 'campaigns', format: 'csv', path: campaigns });
    const [th, ...people] = csvRows(talent);
    expect(people.map((r) => r[th.indexOf('Kind')])).toEqual(PEOPLE.map((p) => (p.kind === 'staff' ? 'Staff' : 'Freelancer')));
    const [ch, ...camps] = csvRows(campaigns);
    const statusOf = new Map(camps.map((r) => [r[ch.indexOf('Name')], r[ch.indexOf('Status')]]));
    expect(Object.fromEntries(statusOf)).toEqual({ 'Spring Launch': 'Confirmed', 'Autumn Teaser': 'In progress' });

    // The words read back as the same statuses and kinds.
    const target = tempWorkspace(() => NOW);
    try {
      await ioCall(target, 'io:importCommit', { source: { path: talent }, entity: 'talent', options: { createMissing: true } });
      await ioCall(target, 'io:importCommit', { source: { path: campaigns }, entity: 'campaigns' });
      expect((await target.call('talent:list', {})).map((t) => t.kind)).toEqual(PEOPLE.map((p) => p.kind));
      expect(Object.fromEntries((await target.call('campaigns:list', {})).map((c) => [c.name, c.status]))).toEqual({ 'Spring Launch': 'confirmed', 'Autumn Teaser': 'in_progress' });
    } finally {
      target.close();
    }
  });
});
