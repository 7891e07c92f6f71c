import { useEffect, useMemo } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { errorMessage } from '../../api';
import { todayIso } from '../../lib/format';
import { CellPanel } from './CellPanel';
import { isFilterActive, toContractFilter } from './filter';
import { Heatmap } from './Heatmap';
import { HeatmapLegend } from './HeatmapLegend';
import { resolveRange } from './range';
import { useCapacity } from './store';
import { useGridPages } from './useGridPages';

/** The heatmap with its legend and, when a cell is chosen, the side panel. */
export function HeatmapPane({ onCount }: { onCount(count: number | null, busy: boolean): void }) {
  const rangeChoice = useCapacity((s) => s.range);
  const bucket = useCapacity((s) => s.bucket);
  const filter = useCapacity((s) => s.filter);
  const version = useCapacity((s) => s.version);
  const order = useCapacity((s) => s.order);
  const resetFilter = useCapacity((s) => s.resetFilter);
  const range = useMemo(() => resolveRange(rangeChoice, todayIso()), [rangeChoice]);
  const contractFilter = useMemo(() => toContractFilter(filter), [filter]);
  const pages = useGridPages(range, bucket, contractFilter, version, order);
  const total = pages.meta?.totalRows ?? null;
  const loading = pages.isLoading();
  useEffect(() => onCount(total, loading), [onCount, total, loading]);

  let main;
  if (pages.error && !pages.meta) main = <EmptyState icon="alert" title="The heatmap could not be loaded">{errorMessage(pages.error)}</EmptyState>;
  else if (pages.meta && pages.meta.totalRows === 0)
    main = isFilterActive(filter) ? (
      <EmptyState icon="filter" title="No one matches these filters" actions={<Button onClick={resetFilter}>Clear filters</Button>}>
        Try another role, a lower skill level, or fewer kinds.
      </EmptyState>
    ) : (
      <EmptyState icon="people" title="No one to plan yet">
        Add people in People to see their capacity and bookings here.
      </EmptyState>
    );
  else main = <Heatmap key={`${bucket}`} pages={pages} bucket={bucket} />;

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
