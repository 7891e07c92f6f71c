import { useEffect, useRef, useState } from 'react';
import type { CampaignPhaseView, PhaseDeleteImpact } from '@shared/contract';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useStore } from '../../store';

/**
 * Asks before removing a phase, saying what goes and what stays: the phases after it wait for what
 * it waited for; its demand lines go, except lines with bookings, which stay as the campaign's demand
 * only when the planner confirms (Cancel keeps everything).
 */
export function PhaseRemoveDialog({ phase, onClose }: { phase: CampaignPhaseView; onClose: () => void }) {
  const impactOf = useStore((s) => s.phaseDeleteImpact);
  const remove = useStore((s) => s.deletePhase);
  const showError = useStore((s) => s.showError);
  const [impact, setImpact] = useState<PhaseDeleteImpact | null>(null);
  const close = useRef(onClose);

  useEffect(() => {
    let live = true;
    impactOf(phase.id).then(
      (i) => live && setImpact(i),
      (e) => {
        showError(e);
        close.current();
      },
    );
    return () => void (live = false);
  }, [phase.id, impactOf, showError]);

  if (!impact) return null;
  const keep = impact.bookedLines > 0;
  return (
    <ConfirmDialog
      title={`Remove ${phase.name}?`}
      message={
        <>
          <p>{impact.message}</p>
          <p className="muted" style={{ marginTop: 10 }}>
            {keep ? 'Cancel to keep the phase as it is. ' : ''}You can undo this afterwards.
          </p>
        </>
      }
      confirmLabel={keep ? 'Remove, keep booked lines' : 'Remove phase'}
      danger
      onConfirm={async () => void (await remove({ id: phase.id, keepBookedLines: keep }, phase.name))}
      onClose={onClose}
    />
  );
}
