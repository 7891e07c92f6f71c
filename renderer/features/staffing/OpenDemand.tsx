import { useEffect } from 'react';
import { NO_ROLE_YET } from '@shared/domain';
import { FormError } from '../../components/Field';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { formatDateRange, formatHours } from '../../lib/format';
import { useStore } from '../../store';
import { NO_OPEN_DEMAND_FILTER } from '../../store/staffingSlice';
import { campaignsOfLines, filterOpenLines, isOpenDemandFiltered } from './openDemandFilter';

/** Staffing with nothing to staff: what fills it, and the way there. */
function NoOpenDemand() {
  const setView = useStore((s) => s.setView);
  return (
    <EmptyState icon="staffing" title="No open demand in this range" actions={<Button variant="primary" icon="campaigns" onClick={() => setView('campaigns')}>Go to Campaigns</Button>}>
      Staffing fills the open hours of demand lines. Add demand to a campaign (a role, its hours and dates) and its open hours show here, ready to staff. Lines already booked in full, and campaigns on hold, done, lost or cancelled, don’t show.
    </EmptyState>
  );
}

/** Before a plan is proposed: the open demand lines in the range, each with "Find a person". */
export function OpenDemand({ range, onFind }: { range: { start: string; end: string }; onFind(lineId: number): void }) {
  const roles = useStore((s) => s.roles);
  const held = useStore((s) => s.openDemand);
  const filter = useStore((s) => s.openDemandFilter);
  const setFilter = useStore((s) => s.setOpenDemandFilter);
  const load = useStore((s) => s.loadOpenDemand);
  const { start, end } = range;
  useEffect(() => void load({ start, end }), [load, start, end]);
  const lines = held?.lines ?? null;
  const error = held?.error ?? null;
  const roleName = (id: number | null) => (id === null ? NO_ROLE_YET : (roles.find((r) => r.id === id)?.name ?? 'Role'));
  if (error) return <FormError message={error} />;
  if (!lines) return <span className="spinner" role="status" aria-label="Loading" />;
  if (lines.length === 0) return <NoOpenDemand />;
  const campaigns = held?.campaigns ?? {};
  const shown = filterOpenLines(lines, campaigns, roleName, filter);
  const filtered = isOpenDemandFiltered(filter);
  const total = shown.reduce((s, l) => s + l.openHours, 0);
  const choices = campaignsOfLines(lines, campaigns);
  return (
    <section className="card sf-open-demand">
      <div className="card-header">
        <h2>Open demand</h2>
        <span className="sub">
          {filtered
            ? `${shown.length} of ${lines.length} lines shown, ${formatHours(total)} open. A proposed plan covers all ${lines.length}; find a person for one here.`
            : `${lines.length} lines, ${formatHours(total)} open. Propose a plan for all of them, or find a person for one.`}
        </span>
      </div>
      <div className="sf-demand-filters" role="search" aria-label="Filter open demand">
        <select className="select" aria-label="Campaign" value={filter.campaignId ?? ''} onChange={(e) => setFilter({ campaignId: e.target.value ? Number(e.target.value) : null })}>
          <option value="">All campaigns</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>{c.name}</option>
          ))}
        </select>
        <input className="input input-search" type="search" aria-label="Search open demand" placeholder="Search campaign, client, role…" value={filter.text} onChange={(e) => setFilter({ text: e.target.value })} />
        {filtered && <Button onClick={() => setFilter(NO_OPEN_DEMAND_FILTER)}>Clear filters</Button>}
      </div>
      {shown.length === 0 && <p className="sf-none">No open line matches these filters.</p>}
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
            {shown.map((l) => (
              <tr key={l.id} data-line-id={l.id}>
                <td className="cell-strong">{campaigns[l.campaignId]?.name}</td>
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
