// Rows of the heatmap, fetched in pages through capacity:grid as the user scrolls. The store's
// capacity slice holds them (see store/heatmapSlice.ts); these are the pure parts: splitting a
// page into rows, finding a row, and which pages a window of rows or a change needs.

import type { CapacityGrid, GridPerson } from '@shared/contract';

export const PAGE_ROWS = 60;

/** One row's figures: typed arrays, one entry per bucket. */
export interface GridRow {
  person: GridPerson;
  capacity: Float32Array;
  confirmed: Float32Array;
  tentative: Float32Array;
  /** Free hours per bucket, and the share of its days outside the person's contract (0..1). */
  free: Float32Array;
  inactive: Float32Array;
  /** Totals over the whole range, for the "72% / 80%" summary. */
  total: { capacity: number; confirmed: number; tentative: number; free: number };
}

export interface GridMeta {
  totalRows: number;
  buckets: CapacityGrid['buckets'];
  /** The first this many buckets show hours logged (the "Actual for past weeks" toggle). */
  actualBuckets?: number;
}

/** The heatmap's rows for one query, as far as they are loaded. */
export interface HeatmapGrid {
  /** The query (range, bucket, filter) as JSON: answers for another query are dropped. */
  key: string;
  meta: GridMeta | null;
  /** Rows by page number; a page not loaded (or dropped after a change) is absent. */
  pages: (GridRow[] | undefined)[];
  /** Pages loaded so far, counting reloads: a cheap change marker for memos and the canvas. */
  loadedCount: number;
  loading: boolean;
  error: string | null;
}

/** Splits a page's row-major arrays into rows with their totals. */
export function rowsOfPage(grid: CapacityGrid): GridRow[] {
  const B = grid.buckets.length;
  return grid.people.map((person, r) => {
    const capacity = Float32Array.from(grid.capacity.slice(r * B, r * B + B));
    const confirmed = Float32Array.from(grid.confirmed.slice(r * B, r * B + B));
    const tentative = Float32Array.from(grid.tentative.slice(r * B, r * B + B));
    const free = Float32Array.from(grid.free.slice(r * B, r * B + B));
    const inactive = Float32Array.from(grid.inactive.slice(r * B, r * B + B));
    const total = { capacity: 0, confirmed: 0, tentative: 0, free: 0 };
    for (let c = 0; c < B; c++) {
      total.capacity += capacity[c];
      total.confirmed += confirmed[c];
      total.tentative += tentative[c];
      total.free += free[c];
    }
    return { person, capacity, confirmed, tentative, free, inactive, total };
  });
}

/** Row `index` of the grid, when its page is here. */
export function rowAt(grid: HeatmapGrid | null, index: number): GridRow | undefined {
  return grid?.pages[Math.floor(index / PAGE_ROWS)]?.[index % PAGE_ROWS];
}

/** The pages holding rows first..last (inclusive), within the row count when it is known. */
export function pagesOfRows(first: number, last: number, totalRows: number | undefined): number[] {
  const lastRow = totalRows === undefined ? Math.max(first, last) : Math.min(last, totalRows - 1);
  const pages: number[] = [];
  for (let p = Math.floor(Math.max(0, first) / PAGE_ROWS); p * PAGE_ROWS <= lastRow; p++) pages.push(p);
  return pages;
}

/** The loaded pages a change reaches: those holding any of `people`, or all when it names none. */
export function pagesHolding(grid: HeatmapGrid, people: number[] | undefined): number[] {
  const ids = people ? new Set(people) : null;
  const out: number[] = [];
  grid.pages.forEach((rows, p) => {
    if (rows && (!ids || rows.some((r) => ids.has(r.person.id)))) out.push(p);
  });
  return out;
}
