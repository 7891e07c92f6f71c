import { memo } from 'react';
import { formatHours, formatPercent } from '../../lib/format';
import type { GridRow } from './gridPages';

export const NAME_W = 272;
export const ROW_H = 40;
export const HEAD_H = 46;
export const COL_W = { day: 30, week: 52, month: 84 } as const;

interface Props {
  index: number;
  row: GridRow | undefined;
  top: number;
  width: number;
  roleName: string;
  kindLabel: string;
  show?: 'utilisation' | 'free';
}

/** Overall utilisation against target, e.g. "72% / 80%", with a small bar and a target tick. */
function Summary({ row }: { row: GridRow }) {
  const { capacity, confirmed, tentative } = row.total;
  const target = row.person.target;
  const used = capacity > 0 ? (confirmed + tentative) / capacity : confirmed + tentative > 0 ? Infinity : 0;
  const over = used > 1 + 1e-6;
  const label = Number.isFinite(used) ? formatPercent(used, false) : 'over';
  const title = Number.isFinite(used) ? `Booked ${label} of capacity over the range` : 'Booked with no capacity over the range';
  return (
    <span className="hm-summary" title={`${title}${target !== null ? `, target ${target}%` : ''}`}>
      <span className={`hm-summary-text${over ? ' over' : target !== null && used * 100 >= target - 5 ? ' on' : ''}`}>
        {label}
        {target !== null && <span className="muted"> / {target}%</span>}
      </span>
      <span className="hm-bar" aria-hidden="true">
        <span className={over ? 'over' : ''} style={{ width: `${Math.min(100, (Number.isFinite(used) ? used : 1) * 100)}%` }} />
        {target !== null && <i style={{ left: `${target}%` }} />}
      </span>
    </span>
  );
}

/** Free hours over the range, of their capacity: "33 h free of 60 h". */
function FreeSummary({ row }: { row: GridRow }) {
  const { capacity, free } = row.total;
  return (
    <span className="hm-summary" title={`${formatHours(free)} free of ${formatHours(capacity)} over the range`}>
      <span className="hm-summary-text">{formatHours(free)} free</span>
      <span className="hm-bar hm-bar-free" aria-hidden="true">
        <span style={{ width: `${capacity > 0 ? Math.min(100, (free / capacity) * 100) : 0}%` }} />
      </span>
    </span>
  );
}

/** One person's row in the DOM: the sticky name column (the cells are painted on a canvas). */
export const HeatmapRow = memo(function HeatmapRow(p: Props) {
  const { row } = p;
  return (
    <div className="hm-row" role="row" data-r={p.index} aria-rowindex={p.index + 2} style={{ top: p.top, height: ROW_H, width: p.width }}>
      <div className="hm-name" role="rowheader">
        {row ? (
          <>
            <span className="hm-name-main">
              <span className="hm-person">{row.person.name}</span>
              <span className="hm-role">
                {p.roleName}
                {p.kindLabel && <span className="hm-kind"> · {p.kindLabel}</span>}
              </span>
            </span>
            {p.show === 'free' ? <FreeSummary row={row} /> : <Summary row={row} />}
          </>
        ) : (
          <span className="hm-skeleton" />
        )}
      </div>
    </div>
  );
});
