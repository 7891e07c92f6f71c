// A small studio with people in two currencies, a part-timer and names with accents and emoji, and
// time tracking exports written as Harvest, Toggl Track and Clockify write them (headers from
// their documentation; BOM, CRLF, decimal commas, dd.mm.yyyy and US dates, durations over 24 h).

import type { TestWorkspace } from '../helpers/workspace';

export async function actualsStudio(ws: Pick<TestWorkspace, 'call'>) {
  await ws.call('money:setReportingCurrency', { currency: 'GBP' });
  await ws.call('rates:create', { fromCurrency: 'EUR', toCurrency: 'GBP', rate: 0.85, effectiveFrom: '2026-01-01' });
  const designer = await ws.call('roles:create', { name: 'Designer' });
  const producer = await ws.call('roles:create', { name: 'Producer' });
  const week = (h: number[]) => [{ effectiveFrom: '2026-01-01', hours: h as [number, number, number, number, number, number, number] }];
  const ada = await ws.call('talent:create', {
    kind: 'staff', name: 'Ada Lovelace', email: 'ada@example.com', externalId: 'EMP-001', primaryRoleId: designer.id, costRate: 50, currency: 'GBP',
    holidayCountry: 'GB', holidayRegion: 'ENG', patterns: week([7.5, 7.5, 7.5, 7.5, 7.5, 0, 0]),
  });
  // A part-timer (Mon, Wed, Fri) on a day rate in euros.
  const zoe = await ws.call('talent:create', {
    kind: 'freelancer', name: 'Zoë Brontë', email: 'zoe@studio.eu', primaryRoleId: designer.id, costRate: 400, costRateUnit: 'day', currency: 'EUR',
    patterns: week([8, 0, 8, 0, 8, 0, 0]),
  });
  const lukasz = await ws.call('talent:create', {
    kind: 'staff', name: 'Łukasz Żółć 🎬', email: 'lukasz@studio.eu', primaryRoleId: producer.id, costRate: 60, currency: 'EUR',
    patterns: week([8, 8, 8, 8, 8, 0, 0]),
  });
  const spring = await ws.call('campaigns:create', { name: 'Spring Launch', externalId: 'JOB-1001', client: 'Northwind', status: 'confirmed', start: '2026-10-01', end: '2027-03-31' });
  const web = await ws.call('campaigns:create', { name: 'Web Relaunch', externalId: 'JOB-1002', client: 'Café Crème', status: 'confirmed', start: '2026-10-01', end: '2027-03-31' });
  const book = (talentId: number, campaignId: number, start: string, end: string, hoursPerDay: number) =>
    ws.call('bookings:create', { talentId, campaignId, start, end, hoursPerDay, status: 'confirmed', allowOverAllocation: true });
  await book(ada.id, spring.id, '2026-11-02', '2026-11-13', 7.5); // 10 working days: 75 h
  await book(zoe.id, web.id, '2026-11-02', '2026-11-20', 8); // Mon/Wed/Fri of three weeks: 72 h
  await book(lukasz.id, web.id, '2026-11-09', '2026-11-13', 6); // 30 h
  return { designer, producer, ada, zoe, lukasz, spring, web };
}

export const HARVEST_HEADERS = [
  'Date', 'Client', 'Project', 'Project Code', 'Task', 'Notes', 'Hours', 'Billable?', 'Invoiced?', 'Approved?', 'First Name', 'Last Name', 'Employee Id', 'Roles',
  'Employee?', 'Billable Rate', 'Billable Amount', 'Cost Rate', 'Cost Amount', 'Currency', 'External Reference URL', 'Hours Rounded', 'Teams',
];

