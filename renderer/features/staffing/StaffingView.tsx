import { useEffect, useState } from 'react';
import { FormError } from '../../components/Field';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Popover } from '../../components/Popover';
import { formatNumber, todayIso } from '../../lib/format';
import { useStore } from '../../store';
import { isPlanStale } from '../../store/staffingSlice';
import { resolveRange } from '../capacity/range';
import { TopBar } from '../shell/TopBar';
import { FindPersonDialog } from './FindPersonDialog';
import { OpenDemand } from './OpenDemand';
import { PlanOptionsBar } from './PlanOptionsBar';
import { PlanSettingsDialog } from './PlanSettingsDialog';
import { ProposalLines } from './ProposalLines';
import { Summary } from './Summary';
import './staffing.css';

/** Staffing: propose a plan for all open demand in a range, review it as a diff, accept it line by line. */
export function StaffingView() {
  const { range, mode } = useStore((s) => s.staffingOptions);
  const proposal = useStore((s) => s.staffingProposal);
  const selectedIds = useStore((s) => s.staffingSelected);
  const busy = useStore((s) => s.staffingBusy);
  const error = useStore((s) => s.staffingError);
  const stale = useStore((s) => isPlanStale(s) && s.staffingBusy === null);
  const { proposeStaffing: propose, acceptStaffing: accept, toggleStaffingLine, staffingSettingsChanged, exportStaffingProposal } = useStore.getState();
  const [elapsed, setElapsed] = useState(0);
  const [finding, setFinding] = useState<number | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => {
    if (busy !== 'propose') return;
    const t0 = performance.now();
    setElapsed(0);
    const timer = window.setInterval(() => setElapsed((performance.now() - t0) / 1000), 100);
    return () => window.clearInterval(timer);
  }, [busy]);

  const selected = new Set(selectedIds);
  const acceptable = proposal ? proposal.lines.filter((l) => !l.accepted && proposal.bookings.some((b) => b.demandLineId === l.demandLineId)) : [];
  const chosen = acceptable.filter((l) => selected.has(l.demandLineId)).map((l) => l.demandLineId);
  const resolved = resolveRange(range, todayIso());

  return (
    <>
      <TopBar
        title="Staffing"
        count={proposal ? `${formatNumber(proposal.lines.length, 0)} open lines` : null}
        actions={
          proposal && (
            <>
              <Popover label={busy === 'export' ? 'Exporting…' : 'Export for review'} disabled={busy !== null} title="Save the plan as it stands, to share before anyone accepts it">
                {(close) =>
                  ([['xlsx', 'Excel workbook (.xlsx)', 'Bookings, lines, unstaffed hours'], ['pdf', 'PDF', 'Print-ready, A4 landscape']] as const).map(([format, name, hint]) => (
                    <button key={format} type="button" className="popover-choice" onClick={() => { close(); void exportStaffingProposal(format); }}>
                      {name}
                      <small>{hint}</small>
                    </button>
                  ))
                }
              </Popover>
              <Button disabled={busy !== null || stale || chosen.length === 0} onClick={() => void accept(chosen)}>
                Accept selected ({chosen.length})
              </Button>
              <Button variant="primary" disabled={busy !== null || stale || acceptable.length === 0} onClick={() => void accept(acceptable.map((l) => l.demandLineId))}>
                Accept all
              </Button>
            </>
          )
        }
      />
      <PlanOptionsBar elapsed={elapsed} onSettings={() => setSettingsOpen(true)} />
      <div className="content sf-content" aria-busy={busy !== null}>
        {busy === 'propose' && (
          <div className="sf-progress" role="status">
            <span className="spinner spinner-sm" /> Finding the best plan for every open line{mode === 'whole' ? ' (one person per line: up to 4 s)' : ''}…
          </div>
        )}
        <FormError message={error} />
        {stale && (
          <div className="sf-stale" role="alert">
            The plan is out of date: the workspace changed since it was proposed. <Button size="sm" onClick={() => void propose()}>Propose again</Button>
          </div>
        )}
        {proposal ? (
          <div className={`sf-proposal${stale ? ' is-stale' : ''}`} data-proposal-id={proposal.id}>
            <p className="sf-note">
              Nothing is booked until you accept. Bookings are made as tentative, in one step you can undo; a backup is taken first.
            </p>
            <Summary p={proposal} />
            {proposal.lines.length === 0 ? (
              <EmptyState icon="staffing" title="No open demand in this range">Every demand line in the range is already booked.</EmptyState>
            ) : (
              <ProposalLines
                proposal={proposal}
                selected={selected}
                onFind={setFinding}
                onToggle={toggleStaffingLine}
              />
            )}
          </div>
        ) : (
          <OpenDemand range={resolved} onFind={setFinding} />
        )}
      </div>
      {finding !== null && <FindPersonDialog demandLineId={finding} onClose={() => setFinding(null)} />}
      {settingsOpen && (
        <PlanSettingsDialog
          onClose={() => setSettingsOpen(false)}
          // A plan on screen was weighed with the old settings: show it as out of date.
          onSaved={staffingSettingsChanged}
        />
      )}
    </>
  );
}
