import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames, type ChannelName, type Input, type Result } from '@shared/contract';
import { READ_CHANNELS, WRITE_CHANNELS } from '../../../electron/handlers/announce';
import { announcingWorkspace, type AnnouncingWorkspace } from '../helpers/workspace';

// The real handler table on a real file, with a platform that records what main would push.
let ws: AnnouncingWorkspace;
let events: AnnouncingWorkspace['events'];
let call: <C extends ChannelName>(channel: C, input?: Input<C>, source?: 'peer') => Promise<Result<C>>;
beforeEach(() => {
  ws = announcingWorkspace();
  events = ws.events;
  call = (channel, input, source) => (source ? ws.callAs(source, channel, input) : ws.call(channel, input));
});
afterEach(() => ws.close());

const changes = () => ws.changes();

async function studio() {
  const role = await call('roles:create', { name: 'Motion designer', utilisationTarget: 80 });
  const mia = await call('talent:create', { kind: 'staff', name: 'Mia Chen', primaryRoleId: role.id, holidayCountry: 'GB', holidayRegion: 'ENG' });
  const raj = await call('talent:create', { kind: 'freelancer', name: 'Raj Patel', primaryRoleId: role.id, holidayCountry: 'DE', holidayRegion: null });
  const launch = await call('campaigns:create', { name: 'Spring launch', client: 'Acme', start: '2027-03-01', end: '2027-04-30', status: 'confirmed' });
  events.length = 0;
  return { role, mia, raj, launch };
}

describe('the main process announces every committed write', () => {
  it('classifies every channel as a read or a write', () => {
    const unlisted = channelNames.filter((c) => !READ_CHANNELS.has(c) && !(c in WRITE_CHANNELS));
    expect(unlisted).toEqual([]);
    expect(channelNames.filter((c) => READ_CHANNELS.has(c) && c in WRITE_CHANNELS)).toEqual([]);
  });

  it('names the area, person, campaign and days of a booking made mid-week', async () => {
    const { mia, launch } = await studio();
    await call('bookings:create', { talentId: mia.id, campaignId: launch.id, start: '2027-03-03', end: '2027-03-04', hoursPerDay: 6 });
    expect(changes()).toEqual([{ areas: ['bookings'], source: 'window', people: [mia.id], campaigns: [launch.id], range: { start: '2027-03-03', end: '2027-03-04' }, step: expect.any(Number) }]);
    // The step is the one Undo now acts on: the window's own note names it without asking.
    expect(changes()[0].step).toBe((await call('history:state')).undoStep);
  });

  it('a move names both the days it left and the days it went to, and both people', async () => {
    const { mia, raj, launch } = await studio();
    const booking = await call('bookings:create', { talentId: mia.id, campaignId: launch.id, start: '2027-03-03', end: '2027-03-04', hoursPerDay: 6 });
    events.length = 0;
    await call('bookings:moveMany', { moves: [{ id: booking.id, talentId: raj.id, start: '2027-03-15', end: '2027-03-16' }] });
    expect(changes()).toEqual([{ areas: ['bookings'], source: 'window', people: [mia.id, raj.id], campaigns: [launch.id], range: { start: '2027-03-03', end: '2027-03-16' }, step: expect.any(Number) }]);
  });

  it('an undo announces what it put back, from source undo; nothing to undo announces nothing', async () => {
    const { mia } = await studio();
    await call('timeOff:create', { talentId: mia.id, start: '2027-08-02', end: '2027-08-06', type: 'vacation' });
    events.length = 0;
    await call('history:undo');
    expect(changes()).toEqual([{ areas: ['timeOff'], source: 'undo', people: [mia.id], campaigns: [], range: { start: '2027-08-02', end: '2027-08-06' } }]);
    await call('history:undo'); // undoes the campaign
    await call('history:undo'); // undoes Raj
    await call('history:undo'); // undoes Mia
    await call('history:undo'); // undoes the role
    events.length = 0;
    await call('history:undo');
    expect(changes()).toEqual([]);
  });

  it('a person edit names the person and no days (a contract change moves any day)', async () => {
    const { raj } = await studio();
    await call('talent:update', { id: raj.id, activeTo: '2027-06-30' });
    expect(changes()).toEqual([{ areas: ['people'], source: 'window', people: [raj.id], campaigns: [], step: expect.any(Number) }]);
  });

  it('a closure names its day; a refused write and a read announce nothing', async () => {
    await studio();
    await call('closures:create', { date: '2027-12-24', name: 'Studio closed' });
    expect(changes()).toEqual([{ areas: ['lookups'], source: 'window', people: [], campaigns: [], range: { start: '2027-12-24', end: '2027-12-24' }, step: expect.any(Number) }]);
    events.length = 0;
    await expect(call('closures:create', { date: '2027-12-24', name: 'Again' })).rejects.toThrow();
    await call('capacity:overallocations', { range: { start: '2027-03-01', end: '2027-03-31' }, filter: {} });
    expect(changes()).toEqual([]);
  });

  it('says who made the change: another planner, or the window', async () => {
    const { role, mia, launch } = await studio();
    await call('demandLines:create', { campaignId: launch.id, roleId: role.id, hours: 40, start: '2027-03-01', end: '2027-03-12', priority: 3 }, 'peer');
    await call('bookings:create', { talentId: mia.id, campaignId: launch.id, start: '2027-03-01', end: '2027-03-01', hoursPerDay: 4 });
    expect(changes().map((c) => [c.areas, c.source])).toEqual([[['campaigns'], 'peer'], [['bookings'], 'window']]);
  });

  it('loading the demo studio announces the whole workspace', async () => {
    await call('workspace:loadDemo', { today: '2026-11-26' });
    expect(changes()).toEqual([{ areas: ['workspace'], source: 'window' }]);
  });
});
