// A capacity state's revision: bumped by every change made to it in place (a booking or a time-off
// entry applied incrementally), with the people whose grids it touched, so what is computed from
// the grids and kept (the delivery answer's free rows) can drop just what went stale. A rebuild
// makes a new state, at revision 0.

/** Changes remembered per state; a holder further behind starts again. */
const REMEMBERED = 64;

interface Log {
  revision: number;
  /** People touched by each of the last revisions, oldest first. */
  touched: (readonly number[])[];
}

const logs = new WeakMap<object, Log>();

export const stateRevision = (state: object): number => logs.get(state)?.revision ?? 0;

/** Records one in-place change of these people's grids (person indexes; −1 ignored). */
export function touchPeople(state: object, people: readonly number[]): void {
  let log = logs.get(state);
  if (!log) logs.set(state, (log = { revision: 0, touched: [] }));
  log.revision++;
  log.touched.push(people.filter((p) => p >= 0));
  if (log.touched.length > REMEMBERED) log.touched.shift();
}

/** The people touched after `revision`, or null when that is too long ago to tell. */
export function peopleChangedSince(state: object, revision: number): Set<number> | null {
  const log = logs.get(state) ?? { revision: 0, touched: [] };
  const back = log.revision - revision;
  if (back < 0 || back > log.touched.length) return null;
  return new Set(log.touched.slice(log.touched.length - back).flat());
}
