import { beforeEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../renderer/store';
import { applyChange } from '../../renderer/store/changes';
import { installFakeApi, type FakeApi } from './fakeApi';

let api: FakeApi;
let store: ReturnType<typeof createAppStore>;
beforeEach(() => {
  api = installFakeApi();
  store = createAppStore();
});

const christmas = { id: 3, date: '2026-12-24', endDate: '2026-12-26', name: 'Christmas', repeatsYearly: true };

describe('settings slice', () => {
  it('a merge reloads roles and skills and the people on screen, then offers Undo', async () => {
    api.answer('skills:merge', { label: 'Merge skill After Efects into After Effects' });
    api.answer('skills:list', [{ id: 1, name: 'After Effects' }]);
    api.answer('history:state', { undo: 'Merge skill After Efects into After Effects', redo: null, undoStep: 7, redoStep: null });
    await store.getState().loadPeople();
    const before = api.inputsOf('talent:list').length;
    await store.getState().mergeList('skills', 2, 1);
    expect(api.inputsOf('skills:merge')).toEqual([{ fromId: 2, intoId: 1 }]);
    expect(store.getState().skills).toEqual([{ id: 1, name: 'After Effects' }]);
    expect(api.inputsOf('talent:list').length).toBe(before + 1);
    expect(store.getState().toasts.at(-1)).toMatchObject({ message: 'Merged skill After Efects into After Effects', step: { direction: 'undo', id: 7 } });
  });

  it('refetches closures when a change to the lookups is announced, once they are shown', async () => {
    api.answer('closures:list', [christmas]);
    applyChange(store.getState(), { areas: ['lookups'], source: 'peer' });
    expect(api.inputsOf('closures:list')).toHaveLength(0);
    await store.getState().loadClosures();
    applyChange(store.getState(), { areas: ['lookups'], source: 'peer' });
    await Promise.resolve();
    expect(api.inputsOf('closures:list')).toHaveLength(2);
    expect(store.getState().closures).toEqual([christmas]);
  });

  it('shows holidays for this year first, then the year chosen', async () => {
    api.answer('holidays:calendars', []);
    await store.getState().loadHolidayCalendars();
    await store.getState().loadHolidayCalendars(2031);
    expect(api.inputsOf('holidays:calendars')).toEqual([{ year: new Date().getFullYear() }, { year: 2031 }]);
    expect(store.getState().holidayYear).toBe(2031);
  });
});
