// Primal network simplex for min-cost flow on typed arrays (exact, real-valued costs and capacities).
//
// The caller supplies a feasible starting flow and a starting spanning tree in which every node is
// joined directly to the root by one arc (a "star"), strongly feasible: from every node a positive
// amount can be pushed to the root along its tree arc. Non-tree arcs must start at flow 0.
// Pricing is LEMON's block search; the leaving-arc rule keeps the tree strongly feasible
// (Cunningham), which prevents cycling. The tree is stored as parent / depth / child lists.

export interface MinCostFlowProblem {
  nodeCount: number;
  root: number;
  arcCount: number;
  from: Int32Array;
  to: Int32Array;
  cost: Float64Array;
  /** Upper bounds; Infinity allowed. Lower bounds are 0. */
  cap: Float64Array;
  /** Starting flow (feasible), updated in place to the optimal flow. */
  flow: Float64Array;
  /** For every node except the root: the arc joining it to the root in the starting tree. */
  treeArc: Int32Array;
}

export interface MinCostFlowResult {
  flow: Float64Array;
  /** Node potentials: cost + pi[from] - pi[to] >= 0 on arcs at 0, <= 0 on arcs at capacity. */
  potential: Float64Array;
  pivots: number;
  objective: number;
}

const LOWER = 1;
const UPPER = -1;
const TREE = 0;

