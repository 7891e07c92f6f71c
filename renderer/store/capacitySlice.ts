import type { BookingView, CampaignSummary, OverAllocation, RoleWeek, WorkspaceChange } from '@shared/contract';
import type { TimeOff } from '@shared/domain';
import { call, errorMessage } from '../api';
import { bookingHoursIn, type DayFigures } from '../features/capacity/cellDetail';
import { EMPTY_FILTER, toContractFilter, type CapacityFilterState } from '../features/capacity/filter';
import { resolveRange, type DayRangeIso, type RangeChoice } from '../features/capacity/range';
import { todayIso } from '../lib/format';
import { reaches, touches } from './changes';
import type { Slice, StoreState } from './types';

export type Bucket = 'day' | 'week' | 'month';
export type CapacityTab = 'heatmap' | 'demand' | 'over';
/** Heatmap cells as utilisation or as free hours; rows by name or most free first. */
export type HeatmapShow = 'utilisation' | 'free';
export type HeatmapOrder = 'name' | 'free';

/** A clicked heatmap cell: the person and the bucket's dates, with its figures when clicked. */
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

/** What lies behind a clicked cell: its figures now, its bookings (with their hours in the cell) and time off. */
export interface CellDetail {
  figures: { capacity: number; confirmed: number; tentative: number };
  bookings: (BookingView & { hoursInCell: number; campaign: CampaignSummary | undefined })[];
  timeOff: TimeOff[];
}

async function fetchCellDetail({ talentId, start, end }: SelectedCell): Promise<CellDetail> {
  const [bookings, timeOff, grid, campaigns] = await Promise.all([
    call('bookings:list', { talentIds: [talentId], from: start, to: end }),
    call('timeOff:list', { talentIds: [talentId], from: start, to: end }),
    call('capacity:grid', { range: { start, end }, bucket: 'day', filter: { ids: [talentId] }, offset: 0, limit: 1 }),
    call('campaigns:list', { from: start, to: end }),
  ]);
  const days: DayFigures[] = grid.buckets.map((b, i) => ({ date: b.start, capacity: grid.capacity[i] ?? 0, booked: (grid.confirmed[i] ?? 0) + (grid.tentative[i] ?? 0) }));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const hours = bookingHoursIn(days, bookings);
  const byId = new Map(campaigns.map((c) => [c.id, c]));
  const rows = bookings
    .map((b) => ({ ...b, hoursInCell: hours.get(b.id) ?? 0, campaign: byId.get(b.campaignId) }))
    .sort((a, b) => b.hoursInCell - a.hoursInCell || a.start.localeCompare(b.start));
  return { figures: { capacity: sum(grid.capacity), confirmed: sum(grid.confirmed), tentative: sum(grid.tentative) }, bookings: rows, timeOff };
}

/** The demand chart: one role or all, weighted pipeline or not, people with the role as another role or not. */
export interface CapacityChart {
  roleId: number | null;
  weighted: boolean;
  otherRoles: boolean;
}

/** One query's answer as the view holds it: kept on screen while the same query reloads. */
export interface Held<T> {
  key: string;
  data: T | null;
  error: string | null;
  loading: boolean;
  /** A change came while it was not on screen: reload when it is shown again. */
  stale: boolean;
}

type HeldName = 'roleWeeks' | 'overAllocations' | 'cellDetail';

export interface CapacitySlice {
  capacityFilter: CapacityFilterState;
  capacityRange: RangeChoice;
  capacityBucket: Bucket;
  heatmapShow: HeatmapShow;
  heatmapOrder: HeatmapOrder;
  /** Weeks (buckets) that ended before today show the hours logged instead of the plan. */
  heatmapActual: boolean;
  capacityTab: CapacityTab;
  capacitySelected: SelectedCell | null;
  capacityChart: CapacityChart;
  roleWeeks: Held<RoleWeek[]> | null;
  overAllocations: Held<OverAllocation[]> | null;
  cellDetail: Held<CellDetail> | null;

  setCapacityFilter(patch: Partial<CapacityFilterState>): void;
  resetCapacityFilter(): void;
  setCapacityRange(range: RangeChoice): void;
  setCapacityBucket(bucket: Bucket): void;
  setHeatmapShow(show: HeatmapShow): void;
  setHeatmapOrder(order: HeatmapOrder): void;
  setHeatmapActual(on: boolean): void;
  setCapacityTab(tab: CapacityTab): void;
  selectCapacityCell(cell: SelectedCell | null): void;
  setCapacityChart(patch: Partial<CapacityChart>): void;
  /** Each load fetches when its query changed or a change made it stale; `force` reloads anyway. */
  loadRoleWeeks(force?: boolean): Promise<void>;
  loadOverAllocations(force?: boolean): Promise<void>;
  loadCellDetail(force?: boolean): Promise<void>;
  /** After a change in the workspace: reloads what is on screen that it reaches, marks the rest stale. */
  refreshCapacity(change: WorkspaceChange): void;
}

/** The concrete dates the Capacity view covers today. */
export const capacityDates = (s: Pick<StoreState, 'capacityRange'>): DayRangeIso => resolveRange(s.capacityRange, todayIso());

