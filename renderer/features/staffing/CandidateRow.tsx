import type { StaffingCandidate } from '@shared/contract';
import { Button } from '../../components/Button';
import { formatHours, formatMoney, formatPercent } from '../../lib/format';
import { KIND_LABEL } from '../../lib/talentKinds';
import { bookingText, MATCH_LABEL } from './format';

interface Props {
  c: StaffingCandidate;
  rank: number;
  busy: boolean;
  /** Opens the booking editor with what "Covers" counts. */
  onBook(): void;
}

/** A bar with a figure: the share of the line covered, or utilisation against target. */
function Meter({ value, max, label, tone, marker }: { value: number; max: number; label: string; tone: string; marker?: number }) {
  const pct = max > 0 ? Math.min(1, value / max) * 100 : 0;
  return (
    <span className="sf-meter" role="meter" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value}>
      <span className={`sf-meter-fill ${tone}`} style={{ width: `${pct}%` }} />
      {marker !== undefined && <span className="sf-meter-marker" style={{ left: `${Math.min(1, marker) * 100}%` }} />}
    </span>
  );
}

export function CandidateRow({ c, rank, busy, onBook }: Props) {
  const over = c.target !== null && c.utilisation > c.target;
  return (
    <li className="sf-cand" data-talent-id={c.talentId} data-rank={rank}>
      <div className="sf-cand-head">
        <span className="sf-rank">{rank}</span>
        <span className="sf-name">{c.name}</span>
        <span className={`sf-kind sf-kind-${c.kind}`}>{KIND_LABEL[c.kind]}</span>
        {c.continuity && <span className="sf-badge sf-continuity" title="Already booked on this campaign">On this campaign</span>}
        {c.missing ? (
          <span className="sf-badge sf-near" title={`Near match: ${c.missing}`}>Near match</span>
        ) : (
          <span className="sf-badge" title="How they qualify">{MATCH_LABEL[c.match]}</span>
        )}
        <span className="spacer" />
        <span className="sf-score" title="Overall score (0–100)">{Math.round(c.score * 100)}</span>
      </div>
      <p className="sf-reason">{c.reason}</p>
      <div className="sf-figures">
        <div>
          <span className="sf-fig-label">Covers</span>
          <Meter value={c.coverage} max={1} label="Share of the line covered" tone={c.coverage >= 0.999 ? 'good' : 'part'} />
          <span className="sf-fig">{formatPercent(c.coverage, false)} · {formatHours(c.coverHours)}</span>
        </div>
        <div>
          <span className="sf-fig-label">Cost</span>
          <span className="sf-fig">
            {c.hourlyCostReporting === null ? (
              <span className="over-text" title={`No exchange rate from ${c.currency} to ${c.reportingCurrency}: add one under Currency and rates`}>No {c.currency} rate</span>
            ) : (
              formatMoney(c.cost, c.reportingCurrency)
            )}{' '}
            <span className="muted">
              at {formatMoney(c.costRate, c.currency)}/{c.costRateUnit === 'day' ? 'day' : 'h'}
              {c.hourlyCostReporting !== null && (c.currency !== c.reportingCurrency || c.costRateUnit === 'day') && ` (${formatMoney(c.hourlyCostReporting, c.reportingCurrency)}/h)`}
            </span>
          </span>
        </div>
        <div>
          <span className="sf-fig-label">Utilisation</span>
          <Meter value={c.utilisation} max={1} label="Utilisation in the window" tone={over ? 'over' : 'util'} marker={c.target ?? undefined} />
          <span className="sf-fig">
            {formatPercent(c.utilisation, false)}
            {c.target !== null && <span className="muted"> of {formatPercent(c.target, false)} target</span>}
          </span>
        </div>
      </div>
      <div className="sf-cand-foot">
        {c.booking ? (
          <span className="sf-book-text">Book {bookingText(c.booking)}</span>
        ) : (
          <span className="muted">No free working day in the window</span>
        )}
        <span className="spacer" />
        <Button size="sm" variant={rank === 1 ? 'primary' : 'default'} disabled={!c.booking || busy} onClick={onBook} aria-label={`Book ${c.name}`}>
          Book…
        </Button>
      </div>
    </li>
  );
}
