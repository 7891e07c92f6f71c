import { beforeEach, describe, expect, it } from 'vitest';
import type { WorkspaceChange } from '@shared/contract';
import { createAppStore } from '../../renderer/store';
import { routeChanges } from '../../renderer/store/events';
import { installFakeApi, type FakeApi } from './fakeApi';

let api: FakeApi;
let store: ReturnType<typeof createAppStore>;

beforeEach(() => {
  api = installFakeApi();
  store = createAppStore();
});

const summary = (id: number) => ({ id, name: `C${id}`, client: 'Acme', status: 'confirmed', demandHours: 100, bookedHours: 40, bookedCost: 2000, budget: 5000 });

/** Emits a change as main would, and collects the channels the store's reactions call for it. */
async function announce(change: Omit<WorkspaceChange, 'source'> & { source?: WorkspaceChange['source'] }) {
  const from = api.calls.length;
  api.emit({ type: 'changed', change: { source: 'window', ...change } });
  await new Promise((r) => setTimeout(r, 0));
  return api.calls.slice(from).map((c) => c.channel);
}

describe('the change router', () => {
  beforeEach(() => routeChanges(store));

  it('refetches only what the store holds: a people change with the People list loaded', async () => {
    store.setState({ peopleLoaded: true });
    expect((await announce({ areas: ['people'], people: [3] })).sort()).toEqual(['history:state', 'talent:list']);
  });

  it('leaves lists never opened alone, and the About counts unless the About box is open', async () => {
    expect(await announce({ areas: ['people', 'campaigns', 'bookings'] })).toEqual(['history:state']);
    store.setState({ info: { counts: {} } as never, aboutOpen: true });
    expect(await announce({ areas: ['bookings'] })).toContain('app:info');
  });

  it('a bookings change refreshes the campaigns it names: the list only if it shows one, the open campaign only if named', async () => {
    api.answer('campaigns:list', [summary(9)]);
    api.answer('campaigns:get', summary(9));
    api.answer('bookings:list', [{ id: 1, talentId: 4, campaignId: 9, totalHours: 40 }]);
    api.answer('talent:get', { id: 4, name: 'Ada' });
    await store.getState().loadCampaigns();
    store.getState().openCampaign(9);
    await new Promise((r) => setTimeout(r, 0));
    expect(store.getState().campaignDetail?.campaign.id).toBe(9);

    const elsewhere = await announce({ areas: ['bookings'], campaigns: [5], people: [1] });
    expect(elsewhere).not.toContain('campaigns:list');
    expect(elsewhere).not.toContain('campaigns:get');

    const here = await announce({ areas: ['bookings'], campaigns: [5, 9] });
    expect(here).toEqual(expect.arrayContaining(['campaigns:list', 'campaigns:get', 'bookings:list', 'demandLines:list', 'history:state']));

    // Absent means "any": an undo that cannot say which campaigns it touched.
    expect(await announce({ areas: ['bookings'], source: 'undo' })).toEqual(expect.arrayContaining(['campaigns:list', 'campaigns:get']));
    // The people booked on it are fetched once, and again only when a change names one of them.
    expect(api.inputsOf('talent:get')).toEqual([{ id: 4 }]);
    expect(await announce({ areas: ['people'], people: [7] })).not.toContain('campaigns:get');
    expect(await announce({ areas: ['people'], people: [4] })).toContain('talent:get');
    expect(store.getState().campaignDetail?.people[4]).toMatchObject({ name: 'Ada' });
  });

  it('the open person: time off and patterns reload only for their own change', async () => {
    store.getState().openPerson(2);
    await new Promise((r) => setTimeout(r, 0));
    expect(await announce({ areas: ['timeOff'], people: [3] })).toEqual(['history:state']);
    const own = await announce({ areas: ['timeOff'], people: [2] });
    expect(own.sort()).toEqual(['history:state', 'timeOff:list']);
    expect(api.inputsOf('timeOff:list').at(-1)).toEqual({ talentIds: [2] });
    expect(await announce({ areas: ['patterns'] })).toContain('patterns:list');
  });

  it('a lookups change reloads roles and skills; a campaigns change only the client list', async () => {
    await store.getState().loadLookups();
    expect(await announce({ areas: ['lookups'] })).toEqual(expect.arrayContaining(['roles:list', 'skills:list']));
    const clients = await announce({ areas: ['campaigns'] });
    expect(clients).toContain('campaigns:clients');
    expect(clients).not.toContain('roles:list');
  });

  it('money: the open Currency and rates dialog reloads on a rate change', async () => {
    expect(await announce({ areas: ['money'] })).not.toContain('money:overview');
    store.setState({ moneyOpen: true });
    expect(await announce({ areas: ['money'] })).toContain('money:overview');
  });

  it('a whole-workspace change (demo loaded, restore) refreshes everything held', async () => {
    store.setState({ info: { counts: {} } as never, peopleLoaded: true, campaignsLoaded: true, lookupsLoaded: true });
    const all = await announce({ areas: ['workspace'] });
    expect(all).toEqual(expect.arrayContaining(['app:info', 'roles:list', 'talent:list', 'campaigns:list', 'history:state']));
    expect(all.filter((c) => c === 'campaigns:clients')).toHaveLength(1);
  });

  it('ignores other app events, and stops when unsubscribed', async () => {
    const own = createAppStore();
    const off = routeChanges(own);
    api.emit({ type: 'menu', command: 'about' });
    expect(own.getState().aboutOpen).toBe(false);
    off();
    const before = own.getState().history;
    api.answer('history:state', { undo: 'Add Ada', redo: null, undoStep: 1, redoStep: null });
    await announce({ areas: ['people'] });
    expect(own.getState().history).toBe(before);
  });
});
