import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let today = '2026-11-26';
let ws: TestWorkspace;
beforeEach(async () => {
  today = '2026-11-26'; // a Thursday
  ws = tempWorkspace(() => new Date(`${today}T10:00:00`));
  await ws.call('workspace:loadDemo', {});
});
afterEach(() => ws.close());

describe('the weekly schedule', () => {
  it('takes one snapshot a week once its weekday has come, and none twice', async () => {
    await ws.call('snapshots:setSchedule', { enabled: true, weekday: 4 }); // Friday
    expect(await ws.call('snapshots:autoCheck')).toMatchObject({ taken: null, offer: false });
    today = '2026-11-27';
    const first = await ws.call('snapshots:autoCheck');
    expect(first.taken).toMatchObject({ name: 'Weekly snapshot, week of 2026-11-23', automatic: true, appVersion: '0.0.0-test' });
    expect(first.taken!.settings.range).toEqual({ start: '2026-11-23', end: '2027-05-23' });
    today = '2026-11-29'; // Sunday, same week: already taken
    expect((await ws.call('snapshots:autoCheck')).taken).toBeNull();
    today = '2026-12-02'; // Wednesday of the next week: Friday has not come yet
    expect((await ws.call('snapshots:autoCheck')).taken).toBeNull();
    today = '2026-12-06'; // Sunday: Friday was missed, so it is taken now
    expect((await ws.call('snapshots:autoCheck')).taken?.name).toBe('Weekly snapshot, week of 2026-11-30');
    expect(await ws.call('snapshots:list')).toHaveLength(2);
    expect(await ws.call('snapshots:schedule')).toEqual({ enabled: true, weekday: 4 });
  });

  it('without a schedule, offers one when the last is more than a week old (and never on a workspace without any)', async () => {
    expect(await ws.call('snapshots:autoCheck')).toEqual({ taken: null, offer: false, lastTakenAt: null });
    await ws.call('snapshots:take', { name: 'First', range: { start: '2026-11-23', end: '2026-12-20' } });
    today = '2026-12-03';
    expect((await ws.call('snapshots:autoCheck')).offer).toBe(false);
    today = '2026-12-04';
    expect(await ws.call('snapshots:autoCheck')).toMatchObject({ taken: null, offer: true });
    expect(await ws.call('snapshots:list')).toHaveLength(1);
  });
});
