import type { RetroReport, VarianceRow } from '@shared/contract';
import { HANDOFF_STATE_LABELS } from '@shared/domain';
import { Button } from '../../components/Button';
import { formatDate, formatDateRange, formatHours, formatMoney, formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import { AccuracyTable } from '../actuals/AccuracyChart';
import { VarianceChart } from '../actuals/VarianceChart';
import { RetroNotes } from './RetroNotes';

const signed = (h: number) => `${h > 0 ? '+' : ''}${formatHours(h)}`;

function VarianceRows({ first, rows, currency, days }: { first: string; rows: (VarianceRow & { start?: string; end?: string })[]; currency: string; days?: boolean }) {
  const money = (v: number) => formatMoney(v, currency, { compact: true });
  return (
    <div className="table-scroll">
      <table className="table retro-table" aria-label={`Planned against actual by ${first.toLowerCase()}`}>
        <thead><tr><th>{first}</th>{days && <th>Days</th>}<th className="num">Planned</th><th className="num">Actual</th><th className="num">Difference</th><th className="num">Planned cost</th><th className="num">Actual cost</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.id}-${r.label}`}>
              <td>{r.label}</td>{days && <td>{formatDateRange(r.start, r.end)}</td>}
              <td className="num">{formatHours(r.plannedHours)}</td><td className="num">{formatHours(r.actualHours)}</td>
              <td className={`num${r.diffHours > 0.5 ? ' over' : ''}`}>{signed(r.diffHours)}</td>
              <td className="num">{money(r.plannedCost)}</td><td className="num">{money(r.actualCost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Figures({ r }: { r: RetroReport }) {
  const t = r.totals;
  const money = (v: number) => formatMoney(v, r.currency, { compact: true });
  const c = r.handoffCounts;
  return (
    <div className="actuals-stats" data-testid="retro-totals">
      <div className="card card-body"><div className="stat-label">Planned</div><div className="stat-value">{formatHours(t.plannedHours)}</div><div className="stat-sub">{money(t.plannedCost)}</div></div>
      <div className="card card-body"><div className="stat-label">Actual</div><div className="stat-value">{formatHours(t.actualHours)}</div><div className="stat-sub">{money(t.actualCost)}</div></div>
      <div className="card card-body"><div className="stat-label">Difference</div><div className="stat-value">{signed(t.diffHours)}</div><div className="stat-sub">{t.diffCost > 0 ? '+' : ''}{money(t.diffCost)}</div></div>
      <div className="card card-body">
        <div className="stat-label">Handoffs and over-allocation</div>
        <div className="stat-value">{c.total ? `${c.total - c.slaMissed} of ${c.total} in SLA` : 'No handoffs'}</div>
        <div className="stat-sub">{formatNumber(r.overAllocatedDays, 0)} person-{r.overAllocatedDays === 1 ? 'day' : 'days'} booked over capacity</div>
      </div>
    </div>
  );
}

function Budgets({ r }: { r: RetroReport }) {
  if (!r.budgets.length) return null;
  const money = (v: number, cur = r.currency) => formatMoney(v, cur, { compact: true });
  return (
    <section className="card">
      <div className="card-header"><h2>Cost against budget</h2><span className="sub">in {r.currency}</span></div>
      <div className="table-scroll">
        <table className="table retro-table" aria-label="Cost against budget">
          <thead><tr><th>Campaign</th><th className="num">Budget</th><th className="num">In {r.currency}</th><th className="num">Planned cost</th><th className="num">Actual cost</th></tr></thead>
          <tbody>{r.budgets.map((b) => (
            <tr key={b.campaignId}><td>{b.name}</td><td className="num">{money(b.budget, b.currency)}</td><td className="num">{b.budgetReporting === null ? 'no exchange rate' : money(b.budgetReporting)}</td>
              <td className="num">{money(b.plannedCost)}</td><td className={`num${b.budgetReporting !== null && b.actualCost > b.budgetReporting ? ' over' : ''}`}>{money(b.actualCost)}</td></tr>
          ))}</tbody>
        </table>
      </div>
    </section>
  );
}

function Happened({ r }: { r: RetroReport }) {
  return (
    <div className="retro-two">
      <section className="card">
        <div className="card-header"><h2>Handoffs</h2></div>
        {r.handoffs.length ? (
          <ul className="retro-list">{r.handoffs.map((h) => (
            <li key={h.phaseName} className={h.state === 'sla_missed' || h.state === 'overdue_sla' ? 'bad' : h.state === 'late' || h.state === 'overdue' ? 'warn' : ''}>
              <strong>{h.phaseName}</strong> → {h.to}: {HANDOFF_STATE_LABELS[h.state]}{h.done ? ` (${formatDate(h.done)})` : ''}
            </li>
          ))}</ul>
        ) : <p className="hint card-body">No handoffs in this retrospective.</p>}
      </section>
      <section className="card">
        <div className="card-header"><h2>Over-allocated days</h2><span className="sub">days that have passed</span></div>
        {r.overAllocations.length ? (
          <ul className="retro-list">{r.overAllocations.map((o) => (
            <li key={`${o.talentId}-${o.start}`}><strong>{o.name}</strong>: {formatDateRange(o.start, o.end)}, {formatNumber(o.days, 0)} {o.days === 1 ? 'day' : 'days'}, {formatHours(o.excess)} over</li>
          ))}</ul>
        ) : <p className="hint card-body">Nobody was booked above their capacity.</p>}
      </section>
    </div>
  );
}

/** One retrospective: the figures of what happened, the notes and the actions, and its export. */
export function RetroReportPage({ report: r }: { report: RetroReport }) {
  const busy = useStore((s) => s.retroBusy);
  const s = useStore.getState();
  return (
    <div className="retro-page">
      <div className="retro-head">
        <Button icon="back" variant="ghost" onClick={() => void s.openRetro(null)}>All retrospectives</Button>
        <div className="retro-title">
          <h2>{r.retro.title}</h2>
          <span className="sub">{r.retro.campaignName ?? 'Period'} · {formatDateRange(r.range.start, r.range.end)}</span>
        </div>
        <span className="spacer" />
        <Button icon="file" disabled={busy !== null} onClick={() => void s.exportRetro('html')}>{busy === 'html' ? 'Saving…' : 'Export web page'}</Button>
        <Button icon="file" disabled={busy !== null} onClick={() => void s.exportRetro('pdf')}>{busy === 'pdf' ? 'Saving…' : 'Export PDF'}</Button>
        <Button icon="trash" variant="ghost" onClick={() => void s.deleteRetro(r.retro.id)}>Delete</Button>
      </div>
      <Figures r={r} />
      <section className="card">
        <div className="card-header"><h2>Planned and actual, week by week</h2></div>
        <div className="card-body"><VarianceChart weeks={r.weeks} /></div>
      </section>
      <section className="card"><div className="card-header"><h2>By role</h2></div><VarianceRows first="Role" rows={r.roles} currency={r.currency} /></section>
      {r.phases.length > 0 && (
        <section className="card"><div className="card-header"><h2>By phase</h2><span className="sub">hours on the campaign during each phase’s days</span></div><VarianceRows first="Phase" rows={r.phases} currency={r.currency} days /></section>
      )}
      <Budgets r={r} />
      <Happened r={r} />
      <section className="card"><div className="card-header"><h2>Forecast accuracy</h2><span className="sub">how close the snapshots’ plans for these weeks were to the hours worked, per role</span></div><AccuracyTable buckets={r.forecastAccuracy} /></section>
      <RetroNotes report={r} />
    </div>
  );
}
