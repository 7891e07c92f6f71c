import type { BookingView } from '@shared/contract';
import { call } from '../../api';
import type { BookingInput } from './changes';

/** A drag of several bars: the booking each input comes from, and whether the drag copies. */
export interface MoveSource {
  copy: boolean;
  /** Per input, the id of the booking it moves (or copies). */
  ids: number[];
}

/** What the writes saved, one booking per input, as the main process returned them. */
export interface Written {
  ids: number[];
  saved: BookingView[];
  /** Undo steps the writes took. */
  steps: number;
}

/**
 * Writes the inputs, refused as a whole by the main process if they would over-allocate anyone
 * (unless allowed). Several bars moved (or copied) together go as one `bookings:moveMany`: one
 * transaction and one undo step.
 */
export async function writeBookings(inputs: BookingInput[], before: Map<number, BookingView>, move: MoveSource | undefined, allowOverAllocation: boolean): Promise<Written> {
  if (move && inputs.length > 1) {
    const moves = inputs.map((b, i) => ({ id: move.ids[i], talentId: b.talentId, start: b.start, end: b.end, expectedUpdatedAt: before.get(move.ids[i])?.updatedAt }));
    const { ids, bookings } = await call('bookings:moveMany', { moves, copy: move.copy, allowOverAllocation });
    return { ids, saved: bookings, steps: 1 };
  }
  const saved: BookingView[] = [];
  for (const b of inputs) {
    const old = b.id ? before.get(b.id) : undefined;
    if (b.id) saved.push(await call('bookings:update', { ...b, id: b.id, expectedUpdatedAt: old?.updatedAt, allowOverAllocation }));
    else saved.push(await call('bookings:create', { ...b, allowOverAllocation }));
  }
  return { ids: saved.map((b) => b.id), saved, steps: inputs.length };
}
