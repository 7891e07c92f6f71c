import { useEffect, useState } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { TopBar } from '../shell/TopBar';
import { AccuracyLine } from './AccuracyLine';
import { ComparePanel } from './ComparePanel';
import { DrillPanel } from './DrillPanel';
import type { Drill } from './drill';
import { Headline } from './Headline';
import { Heatmap } from './Heatmap';
import { RoleCharts } from './RoleCharts';
import { ScheduleToggle } from './ScheduleToggle';
import { SnapshotHeader } from './SnapshotHeader';
import { SnapshotList } from './SnapshotList';
import { EmptySnapshot, SnapshotGapNote, snapshotGap } from './SnapshotEmpty';
import { TakeSnapshotDialog } from './TakeSnapshotDialog';
import type { Snapshot } from '@shared/contract';
import { useStore } from '../../store';
import './snapshots.css';

/** One snapshot's figures, each opening its breakdown. */
function Dashboard({ snapshot, open }: { snapshot: Snapshot; open: (d: Drill) => void }) {
  return (
    <>
      <SnapshotGapNote gap={snapshotGap(snapshot)} />
      <Headline snapshot={snapshot} onDrill={open} />
      <AccuracyLine />
      <RoleCharts snapshot={snapshot} onDrill={open} />
      <Heatmap snapshot={snapshot} onDrill={open} />
      <div className="snap-footer-links">
        <button type="button" className="snap-link" onClick={() => open({ kind: 'campaigns' })}>Cost against budget, per campaign</button>
        <button type="button" className="snap-link" onClick={() => open({ kind: 'coverage' })}>Open demand, line by line</button>
      </div>
    </>
  );
}

/** The executive view: saved capacity snapshots, one read-only dashboard, and what changed between two. */
export function SnapshotsView() {
  const loaded = useStore((s) => s.snapshotsLoaded);
  const count = useStore((s) => s.snapshots.length);
  const snapshot = useStore((s) => s.snapshot);
  const selectedId = useStore((s) => s.selectedSnapshotId);
  const comparison = useStore((s) => s.snapshotComparison);
  const compareId = useStore((s) => s.compareSnapshotId);
  const [taking, setTaking] = useState(false);
  const [trail, setTrail] = useState<Drill[]>([]);
  const drill = trail.length ? trail[trail.length - 1] : null;
  const open = (d: Drill) => setTrail((t) => [...t, d]);

  useEffect(() => {
    void useStore.getState().loadSnapshots();
  }, []);
  useEffect(() => setTrail([]), [selectedId]);

  const take = <Button variant="primary" icon="plus" onClick={() => setTaking(true)}>Take snapshot</Button>;
  return (
    <>
      <TopBar title="Snapshots" count={loaded ? `${count} saved` : null} busy={!loaded} actions={<><ScheduleToggle />{take}</>} />
      <div className="content">
        {loaded && count === 0 ? (
          <EmptyState icon="snapshots" title="No snapshots yet" actions={take}>
            A snapshot keeps today’s capacity figures — how much of the team’s time is booked, the work still to book, where roles are short of people, cost against budget — exactly as they are, to review now and compare later.
          </EmptyState>
        ) : (
          <div className="snap-layout">
            <SnapshotList />
            <div className="snap-main">
              {!snapshot && selectedId !== null && <div className="snap-loading"><span className="spinner" role="status" aria-label="Loading snapshot" /></div>}
              {snapshot && (
                <>
                  <SnapshotHeader snapshot={snapshot} />
                  {compareId !== null && !comparison && <div className="snap-loading"><span className="spinner" role="status" aria-label="Comparing" /></div>}
                  {comparison && <ComparePanel comparison={comparison} />}
                  {snapshotGap(snapshot) === 'empty' ? <EmptySnapshot snapshot={snapshot} /> : <Dashboard snapshot={snapshot} open={open} />}
                </>
              )}
            </div>
          </div>
        )}
      </div>
      {taking && <TakeSnapshotDialog onClose={() => setTaking(false)} />}
      {drill && snapshot && <DrillPanel snapshot={snapshot} drill={drill} onDrill={open} onClose={() => setTrail([])} onBack={trail.length > 1 ? () => setTrail((t) => t.slice(0, -1)) : undefined} />}
    </>
  );
}
