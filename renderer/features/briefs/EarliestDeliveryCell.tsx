import type { IntakeRow } from '@shared/contract';

/**
 * The intake list's "Earliest delivery" cell. It stays a dash until "When can we deliver?" answers
 * (issue 16 §3): that answer replaces this component's body, and the column is already in place.
 */
export function EarliestDeliveryCell({ row }: { row: IntakeRow }) {
  return (
    <span className="muted" title={`No delivery date worked out yet for ${row.name}`}>
      —
    </span>
  );
}
