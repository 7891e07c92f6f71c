import type { Snapshot } from '@shared/contract';
import type { TestWorkspace } from '../helpers/workspace';

export const r3 = (v: number) => Math.round(v * 1000) / 1000;

/** Everything a snapshot stores, without what may legitimately change (name, note). */
export function frozen(s: Snapshot) {
  const { name: _n, note: _o, ...rest } = s;
  return JSON.stringify(rest);
}

/** Core figures for the range, straight from the capacity channels, in the snapshot's shape. */
export async function coreFigures(ws: TestWorkspace, range: { start: string; end: string }) {
  const weighted = await ws.call('capacity:roleWeeks', { range, weighted: true });
  const unweighted = await ws.call('capacity:roleWeeks', { range, weighted: false });
  const grid = await ws.call('capacity:grid', { range, bucket: 'week', limit: 10_000 });
  const runs = await ws.call('capacity:overallocations', { range });
  return { weighted, unweighted, grid, runs };
}
