import { commitBookings, type BookingInput } from './changes';
import { isoFromDay } from './days';
import { getSchedule } from './state';

/** A booking's new place: its person and days. */
export interface PlannedMove {
  id: number;
  talentId: number;
  start: number;
  end: number;
}

export type MoveKind = 'move' | 'copy' | 'dates';

const VERB: Record<MoveKind, string> = { move: 'Moved', copy: 'Copied', dates: 'Changed the dates of' };

/**
 * Saves moved, copied or re-dated bookings as one change: one
 * write (one undo step) for all of them. Bars that end where they started are left out.
 */
export function saveMoves(items: PlannedMove[], kind: MoveKind): Promise<boolean> {
  const { bookings } = getSchedule();
  const inputs: BookingInput[] = [];
  const ids: number[] = [];
  for (const item of items) {
    const b = bookings.get(item.id);
    if (!b) continue;
    const start = isoFromDay(item.start);
    const end = isoFromDay(item.end);
    if (kind !== 'copy' && item.talentId === b.talentId && start === b.start && end === b.end) continue;
    inputs.push({
      id: kind === 'copy' ? undefined : b.id, talentId: item.talentId, campaignId: b.campaignId, demandLineId: b.demandLineId, start, end,
      hoursPerDay: b.hoursPerDay, status: b.status, note: b.note,
    });
    ids.push(b.id);
  }
  // New dates too go as one bookings:moveMany: one transaction, one undo step for all the bars.
  return commitBookings(inputs, VERB[kind], { move: { copy: kind === 'copy', ids } }).then((saved) => saved !== null);
}
