import type { StaffingProposalView } from '@shared/contract';
import { formatDate, formatHours, formatMoney, formatNumber, formatPercent } from '../../lib/format';
import { UnstaffedChart } from './UnstaffedChart';

/** The plan's figures, unstaffed hours per role and week, and the people it pushes near their limits. */
export function Summary({ p }: { p: StaffingProposalView }) {
  const better = p.greedyObjective > 0 ? (p.greedyObjective - p.objective) / p.greedyObjective : 0;
  const people = new Map<string, { name: string; weeks: string[]; max: number }>();
  for (const n of p.nearLimit) {
    const e = people.get(n.name) ?? { name: n.name, weeks: [], max: 0 };
    e.weeks.push(n.weekStart);
    e.max = Math.max(e.max, n.share);
    people.set(n.name, e);
  }
  const near = [...people.values()].sort((a, b) => b.weeks.length - a.weeks.length || a.name.localeCompare(b.name));
  return (
    <div className="sf-summary">
      {p.overAllocatedDays > 0 && (
        <p className="sf-over-warning" role="alert">
          Accepting this plan would over-allocate {formatNumber(p.overAllocatedDays, 0)} {p.overAllocatedDays === 1 ? 'day' : 'days'}: it was made with
          tentative bookings counted as free. Tick “Tentative counts as taken” and propose again to avoid them.
        </p>
      )}
      <div className="sf-stats">
        <div className="sf-stat">
          <span className="sf-stat-label">Bookings to create</span>
          <span className="sf-stat-value" data-figure="bookings">{formatNumber(p.bookings.length, 0)}</span>
        </div>
        <div className="sf-stat">
          <span className="sf-stat-label">Hours staffed</span>
          <span className="sf-stat-value">{formatHours(p.staffedHours)}</span>
        </div>
        <div className="sf-stat">
          <span className="sf-stat-label">Left unstaffed</span>
          <span className={`sf-stat-value${p.unstaffedHours > 0.05 ? ' warn' : ''}`}>{formatHours(p.unstaffedHours)}</span>
        </div>
        <div className="sf-stat">
          <span className="sf-stat-label">Total cost, in {p.currency}</span>
          <span className={`sf-stat-value${p.costWarnings.length ? ' warn' : ''}`} data-figure="cost" title={p.costWarnings.join('\n') || undefined}>
            {formatMoney(p.totalCost, p.currency, { compact: true })}
            {p.costWarnings.length > 0 && ' *'}
          </span>
          {p.costWarnings.length > 0 && <span className="sf-stat-sub warn" role="alert">{p.costWarnings[0]}</span>}
        </div>
        <div className="sf-stat sf-stat-wide">
          <span className="sf-stat-label">Quality</span>
          <span className="sf-stat-value sf-quality" data-figure="quality">{p.quality}</span>
          <span className="sf-stat-sub">
            {better > 0.0005 ? `${formatPercent(better, false)} better than booking the cheapest free person line by line` : 'Same as booking the cheapest free person line by line'}
            {' · '}
            {p.mode === 'whole' ? 'one person per line' : 'lines may be split'} · {formatNumber(p.ms / 1000, 1)} s
          </span>
        </div>
      </div>
      <div className="sf-side-cards">
        <section className="card">
          <div className="card-header">
            <h2>Unstaffed hours</h2>
            <span className="sub">per role and week</span>
          </div>
          {p.unstaffed.length === 0 ? <p className="sf-none">Every open hour in the range is staffed.</p> : <UnstaffedChart cells={p.unstaffed} />}
        </section>
        <section className="card">
          <div className="card-header">
            <h2>Near their limit</h2>
            <span className="sub">weeks at ≥ 90% of their free hours</span>
          </div>
          {near.length === 0 ? (
            <p className="sf-none">Nobody is pushed near their limit.</p>
          ) : (
            <ul className="sf-near">
              {near.slice(0, 8).map((n) => (
                <li key={n.name}>
                  <span className="cell-strong">{n.name}</span>
                  <span className="muted">
                    {n.weeks.length} {n.weeks.length === 1 ? 'week' : 'weeks'} from {formatDate(n.weeks[0])}
                  </span>
                </li>
              ))}
              {near.length > 8 && <li className="muted">and {near.length - 8} more</li>}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
