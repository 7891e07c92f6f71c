import { buildCapacityState, dayFromIso, type CapacityState } from '@shared/capacity';
import type { Range } from '@shared/io/plan/data';
import type { Db } from '../../../db/open';
import { loadCapacityInput, type CapacityModel } from '../../../capacity/model';

/** The model's state when it covers the range (the usual case: it is already built), else a state for the range. */
export function planState(db: Db, model: CapacityModel | undefined, range: Range): CapacityState {
  if (model) {
    const state = model.state();
    if (state.timeline.range.start <= dayFromIso(range.start) && dayFromIso(range.end) <= state.timeline.range.end) return state;
  }
  return buildCapacityState(loadCapacityInput(db, range));
}
