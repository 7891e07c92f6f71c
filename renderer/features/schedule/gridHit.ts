/** Where a screen point falls on the grid: which row (and person) and which day. Set by the grid. */
export interface GridHit {
  row: number;
  day: number;
  talentId: number | null;
}

let hitTest: ((clientX: number, clientY: number) => GridHit | null) | null = null;

export function registerHitTest(fn: typeof hitTest): () => void {
  hitTest = fn;
  return () => {
    if (hitTest === fn) hitTest = null;
  };
}

export function hitGrid(clientX: number, clientY: number): GridHit | null {
  return hitTest ? hitTest(clientX, clientY) : null;
}
