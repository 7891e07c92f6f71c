// Two snapshots of the studio's plan (files.ts: Ada and Zoë, designers; Łukasz, producer), taken
// three weeks apart, and a Harvest export of what was worked, imported on 26 November 2026.

import type { TestWorkspace } from '../helpers/workspace';
import { ioCall, writeTemp } from '../io/helpers';
import { actualsStudio, harvestCsv, harvestRow } from './files';

const RANGE = { start: '2026-10-12', end: '2026-12-27' };
const ada = (d: string, h: string) => harvestRow(d, 'Spring Launch', 'JOB-1001', 'Ada', 'Lovelace', 'EMP-001', h);
const zoe = (d: string, h: string) => harvestRow(d, 'Web Relaunch', 'JOB-1002', 'Zoe', 'Bronte', '', h);
const lukasz = (d: string, h: string) => harvestRow(d, 'Web Relaunch', 'JOB-1002', 'Łukasz', 'Żółć 🎬', '', h);
export const WORKED = [
  // Week of 2 November: designers 34.5 + 25.5 = 60 h; the producer nothing (nothing planned either).
  ada('02.11.2026', '7,5'), ada('03.11.2026', '7,5'), ada('04.11.2026', '7,5'), ada('05.11.2026', '7,5'), ada('06.11.2026', '4,5'),
  zoe('02.11.2026', '9,5'), zoe('04.11.2026', '8'), zoe('06.11.2026', '8'),
  // Week of 9 November: designers 45 + 30 = 75 h (over), producer 24 h (under 30).
  ...['09', '10', '11', '12', '13'].map((d) => ada(`${d}.11.2026`, '9')),
  ...['09', '11', '13'].map((d) => zoe(`${d}.11.2026`, '10')),
  lukasz('10.11.2026', '8'), lukasz('11.11.2026', '8'), lukasz('12.11.2026', '8'),
  // Week of 16 November: designers 12 h; the producer logged nothing.
  zoe('18.11.2026', '12'),
];

/** `setNow` moves the workspace's clock (snapshots are dated by it). Ends on 26 November 2026. */
export async function accuracyStudio(ws: TestWorkspace, setNow: (iso: string) => void) {
  setNow('2026-10-14T09:00:00Z');
  const studio = await actualsStudio(ws);
  // Snapshot A, Wednesday 14 October: designers 61.5, 61.5, 24 h in the weeks of 2, 9, 16 Nov; producer 0, 30, 0.
  await ws.call('snapshots:take', { name: 'October plan', range: RANGE, filter: {} });
  // Then the plan grows: Łukasz 4 h a day and Ada 7.5 h on two days in the week of 16 November.
  const book = (talentId: number, campaignId: number, start: string, end: string, hoursPerDay: number) =>
    ws.call('bookings:create', { talentId, campaignId, start, end, hoursPerDay, status: 'confirmed', allowOverAllocation: true });
  await book(studio.lukasz.id, studio.web.id, '2026-11-16', '2026-11-20', 4);
  await book(studio.ada.id, studio.spring.id, '2026-11-16', '2026-11-17', 7.5);
  // Snapshot B, Wednesday 4 November: designers 61.5, 61.5, 39; producer 0, 30, 20.
  setNow('2026-11-04T09:00:00Z');
  await ws.call('snapshots:take', { name: 'November plan', range: RANGE, filter: {} });
  // A snapshot of staff only plans part of each role: it is left out.
  await ws.call('snapshots:take', { name: 'Staff only', range: RANGE, filter: { kinds: ['staff'] } });
  setNow('2026-11-26T10:00:00Z');
  await ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 'worked.csv', harvestCsv(WORKED)) }, entity: 'actuals' });
  return studio;
}
