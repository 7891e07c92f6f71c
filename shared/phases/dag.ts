// Phases and their finish-to-start dependencies as a graph: phase i depends on deps[i] (indexes).

/** A cycle as the phases on it, in order (the first repeated at the end is left out), or null. */
export function findCycle(deps: readonly (readonly number[])[]): number[] | null {
  const state = new Uint8Array(deps.length); // 0 unseen, 1 on the path, 2 done
  const path: number[] = [];
  const visit = (i: number): number[] | null => {
    state[i] = 1;
    path.push(i);
    for (const d of deps[i]) {
      if (state[d] === 1) return path.slice(path.indexOf(d));
      if (state[d] === 0) {
        const found = visit(d);
        if (found) return found;
      }
    }
    path.pop();
    state[i] = 2;
    return null;
  };
  for (let i = 0; i < deps.length; i++) {
    if (state[i] !== 0) continue;
    const cycle = visit(i);
    // visit walks from a phase to what it depends on: reversed, the cycle reads in working order.
    if (cycle) return cycle.reverse();
  }
  return null;
}

/** A cycle in words, told from its first phase in the list (where a field should point): "Brief → Concept → Brief". */
export function describeCycle(cycle: readonly number[], names: readonly string[]): { first: number; message: string } {
  const from = cycle.indexOf(Math.min(...cycle));
  const ring = [...cycle.slice(from), ...cycle.slice(0, from)];
  const text = [...ring, ring[0]].map((i) => names[i]).join(' → ');
  return { first: ring[0], message: `These phases wait for each other in a circle: ${text}. Remove one of the dependencies.` };
}

/** The phases in an order where each comes after everything it depends on (ties by index); null on a cycle. */
export function topologicalOrder(deps: readonly (readonly number[])[]): number[] | null {
  const n = deps.length;
  const waiting = deps.map((d) => new Set(d).size);
  const dependants: number[][] = Array.from({ length: n }, () => []);
  deps.forEach((list, i) => new Set(list).forEach((d) => dependants[d].push(i)));
  const ready: number[] = [];
  for (let i = 0; i < n; i++) if (waiting[i] === 0) ready.push(i);
  const order: number[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => b - a);
    const i = ready.pop()!;
    order.push(i);
    for (const j of dependants[i]) if (--waiting[j] === 0) ready.push(j);
  }
  return order.length === n ? order : null;
}

/** Every phase that depends on `root`, directly or through others (not `root` itself). */
export function dependantsOf(deps: readonly (readonly number[])[], root: number): Set<number> {
  const dependants: number[][] = deps.map(() => []);
  deps.forEach((list, i) => list.forEach((d) => dependants[d].push(i)));
  const out = new Set<number>();
  const stack = [root];
  while (stack.length > 0) {
    for (const j of dependants[stack.pop()!]) {
      if (!out.has(j)) {
        out.add(j);
        stack.push(j);
      }
    }
  }
  return out;
}
