import { memo } from 'react';
import { formatNumber } from '../../lib/format';
import { ROW_H } from './geometry';

/** The name-column part of a heading row between groups (role, kind or team); the grid draws the band. */
export const GroupRow = memo(function GroupRow({ index, label, count }: { index: number; label: string; count: number }) {
  return (
    <div className="sch-group-label" style={{ top: index * ROW_H }} role="heading" aria-level={3}>
      {label} <span>{formatNumber(count, 0)}</span>
    </div>
  );
});
