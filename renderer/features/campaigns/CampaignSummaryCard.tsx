import type { CampaignSummary } from '@shared/contract';
import { CAMPAIGN_STATUS_WORDS, campaignNeedsPeople } from '@shared/domain';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateRange, formatHours, formatMoney, formatPercent } from '../../lib/format';
import { useStore } from '../../store';
import { PRIORITY_LABEL } from './campaignDraft';

function Stat({ label, value, sub }: { label: string; value: string; sub?: string }) {
  return (
    <div className="stat">
      <div className="stat-label">{label}</div>
      <div className="stat-value">{value}</div>
      {sub && <div className="stat-sub">{sub}</div>}
    </div>
  );
}

/** A campaign that needs no one any more but isn't finished: bookings left on it are worth a word. */
const stopped = (status: CampaignSummary['status']) => !campaignNeedsPeople(status) && status !== 'done';

export function CampaignSummaryCard({ c }: { c: CampaignSummary }) {
  const setMoneyOpen = useStore((s) => s.setMoneyOpen);
  const overBudget = c.budget > 0 && c.bookedCost > c.budget;
  return (
    <div className="card">
      <div className="card-body summary">
        <div className="summary-facts">
          <div className="summary-title">
            <span className="dot dot-lg" style={{ background: c.colour }} />
            <StatusBadge status={c.status} />
            {c.status === 'pipeline' && <span className="muted">{formatPercent(c.probability)} likely</span>}
          </div>
          <dl className="facts">
            <dt>Client</dt>
            <dd>{c.client || <span className="muted">None</span>}</dd>
            <dt>Dates</dt>
            <dd>{formatDateRange(c.start, c.end)}</dd>
            <dt>Owner</dt>
            <dd>{c.owner || <span className="muted">Nobody yet</span>}</dd>
            <dt>Priority</dt>
            <dd>{PRIORITY_LABEL[c.priority]}</dd>
          </dl>
          {c.notes && <p className="summary-notes">{c.notes}</p>}
          {stopped(c.status) && c.bookedHours > 0.005 && (
            <p className="summary-warning" role="note">
              This campaign is {CAMPAIGN_STATUS_WORDS[c.status].toLowerCase()}, but {formatHours(c.bookedHours)} are still booked on it: those
              bookings still take people's time and cost. Delete or move them if they are no longer needed.
            </p>
          )}
        </div>
        <div className="summary-stats">
          <div className="stats-row">
            <Stat label="Demand" value={formatHours(c.demandHours)} />
            <Stat label="Booked on it" value={formatHours(c.lineBookedHours)} sub={c.demandHours ? `${formatPercent(c.lineBookedHours / c.demandHours, false)} of demand` : undefined} />
            <Stat label="Still open" value={formatHours(c.openHours)} />
            {c.outsideHours > 0.005 && <Stat label="Booked outside the plan" value={formatHours(c.outsideHours)} sub="On no demand line: fills none of it" />}
          </div>
          <ProgressBar value={c.lineBookedHours} max={c.demandHours} large label="Booked hours against demand" />
          <div className="budget">
            <div className="budget-line">
              <span>Booked cost</span>
              <span className={`num${overBudget ? ' over-text' : ''}`}>
                {formatMoney(c.bookedCost, c.currency)}
                <span className="muted">{c.budget ? ` of ${formatMoney(c.budget, c.currency)} budget` : ' · no budget set'}</span>
              </span>
            </div>
            {c.budget > 0 && <ProgressBar value={c.bookedCost} max={c.budget} large label="Booked cost against budget" />}
            {overBudget && <div className="over-text">Over budget by {formatMoney(c.bookedCost - c.budget, c.currency)}</div>}
            {c.currency !== c.reportingCurrency && (
              <div className="budget-line muted" data-figure="booked-cost-reporting">
                <span>In {c.reportingCurrency}</span>
                <span className="num">
                  {formatMoney(c.bookedCostReporting, c.reportingCurrency)}
                  {c.budgetReporting !== null && c.budget > 0 && ` of ${formatMoney(c.budgetReporting, c.reportingCurrency)} budget`}
                </span>
              </div>
            )}
            {c.costWarnings.length > 0 && (
              <div className="money-warnings" role="alert">
                {c.costWarnings.map((w) => (
                  <p key={w}>{w}</p>
                ))}
                <Button size="sm" onClick={() => setMoneyOpen(true)}>
                  Currency and rates…
                </Button>
              </div>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
