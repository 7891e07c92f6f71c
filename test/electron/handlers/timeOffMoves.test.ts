import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announcingWorkspace, dumpWorkspace, type AnnouncingWorkspace } from '../helpers/workspace';

// Time off dragged on the Schedule or the Calendar goes through timeOff:update with new days: one
// undo step, announced with the person and both the days it left and the days it went to (so each
// view refetches the old and the new days), and a bad move writes nothing.

let ws: AnnouncingWorkspace;
beforeEach(() => {
  ws = announcingWorkspace();
});
afterEach(() => ws.close());

async function studio() {
  const role = await ws.call('roles:create', { name: 'Motion designer', utilisationTarget: 80 });
  // A four-day week (no Fridays), 7.5 h, in England: mid-week moves cross her day off.
  const mia = await ws.call('talent:create', {
    kind: 'staff', name: 'Mia Chen', primaryRoleId: role.id, holidayCountry: 'GB', holidayRegion: 'ENG',
    patterns: [{ effectiveFrom: '2027-01-01', hours: [7.5, 7.5, 7.5, 7.5, 0, 0, 0] }],
  });
  const off = await ws.call('timeOff:create', { talentId: mia.id, start: '2027-03-02', end: '2027-03-03', type: 'sick', hoursPerDay: 3.5, note: 'Physio' });
  ws.events.length = 0;
  return { mia, off };
}

const capacity = async (talentId: number, start: string, end: string) =>
  (await ws.call('capacity:grid', { range: { start, end }, bucket: 'day', filter: { ids: [talentId] }, limit: 1 })).capacity;

describe('moving time off', () => {
  it('is one undo step, keeps its type, hours and note, and names the days left and reached', async () => {
    const { mia, off } = await studio();
    expect(await capacity(mia.id, '2027-03-02', '2027-03-10')).toEqual([4, 4, 7.5, 0, 0, 0, 7.5, 7.5, 7.5]);
    const before = (await ws.call('history:state')).undoStep;
    const moved = await ws.call('timeOff:update', { id: off.id, start: '2027-03-09', end: '2027-03-10' });
    expect(moved).toEqual({ ...off, start: '2027-03-09', end: '2027-03-10' });
    expect(ws.changes()).toEqual([{ areas: ['timeOff'], source: 'window', people: [mia.id], campaigns: [], range: { start: '2027-03-02', end: '2027-03-10' }, step: expect.any(Number) }]);
    const after = await ws.call('history:state');
    expect(after).toMatchObject({ undo: 'Change time off for Mia Chen' });
    expect(after.undoStep).not.toBe(before);
    // Capacity follows: back on the 2nd and 3rd, 3.5 h off on the 9th and 10th.
    expect(await capacity(mia.id, '2027-03-02', '2027-03-10')).toEqual([7.5, 7.5, 7.5, 0, 0, 0, 7.5, 4, 4]);

    await ws.call('history:undo');
    expect(await ws.call('timeOff:list', { talentIds: [mia.id] })).toEqual([off]);
    expect(await capacity(mia.id, '2027-03-02', '2027-03-10')).toEqual([4, 4, 7.5, 0, 0, 0, 7.5, 7.5, 7.5]);
  });

  it('a stretched end is refused when it falls before the start, or off the calendar, and writes nothing', async () => {
    const { off } = await studio();
    const dump = dumpWorkspace(ws.db);
    const refusals = [
      { id: off.id, end: '2027-03-01' },
      { id: off.id, start: '2027-03-04' },
      { id: off.id, start: '2027-02-30' },
      { id: off.id, start: '2027-03-09', end: '2027-03-08' },
      { id: off.id, start: 20270309 },
      { id: off.id, hoursPerDay: 0 },
      { id: off.id, type: 'holiday' },
      { id: off.id + 100, start: '2027-03-09', end: '2027-03-10' },
    ];
    for (const input of refusals) {
      const e = await ws.send('timeOff:update', input);
      expect(e.ok, JSON.stringify(input)).toBe(false);
    }
    const e = await ws.send('timeOff:update', { id: off.id, end: '2027-03-01' });
    expect(e.ok ? null : e.error).toMatchObject({ field: 'end' });
    expect(dumpWorkspace(ws.db)).toBe(dump);
    expect(ws.changes()).toEqual([]);
  });
});
