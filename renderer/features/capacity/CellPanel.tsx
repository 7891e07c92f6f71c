import { useEffect } from 'react';
import { Button } from '../../components/Button';
import { formatDateRange, formatHours, formatPercent } from '../../lib/format';
import { useStore } from '../../store';
import type { CellDetail, SelectedCell } from '../../store/capacitySlice';
import { bucketTitle } from './buckets';
import { cellLoad } from '@shared/utilisationScale';
import { TIME_OFF_TYPE_WORDS } from '@shared/domain';

/** The cell's figures: as clicked, then as they are now once its detail is here (a change may move them). */
function Figures({ cell, now }: { cell: SelectedCell; now: CellDetail['figures'] | undefined }) {
  const { capacity, confirmed, tentative } = now ?? cell;
  const load = cellLoad(capacity, confirmed, tentative, cell.target);
  const free = Math.max(0, capacity - confirmed - tentative);
  const util = load.state === 'off' ? '—' : Number.isFinite(load.utilisation) ? formatPercent(load.utilisation, false) : 'No capacity';
  return (
    <dl className="cp-figures">
      <div>
        <dt>Capacity</dt>
        <dd data-figure="capacity">{formatHours(capacity)}</dd>
      </div>
      <div>
        <dt>Confirmed</dt>
        <dd data-figure="confirmed">{formatHours(confirmed)}</dd>
      </div>
      <div>
        <dt>Tentative</dt>
        <dd data-figure="tentative">{formatHours(tentative)}</dd>
      </div>
      <div>
        <dt>Free</dt>
        <dd>{formatHours(free)}</dd>
      </div>
      <div className={`cp-util ${load.state}`}>
        <dt>Utilisation</dt>
        <dd data-figure="utilisation">
          {util}
          {cell.target !== null && <span className="muted"> of {cell.target}% target</span>}
        </dd>
      </div>
    </dl>
  );
}

/** The side panel for a clicked cell: its figures, the bookings behind it, and time off. */
export function CellPanel() {
  const cell = useStore((s) => s.capacitySelected);
  const bucket = useStore((s) => s.capacityBucket);
  const select = useStore((s) => s.selectCapacityCell);
  const held = useStore((s) => s.cellDetail);
  const load = useStore((s) => s.loadCellDetail);
  // Shown again after another view: reload when a change came meanwhile.
  useEffect(() => void load(), [load]);
  if (!cell) return null;
  const detail = held?.data ?? null;
  const error = held?.error ?? null;
  return (
    <aside className="cp-panel" data-talent-id={cell.talentId} data-start={cell.start} data-end={cell.end} data-ready={detail ? 'true' : 'false'} aria-label={`${cell.name}, ${bucketTitle(cell.start, cell.end, bucket)}`}>
      <header className="cp-panel-head">
        <div>
          <h2>{cell.name}</h2>
          <p className="muted">{bucketTitle(cell.start, cell.end, bucket)}</p>
        </div>
        <Button variant="ghost" size="sm" icon="close" iconOnly label="Close" onClick={() => select(null)} />
      </header>
      <div className="cp-panel-body">
        <Figures cell={cell} now={detail?.figures} />
        {error && <p className="field-error">{error}</p>}
        {!detail && !error && <span className="spinner" role="status" aria-label="Loading" />}
        {detail && (
          <>
            <section aria-label="Bookings">
              <h3>
                Bookings <span className="muted">{detail.bookings.length || ''}</span>
              </h3>
              {detail.bookings.length === 0 && <p className="muted">No bookings in this period.</p>}
              <ul className="cp-list">
                {detail.bookings.map((b) => (
                  <li key={b.id} className="cell-booking" data-booking-id={b.id} data-hours={b.hoursInCell}>
                    <span className="dot" style={{ background: b.campaign?.colour ?? '#94a3b8' }} />
                    <span className="cell-booking-main">
                      <strong>{b.campaign?.name ?? `Campaign ${b.campaignId}`}</strong>
                      <span className="muted">
                        {formatDateRange(b.start, b.end)} · {formatHours(b.hoursPerDay)}/day
                        {b.status === 'tentative' && <span className="badge badge-tentative">Tentative</span>}
                      </span>
                    </span>
                    <span className="cell-booking-hours num" title={`${formatHours(b.totalHours)} in all`}>
                      {formatHours(b.hoursInCell)}
                      <span className="muted">of {formatHours(b.totalHours)}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
            <section aria-label="Time off">
              <h3>Time off</h3>
              {detail.timeOff.length === 0 && <p className="muted">None in this period.</p>}
              <ul className="cp-list">
                {detail.timeOff.map((t) => (
                  <li key={t.id} className="cp-timeoff">
                    <span className={`badge badge-plain timeoff-${t.type}`}>{TIME_OFF_TYPE_WORDS[t.type]}</span>
                    <span>{formatDateRange(t.start, t.end)}</span>
                    <span className="muted num">{t.hoursPerDay === null ? 'Whole days' : `${formatHours(t.hoursPerDay)}/day`}</span>
                  </li>
                ))}
              </ul>
            </section>
          </>
        )}
      </div>
    </aside>
  );
}
