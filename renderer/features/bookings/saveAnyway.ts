import type { OverAllocationRefusal } from '@shared/errors';
import { ApiCallError } from '../../api';

/** The refusal carried by a booking write that would over-allocate, else null. */
export function overAllocationIn(error: unknown): OverAllocationRefusal | null {
  return error instanceof ApiCallError && error.code === 'over_allocated' && error.overAllocation ? error.overAllocation : null;
}

/**
 * One write, one round trip: sent without allowOverAllocation; when the main process refuses it as
 * over-allocating, the planner is asked, and "Save anyway" sends it again with the flag.
 * Resolves with the write's result, or null when the planner put it back.
 */
export async function writeOrAsk<T>(write: (allowOverAllocation: boolean) => Promise<T>, ask: (refusal: OverAllocationRefusal) => Promise<boolean>): Promise<T | null> {
  try {
    return await write(false);
  } catch (error) {
    const refusal = overAllocationIn(error);
    if (!refusal) throw error;
    if (!(await ask(refusal))) return null;
    return write(true);
  }
}
