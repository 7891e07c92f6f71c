import { useMemo, useState } from 'react';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { CampaignChange, SnapshotComparison } from '@shared/contract';
import { CHANGE_LABEL, changeTone } from '@shared/snapshots/sentences';
import { formatNumber } from '../../lib/format';
import { formatHours, pct, signedHours, signedPoints, takenLabel, weekLabel } from './format';

function CampaignChanges({ changes }: { changes: CampaignChange[] }) {
  if (changes.length === 0) return <p className="snap-hint">No campaign was won, lost, cancelled, put on hold, added, removed or moved, and no chance or budget changed.</p>;
  return (
    <table className="table snap-table snap-campaign-changes" aria-label="Campaign changes">
      <thead><tr><th>Campaign</th><th>What happened</th></tr></thead>
      <tbody>
        {changes.map((x) => (
          <tr key={x.campaignId}>
            <td><span className={`snap-tag ${changeTone(x.change)}`}>{CHANGE_LABEL[x.change]}</span> <b>{x.name}</b></td>
            <td>{x.sentences.join(' ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const axis = { tick: { fontSize: 11, fill: '#636c7e' }, tickLine: false } as const;

/** What changed between two snapshots: a chart of weekly shortfall and demand, then tables. */
export function ComparePanel({ comparison: c }: { comparison: SnapshotComparison }) {
  const [roleName, setRoleName] = useState('');
  const roleNames = useMemo(() => [...new Set(c.roleWeeks.map((r) => r.roleName))], [c]);
  const data = c.weekTotals.map((w) => ({ week: w.weekStart, before: w.shortfallBefore, after: w.shortfallAfter, demand: w.demandAfter - w.demandBefore }));
  const rows = c.roleWeeks.filter((r) => (roleName ? r.roleName === roleName : true) && (r.demand !== 0 || r.supply !== 0 || r.shortfall !== 0 || (r.utilisation ?? 0) !== 0));
  const h = c.headline;
  return (
    <section className="snap-panel snap-compare" aria-label="Comparison">
      <div className="snap-compare-head">
        <h3>What changed since “{c.base.name}”</h3>
        <span className="snap-hint">{takenLabel(c.base.takenAt)} → {takenLabel(c.current.takenAt)}, over the {c.weeks.length} weeks both cover</span>
      </div>
      <CampaignChanges changes={c.campaigns} />
      <div className="snap-deltas">
        <span>Team’s hours booked <b>{pct(c.base.headline.utilisation)} → {pct(c.current.headline.utilisation)}</b></span>
        <span>Short, next 4 weeks <b className={h.shortfall4 > 0 ? 'bad' : h.shortfall4 < 0 ? 'good' : ''}>{signedHours(h.shortfall4)}</b></span>
        <span>Short, next 12 weeks <b className={h.shortfall12 > 0 ? 'bad' : h.shortfall12 < 0 ? 'good' : ''}>{signedHours(h.shortfall12)}</b></span>
        {h.noRole12 !== 0 && <span>No role yet, next 12 weeks <b>{signedHours(h.noRole12)}</b></span>}
        <span>People booked over their hours <b>{h.overAllocatedPeople > 0 ? '+' : ''}{h.overAllocatedPeople}</b></span>
      </div>
      <div style={{ height: 240 }} data-testid="compare-chart">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#eef0f3" vertical={false} />
            <XAxis dataKey="week" tickFormatter={weekLabel} {...axis} axisLine={{ stroke: '#e3e6eb' }} minTickGap={16} />
            <YAxis {...axis} axisLine={false} width={52} tickFormatter={(v: number) => formatNumber(v, 0)} />
            <Tooltip isAnimationActive={false} formatter={(v, n) => [formatHours(Number(v)), String(n)]} labelFormatter={(l) => `Week of ${weekLabel(String(l))}`} contentStyle={{ borderRadius: 8, fontSize: 12 }} />
            <Legend iconType="circle" iconSize={8} wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="demand" name="Change in open demand" fill="#bac8ff" isAnimationActive={false} />
            <Line dataKey="before" name="Short then" stroke="#868e96" strokeDasharray="5 4" strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line dataKey="after" name="Short now" stroke="#c92a2a" strokeWidth={2} dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <div className="snap-compare-grid">
        <div>
          <div className="snap-table-head">
            <h4>Per role and week</h4>
            <select className="select select-sm" aria-label="Role" value={roleName} onChange={(e) => setRoleName(e.target.value)}>
              <option value="">All roles</option>
              {roleNames.map((n) => <option key={n}>{n}</option>)}
            </select>
          </div>
          <div className="snap-scroll">
            <table className="table snap-table" aria-label="Changes per role and week">
              <thead><tr><th>Role</th><th>Week</th><th className="n">Open demand</th><th className="n">Team’s hours</th><th className="n">Short</th><th className="n">Share booked</th></tr></thead>
              <tbody>
                {rows.length === 0 && <tr><td colSpan={6} className="snap-muted">No change.</td></tr>}
                {rows.slice(0, 300).map((r) => (
                  <tr key={`${r.roleId}-${r.weekStart}`}>
                    <td>{r.roleName}</td><td>{weekLabel(r.weekStart)}</td><td className="n">{signedHours(r.demand)}</td><td className="n">{signedHours(r.supply)}</td>
                    <td className={`n${r.roleId >= 0 && r.shortfall > 0.5 ? ' bad' : r.roleId >= 0 && r.shortfall < -0.5 ? ' good' : ''}`}>{r.roleId < 0 ? '–' : signedHours(r.shortfall)}</td><td className="n">{signedPoints(r.utilisation)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
        <div>
          <h4>People whose load changed most</h4>
          {c.people.length === 0 ? <p className="snap-hint">Nobody’s booked hours changed.</p> : (
            <table className="table snap-table" aria-label="People whose load changed">
              <thead><tr><th>Person</th><th className="n">Booked</th><th className="n">Change</th><th className="n">Utilisation</th></tr></thead>
              <tbody>
                {c.people.slice(0, 15).map((p) => (
                  <tr key={p.talentId}>
                    <td>{p.name}</td><td className="n">{formatHours(p.bookedBefore)} → {formatHours(p.bookedAfter)}</td><td className="n">{signedHours(p.delta)}</td>
                    <td className="n">{pct(p.utilisationBefore)} → {pct(p.utilisationAfter)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </div>
    </section>
  );
}
