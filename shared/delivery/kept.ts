// What one answer computes from the capacity state and the next can reuse: the people eligible for
// a role need (people change only with a rebuild, which makes a new state) and each person's free
// units per working day over a horizon (a booking or time off applied in place drops the rows of
// the people it touched). Rows handed out are shared: nothing may write into them (the core copies a
// row before taking hours from it).

import { peopleChangedSince, stateRevision } from '@shared/capacity/revision';

/** Horizons kept per state (a question uses one or two, and one more with tentative bookings moved). */
const HORIZONS = 8;

interface Kept {
  revision: number;
  pools: Map<string, number[]>;
  rows: { key: string; rows: Map<number, Float64Array> }[];
}

const byState = new WeakMap<object, Kept>();

function keptFor(state: object): Kept {
  const revision = stateRevision(state);
  let k = byState.get(state);
  if (!k) byState.set(state, (k = { revision, pools: new Map(), rows: [] }));
  if (k.revision !== revision) {
    const changed = peopleChangedSince(state, k.revision);
    if (changed === null) k.rows = [];
    else for (const entry of k.rows) for (const p of changed) entry.rows.delete(p);
    k.revision = revision;
  }
  return k;
}

/** State person indexes eligible for a need (by its key), computed once per state. */
export function keptPool(state: object, key: string, compute: () => number[]): readonly number[] {
  const { pools } = keptFor(state);
  let list = pools.get(key);
  if (!list) pools.set(key, (list = compute()));
  return list;
}

/** Free rows per state person for one horizon key (first day, last day, tentative taken, what is added back), most recent first. */
export function keptRows(state: object, key: string): Map<number, Float64Array> {
  const k = keptFor(state);
  const i = k.rows.findIndex((e) => e.key === key);
  const entry = i >= 0 ? k.rows.splice(i, 1)[0] : { key, rows: new Map<number, Float64Array>() };
  k.rows.unshift(entry);
  k.rows.length = Math.min(k.rows.length, HORIZONS);
  return entry.rows;
}
