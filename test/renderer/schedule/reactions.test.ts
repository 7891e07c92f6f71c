import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelName, PreloadApi, WorkspaceChange } from '@shared/contract';
import { createAppStore } from '../../../renderer/store';
import { applyChange } from '../../../renderer/store/changes';
import { dayFromIso } from '../../../renderer/features/schedule/days';
import { tempWorkspace, type TestWorkspace } from '../../electron/helpers/workspace';

// The Schedule and Calendar slices against a real workspace file and the real handler table: after
// an announced change each refetches only the rows and days it names, and nothing else.

let ws: TestWorkspace;
let calls: { channel: ChannelName; input: unknown }[];
let store: ReturnType<typeof createAppStore>;
let ids: { ada: number; grace: number; linus: number; spring: number };

const WEEK = (h: number[]) => [{ effectiveFrom: '2026-01-01', hours: h as [number, number, number, number, number, number, number] }];

beforeEach(async () => {
  ws = tempWorkspace();
  calls = [];
  const api: PreloadApi = {
    async invoke(channel, input) {
      // Every change also refreshes the Undo label: counted in changes.test.ts, not here.
      if (channel !== 'history:state') calls.push({ channel, input });
      return ws.send(channel, input) as never;
    },
    onEvent: () => () => undefined,
  };
  (window as unknown as { api: PreloadApi }).api = api;
  const role = await ws.call('roles:create', { name: 'Designer' });
  // A part-timer in London (Mon–Wed), a freelancer in Paris paid in euros, a full-timer in Berlin.
  const ada = await ws.call('talent:create', { kind: 'staff', name: 'Ada Lovelace', primaryRoleId: role.id, holidayCountry: 'GB', holidayRegion: 'ENG', patterns: WEEK([7.5, 7.5, 7.5, 0, 0, 0, 0]) });
  const grace = await ws.call('talent:create', { kind: 'freelancer', name: 'Grace Hopper', primaryRoleId: role.id, currency: 'EUR', costRate: 450, costRateUnit: 'day', holidayCountry: 'FR', patterns: WEEK([8, 8, 8, 8, 8, 0, 0]) });
  const linus = await ws.call('talent:create', { kind: 'staff', name: 'Linus Torvalds', primaryRoleId: role.id, holidayCountry: 'DE', patterns: WEEK([8, 8, 8, 8, 6, 0, 0]) });
  const spring = await ws.call('campaigns:create', { name: 'Spring Launch', client: 'Acme', status: 'confirmed', start: '2026-11-01', end: '2027-03-31', colour: '#0c8599' });
  await ws.call('bookings:create', { talentId: grace.id, campaignId: spring.id, start: '2026-12-01', end: '2026-12-04', hoursPerDay: 4, status: 'tentative' });
  ids = { ada: ada.id, grace: grace.id, linus: linus.id, spring: spring.id };
  store = createAppStore();
});

afterEach(() => ws.close());

const channels = () => calls.map((c) => c.channel).sort();
const inputsOf = (channel: ChannelName) => calls.filter((c) => c.channel === channel).map((c) => c.input as Record<string, unknown>);
const change = (c: Partial<WorkspaceChange> & Pick<WorkspaceChange, 'areas'>): WorkspaceChange => ({ source: 'peer', ...c });
/** Applies a change and waits until its refetches have answered. */
async function announce(c: WorkspaceChange): Promise<void> {
  applyChange(store.getState(), c);
  await new Promise((r) => setTimeout(r, 100));
}

/** The Schedule open on everyone, with 2–29 December (a Wednesday to a Tuesday) in view. */
async function openSchedule(): Promise<void> {
  store.getState().setScheduleOpen(true);
  await store.getState().loadScheduleRows();
  store.getState().ensureScheduleWindow([ids.ada, ids.grace, ids.linus], dayFromIso('2026-12-02'), dayFromIso('2026-12-29'), 'day');
  await vi.waitFor(() => expect(store.getState().schedule.loads.size).toBe(3));
  await vi.waitFor(() => expect(store.getState().schedule.holidays.size).toBe(3));
  await new Promise((r) => setTimeout(r, 50));
  calls.length = 0;
}

const loadOn = (talentId: number, iso: string) => store.getState().schedule.loads.get(talentId)?.get(dayFromIso(iso));