/** One Harvest row: date as dd.mm.yyyy, hours with a decimal comma (quoted, as a comma CSV must). */
export function harvestRow(date: string, project: string, code: string, first: string, last: string, employeeId: string, hours: string, notes = '') {
  const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [date, 'Northwind', project, code, 'Design', notes, hours, 'Yes', 'No', 'No', first, last, employeeId, 'Designer', 'Yes', '90', '', '50', '', 'GBP', '', hours, 'Studio']
    .map(q)
    .join(',');
}

/** Harvest, German locale, CRLF: two people the workspace doesn't know (Lukasz Z. is Łukasz; Temp Freelancer is nobody). */
export const HARVEST_ROWS = [
  harvestRow('02.11.2026', 'Spring Launch', 'JOB-1001', 'Ada', 'Lovelace', 'EMP-001', '7,5', 'Key visual, first round'),
  harvestRow('03.11.2026', 'Spring Launch', 'JOB-1001', 'Ada', 'Lovelace', 'EMP-001', '8,25'),
  harvestRow('09.11.2026', 'Spring Launch', 'JOB-1001', 'Ada', 'Lovelace', 'EMP-001', '4'),
  harvestRow('04.11.2026', 'Web Relaunch', '', 'Zoe', 'Bronte', '', '6,5', 'Wireframes 🎨'),
  harvestRow('11.11.2026', 'Web Relaunch', 'JOB-1002', 'Lukasz', 'Z.', '', '5,75'),
  harvestRow('12.11.2026', 'Web Relaunch', 'JOB-1002', 'Lukasz', 'Z.', '', '6'),
  harvestRow('12.11.2026', 'Website relaunch', '', 'Temp', 'Freelancer', '', '3'),
];
export const harvestCsv = (rows = HARVEST_ROWS) => [HARVEST_HEADERS.join(','), ...rows].join('\r\n') + '\r\n';

export const TOGGL_HEADERS = ['User', 'Email', 'Client', 'Project', 'Task', 'Description', 'Billable', 'Start date', 'Start time', 'End date', 'End time', 'Duration', 'Tags', 'Amount (USD)'];
/** Toggl Track: UTF-8 with a BOM, durations as hh:mm:ss, one timer left running over a day. */
export const togglCsv = () =>
  '\uFEFF' +
  [
    TOGGL_HEADERS.join(','),
    'Zoë Brontë,zoe@studio.eu,Café Crème,Web Relaunch,,Homepage ✏️,Yes,2026-11-06,09:00:00,2026-11-06,16:30:00,07:30:00,,0.00',
    'Zoë Brontë,zoe@studio.eu,Café Crème,Web Relaunch,,Homepage ✏️,Yes,2026-11-09,09:00:00,2026-11-09,13:15:00,04:15:00,,0.00',
    '"Łukasz Żółć 🎬",lukasz@studio.eu,Café Crème,Web Relaunch,,"Render, overnight",Yes,2026-11-09,18:00:00,2026-11-10,20:15:00,26:15:00,,0.00',
  ].join('\n') +
  '\n';

export const CLOCKIFY_HEADERS = [
  'Project', 'Client', 'Description', 'Task', 'User', 'Group', 'Email', 'Tags', 'Billable', 'Start Date', 'Start Time', 'End Date', 'End Time', 'Duration (h)', 'Duration (decimal)',
  'Billable Rate (USD)', 'Billable Amount (USD)',
];
/** Clockify: US dates (month first), both duration columns. */
export const clockifyCsv = () =>
  [
    CLOCKIFY_HEADERS.map((h) => `"${h}"`).join(','),
    '"Spring Launch","Northwind","Retouching","","Ada Lovelace","Studio","ada@example.com","","Yes","11/10/2026","09:00:00 AM","11/10/2026","04:30:00 PM","07:30:00","7.50","0.00","0.00"',
    '"Spring Launch","Northwind","Retouching","","Ada Lovelace","Studio","ada@example.com","","Yes","11/13/2026","09:00:00 AM","11/13/2026","11:00:00 AM","02:00:00","2.00","0.00","0.00"',
  ].join('\r\n');
