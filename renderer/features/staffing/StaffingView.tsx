import { useEffect, useState } from 'react';
import type { StaffingProposalView } from '@shared/contract';
import { call, errorMessage } from '../../api';
import { FormError } from '../../components/Field';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatNumber, todayIso } from '../../lib/format';
import { useStore } from '../../store';
import { RangePicker } from '../capacity/RangePicker';
import { resolveRange, type RangeChoice } from '../capacity/range';
import { TopBar } from '../shell/TopBar';
import { FindPersonDialog } from './FindPersonDialog';
import { KindsSelect, KINDS_OF, type KindsChoice } from './KindsSelect';
import { OpenDemand } from './OpenDemand';
import { PlanSettingsDialog } from './PlanSettingsDialog';
import { ProposalLines } from './ProposalLines';
import { Summary } from './Summary';
import './staffing.css';

/** Staffing: propose a plan for all open demand in a range, review it as a diff, accept it line by line. */
export function StaffingView() {
  const [range, setRange] = useState<RangeChoice>({ kind: 'weeks', weeks: 12 });
  const [mode, setMode] = useState<'split' | 'whole'>('split');
  const [kinds, setKinds] = useState<KindsChoice>('staff+freelancer');
  const [includeTentative, setIncludeTentative] = useState(true);
  const [proposal, setProposal] = useState<StaffingProposalView | null>(null);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState<'propose' | 'accept' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const [finding, setFinding] = useState<number | null>(null);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const dataVersion = useStore((s) => s.dataVersion);

  useEffect(() => {
    if (busy !== 'propose') return;
    const t0 = performance.now();
    const timer = window.setInterval(() => setElapsed((performance.now() - t0) / 1000), 100);
    return () => window.clearInterval(timer);
  }, [busy]);

  async function propose() {
    setBusy('propose');
    setElapsed(0);
    setError(null);
    try {
      const p = await call('staffing:propose', { range: resolveRange(range, todayIso()), mode, includeTentative, kinds: [...KINDS_OF[kinds]] });
      setProposal(p);
      setPlanVersion(useStore.getState().dataVersion);
      setSelected(new Set(p.lines.filter((l) => p.bookings.some((b) => b.demandLineId === l.demandLineId)).map((l) => l.demandLineId)));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  async function accept(lineIds: number[] | undefined) {
    if (!proposal) return;
    setBusy('accept');
    setError(null);
    try {
      const res = await call('staffing:accept', { proposalId: proposal.id, lineIds });
      const done = new Set(lineIds ?? proposal.lines.map((l) => l.demandLineId));
      setProposal({ ...proposal, lines: proposal.lines.map((l) => (done.has(l.demandLineId) ? { ...l, accepted: true } : l)) });
      setSelected(new Set(res.remainingLineIds.filter((id) => selected.has(id))));
      const s = useStore.getState();
      s.bumpDataVersion(); // deprecated: Open demand refetches on it until Staffing reacts through REACTIONS
      setPlanVersion(useStore.getState().dataVersion);
      await s.announceChange(`${res.label}. A backup was taken first.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  }

  // Undo, or any change elsewhere, makes the shown plan stale: say so rather than let it fail later.
  const [planVersion, setPlanVersion] = useState(dataVersion);
  const stale = proposal !== null && dataVersion !== planVersion && busy === null;

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
      <div className="sf-bar" role="search" aria-label="Plan options">
        <RangePicker value={range} onChange={setRange} />
        <div className="segmented" role="group" aria-label="Mode">
          <button type="button" aria-pressed={mode === 'split'} onClick={() => setMode('split')} title="A line's hours may go to several people">
            Split lines
          </button>
          <button type="button" aria-pressed={mode === 'whole'} onClick={() => setMode('whole')} title="Each line goes to one person">
            One person per line
          </button>
        </div>
        <KindsSelect value={kinds} onChange={setKinds} />
        <label className="checkbox" title="Tentative bookings count as taken">
          <input type="checkbox" checked={includeTentative} onChange={(e) => setIncludeTentative(e.target.checked)} />
          Tentative counts as taken
        </label>
        <span className="spacer" />
        <Button icon="filter" disabled={busy !== null} onClick={() => setSettingsOpen(true)} title="What an open hour costs, and how much each priority counts">
          Plan settings
        </Button>
        <Button variant="primary" icon="staffing" disabled={busy !== null} onClick={() => void propose()}>
          {busy === 'propose' ? `Solving… ${formatNumber(elapsed, 1)} s` : proposal ? 'Propose again' : 'Propose plan'}
        </Button>
      </div>
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
                onToggle={(id, on) => {
                  const next = new Set(selected);
                  if (on) next.add(id);
                  else next.delete(id);
                  setSelected(next);
                }}
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
          onSaved={() => setPlanVersion(-1)}
        />
      )}
    </>
  );
}
