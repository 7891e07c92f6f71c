// Rows of the heatmap, fetched in pages through capacity:grid as the user scrolls. One instance
// per query (range, bucket, filter, version); a new query makes a new instance, and answers for
// an old one are dropped. Pages are kept, so scrolling back is free.

import type { CapacityGrid, GridPerson } from '@shared/contract';

export const PAGE_ROWS = 60;
/** At most this many page requests in flight; the rest wait for the newest visible window. */
const MAX_IN_FLIGHT = 3;

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

export type FetchPage = (offset: number, limit: number) => Promise<CapacityGrid>;

export interface GridMeta {
  totalRows: number;
  buckets: CapacityGrid['buckets'];
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

export class GridPages {
  meta: GridMeta | null = null;
  error: unknown = null;
  /** Pages loaded so far: a cheap change marker for memos. */
  loadedCount = 0;
  private rows = new Map<number, GridRow>();
  private loaded = new Set<number>();
  private inFlight = new Set<number>();
  private wanted: number[] = [];
  private disposed = false;

  constructor(
    private readonly fetchPage: FetchPage,
    private readonly onChange: () => void,
  ) {}

  row(index: number): GridRow | undefined {
    return this.rows.get(index);
  }

  isLoading(): boolean {
    return this.inFlight.size > 0;
  }

  /** Asks for the rows first..last (inclusive); fetches the pages not yet here, nearest first. */
  want(first: number, last: number): void {
    if (this.disposed) return;
    const total = this.meta?.totalRows;
    const lastRow = total === undefined ? Math.max(first, last) : Math.min(last, total - 1);
    const pages: number[] = [];
    for (let p = Math.floor(Math.max(0, first) / PAGE_ROWS); p * PAGE_ROWS <= lastRow; p++) {
      if (!this.loaded.has(p) && !this.inFlight.has(p)) pages.push(p);
    }
    if (this.meta === null && this.inFlight.size > 0) {
      this.wanted = pages; // the first answer tells the row count; wait for it
      return;
    }
    this.wanted = pages;
    this.pump();
  }

  /** Stops delivering answers (the query changed or the view closed); `attach` undoes it. */
  dispose(): void {
    this.disposed = true;
    this.wanted = [];
  }

  attach(): void {
    this.disposed = false;
  }

  private pump(): void {
    while (this.inFlight.size < MAX_IN_FLIGHT && this.wanted.length) {
      const page = this.wanted.shift() as number;
      if (this.loaded.has(page) || this.inFlight.has(page)) continue;
      if (this.meta && page * PAGE_ROWS >= this.meta.totalRows) continue;
      this.load(page);
    }
  }

  private load(page: number): void {
    this.inFlight.add(page);
    this.fetchPage(page * PAGE_ROWS, PAGE_ROWS).then(
      (grid) => {
        this.inFlight.delete(page);
        if (this.disposed) return;
        this.loaded.add(page);
        this.loadedCount++;
        if (!this.meta || this.meta.totalRows !== grid.totalRows) this.meta = { totalRows: grid.totalRows, buckets: grid.buckets };
        rowsOfPage(grid).forEach((row, i) => this.rows.set(grid.offset + i, row));
        this.pump();
        this.onChange();
      },
      (error: unknown) => {
        this.inFlight.delete(page);
        if (this.disposed) return;
        this.error = error;
        this.onChange();
      },
    );
  }
}
