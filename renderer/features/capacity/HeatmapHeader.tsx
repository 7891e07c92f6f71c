import { memo } from 'react';
import type { BucketLabel } from './buckets';
import { NAME_W } from './HeatmapRow';

interface Props {
  labels: BucketLabel[];
  buckets: { start: string; end: string }[];
  colW: number;
  width: number;
  firstCol: number;
  lastCol: number;
  todayIndex: number;
  /** The first this many columns show hours logged, not booked. */
  actualBuckets: number;
  corner: string;
}

/** The sticky bucket headers: a month (or year) line where one starts, and the bucket's own label. */
export const HeatmapHeader = memo(function HeatmapHeader(p: Props) {
  const cells = [];
  for (let c = p.firstCol; c <= p.lastCol; c++) {
    const label = p.labels[c];
    if (!label) continue;
    // The first visible column repeats its month so the reader always knows where they are.
    const group = label.group ?? (c === p.firstCol ? nearestGroup(p.labels, c) : null);
    cells.push(
      <div
        key={c}
        role="columnheader"
        className={`hm-head-cell${label.group ? ' starts' : ''}${label.weekend ? ' weekend' : ''}${c === p.todayIndex ? ' today' : ''}${c < p.actualBuckets ? ' actual' : ''}${c === p.actualBuckets - 1 ? ' actual-last' : ''}`}
        style={{ left: NAME_W + c * p.colW, width: p.colW }}
        title={`${c < p.actualBuckets ? 'Hours logged, ' : ''}${p.buckets[c].start === p.buckets[c].end ? p.buckets[c].start : `${p.buckets[c].start} – ${p.buckets[c].end}`}`}
      >
        <span className="hm-group">{group ?? '\u00a0'}</span>
        <span className="hm-main">{label.main}</span>
      </div>,
    );
  }
  return (
    <div className="hm-head" role="row" style={{ width: p.width }}>
      <div className="hm-corner" role="columnheader">
        {p.corner}
      </div>
      {cells}
    </div>
  );
});

function nearestGroup(labels: BucketLabel[], c: number): string | null {
  for (let i = c; i >= 0; i--) if (labels[i].group) return labels[i].group;
  return null;
}