describe('schedule slice reactions', () => {
  it("another planner's booking: only that person's bookings and shade, over that range", async () => {
    await openSchedule();
    expect(loadOn(ids.ada, '2026-12-08')).toEqual({ cap: 7.5, conf: 0, tent: 0 });
    // 9 h a day on a 7.5 h day, on purpose: the shade turns over.
    const b = await ws.call('bookings:create', { allowOverAllocation: true, talentId: ids.ada, campaignId: ids.spring, start: '2026-12-07', end: '2026-12-09', hoursPerDay: 9, status: 'confirmed' });
    await announce(change({ areas: ['bookings'], people: [ids.ada], campaigns: [ids.spring], range: { start: '2026-12-07', end: '2026-12-09' } }));

    expect(channels()).toEqual(['bookings:list', 'capacity:grid', 'demandLines:list']);
    expect(inputsOf('bookings:list')[0]).toMatchObject({ talentIds: [ids.ada], from: '2026-12-07', to: '2026-12-09' });
    expect(inputsOf('capacity:grid')[0]).toMatchObject({ range: { start: '2026-12-07', end: '2026-12-09' }, filter: { ids: [ids.ada] } });
    expect(store.getState().schedule.bookings.get(b.id)?.hoursPerDay).toBe(9);
    // Tuesday: 9 h booked of her 7.5; Thursday she doesn't work, and the booking skips it.
    expect(loadOn(ids.ada, '2026-12-08')).toEqual({ cap: 7.5, conf: 9, tent: 0 });
    expect(loadOn(ids.ada, '2026-12-10')).toEqual({ cap: 0, conf: 0, tent: 0 });
    // Grace's tentative booking, held from before, is untouched.
    expect([...store.getState().schedule.bookings.values()].filter((x) => x.talentId === ids.grace)).toHaveLength(1);
  });

  it('a change outside the days held fetches nothing', async () => {
    await openSchedule();
    await announce(change({ areas: ['bookings'], people: [ids.ada], range: { start: '2027-06-01', end: '2027-06-05' } }));
    expect(channels()).toEqual(['demandLines:list']);
  });

  it("the Schedule's own write: its result is drawn, so only the shade is fetched", async () => {
    await openSchedule();
    const s = store.getState();
    s.expectOwnWrite(false);
    const b = await ws.call('bookings:create', { talentId: ids.linus, campaignId: ids.spring, start: '2026-12-11', end: '2026-12-11', hoursPerDay: 6, status: 'confirmed' });
    s.putScheduleBookings([b]);
    calls.length = 0;
    await announce(change({ areas: ['bookings'], source: 'window', people: [ids.linus], range: { start: '2026-12-11', end: '2026-12-11' } }));
    expect(channels()).toEqual(['capacity:grid']);
    // Friday: Linus works 6 h, and 6 h are booked.
    expect(loadOn(ids.linus, '2026-12-11')).toEqual({ cap: 6, conf: 6, tent: 0 });
    // The next change from this window (made elsewhere, e.g. the Calendar) is fetched again.
    await announce(change({ areas: ['bookings'], source: 'window', people: [ids.linus], range: { start: '2026-12-11', end: '2026-12-11' } }));
    expect(channels()).toContain('bookings:list');
  });

  it("time off: that person's time off and shade, no bookings", async () => {
    await openSchedule();
    await ws.call('timeOff:create', { talentId: ids.grace, start: '2026-12-14', end: '2026-12-15', type: 'sick' });
    await announce(change({ areas: ['timeOff'], people: [ids.grace], range: { start: '2026-12-14', end: '2026-12-15' } }));
    expect(channels()).toEqual(['capacity:grid', 'timeOff:list']);
    expect(store.getState().schedule.timeOff.get(ids.grace)?.map((t) => t.type)).toEqual(['sick']);
    expect(loadOn(ids.grace, '2026-12-14')?.cap).toBe(0);
  });

  it('a closure: the closures, holidays and shade of the rows in view, not the bookings or people', async () => {
    await openSchedule();
    await ws.call('closures:create', { date: '2026-12-24', name: 'Studio party' });
    await announce(change({ areas: ['lookups'] }));
    expect(channels()).toEqual(['capacity:grid', 'closures:list', 'holidays:list']);
    expect(store.getState().schedule.closures.get(dayFromIso('2026-12-24'))).toBe('Studio party');
  });

  it("a person renamed into the Schedule's search joins its rows; everyone's names come from the one people list", async () => {
    await openSchedule();
    store.getState().setSchedule((s) => ({ filters: { ...s.filters, text: 'Ada' } }));
    await store.getState().loadScheduleRows();
    expect([...(store.getState().schedule.rowIds ?? [])]).toEqual([ids.ada]);
    calls.length = 0;
    await ws.call('talent:update', { id: ids.grace, name: 'Grace Ada Hopper' });
    await announce(change({ areas: ['people'], people: [ids.grace] }));
    expect([...(store.getState().schedule.rowIds ?? [])].sort()).toEqual([ids.ada, ids.grace].sort());
    expect(store.getState().personById.get(ids.grace)?.name).toBe('Grace Ada Hopper');
    // One list of everyone and one of who matches; the shade of the person named, nothing else.
    expect(channels()).toEqual(['capacity:grid', 'talent:list', 'talent:list']);
  });

  it('a whole-workspace change drops what was held, selection included, and fetches the rows in view afresh', async () => {
    await openSchedule();
    const grace = [...store.getState().schedule.bookings.values()].find((b) => b.talentId === ids.grace);
    store.getState().setSchedule({ selection: new Set([grace?.id ?? 0]) });
    await ws.call('bookings:delete', { id: grace?.id ?? 0 });
    await announce(change({ areas: ['workspace'], source: 'window' }));
    await vi.waitFor(() => expect(store.getState().schedule.loads.size).toBe(3));
    expect(store.getState().schedule.selection.size).toBe(0);
    expect(store.getState().schedule.bookings.size).toBe(0);
    expect(inputsOf('bookings:list')[0]).toMatchObject({ talentIds: [ids.ada, ids.grace, ids.linus] });
  });

  it('while closed, a change fetches nothing; on opening again the rows it touched are fetched', async () => {
    await openSchedule();
    store.getState().setScheduleOpen(false);
    await ws.call('bookings:create', { talentId: ids.ada, campaignId: ids.spring, start: '2026-12-14', end: '2026-12-14', hoursPerDay: 3, status: 'confirmed' });
    await announce(change({ areas: ['bookings'], people: [ids.ada], range: { start: '2026-12-14', end: '2026-12-14' } }));
    expect(channels()).toEqual([]);
    store.getState().setScheduleOpen(true);
    store.getState().ensureScheduleWindow([ids.ada, ids.grace, ids.linus], dayFromIso('2026-12-02'), dayFromIso('2026-12-29'), 'day');
    await vi.waitFor(() => expect(loadOn(ids.ada, '2026-12-14')).toEqual({ cap: 7.5, conf: 3, tent: 0 }));
    expect(channels()).toContain('demandLines:list');
  });
});

