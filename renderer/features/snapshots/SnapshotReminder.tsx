import { useEffect, useState } from 'react';
import { call } from '../../api';
import { Button } from '../../components/Button';
import { useStore } from '../../store';
import { TakeSnapshotDialog } from './TakeSnapshotDialog';

/**
 * On start: takes the weekly snapshot when the schedule says so; otherwise, when the last
 * snapshot is more than a week old, a gentle banner offers to take one.
 */
export function SnapshotReminder() {
  const ready = useStore((s) => s.boot === 'ready' && !(s.info?.firstRun ?? false));
  const [offer, setOffer] = useState(false);
  const [taking, setTaking] = useState(false);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    call('snapshots:autoCheck')
      .then((result) => {
        if (!live) return;
        if (result.taken) {
          // Main announces the new snapshot: an open list follows by itself.
          useStore.getState().pushToast({ kind: 'info', message: `Weekly snapshot taken: ${result.taken.name}` });
        }
        setOffer(result.offer);
      })
      .catch(() => undefined); // a reminder is a nicety: never in the way
    return () => {
      live = false;
    };
  }, [ready]);
  if (!offer && !taking) return null;
  return (
    <>
      {offer && (
        <div className="snap-banner" role="status">
          <span>Your last capacity snapshot is more than a week old.</span>
          <Button size="sm" variant="primary" onClick={() => setTaking(true)}>Take one now</Button>
          <Button size="sm" variant="ghost" onClick={() => setOffer(false)}>Not now</Button>
        </div>
      )}
      {taking && <TakeSnapshotDialog onClose={() => { setTaking(false); setOffer(false); }} />}
    </>
  );
}
