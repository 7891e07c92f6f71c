import type { BookingView } from '@shared/contract';
import { call } from '../../api';
import type { BookingInput } from './changes';

/** A drag of several bars: the booking each input comes from, and whether the drag copies. */
export interface MoveSource {
  copy: boolean;
  /** Per input, the id of the booking it moves (or copies). */
  ids: number[];
}

/**
 * Writes the inputs. Several bars moved (or copied) together go as one `bookings:moveMany`: one
 * transaction and one undo step. Returns the number of undo steps the writes took, and the bookings
 * written (null for a batch move, which answers only ids).
 */
export async function writeBookings(inputs: BookingInput[], before: Map<number, BookingView>, move?: MoveSource): Promise<{ steps: number; saved: BookingView[] | null }> {
  if (move && inputs.length > 1) {
    const moves = inputs.map((b, i) => ({ id: move.ids[i], talentId: b.talentId, start: b.start, end: b.end, expectedUpdatedAt: before.get(move.ids[i])?.updatedAt }));
    await call('bookings:moveMany', { moves, copy: move.copy });
    return { steps: 1, saved: null };
  }
  const saved: BookingView[] = [];
  for (const b of inputs) {
    const old = b.id ? before.get(b.id) : undefined;
    saved.push(b.id ? await call('bookings:update', { ...b, id: b.id, expectedUpdatedAt: old?.updatedAt }) : await call('bookings:create', b));
  }
  return { steps: inputs.length, saved };
}
