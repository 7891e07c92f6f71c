import './actuals.css';
import { useEffect, useState } from 'react';
import type { PlannedVsActual } from '@shared/contract';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { Popover } from '../../components/Popover';
import { formatDate, formatHours, formatMoney, formatNumber } from '../../lib/format';
import { useStore } from '../../store';
import type { ActualsGrouping } from '../../store/actualsSlice';
import { ImportWizard } from '../io/ImportWizard';
import { RetrosTabs } from '../retros/RetrosTabs';
import { RetrosPanel } from '../retros/RetrosPanel';
import { TopBar } from '../shell/TopBar';
import { AccuracyCard } from './AccuracyChart';
import { LogHoursDialog } from './LogHoursDialog';
import { MissingList } from './MissingList';
import { VarianceChart } from './VarianceChart';
import { VarianceTable } from './VarianceTable';

const GROUPS: [ActualsGrouping, string][] = [['people', 'People'], ['roles', 'Roles'], ['campaigns', 'Campaigns'], ['weeks', 'Weeks']];

function Totals({ data }: { data: PlannedVsActual }) {
  const t = data.totals;
  const money = (v: number) => formatMoney(v, data.currency, { compact: true });
  const pct = t.plannedHours > 0 ? ` (${formatNumber((t.diffHours / t.plannedHours) * 100, 0)} %)` : '';
  return (
    <div className="actuals-stats" data-testid="actuals-totals">
      <div className="card card-body"><div className="stat-label">Planned</div><div className="stat-value">{formatHours(t.plannedHours)}</div><div className="stat-sub">{money(t.plannedCost)}</div></div>
      <div className="card card-body"><div className="stat-label">Actual</div><div className="stat-value">{formatHours(t.actualHours)}</div><div className="stat-sub">{money(t.actualCost)}</div></div>
      <div className="card card-body">
        <div className="stat-label">Difference</div>
        <div className="stat-value">{t.diffHours > 0 ? '+' : ''}{formatHours(t.diffHours)}{pct}</div>
        <div className="stat-sub">{t.diffCost > 0 ? '+' : ''}{money(t.diffCost)}</div>
      </div>
      <div className="card card-body">
        <div className="stat-label">Missing actuals</div>
        <div className="stat-value">{formatNumber(data.missingCount, 0)}</div>
        <div className="stat-sub">{data.missingCount === 1 ? 'planned week' : 'planned weeks'} with nothing logged</div>
      </div>
    </div>
  );
}

const FORMATS = [['xlsx', 'Excel workbook (.xlsx)', 'Totals, by person, role, campaign and week, missing actuals'], ['pdf', 'PDF', 'Print-ready, A4 landscape']] as const;

/** Planned against actual for the range shown, to a file. */
function ExportMenu({ disabled }: { disabled: boolean }) {
  const exporting = useStore((s) => s.actualsExporting);
  return (
    <Popover label={exporting ? 'Exporting…' : 'Export…'} disabled={disabled || exporting} title="Save planned against actual for these weeks as Excel or PDF">
      {(close) => FORMATS.map(([format, name, hint]) => (
        <button key={format} type="button" className="popover-choice" onClick={() => { close(); void useStore.getState().exportActuals(format); }}>
          {name}
          <small>{hint}</small>
        </button>
      ))}
    </Popover>
  );
}

/** Planned against actual: what the plan said, what was logged, and where they part, by person, role, campaign or week. */
export function ActualsView() {
  const data = useStore((s) => s.actuals);
  const loading = useStore((s) => s.actualsLoading);
  const error = useStore((s) => s.actualsError);
  const range = useStore((s) => s.actualsRange);
  const by = useStore((s) => s.actualsBy);
  const importOpen = useStore((s) => s.actualsImportOpen);
  const accuracy = useStore((s) => s.accuracy);
  const [logging, setLogging] = useState(false);
  const [tab, setTab] = useState<'compare' | 'retros'>('compare');

  useEffect(() => {
    void useStore.getState().loadActuals();
    void useStore.getState().loadAccuracy();
  }, []);

  const s = useStore.getState();
  const setDate = (key: 'start' | 'end', value: string) => value && s.setActualsRange({ ...range, [key]: value });
  const importButton = <Button variant="primary" icon="file" onClick={() => s.setActualsImportOpen(true)}>Import time tracking…</Button>;
  const empty = data && data.totals.actualHours === 0 && data.totals.plannedHours === 0;
  return (
    <>
      <TopBar title="Actuals" busy={loading} actions={<><Button icon="clock" onClick={() => setLogging(true)}>Log hours…</Button>{importButton}</>} />
      <div className="content actuals-view">
        <RetrosTabs tab={tab} onTab={setTab} />
        {tab === 'retros' ? <RetrosPanel /> : <>
        <div className="actuals-bar" role="search" aria-label="What to compare">
          <label>From <input className="input" type="date" aria-label="From" value={range.start} onChange={(e) => setDate('start', e.target.value)} /></label>
          <label>to <input className="input" type="date" aria-label="To" value={range.end} onChange={(e) => setDate('end', e.target.value)} /></label>
          <div className="segmented" role="group" aria-label="Group by">
            {GROUPS.map(([g, label]) => (
              <button key={g} type="button" aria-pressed={by === g} onClick={() => s.setActualsBy(g)}>{label}</button>
            ))}
          </div>
          {data && data.hoursWithoutRate > 0 && (
            <span className="hint">{formatHours(data.hoursWithoutRate)} have no exchange rate into {data.currency} on their day and are left out of the costs.</span>
          )}
          <span className="actuals-export"><ExportMenu disabled={!data || !!empty} /></span>
        </div>
        {error && <div className="io-error" role="alert">{error}</div>}
        {empty ? (
          <EmptyState icon="clock" title="Nothing planned or logged in these weeks" actions={importButton}>
            Import a Harvest, Toggl Track or Clockify export, or any sheet with person, date, campaign and hours, to compare what was logged with the plan ({formatDate(range.start)} to {formatDate(range.end)}).
          </EmptyState>
        ) : (
          data && (
            <>
              <Totals data={data} />
              <section className="card">
                <div className="card-header"><h2>Planned and actual, week by week</h2><span className="sub">{formatDate(range.start)} to {formatDate(range.end)}</span></div>
                <div className="card-body"><VarianceChart weeks={data.weeks} /></div>
              </section>
              <section className="card">
                <div className="card-header"><h2>By {GROUPS.find(([g]) => g === by)![1].toLowerCase()}</h2><span className="sub">in hours and {data.currency}; missing: a planned week with nothing logged</span></div>
                <VarianceTable data={data} by={by} />
              </section>
              <MissingList data={data} />
              {accuracy && <AccuracyCard accuracy={accuracy} />}
            </>
          )
        )}
        </>}
      </div>
      {importOpen && <ImportWizard initialEntity="actuals" onClose={() => s.setActualsImportOpen(false)} />}
      {logging && <LogHoursDialog onClose={() => setLogging(false)} />}
    </>
  );
}
