import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import { formatHours, formatNumber, todayIso } from '../../lib/format';
import { useStore } from '../../store';
import { bucketLabels, bucketTitle, todayPosition } from './buckets';
import { rowAt, type GridRow, type HeatmapGrid } from './gridPages';
import { HeatmapCanvas } from './HeatmapCanvas';
import { HeatmapHeader } from './HeatmapHeader';
import { COL_W, HEAD_H, HeatmapRow, NAME_W, ROW_H } from './HeatmapRow';
import { KIND_LABEL } from '../../lib/talentKinds';
import type { Bucket } from '../../store/capacitySlice';

const MAX_COL_W = 140;

/** The scroll area's inner size, kept up to date as the window or the side panel changes it. */
function useViewSize(ref: RefObject<HTMLDivElement | null>): { width: number; height: number } {
  const [size, setSize] = useState({ width: 1200, height: 700 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => setSize((s) => (s.width === el.clientWidth && s.height === el.clientHeight ? s : { width: el.clientWidth, height: el.clientHeight }));
    read();
    const observer = new ResizeObserver(read);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

interface Props {
  grid: HeatmapGrid;
  bucket: Bucket;
}

/**
 * People × buckets. Names and headers are virtualised DOM (sticky); the cells are painted on a
 * canvas over the visible block. Rows arrive in pages from capacity:grid as they come into view.
 */
export function Heatmap({ grid, bucket }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const meta = grid.meta;
  const buckets = useMemo(() => meta?.buckets ?? [], [meta?.buckets]);
  const rowCount = meta?.totalRows ?? 30;
  const colCount = buckets.length;
  const size = useViewSize(scrollRef);
  // Short ranges stretch to fill the width; long ones keep the bucket's own width and scroll.
  const colW = colCount ? Math.min(MAX_COL_W, Math.max(COL_W[bucket], Math.floor((size.width - NAME_W) / colCount))) : COL_W[bucket];
  const roles = useStore((s) => s.roles);
  const roleNames = useMemo(() => new Map(roles.map((r) => [r.id, r.name])), [roles]);
  const selected = useStore((s) => s.capacitySelected);
  const select = useStore((s) => s.selectCapacityCell);
  const want = useStore((s) => s.wantHeatmapRows);
  const show = useStore((s) => s.heatmapShow);

  const rows = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    paddingStart: HEAD_H,
    // Keyboard moves scroll a cell clear of the sticky header and name column, not under them.
    scrollPaddingStart: HEAD_H,
    overscan: 4,
    initialRect: { width: 1200, height: 800 },
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: colCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => colW,
    paddingStart: NAME_W,
    scrollPaddingStart: NAME_W,
    overscan: 2,
    initialRect: { width: 1200, height: 800 },
  });
  useLayoutEffect(() => cols.measure(), [cols, colW]);

  const rowItems = rows.getVirtualItems();
  const colItems = cols.getVirtualItems();
  const firstRow = rowItems[0]?.index ?? 0;
  const lastRow = rowItems[rowItems.length - 1]?.index ?? 0;
  const width = NAME_W + colCount * colW;

  // A new query, more rows known, or a page dropped after a change: ask again for the rows in view.
  useEffect(() => {
    want(Math.max(0, firstRow - 10), lastRow + 30);
  }, [want, grid.key, grid.meta?.totalRows, grid.pages, firstRow, lastRow]);

  const labels = useMemo(() => bucketLabels(buckets, bucket), [buckets, bucket]);
  const today = useMemo(() => todayPosition(buckets, todayIso()), [buckets]);
  const selectedRow = selected ? findRow(grid, selected.talentId, firstRow, lastRow) : -1;
  const selectedCol = selected ? buckets.findIndex((b) => b.start === selected.start) : -1;

  // Keep the chosen column in view when the side panel narrows the grid.
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || selectedCol < 0) return;
    const left = selectedCol * colW;
    const visible = el.clientWidth - NAME_W;
    if (left < el.scrollLeft) el.scrollLeft = left;
    else if (left + colW > el.scrollLeft + visible) el.scrollLeft = left + colW - visible;
  }, [selectedCol, colW, size.width]);

  /** The cell under a pointer, or null over the names or the headers. */
  function cellAt(e: MouseEvent<HTMLDivElement>): { r: number; c: number } | null {
    const el = scrollRef.current;
    if (!el) return null;
    const box = el.getBoundingClientRect();
    const x = e.clientX - box.left - NAME_W;
    const y = e.clientY - box.top - HEAD_H;
    if (x < 0 || y < 0 || x >= el.clientWidth - NAME_W || y >= el.clientHeight - HEAD_H) return null;
    const c = Math.floor((x + el.scrollLeft) / colW);
    const r = Math.floor((y + el.scrollTop) / ROW_H);
    return c < colCount && r < rowCount ? { r, c } : null;
  }

  function choose(r: number, c: number) {
    const row = rowAt(grid, r);
    const b = buckets[c];
    if (!row || !b) return;
    select({ talentId: row.person.id, name: row.person.name, target: row.person.target, start: b.start, end: b.end, capacity: row.capacity[c], confirmed: row.confirmed[c], tentative: row.tentative[c] });
  }

  function onMouseMove(e: MouseEvent<HTMLDivElement>) {
    const el = e.currentTarget;
    const at = cellAt(e);
    const row = at && rowAt(grid, at.r);
    const title = at && row ? describe(row, at.c, bucketTitle(buckets[at.c].start, buckets[at.c].end, bucket)) : '';
    if (el.title !== title) el.title = title;
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[e.key];
    if (!move) {
      if (e.key === 'Escape') select(null);
      return;
    }
    e.preventDefault();
    const r = Math.min(rowCount - 1, Math.max(0, (selectedRow < 0 ? firstRow : selectedRow) + (selected ? move[0] : 0)));
    const c = Math.min(colCount - 1, Math.max(0, (selectedCol < 0 ? 0 : selectedCol) + (selected ? move[1] : 0)));
    rows.scrollToIndex(r, { align: 'auto' });
    cols.scrollToIndex(c, { align: 'auto' });
    choose(r, c);
  }

  const drawView = useMemo(
    () => ({
      colW,
      rowH: ROW_H,
      colCount,
      rowCount: meta?.totalRows ?? 0,
      showText: colW >= 26,
      selected: selectedRow >= 0 && selectedCol >= 0 ? { row: selectedRow, col: selectedCol } : null,
      today: today ? today.index + today.fraction : null,
      show,
    }),
    // `loadedCount` in the deps: a page arriving (or reloading after a change) redraws the canvas.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [colW, colCount, meta?.totalRows, bucket, selectedRow, selectedCol, today, grid.loadedCount, show],
  );

  return (
    <div className="hm-wrap">
      <div
        className="hm-scroll"
        ref={scrollRef}
        role="grid"
        tabIndex={0}
        aria-label={`${show === 'free' ? 'Free hours' : 'Utilisation'} by person and period. Arrow keys move between cells.`}
        aria-rowcount={rowCount + 1}
        aria-colcount={colCount + 1}
        data-col-width={colW}
        onClick={(e) => {
          const at = cellAt(e);
          if (at) choose(at.r, at.c);
        }}
        onMouseMove={onMouseMove}
        onKeyDown={onKeyDown}
      >
        <div className="hm-content" style={{ width, height: rows.getTotalSize() }}>
          <HeatmapHeader
            labels={labels}
            buckets={buckets}
            colW={colW}
            width={width}
            firstCol={colItems[0]?.index ?? 0}
            lastCol={colItems[colItems.length - 1]?.index ?? -1}
            todayIndex={today?.index ?? -1}
            actualBuckets={meta?.actualBuckets ?? 0}
            corner={meta ? `${formatNumber(meta.totalRows, 0)} ${meta.totalRows === 1 ? 'person' : 'people'}` : 'People'}
          />
          {rowItems.map((item) => {
            const row = rowAt(grid, item.index);
            return (
              <HeatmapRow
                key={item.index}
                index={item.index}
                row={row}
                top={item.start}
                width={width}
                roleName={row ? (roleNames.get(row.person.primaryRoleId) ?? '') : ''}
                kindLabel={row && row.person.kind !== 'staff' ? KIND_LABEL[row.person.kind] : ''}
                show={show}
              />
            );
          })}
        </div>
      </div>
      <HeatmapCanvas scrollRef={scrollRef} grid={grid} view={drawView} size={size} />
    </div>
  );
}

function findRow(grid: HeatmapGrid, talentId: number, first: number, last: number): number {
  for (let r = Math.max(0, first - 50); r <= last + 50; r++) if (rowAt(grid, r)?.person.id === talentId) return r;
  return -1;
}

function describe(row: GridRow, c: number, when: string): string {
  const { capacity, confirmed, tentative } = { capacity: row.capacity[c], confirmed: row.confirmed[c], tentative: row.tentative[c] };
  const used = capacity > 0 ? ` (${Math.round(((confirmed + tentative) / capacity) * 100)}%)` : '';
  const outside = row.inactive[c] >= 0.999 ? '\nOutside their contract' : row.inactive[c] > 0 ? '\nPartly outside their contract' : '';
  return `${row.person.name} · ${when}\n${formatHours(confirmed)} confirmed + ${formatHours(tentative)} tentative of ${formatHours(capacity)}${used}\n${formatHours(row.free[c])} free${outside}`;
}
