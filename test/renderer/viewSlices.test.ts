import { beforeEach, describe, expect, it } from 'vitest';
import type { CapacityGrid, Input, SnapshotSummary, StaffingProposalView, WorkspaceChange } from '@shared/contract';
import { PAGE_ROWS, rowAt } from '../../renderer/features/capacity/gridPages';
import { createAppStore } from '../../renderer/store';
import { capacityDates } from '../../renderer/store/capacitySlice';
import { applyChange } from '../../renderer/store/changes';
import { isPlanStale } from '../../renderer/store/staffingSlice';
import { installFakeApi, type FakeApi } from './fakeApi';

// The Capacity, Snapshots and Staffing slices: what each refetches when the main process announces
// a change, counted from the calls the window makes.

let api: FakeApi;
let store: ReturnType<typeof createAppStore>;
const settle = () => new Promise((r) => setTimeout(r, 0));
const change = (c: Partial<WorkspaceChange>): WorkspaceChange => ({ areas: ['bookings'], source: 'peer', ...c });
const announce = (c: Partial<WorkspaceChange>) => applyChange(store.getState(), change(c));

/** 150 people; person i+1 is row i. Each answer's hours grow with `edits`, as if bookings were added. */
let edits = 0;
function grid({ offset, limit }: Input<'capacity:grid'>): CapacityGrid {
  const total = 150;
  const n = Math.max(0, Math.min(limit ?? PAGE_ROWS, total - offset!));
  return {
    totalRows: total,
    offset: offset!,
    people: Array.from({ length: n }, (_, i) => ({ id: offset! + i + 1, name: `P${offset! + i + 1}`, kind: 'staff' as const, primaryRoleId: 1, team: null, target: 80 })),
    buckets: [{ start: '2030-01-14', end: '2030-01-20' }],
    capacity: Array.from({ length: n }, () => 37.5),
    confirmed: Array.from({ length: n }, () => 10 + edits),
    tentative: Array.from({ length: n }, () => 0),
    free: Array.from({ length: n }, () => 27.5 - edits),
    inactive: Array.from({ length: n }, () => 0),
  };
}
const gridOffsets = () => api.inputsOf('capacity:grid').map((i) => (i as { offset: number }).offset);
const count = (channel: Parameters<FakeApi['inputsOf']>[0]) => api.inputsOf(channel).length;

beforeEach(() => {
  // Every change also refreshes the Undo label (history:state): counted in changes.test.ts, not here.
  api = installFakeApi({ unrecorded: ['history:state'] });
  store = createAppStore();
  edits = 0;
  api.answer('capacity:grid', grid);
  api.answer('capacity:overallocations', []);
  api.answer('capacity:roleWeeks', []);
});

/** The Capacity view open on its heatmap, rows 0..40 in view, the over-allocations count loaded. */
async function openCapacity() {
  store.setState({ view: 'capacity' });
  const s = store.getState();
  s.showHeatmap({ range: capacityDates(s), bucket: 'week', filter: {} });
  s.wantHeatmapRows(0, 40);
  await settle();
  await s.loadOverAllocations();
  api.calls.length = 0;
}

