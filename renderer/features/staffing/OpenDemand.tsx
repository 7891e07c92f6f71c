import { useEffect } from 'react';
import { NO_ROLE_YET } from '@shared/domain';
import { FormError } from '../../components/Field';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatDateRange, formatHours } from '../../lib/format';
import { useStore } from '../../store';

/** Before a plan is proposed: the open demand lines in the range, each with "Find a person". */
export function OpenDemand({ range, onFind }: { range: { start: string; end: string }; onFind(lineId: number): void }) {
  const roles = useStore((s) => s.roles);
  const held = useStore((s) => s.openDemand);
  const load = useStore((s) => s.loadOpenDemand);
  const { start, end } = range;
  useEffect(() => void load({ start, end }), [load, start, end]);
  const lines = held?.lines ?? null;
  const error = held?.error ?? null;
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
                <td className="cell-strong">{held?.campaigns[l.campaignId]?.name}</td>
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
