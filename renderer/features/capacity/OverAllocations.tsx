import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { OverAllocation } from '@shared/contract';
import { EmptyState } from '../../components/EmptyState';
import { formatDateRange, formatHours, formatNumber } from '../../lib/format';
import { useStore } from '../../store';

/** A row's height before it is measured (one line of text). */
const ROW_HEIGHT = 41;

/** The view's over-allocation runs for its range and filter, loaded when those change. */
export function useOverAllocations(): { runs: OverAllocation[] | null; error: string | null } {
  const range = useStore((s) => s.capacityRange);
  const filter = useStore((s) => s.capacityFilter);
  const held = useStore((s) => s.overAllocations);
  const load = useStore((s) => s.loadOverAllocations);
  useEffect(() => void load(), [load, range, filter]);
  return { runs: held?.data ?? null, error: held?.error ?? null };
}

const peakOver = (run: OverAllocation) => run.days.reduce((m, d) => Math.max(m, d.booked - d.capacity), 0);

/** Every run, in a virtualised table: thousands of runs on a 5,000-person workspace stay smooth. */
export function OverAllocations({ runs, error }: { runs: OverAllocation[] | null; error: string | null }) {
  const sorted = useMemo(() => (runs ? [...runs].sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name)) : []), [runs]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: sorted.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialRect: { width: 1200, height: 800 },
  });
  if (error) return <p className="field-error view-pad">{error}</p>;
  if (!runs) return <div className="boot"><span className="spinner" /></div>;
  if (!runs.length)
    return (
      <EmptyState icon="check" title="No one is over-allocated">
        Nobody in this range and filter is booked beyond their capacity on any day.
      </EmptyState>
    );
  const items = virtualizer.getVirtualItems();
  const above = items[0]?.start ?? 0;
  const below = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div className="cp-scroll" ref={scrollRef}>
      <section className="card cp-over" aria-label="Over-allocations">
        <p className="muted cp-more">
          {formatNumber(sorted.length, 0)} {sorted.length === 1 ? 'run' : 'runs'} of over-allocated days, earliest first.
        </p>
        <table className="table table-sticky" aria-rowcount={sorted.length + 1} data-runs={sorted.length}>
          <thead>
            <tr>
              <th>Person</th>
              <th>Dates</th>
              <th className="num">Days</th>
              <th className="num">Peak over</th>
              <th>What is over</th>
            </tr>
          </thead>
          <tbody>
            {above > 0 && <tr aria-hidden="true" style={{ height: above }} />}
            {items.map(({ index }) => {
              const run = sorted[index];
              return (
              <tr key={`${run.talentId}-${run.start}`} data-index={index} ref={virtualizer.measureElement} aria-rowindex={index + 2}>
                <td className="nowrap cell-strong">{run.name}</td>
                <td className="nowrap">{formatDateRange(run.start, run.end)}</td>
                <td className="num">{run.days.length}</td>
                <td className="num over-text">+{formatHours(peakOver(run))}</td>
                <td className="cp-message" title={run.message}>
                  {run.message.startsWith(`${run.name}: `) ? run.message.slice(run.name.length + 2) : run.message}
                </td>
              </tr>
              );
            })}
            {below > 0 && <tr aria-hidden="true" style={{ height: below }} />}
          </tbody>
        </table>
      </section>
    </div>
  );
}
