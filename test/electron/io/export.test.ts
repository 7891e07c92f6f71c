import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall } from './helpers';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3'; // Debian's python3-icalendar
const PY = `import icalendar,sys,json
cal = icalendar.Calendar.from_ical(open(sys.argv[1],'rb').read())
print(json.dumps([{'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'start': e['DTSTART'].dt.isoformat(), 'end': e['DTEND'].dt.isoformat(), 'status': str(e.get('STATUS'))} for e in cal.walk('VEVENT')]))`;

describe('exports', () => {
  it('writes a person\'s bookings as all-day events with stable UIDs', async () => {
    const { ada, spring } = await smallStudio(ws);
    const b = await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6 });
    const path = `${ws.dir}/ada.ics`;
    const first = await ioCall(ws, 'io:exportIcs', { path, talentId: ada.id });
    expect(first.events).toBe(1);
    expect(readFileSync(path, 'utf8')).toContain('DTSTART;VALUE=DATE:20270301');
    const events = JSON.parse(execFileSync(PYTHON, ['-c', PY, path], { encoding: 'utf8' }));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ summary: 'Spring Launch — 6 h/day (tentative)', start: '2027-03-01', end: '2027-03-06', status: 'TENTATIVE' });
    expect(events[0].uid).toMatch(new RegExp(`^booking-${b.id}@[0-9a-f-]{36}$`));
    await ioCall(ws, 'io:exportIcs', { path: `${ws.dir}/spring.ics`, campaignId: spring.id });
    const again = JSON.parse(execFileSync(PYTHON, ['-c', PY, `${ws.dir}/spring.ics`], { encoding: 'utf8' }));
    expect(again[0].uid).toBe(events[0].uid);
  });

  it('writes templates with the expected columns and one example row', async () => {
    for (const entity of ['talent', 'campaigns', 'demandLines', 'bookings', 'timeOff'] as const) {
      const path = `${ws.dir}/${entity}.csv`;
      const w = await ioCall(ws, 'io:template', { entity, format: 'csv', path });
      expect(w.rows).toBe(1);
      expect(readFileSync(path, 'utf8').charCodeAt(0)).toBe(0xfeff);
    }
  });

  it('writes the staffing plan as XLSX with real numbers and dates, and as CSV', async () => {
    const { ada, spring, line } = await smallStudio(ws);
    await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, demandLineId: line.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6, status: 'confirmed' });
    const path = `${ws.dir}/plan.xlsx`;
    await ioCall(ws, 'io:exportPlan', { path, format: 'xlsx', range: { start: '2027-03-01', end: '2027-03-28' }, filter: {} });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['By person', 'By campaign', 'By role and week', 'Bookings', 'Briefs']);
    const person = wb.getWorksheet('By person')!;
    expect(person.getCell('A1').value).toBe('Staffing plan, 1 Mar 2027 to 28 Mar 2027');
    expect(person.getRow(4).getCell(6).value).toEqual(new Date('2027-03-01T00:00:00Z'));
    const rows = [5, 6, 7, 8].map((r) => person.getRow(r).values as unknown[]);
    expect(rows.map((r) => r[5])).toEqual(['Capacity', 'Spring Launch', 'Booked', 'Utilisation']);
    expect(rows[1][6]).toBe(30);
    expect(rows[3][6]).toBeCloseTo(30 / (rows[0][6] as number), 3);
    const campaign = wb.getWorksheet('By campaign')!.getRow(2).values as unknown[];
    expect(campaign.slice(2, 3)).toEqual(['Spring Launch']);
    expect(campaign.slice(9, 13)).toEqual([120, 30, 90, 1500]);
    const csv = `${ws.dir}/plan.csv`;
    await ioCall(ws, 'io:exportPlan', { path: csv, format: 'csv', range: { start: '2027-03-01', end: '2027-03-28' }, filter: {}, sheet: 'campaign' });
    expect(readFileSync(csv, 'utf8')).toContain('Spring Launch,Northwind,Confirmed,2027-03-01,2027-04-30,GBP,20000,120,30,90,1500');
  });
});