export function solveMinCostFlow(pb: MinCostFlowProblem): MinCostFlowResult {
  const { nodeCount: n, root, arcCount: m, from, to, cost, cap, flow, treeArc } = pb;
  const state = new Int8Array(m).fill(LOWER);
  const parent = new Int32Array(n);
  const pred = new Int32Array(n);
  const dir = new Int8Array(n); // +1: pred arc goes node -> parent; -1: parent -> node
  const depth = new Int32Array(n);
  const firstChild = new Int32Array(n).fill(-1);
  const nextSib = new Int32Array(n).fill(-1);
  const prevSib = new Int32Array(n).fill(-1);
  const pi = new Float64Array(n);
  const stack = new Int32Array(n);
  const stem = new Int32Array(n);

  let maxCost = 0;
  for (let e = 0; e < m; e++) {
    const c = Math.abs(cost[e]);
    if (c > maxCost) maxCost = c;
  }
  const eps = 1e-11 * Math.max(1, maxCost);

  parent[root] = -1;
  pred[root] = -1;
  depth[root] = 0;
  let prev = -1;
  for (let u = 0; u < n; u++) {
    if (u === root) continue;
    const e = treeArc[u];
    state[e] = TREE;
    parent[u] = root;
    pred[u] = e;
    depth[u] = 1;
    if (from[e] === u) {
      dir[u] = 1;
      pi[u] = -cost[e];
    } else {
      dir[u] = -1;
      pi[u] = cost[e];
    }
    if (prev < 0) firstChild[root] = u;
    else nextSib[prev] = u;
    prevSib[u] = prev;
    prev = u;
  }

  const blockSize = Math.max(10, Math.ceil(Math.sqrt(m)));
  let nextArc = 0;
  let pivots = 0;

  for (;;) {
    // ---- pricing: block search ----
    let ein = -1;
    let minRc = -eps;
    let cnt = blockSize;
    let e = nextArc;
    for (let k = 0; k < m; k++) {
      const s = state[e];
      if (s !== TREE) {
        const rc = s * (cost[e] + pi[from[e]] - pi[to[e]]);
        if (rc < minRc) {
          minRc = rc;
          ein = e;
        }
      }
      if (++e === m) e = 0;
      if (--cnt === 0) {
        if (ein >= 0) break;
        cnt = blockSize;
      }
    }
    if (ein < 0) break;
    nextArc = e;
    pivots++;

    // ---- join node ----
    let a = from[ein];
    let b = to[ein];
    while (a !== b) {
      if (depth[a] > depth[b]) a = parent[a];
      else if (depth[b] > depth[a]) b = parent[b];
      else {
        a = parent[a];
        b = parent[b];
      }
    }
    const join = a;

    // ---- leaving arc ----
    const sIn = state[ein];
    const first = sIn === LOWER ? from[ein] : to[ein];
    const second = sIn === LOWER ? to[ein] : from[ein];
    let delta = cap[ein];
    let result = 0;
    let uOut = -1;
    let outToZero = false;
    for (let u = first; u !== join; u = parent[u]) {
      const f = pred[u];
      let d: number;
      let z: boolean;
      if (dir[u] === 1) {
        d = flow[f];
        z = true;
      } else {
        d = cap[f] - flow[f];
        z = false;
      }
      if (d < 0) d = 0;
      if (d < delta) {
        delta = d;
        uOut = u;
        result = 1;
        outToZero = z;
      }
    }
    for (let u = second; u !== join; u = parent[u]) {
      const f = pred[u];
      let d: number;
      let z: boolean;
      if (dir[u] === 1) {
        d = cap[f] - flow[f];
        z = false;
      } else {
        d = flow[f];
        z = true;
      }
      if (d < 0) d = 0;
      if (d <= delta) {
        delta = d;
        uOut = u;
        result = 2;
        outToZero = z;
      }
    }
    if (delta === Infinity) throw new Error('min-cost flow: unbounded');

    // ---- augment ----
    if (delta > 0) {
      const val = sIn * delta;
      flow[ein] += val;
      for (let u = from[ein]; u !== join; u = parent[u]) flow[pred[u]] -= dir[u] * val;
      for (let u = to[ein]; u !== join; u = parent[u]) flow[pred[u]] += dir[u] * val;
    }

    if (result === 0) {
      // the entering arc goes from one bound to the other
      flow[ein] = sIn === LOWER ? cap[ein] : 0;
      state[ein] = -sIn as -1 | 1;
      continue;
    }
    const eout = pred[uOut];
    if (outToZero) {
      flow[eout] = 0;
      state[eout] = LOWER;
    } else {
      flow[eout] = cap[eout];
      state[eout] = UPPER;
    }
    state[ein] = TREE;

    const uIn = result === 1 ? first : second;
    const vIn = result === 1 ? second : first;
    const vOut = parent[uOut];

    // stem: uIn = s0, s1 = parent(s0), ..., sk = uOut
    let k = 0;
    for (let u = uIn; ; u = parent[u]) {
      stem[k++] = u;
      if (u === uOut) break;
    }
    // unlink every stem node from its old parent's child list
    for (let i = 0; i < k; i++) {
      const u = stem[i];
      const p = parent[u];
      const ps = prevSib[u], ns = nextSib[u];
      if (ps >= 0) nextSib[ps] = ns;
      else firstChild[p] = ns;
      if (ns >= 0) prevSib[ns] = ps;
    }
    // reverse the stem: pred / dir shift down by one (iterate from the top so old values are read)
    for (let i = k - 1; i >= 1; i--) {
      const u = stem[i];
      const c = stem[i - 1];
      pred[u] = pred[c];
      dir[u] = -dir[c] as -1 | 1;
      parent[u] = c;
    }
    pred[uIn] = ein;
    dir[uIn] = from[ein] === uIn ? 1 : -1;
    parent[uIn] = vIn;
    // link each stem node under its new parent
    for (let i = 0; i < k; i++) {
      const u = stem[i];
      const p = parent[u];
      const fc = firstChild[p];
      nextSib[u] = fc;
      prevSib[u] = -1;
      if (fc >= 0) prevSib[fc] = u;
      firstChild[p] = u;
    }
    void vOut;

    // potentials and depths of the moved subtree
    const sigma = pi[vIn] - pi[uIn] - dir[uIn] * cost[ein];
    let top = 0;
    stack[top++] = uIn;
    while (top > 0) {
      const u = stack[--top];
      pi[u] += sigma;
      depth[u] = depth[parent[u]] + 1;
      for (let c = firstChild[u]; c >= 0; c = nextSib[c]) stack[top++] = c;
    }
  }

  let objective = 0;
  for (let e = 0; e < m; e++) if (flow[e] !== 0) objective += flow[e] * cost[e];
  return { flow, potential: pi, pivots, objective };
}