describe('capacity slice', () => {
  it('fetches each page in view once, and only the pages in view', async () => {
    await openCapacity();
    store.getState().wantHeatmapRows(0, 40);
    store.getState().wantHeatmapRows(PAGE_ROWS - 5, PAGE_ROWS + 5);
    store.getState().wantHeatmapRows(PAGE_ROWS - 5, PAGE_ROWS + 5);
    await settle();
    expect(gridOffsets()).toEqual([PAGE_ROWS]);
    expect(rowAt(store.getState().heatmap, PAGE_ROWS + 1)?.person.id).toBe(PAGE_ROWS + 2);
  });

  it('drops the answers for a query no longer shown (a new filter while pages were on their way)', async () => {
    store.setState({ view: 'capacity' });
    const s = store.getState();
    const dates = capacityDates(s);
    s.showHeatmap({ range: dates, bucket: 'week', filter: {} });
    s.wantHeatmapRows(0, 40);
    s.showHeatmap({ range: dates, bucket: 'week', filter: { kinds: ['freelancer'] } });
    await settle();
    expect(store.getState().heatmap?.meta).toBeNull();
    s.wantHeatmapRows(0, 40);
    await settle();
    expect(api.inputsOf('capacity:grid').map((i) => (i as { filter: unknown }).filter)).toEqual([{}, { kinds: ['freelancer'] }]);
    expect(store.getState().heatmap?.loadedCount).toBe(1);
  });

  it('refetches once after one undo: the page in view and the over-allocations, the rows staying on screen meanwhile', async () => {
    await openCapacity();
    edits = 1;
    announce({ source: 'undo' });
    // Still the old figures until the answer lands: nothing blanks.
    expect(rowAt(store.getState().heatmap, 3)?.confirmed[0]).toBe(10);
    await settle();
    expect(gridOffsets()).toEqual([0]);
    expect(count('capacity:overallocations')).toBe(1);
    expect(count('capacity:roleWeeks')).toBe(0); // the demand tab is not open
    expect(rowAt(store.getState().heatmap, 3)?.confirmed[0]).toBe(11);
  });

  it('refetches nothing for a change outside its dates, or to areas it does not show', async () => {
    await openCapacity();
    const { end } = capacityDates(store.getState());
    const later = new Date(`${end}T12:00:00Z`);
    later.setUTCDate(later.getUTCDate() + 1);
    announce({ range: { start: later.toISOString().slice(0, 10), end: '2099-12-31' } });
    announce({ areas: ['money'] });
    announce({ areas: ['snapshots'] });
    await settle();
    expect(api.calls).toEqual([]);
  });

  it('reloads only the page holding the people a change names, and drops a page out of view', async () => {
    await openCapacity();
    store.getState().wantHeatmapRows(0, PAGE_ROWS * 2 + 5);
    await settle();
    store.getState().wantHeatmapRows(0, 40); // scrolled back to the top
    api.calls.length = 0;
    announce({ people: [PAGE_ROWS * 2 + 3] }); // someone on page 2, out of view
    await settle();
    expect(gridOffsets()).toEqual([]);
    expect(store.getState().heatmap?.pages[2]).toBeUndefined();
    expect(store.getState().heatmap?.pages[1]).toBeDefined();
    announce({ people: [7], areas: ['timeOff'] });
    await settle();
    expect(gridOffsets()).toEqual([0]);
    // A person added can move every row: the page in view reloads, the others loaded are dropped.
    api.calls.length = 0;
    announce({ areas: ['people'], people: [7] });
    await settle();
    expect(gridOffsets()).toEqual([0]);
    expect(store.getState().heatmap?.pages[1]).toBeUndefined();
  });

  it('reloads the open cell’s bookings only when the change reaches its person and dates', async () => {
    await openCapacity();
    const { start } = capacityDates(store.getState()); // a Monday
    const day = (n: number) => new Date(Date.parse(`${start}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    store.getState().selectCapacityCell({ talentId: 4, name: 'P4', target: 80, start, end: day(6), capacity: 37.5, confirmed: 10, tentative: 0 });
    await settle();
    api.calls.length = 0;
    announce({ people: [5], range: { start, end: start } });
    announce({ people: [4], range: { start: day(7), end: day(9) } });
    await settle();
    expect(count('bookings:list')).toBe(0);
    edits = 2;
    announce({ people: [4], range: { start: day(6), end: day(9) } });
    await settle();
    expect(count('bookings:list')).toBe(1);
    // The panel's figures are the cell's as they are now, not as clicked.
    expect(store.getState().cellDetail?.data?.figures.confirmed).toBe(12);
  });

  it('while another view is shown, a change only marks what it holds stale; showing it again reloads', async () => {
    await openCapacity();
    store.setState({ view: 'people' });
    announce({});
    await settle();
    expect(api.calls).toEqual([]);
    store.setState({ view: 'capacity' });
    const s = store.getState();
    s.showHeatmap({ range: capacityDates(s), bucket: 'week', filter: {} });
    await s.loadOverAllocations();
    await settle();
    expect(gridOffsets()).toEqual([0]);
    expect(count('capacity:overallocations')).toBe(1);
    // Nothing changed since: showing it again costs nothing.
    api.calls.length = 0;
    s.showHeatmap({ range: capacityDates(s), bucket: 'week', filter: {} });
    await s.loadOverAllocations();
    expect(api.calls).toEqual([]);
  });
});

const summary = (id: number, name: string): SnapshotSummary => ({ id, name, note: '', takenAt: `2030-01-${10 + id}T09:00:00Z` }) as unknown as SnapshotSummary;

describe('snapshots slice', () => {
  it('reloads the list on a snapshots change, keeping the open snapshot and taking its new name', async () => {
    let list = [summary(2, 'Second'), summary(1, 'First')];
    api.answer('snapshots:list', () => list);
    api.answer('snapshots:get', ({ id }: { id: number }) => ({ ...summary(id, id === 1 ? 'First' : 'Second'), settings: {} }));
    await store.getState().loadSnapshots();
    await store.getState().selectSnapshot(1);
    api.calls.length = 0;
    announce({ areas: ['bookings'] });
    await settle();
    expect(count('snapshots:list')).toBe(0);
    list = [summary(3, 'Third'), summary(2, 'Second'), summary(1, 'First, renamed')];
    announce({ areas: ['snapshots'] });
    await settle();
    expect(api.channels()).toEqual(['snapshots:list']);
    expect(store.getState().selectedSnapshotId).toBe(1);
    expect(store.getState().snapshot?.name).toBe('First, renamed');
    // The open one deleted elsewhere: the newest opens.
    list = [summary(3, 'Third')];
    announce({ areas: ['snapshots'] });
    await settle();
    expect(store.getState().selectedSnapshotId).toBe(3);
  });
});

describe('staffing slice', () => {
  const proposal = { id: 9, lines: [{ demandLineId: 5, accepted: false }, { demandLineId: 6, accepted: false }], bookings: [{ demandLineId: 5 }, { demandLineId: 6 }] } as unknown as StaffingProposalView;
  beforeEach(() => {
    api.answer('staffing:propose', proposal);
    api.answer('staffing:accept', { created: [1], label: 'Accept staffing plan: 1 booking', backup: '/tmp/b', remainingLineIds: [6] });
  });

  it('goes stale on a change after the plan was made, whatever the order its own accept is announced in', async () => {
    await store.getState().proposeStaffing();
    expect(isPlanStale(store.getState())).toBe(false);
    // Announced while the accept is still answering…
    const accepting = store.getState().acceptStaffing([5]);
    announce({ source: 'window' });
    await accepting;
    expect(isPlanStale(store.getState())).toBe(false);
    // …or after it answered.
    await store.getState().acceptStaffing([6]);
    announce({ source: 'window' });
    expect(isPlanStale(store.getState())).toBe(false);
    expect(store.getState().staffingProposal?.lines.every((l) => l.accepted)).toBe(true);
    announce({ source: 'undo' });
    expect(isPlanStale(store.getState())).toBe(true);
    await store.getState().proposeStaffing();
    expect(isPlanStale(store.getState())).toBe(false);
    announce({ areas: ['timeOff'], source: 'peer' });
    expect(isPlanStale(store.getState())).toBe(true);
  });

  it('reloads the open demand on campaign and booking changes within its range, and a ranking on screen', async () => {
    store.setState({ view: 'staffing' });
    const range = { start: '2030-01-14', end: '2030-04-07' };
    await store.getState().loadOpenDemand(range);
    await store.getState().rankStaffing({ demandLineId: 5, kinds: 'staff', includeTentative: true });
    api.calls.length = 0;
    announce({ areas: ['bookings'], range: { start: '2031-01-01', end: '2031-01-02' } });
    await settle();
    expect(count('demandLines:list')).toBe(0);
    expect(count('staffing:rank')).toBe(1);
    announce({ areas: ['campaigns'] });
    await settle();
    expect(count('demandLines:list')).toBe(1);
    await store.getState().rankStaffing(null);
    api.calls.length = 0;
    announce({ areas: ['patterns'] });
    await settle();
    expect(api.calls).toEqual([]);
  });
});
