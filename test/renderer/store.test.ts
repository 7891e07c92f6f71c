import { beforeEach, describe, expect, it } from 'vitest';
import type { Talent } from '@shared/domain';
import { ApiCallError } from '../../renderer/api';
import { createAppStore } from '../../renderer/store';
import { installFakeApi, type FakeApi } from './fakeApi';

let api: FakeApi;
let store: ReturnType<typeof createAppStore>;

const ada: Talent = {
  id: 1, externalId: null, kind: 'staff', name: 'Ada', email: null, team: null, primaryRoleId: 1, otherRoleIds: [], skills: [], tags: [],
  costRate: 40, billRate: 90, currency: 'GBP', utilisationTarget: null, holidayCountry: 'GB', holidayRegion: 'ENG',
  activeFrom: null, activeTo: null, headcount: 1, notes: '',
};

beforeEach(() => {
  api = installFakeApi();
  store = createAppStore();
});

describe('app slice', () => {
  it('loads app:info and is ready', async () => {
    await store.getState().loadInfo();
    expect(store.getState().boot).toBe('ready');
    expect(store.getState().info?.version).toBe('0.1.0');
  });
  it('shows a failure to read the workspace in words', async () => {
    api.fail('app:info', { code: 'workspace', message: 'The workspace file is damaged.' });
    await store.getState().loadInfo();
    expect(store.getState().boot).toBe('failed');
    expect(store.getState().bootError).toBe('The workspace file is damaged.');
  });
  it('loads the demo studio with progress (the lookups follow main\'s whole-workspace change)', async () => {
    let seen: string | undefined;
    api.answer('workspace:loadDemo', () => {
      seen = store.getState().onboarding;
      return { firstRun: false, counts: { talent: 60, campaigns: 15, demandLines: 60, bookings: 800 } };
    });
    await store.getState().loadDemo();
    expect(seen).toBe('demo');
    expect(store.getState().onboarding).toBe('idle');
    expect(store.getState().info?.firstRun).toBe(false);
    expect(api.channels()).toEqual(['workspace:loadDemo']);
  });
  it('starts empty through workspace:startEmpty', async () => {
    await store.getState().startEmpty();
    expect(api.channels()[0]).toBe('workspace:startEmpty');
  });
  it('keeps at most four toasts and dismisses by id', () => {
    const s = store.getState();
    for (let i = 0; i < 6; i++) s.pushToast({ kind: 'info', message: `t${i}` });
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['t2', 't3', 't4', 't5']);
    s.dismissToast(store.getState().toasts[0].id);
    expect(store.getState().toasts).toHaveLength(3);
  });
  it('shows errors in words, never a stack trace', () => {
    store.getState().showError(new Error('TypeError at foo.js:12'));
    expect(store.getState().toasts[0]).toMatchObject({ kind: 'error', message: 'Something went wrong and the action was not completed.' });
  });
  it('routes a "new campaign" request to the campaigns list', () => {
    store.setState({ openCampaignId: 4 });
    store.getState().request('new-campaign');
    expect(store.getState()).toMatchObject({ view: 'campaigns', pending: 'new-campaign', openCampaignId: null });
    store.getState().consumePending();
    expect(store.getState().pending).toBeNull();
  });
});

