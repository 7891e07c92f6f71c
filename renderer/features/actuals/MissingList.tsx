import type { PlannedVsActual } from '@shared/contract';
import { formatDate, formatHours, formatNumber } from '../../lib/format';

/** Planned weeks with nothing logged: a timesheet to chase, not hours worked less. */
export function MissingList({ data }: { data: PlannedVsActual }) {
  if (data.missingCount === 0) return null;
  return (
    <section className="card" aria-label="Missing actuals">
      <div className="card-header">
        <h2>Missing actuals</h2>
        <span className="sub">planned weeks with nothing logged (weeks that have ended)</span>
      </div>
      <table className="table">
        <thead>
          <tr><th>Person</th><th>Week of</th><th className="num">Planned</th></tr>
        </thead>
        <tbody>
          {data.missing.map((m) => (
            <tr key={`${m.talentId}-${m.week}`}><td>{m.name}</td><td>{formatDate(m.week)}</td><td className="num">{formatHours(m.plannedHours)}</td></tr>
          ))}
        </tbody>
      </table>
      {data.missingCount > data.missing.length && <p className="hint card-foot">Showing {formatNumber(data.missing.length, 0)} of {formatNumber(data.missingCount, 0)}, most planned hours first.</p>}
    </section>
  );
}
