import type { Db } from '../db/open';

// Placeholder filled by the demo generator work.
export function loadDemoStudio(_db: Db, _today: string): void {
  throw new Error('not yet');
}