describe('people slice', () => {
  it('calls talent:list with the mapped filter', async () => {
    store.getState().setPeopleFilter({ kinds: ['freelancer'], skillId: 5, minLevel: 4, text: ' ada ' });
    await store.getState().loadPeople();
    expect(api.inputsOf('talent:list')).toEqual([{ kinds: ['freelancer'], skillId: 5, minLevel: 4, text: 'ada' }]);
  });
  it('ignores an older answer that arrives after a newer one', async () => {
    let release: (v: Talent[]) => void = () => {};
    api.answer('talent:list', (input: unknown) => ((input as { text?: string }).text === 'slow' ? new Promise((r) => (release = r)) : [ada]));
    store.getState().setPeopleFilter({ text: 'slow' });
    const slow = store.getState().loadPeople();
    store.getState().setPeopleFilter({ text: 'fast' });
    await store.getState().loadPeople();
    release([]);
    await slow;
    expect(store.getState().people).toEqual([ada]);
  });
  it('creates a person and offers Undo of exactly that step', async () => {
    api.answer('talent:create', ada);
    api.answer('talent:list', [ada]);
    api.answer('history:state', { undo: 'Add Ada', redo: null, undoStep: 4, redoStep: null });
    await store.getState().createTalent({ kind: 'staff', name: 'Ada', primaryRoleId: 1 });
    // The list is not fetched again here: the change main announces does that (see changes.test.ts).
    expect(api.channels()).toEqual(['talent:create', 'history:state']);
    expect(store.getState().history.undo).toBe('Add Ada');
    const toast = store.getState().toasts.at(-1);
    expect(toast).toMatchObject({ kind: 'success', message: 'Ada added', step: { direction: 'undo', id: 4 } });
  });
  it('throws a field error to the form and records nothing', async () => {
    api.fail('talent:create', { code: 'invalid_input', message: 'Name: Required', field: 'name' });
    await expect(store.getState().createTalent({ kind: 'staff', name: '', primaryRoleId: 1 })).rejects.toBeInstanceOf(ApiCallError);
    expect(store.getState().toasts).toHaveLength(0);
  });
  it('asks for the delete impact, then deletes', async () => {
    api.answer('talent:deleteImpact', { bookings: 3, bookingHours: 24, demandLines: 0, message: 'Deleting Ada also deletes their 3 bookings.' });
    const impact = await store.getState().talentDeleteImpact(1);
    expect(impact.message).toMatch(/3 bookings/);
    await store.getState().deleteTalent(1, 'Ada');
    expect(api.inputsOf('talent:delete')).toEqual([{ id: 1 }]);
    expect(store.getState().toasts.at(-1)?.message).toBe('Ada deleted');
  });
});

describe('history slice', () => {
  const after = (done: string | null, undo: string | null, undoStep: number | null, redo: string | null, redoStep: number | null) => ({ done, undo, redo, undoStep, redoStep });
  it('undoes the latest step and offers Redo of exactly that step; the data is left to the announced change', async () => {
    store.setState({ peopleLoaded: true, campaignsLoaded: true });
    api.answer('history:undo', after('Add Ada', null, null, 'Add Ada', 7));
    await store.getState().undo();
    expect(api.channels()).toEqual(['history:undo']);
    expect(api.inputsOf('history:undo')).toEqual([undefined]);
    expect(store.getState().history).toEqual({ undo: null, redo: 'Add Ada', undoStep: null, redoStep: 7 });
    expect(store.getState().toasts.at(-1)).toMatchObject({ message: 'Undone: Add Ada', step: { direction: 'redo', id: 7 } });
  });
  it('drops the Undo toast of a step once it is undone, keeps the others', async () => {
    store.getState().pushToast({ kind: 'success', message: 'Ada added', step: { direction: 'undo', id: 7 } });
    store.getState().pushToast({ kind: 'success', message: 'Role added', step: { direction: 'undo', id: 6 } });
    store.getState().pushToast({ kind: 'error', message: 'Disk full' });
    api.answer('history:undo', after('Add Ada', 'Add role', 6, 'Add Ada', 7));
    await store.getState().undo();
    expect(store.getState().toasts.map((t) => t.message)).toEqual(['Role added', 'Disk full', 'Undone: Add Ada']);
  });
  it('does not reload lists that were never opened', async () => {
    api.answer('history:redo', after('Add Ada', 'Add Ada', 3, null, null));
    await store.getState().redo();
    expect(api.channels()).not.toContain('talent:list');
    expect(api.channels()).not.toContain('campaigns:list');
  });
  it('shows the message of a refused undo and refreshes the labels', async () => {
    api.fail('history:undo', { code: 'conflict', message: 'Cannot undo “Add Ada”: Ada has bookings made since.' });
    await store.getState().undo();
    expect(store.getState().toasts.at(-1)).toMatchObject({ kind: 'error', message: 'Cannot undo “Add Ada”: Ada has bookings made since.' });
    expect(api.channels()).toContain('history:state');
    expect(store.getState().historyBusy).toBe(false);
  });
  it('runs undos pressed in quick succession one after another, none dropped', async () => {
    let n = 0;
    let inFlight = 0;
    let overlapped = false;
    api.answer('history:undo', async () => {
      overlapped ||= inFlight++ > 0;
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      n++;
      return after(`Step ${n}`, null, null, 'x', 1);
    });
    await Promise.all([store.getState().undo(), store.getState().undo(), store.getState().undo()]);
    expect(api.channels().filter((c) => c === 'history:undo')).toHaveLength(3);
    expect(overlapped).toBe(false);
    expect(store.getState().toasts.at(-1)?.message).toBe('Undone: Step 3');
    expect(store.getState().historyBusy).toBe(false);
  });
  it('says when there is nothing to undo', async () => {
    api.answer('history:undo', after(null, null, null, null, null));
    await store.getState().undo();
    expect(store.getState().toasts.at(-1)?.message).toBe('Nothing to undo.');
  });
});