const keyOf = {
  roleWeeks: (s: StoreState) => JSON.stringify([capacityDates(s), s.capacityChart.weighted, s.capacityChart.otherRoles, s.heatmapActual]),
  overAllocations: (s: StoreState) => JSON.stringify([capacityDates(s), toContractFilter(s.capacityFilter)]),
  cellDetail: (s: StoreState) => (s.capacitySelected ? JSON.stringify([s.capacitySelected.talentId, s.capacitySelected.start, s.capacitySelected.end]) : ''),
};

export const createCapacitySlice: Slice<CapacitySlice> = (set, get) => {
  const seqs: Record<HeldName, number> = { roleWeeks: 0, overAllocations: 0, cellDetail: 0 };

  /** Fetches one held query; the same query keeps its figures on screen while it reloads. */
  async function fetchHeld<N extends HeldName>(name: N, force: boolean, fetch: (s: StoreState) => Promise<NonNullable<StoreState[N]>['data']>) {
    const s = get();
    const key = keyOf[name](s);
    const held = s[name];
    if (!force && held?.key === key && !held.stale && !held.error) return;
    const seq = ++seqs[name];
    // Figures stay on screen while they reload; another cell's bookings do not.
    const kept = held && (held.key === key || name !== 'cellDetail') ? held.data : null;
    const put = (patch: Partial<Held<unknown>>) => set({ [name]: { key, data: kept, error: null, stale: false, loading: true, ...patch } } as Partial<StoreState>);
    put({});
    try {
      const data = await fetch(s);
      if (seq === seqs[name]) put({ data, loading: false });
    } catch (error) {
      if (seq === seqs[name]) put({ data: null, error: errorMessage(error), loading: false });
    }
  }

  const markStale = (name: HeldName) => set((s) => (s[name] ? ({ [name]: { ...s[name], stale: true } } as Partial<StoreState>) : {}));

  return {
    capacityFilter: EMPTY_FILTER,
    capacityRange: { kind: 'weeks', weeks: 12 },
    capacityBucket: 'week',
    heatmapShow: 'utilisation',
    heatmapOrder: 'name',
    heatmapActual: false,
    capacityTab: 'heatmap',
    capacitySelected: null,
    capacityChart: { roleId: null, weighted: true, otherRoles: false },
    roleWeeks: null,
    overAllocations: null,
    cellDetail: null,

    setCapacityFilter: (patch) => set((s) => ({ capacityFilter: { ...s.capacityFilter, ...patch }, capacitySelected: null })),
    resetCapacityFilter: () => set({ capacityFilter: EMPTY_FILTER, capacitySelected: null }),
    setCapacityRange: (capacityRange) => set({ capacityRange, capacitySelected: null }),
    setCapacityBucket: (capacityBucket) => set({ capacityBucket, capacitySelected: null }),
    setCapacityTab: (capacityTab) => set({ capacityTab }),
    setHeatmapShow: (heatmapShow) => set({ heatmapShow }),
    setHeatmapOrder: (heatmapOrder) => set({ heatmapOrder, capacitySelected: null }),
    setHeatmapActual: (heatmapActual) => set({ heatmapActual }),
    setCapacityChart: (patch) => set((s) => ({ capacityChart: { ...s.capacityChart, ...patch } })),
    selectCapacityCell(cell) {
      set({ capacitySelected: cell });
      if (cell) void get().loadCellDetail();
      else set({ cellDetail: null });
    },

    loadRoleWeeks: (force = false) =>
      fetchHeld('roleWeeks', force, (s) => call('capacity:roleWeeks', { range: capacityDates(s), weighted: s.capacityChart.weighted, includeOtherRoles: s.capacityChart.otherRoles, actualPast: s.heatmapActual || undefined })),
    loadOverAllocations: (force = false) =>
      fetchHeld('overAllocations', force, (s) => call('capacity:overallocations', { range: capacityDates(s), filter: toContractFilter(s.capacityFilter) })),
    async loadCellDetail(force = false) {
      const cell = get().capacitySelected;
      if (cell) await fetchHeld('cellDetail', force, () => fetchCellDetail(cell));
    },

    refreshCapacity(change) {
      const s = get();
      const dates = capacityDates(s);
      if (!reaches(change, dates)) return;
      const onScreen = s.view === 'capacity';
      // A person added, removed or renamed, or a role or holiday changed, can move every row.
      const people = touches(change, 'people', 'lookups') ? undefined : change.people;
      const figures = touches(change, 'bookings', 'people', 'patterns', 'timeOff', 'lookups') || (s.heatmapActual && touches(change, 'actuals'));
      if (figures && s.heatmap) {
        if (onScreen && s.capacityTab === 'heatmap') s.refreshHeatmap(people);
        else set({ heatmapStale: true });
      }
      if (figures && s.overAllocations) {
        if (onScreen) void s.loadOverAllocations(true);
        else markStale('overAllocations');
      }
      // Demand comes from campaigns' lines too.
      if (s.roleWeeks) {
        if (onScreen && s.capacityTab === 'demand') void s.loadRoleWeeks(true);
        else markStale('roleWeeks');
      }
      const cell = s.capacitySelected;
      if (cell && s.cellDetail && (!people || people.includes(cell.talentId)) && reaches(change, cell)) {
        if (onScreen) void s.loadCellDetail(true);
        else markStale('cellDetail');
      }
    },
  };
};
