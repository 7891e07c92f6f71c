import type { CampaignSummary } from '@shared/contract';
import { ProgressBar } from '../../components/ProgressBar';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateRange, formatHours, formatMoney, formatPercent } from '../../lib/format';
import { useStore } from '../../store';
import './campaignList.css';

function Row({ c, onOpen }: { c: CampaignSummary; onOpen: (id: number) => void }) {
  const ratio = c.demandHours > 0 ? c.lineBookedHours / c.demandHours : 0;
  return (
    <tr
      tabIndex={0}
      className="clickable"
      onClick={() => onOpen(c.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onOpen(c.id);
      }}
    >
      <td>
        <div className="campaign-cell">
          <span className="dot" style={{ background: c.colour }} />
          <div style={{ minWidth: 0 }}>
            <span className="cell-strong">{c.name}</span>
            <span className="cell-sub">{c.client || 'No client'}</span>
          </div>
        </div>
      </td>
      <td>
        <StatusBadge status={c.status} />
      </td>
      <td className="num">{formatPercent(c.probability)}</td>
      <td className="nowrap">{formatDateRange(c.start, c.end)}</td>
      <td className="num">{c.budget ? formatMoney(c.budget, c.currency) : <span className="muted">—</span>}</td>
      <td className="num" data-figure="booked-cost">
        <span className={c.costWarnings.length ? 'over-text' : undefined} title={c.costWarnings.join('\n') || undefined}>
          {formatMoney(c.bookedCost, c.currency)}
          {c.costWarnings.length > 0 && ' *'}
        </span>
        {c.currency !== c.reportingCurrency && <span className="cell-sub">{formatMoney(c.bookedCostReporting, c.reportingCurrency)}</span>}
      </td>
      <td className="num">{formatHours(c.demandHours)}</td>
      <td className="num">
        {formatHours(c.lineBookedHours)}
        {c.outsideHours > 0.005 && <span className="cell-sub">+{formatHours(c.outsideHours)} outside the plan</span>}
      </td>
      <td style={{ width: 150 }}>
        {c.demandHours > 0 ? (
          <div className="progress-cell">
            <ProgressBar value={c.lineBookedHours} max={c.demandHours} label={`${c.name}: booked of demand`} />
            <span className="num muted">{formatPercent(ratio, false)}</span>
          </div>
        ) : (
          <span className="muted">No demand</span>
        )}
      </td>
    </tr>
  );
}

/** The booked cost of the campaigns listed, added in the reporting currency (each day at its rate). */
function CostTotal({ campaigns }: { campaigns: CampaignSummary[] }) {
  const currency = campaigns[0].reportingCurrency;
  const total = campaigns.reduce((sum, c) => sum + c.bookedCostReporting, 0);
  const lacking = campaigns.filter((c) => c.costWarnings.length > 0).length;
  return (
    <tfoot>
      <tr className="table-total">
        <td colSpan={5}>
          Booked cost of these {campaigns.length} campaigns, in {currency}
          {lacking > 0 && <span className="over-text"> · {lacking} with hours lacking an exchange rate (*), left out</span>}
        </td>
        <td className="num" data-figure="booked-cost-total">{formatMoney(total, currency)}</td>
        <td colSpan={3} />
      </tr>
    </tfoot>
  );
}

export function CampaignList() {
  const campaigns = useStore((s) => s.campaigns);
  const open = useStore((s) => s.openCampaign);
  return (
    <div className="table-wrap">
      <table className="table table-sticky campaign-list">
        <thead>
          <tr>
            <th>Campaign</th>
            <th>Status</th>
            <th className="num">Probability</th>
            <th>Dates</th>
            <th className="num">Budget</th>
            <th className="num">Booked cost</th>
            <th className="num">Demand</th>
            <th className="num">Booked</th>
            <th>Staffed</th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((c) => (
            <Row key={c.id} c={c} onOpen={open} />
          ))}
        </tbody>
        {campaigns.length > 0 && <CostTotal campaigns={campaigns} />}
      </table>
    </div>
  );
}