describe('campaigns slice', () => {
  const summary = { id: 9, name: 'Spring', client: 'Acme', status: 'confirmed', demandHours: 100, bookedHours: 40, bookedCost: 2000, budget: 5000 };
  it('lists with the filter and opens a campaign with its lines, bookings and people', async () => {
    store.getState().setCampaignFilter({ statuses: ['confirmed'], client: 'Acme' });
    await store.getState().loadCampaigns();
    expect(api.inputsOf('campaigns:list')).toEqual([{ statuses: ['confirmed'], client: 'Acme' }]);

    api.answer('campaigns:get', summary);
    api.answer('bookings:list', [{ id: 1, talentId: 1, campaignId: 9, totalHours: 40 }]);
    api.answer('talent:get', ada);
    store.getState().openCampaign(9);
    await store.getState().loadCampaignDetail();
    expect(api.inputsOf('demandLines:list')).toContainEqual({ campaignIds: [9] });
    expect(api.inputsOf('bookings:list')).toContainEqual({ campaignIds: [9] });
    expect(store.getState().campaignDetail?.people[1].name).toBe('Ada');
  });
  it('shows why an open campaign is gone (e.g. after an undo)', async () => {
    api.fail('campaigns:get', { code: 'not_found', message: 'That campaign no longer exists.' });
    store.getState().openCampaign(9);
    await store.getState().loadCampaignDetail();
    expect(store.getState().campaignDetailError).toBe('That campaign no longer exists.');
  });
  it('deletes the open campaign and goes back to the list', async () => {
    api.answer('campaigns:get', summary);
    store.getState().openCampaign(9);
    await store.getState().deleteCampaign(9, 'Spring');
    expect(store.getState().openCampaignId).toBeNull();
    expect(api.channels()).toContain('campaigns:delete');
    expect(api.channels()).not.toContain('campaigns:list');
  });
  it('adds a demand line and says so, leaving the refresh to the announced change', async () => {
    api.answer('campaigns:get', summary);
    api.answer('demandLines:create', { id: 3 });
    store.getState().openCampaign(9);
    await store.getState().loadCampaignDetail();
    await store.getState().createDemandLine({ campaignId: 9, roleId: 1, hours: 40, start: '2026-01-05', end: '2026-01-30' });
    expect(api.inputsOf('campaigns:get')).toHaveLength(2); // the two opening loads, none after the write
    expect(store.getState().toasts.at(-1)?.message).toBe('Demand line added');
  });
});
