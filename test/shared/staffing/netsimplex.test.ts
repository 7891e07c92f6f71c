import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { solveMinCostFlow } from '@shared/staffing/netsimplex';

/** A transportation problem s_i -> t_j with a slack arc s_i -> root, solved by brute force over
 * a fine grid would be slow; instead compare with the dual certificate: complementary slackness. */
function build(supply: number[], caps: number[], costs: number[][], slack: number[]) {
  const S = supply.length, T = caps.length;
  const n = S + T + 1, root = n - 1;
  const from: number[] = [], to: number[] = [], cost: number[] = [], cap: number[] = [], flow: number[] = [];
  const treeArc = new Int32Array(n);
  for (let i = 0; i < S; i++) for (let j = 0; j < T; j++) {
    from.push(i); to.push(S + j); cost.push(costs[i][j]); cap.push(Infinity); flow.push(0);
  }
  for (let j = 0; j < T; j++) { treeArc[S + j] = from.length; from.push(S + j); to.push(root); cost.push(0); cap.push(caps[j]); flow.push(0); }
  for (let i = 0; i < S; i++) { treeArc[i] = from.length; from.push(i); to.push(root); cost.push(slack[i]); cap.push(Infinity); flow.push(supply[i]); }
  return {
    nodeCount: n, root, arcCount: from.length,
    from: Int32Array.from(from), to: Int32Array.from(to), cost: Float64Array.from(cost),
    cap: Float64Array.from(cap), flow: Float64Array.from(flow), treeArc,
  };
}

describe('solveMinCostFlow', () => {
  it('solves a small transportation problem', () => {
    // two sources of 10, two sinks of 8 (cap), slack cost 100
    const pb = build([10, 10], [8, 8], [[1, 3], [2, 5]], [100, 100]);
    const r = solveMinCostFlow(pb);
    // 16 units shipped, 4 left on the slack arcs (400). t1 is cheapest filled from s0 (3 vs 5):
    // s0->t1 8 (24), s0->t0 2 (2), s1->t0 6 (12) = 38; total 438
    expect(r.objective).toBeCloseTo(438);
  });

  it('optimality certificate holds on random instances (reduced costs, conservation, bounds)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 1e6 }),
        (S, T, seed) => {
          let a = seed;
          const r = () => ((a = (a * 1103515245 + 12345) % 2147483648) / 2147483648);
          const supply = Array.from({ length: S }, () => Math.round(r() * 50 * 2) / 2);
          const caps = Array.from({ length: T }, () => Math.round(r() * 40 * 2) / 2 + 0.5);
          const costs = Array.from({ length: S }, () => Array.from({ length: T }, () => Math.round(r() * 100) / 4));
          const slack = Array.from({ length: S }, () => 10 + r() * 20);
          const pb = build(supply, caps, costs, slack);
          const res = solveMinCostFlow(pb);
          const bal = new Float64Array(pb.nodeCount);
          for (let e = 0; e < pb.arcCount; e++) {
            const f = res.flow[e];
            expect(f).toBeGreaterThanOrEqual(-1e-9);
            expect(f).toBeLessThanOrEqual(pb.cap[e] + 1e-9);
            bal[pb.from[e]] -= f;
            bal[pb.to[e]] += f;
            const rc = pb.cost[e] + res.potential[pb.from[e]] - res.potential[pb.to[e]];
            if (f > 1e-9 && f < pb.cap[e] - 1e-9) expect(Math.abs(rc)).toBeLessThan(1e-7);
            if (f <= 1e-9) expect(rc).toBeGreaterThan(-1e-7);
            if (f >= pb.cap[e] - 1e-9) expect(rc).toBeLessThan(1e-7);
          }
          for (let i = 0; i < S; i++) expect(bal[i]).toBeCloseTo(-supply[i], 9);
        },
      ),
      { numRuns: 300, seed: 3 },
    );
  });
});
