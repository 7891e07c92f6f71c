import { useEffect, useMemo } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { todayIso } from '../../lib/format';
import { useStore } from '../../store';
import { CellPanel } from './CellPanel';
import { isFilterActive, toContractFilter } from './filter';
import { Heatmap } from './Heatmap';
import { HeatmapLegend } from './HeatmapLegend';
import { resolveRange } from './range';

/** The heatmap with its legend and, when a cell is chosen, the side panel. */
export function HeatmapPane({ onCount }: { onCount(count: number | null, busy: boolean): void }) {
  const rangeChoice = useStore((s) => s.capacityRange);
  const bucket = useStore((s) => s.capacityBucket);
  const filter = useStore((s) => s.capacityFilter);
  const resetFilter = useStore((s) => s.resetCapacityFilter);
  const order = useStore((s) => s.heatmapOrder);
  const actual = useStore((s) => s.heatmapActual);
  const showHeatmap = useStore((s) => s.showHeatmap);
  const grid = useStore((s) => s.heatmap);
  const range = useMemo(() => resolveRange(rangeChoice, todayIso()), [rangeChoice]);
  const contractFilter = useMemo(() => toContractFilter(filter), [filter]);
  useEffect(
    () => showHeatmap({ range, bucket, filter: contractFilter, sort: order, actualPast: actual || undefined }),
    [showHeatmap, range, bucket, contractFilter, order, actual],
  );
  const total = grid?.meta?.totalRows ?? null;
  const loading = grid?.loading ?? true;
  useEffect(() => onCount(total, loading), [onCount, total, loading]);

  let main;
  if (!grid) main = null;
  else if (grid.error && !grid.meta) main = <EmptyState icon="alert" title="The heatmap could not be loaded">{grid.error}</EmptyState>;
  else if (grid.meta && grid.meta.totalRows === 0)
    main = isFilterActive(filter) ? (
      <EmptyState icon="filter" title="No one matches these filters" actions={<Button onClick={resetFilter}>Clear filters</Button>}>
        Try another role, a lower skill level, or fewer kinds.
      </EmptyState>
    ) : (
      <EmptyState icon="people" title="No one to plan yet">
        Add people in People to see their capacity and bookings here.
      </EmptyState>
    );
  else main = <Heatmap key={bucket} grid={grid} bucket={bucket} />;

  return (
    <div className="hm-pane">
      <div className="hm-main">
        {main}
        <HeatmapLegend />
      </div>
      <CellPanel />
    </div>
  );
}
