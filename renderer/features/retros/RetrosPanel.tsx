import './retros.css';
import { useState } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatDateRange, formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import { NewRetroDialog } from './NewRetroDialog';
import { OpenActions } from './OpenActions';
import { RetroReportPage } from './RetroReportPage';

/** The Retrospectives tab of the Actuals view: the list, the open actions, and one retrospective's report. */
export function RetrosPanel() {
  const retros = useStore((s) => s.retros);
  const openActions = useStore((s) => s.openActions);
  const report = useStore((s) => s.retroReport);
  const openId = useStore((s) => s.retroOpenId);
  const [creating, setCreating] = useState(false);
  const s = useStore.getState();
  const newButton = <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>New retrospective</Button>;
  let body;
  if (openId !== null && report && report.retro.id === openId) body = <RetroReportPage report={report} />;
  else if (openId !== null) body = <p className="hint">Loading the report…</p>;
  else
    body = (
      <>
        <OpenActions actions={openActions} />
        {retros.length === 0 ? (
          <EmptyState icon="clock" title="No retrospectives yet" actions={newButton}>
            Look back on a campaign or a period: planned against actual by role and phase, cost against budget, handoffs and over-allocated days, with the team’s notes and actions.
          </EmptyState>
        ) : (
          <section className="card">
            <div className="card-header"><h2>Retrospectives</h2><span className="spacer" />{newButton}</div>
            <ul className="retro-index">
              {retros.map((r) => (
                <li key={r.id}>
                  <button type="button" className="retro-link" onClick={() => void s.openRetro(r.id)}>
                    <strong>{r.title}</strong>
                    <span className="sub">{r.campaignName ?? 'Period'} · {formatDateRange(r.start, r.end)}</span>
                    <span className={`retro-badge${r.openActions ? ' open' : ''}`}>
                      {r.openActions ? `${formatNumber(r.openActions, 0)} open ${r.openActions === 1 ? 'action' : 'actions'}` : r.actions ? 'All actions done' : 'No actions'}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )}
      </>
    );
  return (
    <>
      {body}
      {creating && <NewRetroDialog onClose={() => setCreating(false)} />}
    </>
  );
}
