// Actual hours in the Capacity heatmap: for the buckets that ended before today, the hours each
// person logged, in place of the hours booked. Pure: the state's people and the actuals come in.

import type { CapacityState } from '@shared/capacity/state';
import { dayFromIso } from '@shared/dates';
import type { IsoDate } from '@shared/domain';
import { firstAtOrAfter } from './compare';
import type { ActualColumns } from './types';

export interface ActualCells {
  /** The first `past` buckets ended before today: they hold actual hours. */
  past: number;
  /** Hours logged per row (in `personIndexes` order) and bucket, row-major; 0 from bucket `past` on. */
  hours: Float64Array;
}

/** Hours logged by the rows' people in each bucket that ended before `today`; `actuals` in ascending day order. */
export function actualCells(state: CapacityState, actuals: ActualColumns, personIndexes: readonly number[], buckets: readonly { start: IsoDate; end: IsoDate }[], today: IsoDate): ActualCells {
  const B = buckets.length;
  const todayDay = dayFromIso(today);
  let past = 0;
  while (past < B && dayFromIso(buckets[past].end) < todayDay) past++;
  const hours = new Float64Array(personIndexes.length * B);
  if (past === 0) return { past, hours };
  const rowOf = new Map(personIndexes.map((p, r) => [state.people[p].id, r]));
  const ends = buckets.slice(0, past).map((b) => dayFromIso(b.end));
  let b = 0;
  for (let i = firstAtOrAfter(actuals.day, actuals.length, dayFromIso(buckets[0].start)); i < actuals.length; i++) {
    const d = actuals.day[i];
    while (b < past && d > ends[b]) b++;
    if (b === past) break;
    const r = rowOf.get(actuals.talentId[i]);
    if (r !== undefined) hours[r * B + b] += actuals.hours[i];
  }
  return { past, hours };
}
