// Proposals kept in memory under an id until accepted, with the workspace revision they were made
// at: acceptance refuses when anything was written since.
import type { StaffingProposalView } from '@shared/contract';
import { AppError } from '@shared/errors';
import type { Db } from '../db/open';
import type { PlannedBooking } from '@shared/staffing/plan/planBookings';

export interface StoredProposal {
  view: StaffingProposalView;
  bookings: PlannedBooking[];
  revision: number;
  accepted: Set<number>;
}

const KEEP = 8;

/** Every write on this connection (and undo/redo) moves it. */
export const revisionOf = (db: Db): number => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

export class ProposalStore {
  private readonly items = new Map<string, StoredProposal>();
  private next = 1;

  constructor(private readonly db: Db) {}

  newId(): string {
    return `plan-${Date.now().toString(36)}-${this.next++}`;
  }

  /** Keeps a proposal made from the workspace at `revision` (default: as it is now). */
  put(view: StaffingProposalView, bookings: PlannedBooking[], revision = revisionOf(this.db)): void {
    this.items.set(view.id, { view, bookings, revision, accepted: new Set() });
    while (this.items.size > KEEP) this.items.delete(this.items.keys().next().value!);
  }

  /** The proposal if the workspace is as it was when it was made; a conflict otherwise. */
  current(id: string): StoredProposal {
    const p = this.items.get(id);
    if (!p) throw new AppError('not_found', 'That plan is no longer available: propose again.');
    if (p.revision !== revisionOf(this.db)) {
      throw new AppError('conflict', 'The plan is out of date: propose again. The workspace changed since it was proposed.');
    }
    return p;
  }

  /** The proposal, current or not (an export for review may show an out-of-date plan, saying so). */
  peek(id: string): { stored: StoredProposal; stale: boolean } {
    const p = this.items.get(id);
    if (!p) throw new AppError('not_found', 'That plan is no longer available: propose again.');
    return { stored: p, stale: p.revision !== revisionOf(this.db) };
  }

  /** After a partial acceptance by this store: the rest of the plan stays valid at the new revision. */
  advance(p: StoredProposal): void {
    p.revision = revisionOf(this.db);
  }

  drop(id: string): void {
    this.items.delete(id);
  }
}
