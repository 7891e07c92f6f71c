import type { Input } from '@shared/contract';
import { call, errorMessage } from '../api';
import { PAGE_ROWS, pagesHolding, pagesOfRows, rowsOfPage, type HeatmapGrid } from '../features/capacity/gridPages';
import type { Slice } from './types';

/** What the heatmap shows: capacity:grid without the page. */
export type GridQuery = Omit<Input<'capacity:grid'>, 'offset' | 'limit'>;

/** At most this many page requests in flight while scrolling; the rest wait for the newest window. */
const MAX_IN_FLIGHT = 3;

export interface HeatmapSlice {
  /** The Capacity heatmap's rows, fetched a page at a time as they come into view. */
  heatmap: HeatmapGrid | null;
  /** A change came while the heatmap was not on screen: refresh it when it is shown again. */
  heatmapStale: boolean;
  /** Shows the heatmap for a query: the rows held for it stay (refreshed if stale), another query starts afresh. */
  showHeatmap(query: GridQuery): void;
  /** The rows first..last are in view: fetches their pages not yet here, nearest first. */
  wantHeatmapRows(first: number, last: number): void;
  /**
   * After a change to `people` (absent: anyone): reloads the pages in view that hold them, keeping
   * their rows on screen until the new ones arrive, and drops the others so scrolling refetches them.
   */
  refreshHeatmap(people?: number[]): void;
}

export const createHeatmapSlice: Slice<HeatmapSlice> = (set, get) => {
  // The one query held, and its page bookkeeping (per store, reset with each new query).
  let query: GridQuery | null = null;
  let generation = 0;
  let inFlight = new Set<number>();
  let wanted: number[] = [];
  let inView = { first: 0, last: PAGE_ROWS - 1 };
  let requestSeq = 0;
  let applied = new Map<number, number>();

  const update = (gen: number, patch: (g: HeatmapGrid) => Partial<HeatmapGrid>) => {
    const g = get().heatmap;
    if (g && gen === generation) set({ heatmap: { ...g, ...patch(g) } });
  };

  function load(page: number): void {
    if (!query) return;
    const gen = generation;
    const seq = ++requestSeq;
    inFlight.add(page);
    update(gen, () => ({ loading: true }));
    call('capacity:grid', { ...query, offset: page * PAGE_ROWS, limit: PAGE_ROWS }).then(
      (answer) => {
        if (gen !== generation) return;
        inFlight.delete(page);
        // A reload answered before an older request: the older answer is dropped.
        if (seq > (applied.get(page) ?? 0)) {
          applied.set(page, seq);
          update(gen, (g) => {
            const pages = [...g.pages];
            pages[page] = rowsOfPage(answer);
            const meta = g.meta?.totalRows === answer.totalRows ? g.meta : { totalRows: answer.totalRows, buckets: answer.buckets, actualBuckets: answer.actualBuckets ?? 0 };
            return { pages, meta, loadedCount: g.loadedCount + 1, loading: inFlight.size > 0, error: null };
          });
        } else update(gen, () => ({ loading: inFlight.size > 0 }));
        pump();
      },
      (error: unknown) => {
        if (gen !== generation) return;
        inFlight.delete(page);
        update(gen, () => ({ loading: inFlight.size > 0, error: errorMessage(error) }));
      },
    );
  }

  function pump(): void {
    const g = get().heatmap;
    while (g && inFlight.size < MAX_IN_FLIGHT && wanted.length) {
      const page = wanted.shift() as number;
      if (g.pages[page] || inFlight.has(page)) continue;
      if (g.meta && page * PAGE_ROWS >= g.meta.totalRows) continue;
      load(page);
    }
  }

  return {
    heatmap: null,
    heatmapStale: false,

    showHeatmap(next) {
      const key = JSON.stringify(next);
      const held = get().heatmap;
      if (held?.key === key && !(held.error && !held.meta)) {
        if (get().heatmapStale) get().refreshHeatmap();
        return;
      }
      query = next;
      generation++;
      inFlight = new Set();
      wanted = [];
      applied = new Map();
      set({ heatmap: { key, meta: null, pages: [], loadedCount: 0, loading: false, error: null }, heatmapStale: false });
    },

    wantHeatmapRows(first, last) {
      inView = { first, last };
      const g = get().heatmap;
      if (!g) return;
      wanted = pagesOfRows(first, last, g.meta?.totalRows).filter((p) => !g.pages[p] && !inFlight.has(p));
      if (g.meta === null && inFlight.size > 0) return; // the first answer tells the row count: wait for it
      pump();
    },

    refreshHeatmap(people) {
      set({ heatmapStale: false });
      const g = get().heatmap;
      if (!g) return;
      if (!g.meta) {
        if (!inFlight.size) load(0);
        return;
      }
      const visible = new Set(pagesOfRows(inView.first, inView.last, g.meta.totalRows));
      const reached = pagesHolding(g, people);
      const pages = [...g.pages];
      for (const p of reached) if (!visible.has(p)) pages[p] = undefined;
      set({ heatmap: { ...g, pages } });
      for (const p of reached) if (visible.has(p)) load(p);
    },
  };
};
