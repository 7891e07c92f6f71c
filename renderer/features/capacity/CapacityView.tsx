import { useCallback, useRef, useState } from 'react';
import { formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import type { Bucket, CapacityTab } from '../../store/capacitySlice';
import { TopBar } from '../shell/TopBar';
import { CapacityFilters } from './CapacityFilters';
import { DemandSupplyPanel } from './DemandSupplyPanel';
import { HeatmapPane } from './HeatmapPane';
import { BUCKET_LABEL } from './labels';
import { OverAllocations, useOverAllocations } from './OverAllocations';
import { RangePicker } from './RangePicker';
import './capacity.css';
import { ROVING } from '../../lib/roving';
import { useFold } from '../../lib/useFold';

const TABS: { id: CapacityTab; label: string }[] = [
  { id: 'heatmap', label: 'Heatmap' },
  { id: 'demand', label: 'Demand & supply' },
  { id: 'over', label: 'Over-allocations' },
];

/** Capacity: who is free and who is over, demand against supply by role, and over-allocations. */
export function CapacityView() {
  const tab = useStore((s) => s.capacityTab);
  const setTab = useStore((s) => s.setCapacityTab);
  const bucket = useStore((s) => s.capacityBucket);
  const setBucket = useStore((s) => s.setCapacityBucket);
  const range = useStore((s) => s.capacityRange);
  const setRange = useStore((s) => s.setCapacityRange);
  const over = useOverAllocations();
  const [count, setCount] = useState<{ rows: number | null; busy: boolean }>({ rows: null, busy: false });
  const onCount = useCallback((rows: number | null, busy: boolean) => {
    setCount((c) => (c.rows === rows && c.busy === busy ? c : { rows, busy }));
  }, []);

  const bar = useRef<HTMLDivElement>(null);
  const fold = useFold(bar);
  return (
    <>
      <TopBar
        title="Capacity"
        count={count.rows === null ? null : `${formatNumber(count.rows, 0)} ${count.rows === 1 ? 'person' : 'people'}`}
        busy={count.busy}
      />
      {tab !== 'demand' && <CapacityFilters />}
      <div ref={bar} className="cp-bar">
        <div className="tabs cp-tabs" role="tablist" aria-label="Capacity views" {...ROVING}>
          {TABS.map((t) => (
            <button key={t.id} type="button" role="tab" aria-selected={tab === t.id} onClick={() => setTab(t.id)}>
              {t.label}
              {t.id === 'over' && over.runs && (
                <span className={`cp-count${over.runs.length ? ' warn' : ''}`}>{formatNumber(over.runs.length, 0)}</span>
              )}
            </button>
          ))}
        </div>
        <span className="spacer" />
        <RangePicker value={range} onChange={setRange} compact={fold} />
        {tab === 'heatmap' && (
          <div className="segmented" role="group" aria-label="Bucket" {...ROVING}>
            {(Object.keys(BUCKET_LABEL) as Bucket[]).map((b) => (
              <button key={b} type="button" aria-pressed={bucket === b} onClick={() => setBucket(b)}>
                {BUCKET_LABEL[b]}
              </button>
            ))}
          </div>
        )}
      </div>
      <div className="content cp-content" role="tabpanel" aria-label={TABS.find((t) => t.id === tab)?.label}>
        {tab === 'heatmap' && <HeatmapPane onCount={onCount} />}
        {tab === 'demand' && <DemandSupplyPanel />}
        {tab === 'over' && <OverAllocations runs={over.runs} error={over.error} />}
      </div>
    </>
  );
}
