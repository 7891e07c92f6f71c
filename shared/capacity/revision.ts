// A capacity state's revision: bumped by every change made to it in place (a booking or a time-off
// entry applied incrementally), so what is computed from its grids and kept (the delivery answer's
// free rows) can tell when it is stale. A rebuild makes a new state, at revision 0.

const revisions = new WeakMap<object, number>();

export const stateRevision = (state: object): number => revisions.get(state) ?? 0;

export function bumpRevision(state: object): void {
  revisions.set(state, stateRevision(state) + 1);
}