describe('calendar slice reactions', () => {
  it('refetches its bookings only when a change meets the range in view', async () => {
    store.getState().openCalendar({ talentId: ids.grace, roleId: null, campaignId: null, status: null }, null);
    store.getState().setCalendarRange('2026-11-29', '2027-01-09');
    await vi.waitFor(() => expect(store.getState().calendar.drawn).toEqual({ mode: 'bookings', count: 1 }));
    calls.length = 0;

    await announce(change({ areas: ['bookings'], people: [ids.grace], range: { start: '2027-02-01', end: '2027-02-02' } }));
    expect(channels()).toEqual([]);

    await ws.call('bookings:create', { talentId: ids.grace, campaignId: ids.spring, start: '2027-01-04', end: '2027-01-05', hoursPerDay: 3, status: 'confirmed' });
    await announce(change({ areas: ['bookings'], people: [ids.grace], range: { start: '2027-01-04', end: '2027-01-05' } }));
    // Filtered to Grace, her days (which carry booked hours) come again too; closures and holidays don't.
    expect(channels().sort()).toEqual(['bookings:list', 'capacity:grid']);
    expect(store.getState().calendar.personDays?.days.find((d) => d.date === '2027-01-04')?.booked).toBe(3);
    expect(store.getState().calendar.bookings.map((b) => b.start)).toEqual(['2026-12-01', '2027-01-04']);

    // Closed, it fetches nothing until it opens again.
    store.getState().closeCalendar();
    calls.length = 0;
    await ws.call('bookings:delete', { id: store.getState().calendar.bookings[1].id });
    await announce(change({ areas: ['bookings'], people: [ids.grace], range: { start: '2027-01-04', end: '2027-01-05' } }));
    expect(channels()).toEqual([]);
    store.getState().openCalendar({ talentId: ids.grace, roleId: null, campaignId: null, status: null }, null);
    await vi.waitFor(() => expect(store.getState().calendar.bookings).toHaveLength(1));
  });

  it("shows everyone's time off in a small studio, and follows a period dragged to other days", async () => {
    const off = await ws.call('timeOff:create', { talentId: ids.linus, start: '2026-12-21', end: '2026-12-23', type: 'vacation' });
    await ws.call('timeOff:create', { talentId: ids.ada, start: '2026-12-01', end: '2026-12-01', type: 'sick', hoursPerDay: 3.5 });
    store.getState().openCalendar({ talentId: null, roleId: null, campaignId: null, status: null }, null);
    store.getState().setCalendarRange('2026-11-29', '2027-01-09');
    await vi.waitFor(() => expect(store.getState().calendar.timeOff.map((t) => `${t.talentId} ${t.start}`).sort()).toEqual([`${ids.ada} 2026-12-01`, `${ids.linus} 2026-12-21`].sort()));
    // No filter: asked for the range, for everyone.
    expect(inputsOf('timeOff:list').at(-1)).toEqual({ from: '2026-11-29', to: '2027-01-09' });

    calls.length = 0;
    await ws.call('timeOff:update', { id: off.id, start: '2027-01-04', end: '2027-01-06' });
    await announce(change({ areas: ['timeOff'], people: [ids.linus], range: { start: '2026-12-21', end: '2027-01-06' } }));
    expect(channels()).toContain('timeOff:list');
    expect(store.getState().calendar.timeOff.find((t) => t.id === off.id)).toMatchObject({ start: '2027-01-04', end: '2027-01-06' });
  });
});
