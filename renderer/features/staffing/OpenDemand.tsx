import { useEffect, useState } from 'react';
import { campaignNeedsPeople, NO_ROLE_YET } from '@shared/domain';
import type { CampaignSummary, DemandLineSummary } from '@shared/contract';
import { call, errorMessage } from '../../api';
import { FormError } from '../../components/Field';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatDateRange, formatHours } from '../../lib/format';
import { useStore } from '../../store';

/** Before a plan is proposed: the open demand lines in the range, each with "Find a person". */
export function OpenDemand({ range, onFind }: { range: { start: string; end: string }; onFind(lineId: number): void }) {
  const roles = useStore((s) => s.roles);
  const dataVersion = useStore((s) => s.dataVersion);
  const [lines, setLines] = useState<DemandLineSummary[] | null>(null);
  const [campaigns, setCampaigns] = useState<Map<number, CampaignSummary>>(new Map());
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([call('demandLines:list', { from: range.start, to: range.end, openOnly: true }), call('campaigns:list', {})])
      .then(([l, c]) => {
        if (!live) return;
        const active = new Map(c.filter((x) => campaignNeedsPeople(x.status)).map((x) => [x.id, x] as const));
        setCampaigns(active);
        setLines(l.filter((x) => active.has(x.campaignId)).sort((a, b) => a.priority - b.priority || a.start.localeCompare(b.start)));
      })
      .catch((e) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [range.start, range.end, dataVersion]);
  const roleName = (id: number | null) => (id === null ? NO_ROLE_YET : (roles.find((r) => r.id === id)?.name ?? 'Role'));
  if (error) return <FormError message={error} />;
  if (!lines) return <span className="spinner" role="status" aria-label="Loading" />;
  if (lines.length === 0) return <EmptyState icon="staffing" title="No open demand in this range">Every demand line in the range is booked.</EmptyState>;
  const total = lines.reduce((s, l) => s + l.openHours, 0);
  return (
    <section className="card sf-open-demand">
      <div className="card-header">
        <h2>Open demand</h2>
        <span className="sub">
          {lines.length} lines, {formatHours(total)} open. Propose a plan for all of them, or find a person for one.
        </span>
      </div>
      <div className="table-scroll">
        <table className="table">
          <thead>
            <tr>
              <th>Campaign</th>
              <th>Role</th>
              <th>Window</th>
              <th className="num">Priority</th>
              <th className="num">Open</th>
              <th className="actions-cell" />
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.id} data-line-id={l.id}>
                <td className="cell-strong">{campaigns.get(l.campaignId)?.name}</td>
                <td>{roleName(l.roleId)}</td>
                <td className="nowrap">{formatDateRange(l.start, l.end)}</td>
                <td className="num">P{l.priority}</td>
                <td className="num open-hours">{formatHours(l.openHours)}</td>
                <td className="actions-cell">
                  <Button size="sm" icon="search" onClick={() => onFind(l.id)}>
                    Find a person
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
