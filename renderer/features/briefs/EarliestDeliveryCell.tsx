import type { IntakeRow } from '@shared/contract';
import { formatDate } from '../../lib/format';
import { useStore } from '../../store';
import { daysLate } from '../../store/deliverySlice';

/** "n days late" against the brief's requested launch date, or "On time". */
function against(daysLate: number | null): { text: string; late: boolean } | null {
  if (daysLate === null) return null;
  if (daysLate === 0) return { text: 'On time', late: false };
  return { text: `Late by ${daysLate} day${daysLate === 1 ? '' : 's'}`, late: true };
}

/** The intake list's "Earliest delivery" cell: the "When can we deliver?" answer for the pitch, in short. */
export function EarliestDeliveryCell({ row }: { row: IntakeRow }) {
  const estimate = useStore((s) => s.deliveryEstimates[row.campaignId]);
  if (!estimate) return <span className="muted" title={`Working out when ${row.name} can be delivered`}>…</span>;
  if (estimate.error) return <span className="muted intake-delivery-none" title={estimate.error}>Can’t plan yet</span>;
  if (estimate.finish === null) return <span className="delivery-late" title={estimate.reason}>Not within a year</span>;
  const verdict = against(daysLate(estimate.finish, row.requestedDate));
  return (
    <span className="intake-delivery" title={estimate.reason}>
      <span className="cell-strong">{formatDate(estimate.finish)}</span>
      {verdict && <span className={`cell-sub ${verdict.late ? 'delivery-late' : 'delivery-ok'}`}>{verdict.text}</span>}
    </span>
  );
}
