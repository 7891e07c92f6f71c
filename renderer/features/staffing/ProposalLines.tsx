import type { ProposedBookingView, ProposedLineView, StaffingProposalView } from '@shared/contract';
import { Button } from '../../components/Button';
import { formatDateRange, formatHours, formatMoney, formatNumber } from '../../lib/format';
import { KIND_LABEL } from '../../lib/talentKinds';

interface Props {
  proposal: StaffingProposalView;
  selected: ReadonlySet<number>;
  onToggle(lineId: number, on: boolean): void;
  onFind(lineId: number): void;
}

function LineBlock({ line, bookings, currency, checked, onToggle, onFind }: {
  line: ProposedLineView;
  bookings: ProposedBookingView[];
  currency: string;
  checked: boolean;
  onToggle(on: boolean): void;
  onFind(): void;
}) {
  const after = Math.max(0, line.openBefore - line.staffed);
  const can = bookings.length > 0 && !line.accepted;
  return (
    <div className={`sf-line${line.accepted ? ' accepted' : ''}`} data-line-id={line.demandLineId}>
      <div className="sf-line-row">
        <label className="checkbox">
          <input type="checkbox" disabled={!can} checked={can && checked} onChange={(e) => onToggle(e.target.checked)} aria-label={`Accept ${line.roleName} on ${line.campaignName}`} />
        </label>
        <span className="sf-line-role">{line.roleName}</span>
        <span className="muted">{formatDateRange(line.start, line.end)} · P{line.priority}{line.probability < 100 ? ` · ${line.probability}%` : ''}</span>
        <span className="spacer" />
        <span className="sf-diff" title="Open hours before → after the plan">
          <span className="sf-before">{formatHours(line.openBefore)} open</span>
          <span className="sf-arrow">→</span>
          <span className={after > 0.05 ? 'sf-after-open' : 'sf-after-done'}>{after > 0.05 ? `${formatHours(after)} open` : 'staffed'}</span>
        </span>
        <span className="sf-line-cost">{line.cost > 0 ? formatMoney(line.cost, currency, { compact: true }) : '—'}</span>
        {line.accepted ? <span className="sf-badge sf-accepted">Accepted</span> : <Button size="sm" variant="ghost" onClick={onFind}>Find a person</Button>}
      </div>
      {bookings.length > 0 && (
        <table className="sf-bookings">
          <tbody>
            {bookings.map((b) => (
              <tr key={b.key} className="sf-add">
                <td className="sf-plus">+</td>
                <td>
                  <span className="cell-strong">{b.name}</span> <span className={`sf-kind sf-kind-${b.kind}`}>{KIND_LABEL[b.kind]}</span>
                </td>
                <td className="nowrap">{formatDateRange(b.start, b.end)}</td>
                <td className="num">{formatNumber(b.hoursPerDay, 2)} h a day</td>
                <td className="num">{formatHours(b.totalHours)}</td>
                <td className="num">{formatMoney(b.cost, currency, { compact: true })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

/** The plan as a diff: campaign by campaign, each line's open hours before → after and the bookings it adds. */
export function ProposalLines({ proposal, selected, onToggle, onFind }: Props) {
  const byCampaign = new Map<number, ProposedLineView[]>();
  for (const l of proposal.lines) byCampaign.set(l.campaignId, [...(byCampaign.get(l.campaignId) ?? []), l]);
  const bookingsOf = (id: number) => proposal.bookings.filter((b) => b.demandLineId === id);
  return (
    <div className="sf-campaigns">
      {[...byCampaign.values()].map((lines) => (
        <section className="card sf-campaign" key={lines[0].campaignId}>
          <div className="card-header">
            <h2>{lines[0].campaignName}</h2>
            <span className="sub">
              {lines.length} {lines.length === 1 ? 'line' : 'lines'} · {formatHours(lines.reduce((s, l) => s + l.staffed, 0))} staffed ·{' '}
              {formatMoney(lines.reduce((s, l) => s + l.cost, 0), proposal.currency, { compact: true })}
            </span>
          </div>
          {lines.map((l) => (
            <LineBlock
              key={l.demandLineId}
              line={l}
              bookings={bookingsOf(l.demandLineId)}
              currency={proposal.currency}
              checked={selected.has(l.demandLineId)}
              onToggle={(on) => onToggle(l.demandLineId, on)}
              onFind={() => onFind(l.demandLineId)}
            />
          ))}
        </section>
      ))}
    </div>
  );
}
