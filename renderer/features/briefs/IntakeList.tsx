import { useEffect, type ReactNode } from 'react';
import type { IntakeRow } from '@shared/contract';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatDate, formatHours, formatPercent } from '../../lib/format';
import { useStore } from '../../store';
import { PRIORITY_LABEL } from '../campaigns/campaignDraft';
import { EarliestDeliveryCell } from './EarliestDeliveryCell';
import './briefs.css';

interface Props {
  /** The "Earliest delivery" cell of a row; by default EarliestDeliveryCell (the pitch's delivery answer). */
  delivery?: (row: IntakeRow) => ReactNode;
}

/** Pitches not yet confirmed, soonest requested launch first, then most important: what marketing ops plans from. */
export function IntakeList({ delivery = (row) => <EarliestDeliveryCell row={row} /> }: Props) {
  const rows = useStore((s) => s.intake);
  const loaded = useStore((s) => s.intakeLoaded);
  const load = useStore((s) => s.loadIntake);
  const open = useStore((s) => s.openCampaign);
  const showAll = useStore((s) => s.setCampaignsTab);
  const estimate = useStore((s) => s.estimateDeliveries);
  useEffect(() => {
    void load();
  }, [load]);
  useEffect(() => {
    void estimate(rows.map((r) => ({ campaignId: r.campaignId, start: r.start })));
    return () => void estimate([]);
  }, [rows, estimate]);

  if (!loaded) return <div className="boot"><span className="spinner" /></div>;
  if (rows.length === 0)
    return (
      <EmptyState icon="campaigns" title="No pitches waiting" actions={<Button onClick={() => showAll('all')}>All campaigns</Button>}>
        Campaigns in the pipeline (not yet confirmed) are listed here with their brief, soonest requested launch first.
      </EmptyState>
    );
  return (
    <div className="table-wrap">
      <table className="table table-sticky" aria-label="Intake">
        <thead>
          <tr>
            <th>Campaign</th>
            <th>Requested by</th>
            <th>Requested launch</th>
            <th>Priority</th>
            <th>Channels</th>
            <th className="num">Demand</th>
            <th>Earliest delivery</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.campaignId} tabIndex={0} className="clickable" onClick={() => open(r.campaignId)} onKeyDown={(e) => e.key === 'Enter' && open(r.campaignId)}>
              <td>
                <span className="cell-strong">{r.name}</span>
                <span className="cell-sub">
                  {r.client || 'No client'} · {formatPercent(r.probability)} likely
                </span>
              </td>
              <td>{r.requester || <span className="muted">{r.hasBrief ? 'Not said' : 'No brief yet'}</span>}</td>
              <td className="nowrap">{r.requestedDate ? formatDate(r.requestedDate) : <span className="intake-date-none">No date</span>}</td>
              <td className="nowrap">{PRIORITY_LABEL[r.priority]}</td>
              <td className="intake-channels">{r.channels.length ? r.channels.join(', ') : <span className="muted">—</span>}</td>
              <td className="num">{r.demandHours > 0 ? formatHours(r.demandHours) : <span className="muted">None yet</span>}</td>
              <td className="nowrap">{delivery(r)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
