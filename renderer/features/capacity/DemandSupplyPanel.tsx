import { useEffect, useMemo } from 'react';
import { EmptyState } from '../../components/EmptyState';
import { RoleSelect } from '../../components/RoleSelect';
import { formatDate, formatHours } from '../../lib/format';
import { useStore } from '../../store';
import { DemandChart, SERIES_COLOURS } from './DemandChart';
import { roleSeries, worstShortfalls, type RoleSeries } from './roleSeries';
import { ROVING } from '../../lib/roving';

function Controls() {
  const roles = useStore((s) => s.roles);
  const { roleId: chartRoleId, weighted, otherRoles: chartOtherRoles } = useStore((s) => s.capacityChart);
  const setChart = useStore((s) => s.setCapacityChart);
  const actual = useStore((s) => s.heatmapActual);
  const setActual = useStore((s) => s.setHeatmapActual);
  return (
    <div className="cp-subbar">
      <RoleSelect roles={roles} value={chartRoleId} onChange={(id) => setChart({ roleId: id })} anyLabel="All roles" aria-label="Chart role" />
      <div className="segmented" role="group" aria-label="Pipeline demand" {...ROVING}>
        <button type="button" aria-pressed={weighted} onClick={() => setChart({ weighted: true })} title="Pipeline demand counts at its campaign's probability">
          Weighted
        </button>
        <button type="button" aria-pressed={!weighted} onClick={() => setChart({ weighted: false })} title="Pipeline demand counts in full">
          Unweighted
        </button>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={chartOtherRoles} onChange={(e) => setChart({ otherRoles: e.target.checked })} />
        Include people who list the role as another role
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={actual} onChange={(e) => setActual(e.target.checked)} />
        Actual for past weeks
      </label>
      <span className="spacer" />
      <span className="cp-key">
        <i style={{ background: '#e9ecef', borderColor: SERIES_COLOURS.supply }} /> Capacity
        <i style={{ background: 'rgb(61 143 209 / 0.35)', borderColor: SERIES_COLOURS.booked }} /> Booked
        <i className="line" style={{ background: SERIES_COLOURS.demand }} /> Demand
        <i style={{ background: SERIES_COLOURS.shortfall, borderColor: SERIES_COLOURS.shortfall }} /> Shortfall
        {actual && <><i className="line" style={{ background: SERIES_COLOURS.actual }} /> Worked (logged)</>}
      </span>
    </div>
  );
}

/** Demand against supply per role and week, with the worst shortfalls. */
export function DemandSupplyPanel() {
  const rangeChoice = useStore((s) => s.capacityRange);
  const { roleId: chartRoleId, weighted, otherRoles } = useStore((s) => s.capacityChart);
  const setChart = useStore((s) => s.setCapacityChart);
  const held = useStore((s) => s.roleWeeks);
  const load = useStore((s) => s.loadRoleWeeks);
  const actualPast = useStore((s) => s.heatmapActual);
  useEffect(() => void load(), [load, rangeChoice, weighted, otherRoles, actualPast]);
  const rows = held?.data ?? null;
  const error = held?.error ?? null;
  const loading = held?.loading ?? true;
  const all = useMemo(() => (rows ? roleSeries(rows) : []), [rows]);
  const shortFirst = (a: RoleSeries, b: RoleSeries) => Number(a.roleId < 0) - Number(b.roleId < 0) || b.totalShortfall - a.totalShortfall || a.roleName.localeCompare(b.roleName);
  const shown = chartRoleId === null ? [...all].sort(shortFirst) : all.filter((s) => s.roleId === chartRoleId);
  const worst = useMemo(() => worstShortfalls((rows ?? []).filter((r) => chartRoleId === null || r.roleId === chartRoleId), 10), [rows, chartRoleId]);

  let body;
  if (error) body = <p className="field-error">{error}</p>;
  else if (!rows) body = <div className="boot"><span className="spinner" /></div>;
  else if (!shown.length) body = <EmptyState icon="capacity" title="No roles to chart">Add roles and people to see demand against supply.</EmptyState>;
  else
    body = (
      <div className="cp-demand-grid">
        <div className={chartRoleId === null ? 'cp-multiples' : 'cp-single'}>
          {shown.map((s) => (
            <section key={s.roleId} className="card cp-chart-card" aria-label={`${s.roleName}: demand against supply`}>
              <header className="cp-chart-head">
                {chartRoleId === null ? (
                  <button type="button" className="cp-link" onClick={() => setChart({ roleId: s.roleId })}>
                    {s.roleName}
                  </button>
                ) : (
                  <h2>{s.roleName}</h2>
                )}
                {s.roleId < 0 ? (
                  <span className="muted">{`${formatHours(s.totalDemand)} of demand has no role yet`}</span>
                ) : (
                  <span className={s.peakShortfall > 0 ? 'cp-short' : 'muted'}>
                    {s.peakShortfall > 0 ? `Short by up to ${formatHours(s.peakShortfall)} a week` : 'Covered every week'}
                  </span>
                )}
              </header>
              <DemandChart series={s} height={chartRoleId === null ? 170 : 340} compact={chartRoleId === null} />
            </section>
          ))}
        </div>
        <section className="card cp-worst" aria-label="Worst shortfalls">
          <header className="card-header">
            <h2>Worst shortfalls</h2>
          </header>
          {worst.length === 0 ? (
            <p className="muted cp-worst-empty">No shortfall in this range{weighted ? ' (weighted pipeline)' : ''}.</p>
          ) : (
            <table className="table">
              <thead>
                <tr>
                  <th>Role</th>
                  <th>Week of</th>
                  <th className="num">Demand</th>
                  <th className="num">Free</th>
                  <th className="num">Short</th>
                </tr>
              </thead>
              <tbody>
                {worst.map((r) => (
                  <tr key={`${r.roleId}-${r.weekStart}`}>
                    <td>{r.roleName}</td>
                    <td className="nowrap">{formatDate(r.weekStart)}</td>
                    <td className="num">{formatHours(r.demand)}</td>
                    <td className="num">{formatHours(r.free)}</td>
                    <td className="num cp-short">{formatHours(r.shortfall)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    );

  return (
    <div className="cp-demand" aria-busy={loading}>
      <Controls />
      <div className="cp-scroll">{body}</div>
    </div>
  );
}
