import type { Snapshot } from '@shared/contract';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatDateRange } from '../../lib/format';
import { useStore } from '../../store';

/** What a snapshot lacks: nothing at all, no people (no capacity), or no demand and no bookings. */
export type SnapshotGap = 'empty' | 'no-people' | 'no-work' | null;

export function snapshotGap(s: Snapshot): SnapshotGap {
  const c = s.headline.counts;
  if (c.people === 0 && c.lines === 0 && c.bookings === 0) return 'empty';
  if (c.people === 0) return 'no-people';
  if (c.lines === 0 && c.bookings === 0) return 'no-work';
  return null;
}

function GoButtons() {
  const setView = useStore((s) => s.setView);
  return (
    <>
      <Button icon="people" onClick={() => setView('people')}>Go to People</Button>
      <Button icon="campaigns" onClick={() => setView('campaigns')}>Go to Campaigns</Button>
    </>
  );
}

/** A snapshot with nothing to measure: says what it needs, in place of a dashboard of zeros. */
export function EmptySnapshot({ snapshot }: { snapshot: Snapshot }) {
  const { start, end } = snapshot.settings.range;
  return (
    <EmptyState icon="snapshots" title="This snapshot has nothing in it" actions={<GoButtons />}>
      When it was taken, no one was in its scope and nothing was planned for {formatDateRange(start, end)}. A snapshot measures people’s working hours against the demand on campaigns:
      add people with their working weeks, and demand lines to campaigns, then take another.
    </EmptyState>
  );
}

/** A line above the dashboard when half of what it measures is missing. */
export function SnapshotGapNote({ gap }: { gap: SnapshotGap }) {
  if (gap !== 'no-people' && gap !== 'no-work') return null;
  const text = gap === 'no-people'
    ? 'No one was in this snapshot’s scope, so it has no capacity to measure demand against. Add people with their working weeks (or widen the filter), then take another.'
    : 'Nothing was booked or asked for in this snapshot’s weeks, so its figures are all zero. Add demand lines to campaigns and book people, then take another.';
  return (
    <div className="snap-gap" role="note">
      <span>{text}</span>
      <GoButtons />
    </div>
  );
}
