// The capacity view's own state: filter, range, bucket, tab and the selected cell. It lives while
// the app runs, so leaving the view and coming back keeps the user's choices.

import { create } from 'zustand';
import { EMPTY_FILTER, type CapacityFilterState } from './filter';
import type { RangeChoice } from './range';

export type Bucket = 'day' | 'week' | 'month';
export type CapacityTab = 'heatmap' | 'demand' | 'over';
/** Heatmap cells as utilisation or as free hours; rows by name or most free first. */
export type HeatmapShow = 'utilisation' | 'free';
export type HeatmapOrder = 'name' | 'free';

/** A clicked heatmap cell: the person and the bucket's dates. */
export interface SelectedCell {
  talentId: number;
  name: string;
  target: number | null;
  start: string;
  end: string;
  capacity: number;
  confirmed: number;
  tentative: number;
}

export interface CapacityViewState {
  filter: CapacityFilterState;
  range: RangeChoice;
  bucket: Bucket;
  tab: CapacityTab;
  selected: SelectedCell | null;
  /** Demand chart: one role, or every role as small multiples. */
  chartRoleId: number | null;
  weighted: boolean;
  chartOtherRoles: boolean;
  show: HeatmapShow;
  order: HeatmapOrder;
  /** Bumped when the workspace changed, so every query refetches. */
  version: number;
  setFilter(patch: Partial<CapacityFilterState>): void;
  resetFilter(): void;
  setRange(range: RangeChoice): void;
  setBucket(bucket: Bucket): void;
  setTab(tab: CapacityTab): void;
  select(cell: SelectedCell | null): void;
  setChart(patch: Partial<Pick<CapacityViewState, 'chartRoleId' | 'weighted' | 'chartOtherRoles'>>): void;
  bump(): void;
  setShow(show: HeatmapShow): void;
  setOrder(order: HeatmapOrder): void;
}

export const createCapacityStore = () =>
  create<CapacityViewState>()((set) => ({
    filter: EMPTY_FILTER,
    range: { kind: 'weeks', weeks: 12 },
    bucket: 'week',
    tab: 'heatmap',
    selected: null,
    chartRoleId: null,
    weighted: true,
    chartOtherRoles: false,
    show: 'utilisation',
    order: 'name',
    version: 0,
    setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch }, selected: null })),
    resetFilter: () => set({ filter: EMPTY_FILTER, selected: null }),
    setRange: (range) => set({ range, selected: null }),
    setBucket: (bucket) => set({ bucket, selected: null }),
    setTab: (tab) => set({ tab }),
    select: (selected) => set({ selected }),
    setChart: (patch) => set(patch),
    bump: () => set((s) => ({ version: s.version + 1 })),
    setShow: (show) => set({ show }),
    setOrder: (order) => set({ order, selected: null }),
  }));

export const useCapacity = createCapacityStore();
