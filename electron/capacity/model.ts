import {
  buildCapacityState, removeBooking, removeTimeOff, upsertBooking, upsertTimeOff, type CapacityState, type ColumnarCapacityInput,
} from '@shared/capacity';
import type { Booking, Id, TimeOff } from '@shared/domain';
import type { Db } from '../db/open';
import { listBookingColumns } from '../db/repos/bookings';
import { listCampaigns } from '../db/repos/campaigns';
import { listClosures } from '../db/repos/closures';
import { listDemandLines } from '../db/repos/demandLines';
import { getReportingCurrency, listRates } from '../db/repos/money';
import { listPatterns } from '../db/repos/patterns';
import { listRoles } from '../db/repos/roles';
import { listTalent } from '../db/repos/talent';
import { listTimeOff } from '../db/repos/timeOff';

/** The whole workspace as the capacity core takes it. */
export function loadCapacityInput(db: Db, range: { start: string; end: string }): ColumnarCapacityInput {
  return {
    range,
    talent: listTalent(db),
    patterns: listPatterns(db),
    timeOff: listTimeOff(db),
    closures: listClosures(db),
    roles: listRoles(db),
    campaigns: listCampaigns(db),
    demandLines: listDemandLines(db),
    bookings: listBookingColumns(db),
    money: { reportingCurrency: getReportingCurrency(db), rates: listRates(db) },
  };
}

/** The engine's range: from a year before today to the end of the year after next. */
export function modelRange(today: string): { start: string; end: string } {
  const year = Number(today.slice(0, 4));
  return { start: `${year - 1}-01-01`, end: `${year + 2}-12-31` };
}

const changesOf = (db: Db) => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

/**
 * The main process's capacity state for one workspace, kept current: rebuilt when anything was
 * written since, except for the bookings and time off whose handlers update it incrementally.
 */
export class CapacityModel {
  private cached: CapacityState | null = null;
  private seenChanges = -1;
  private range: { start: string; end: string } | null = null;

  constructor(
    private readonly db: Db,
    private readonly today: () => string,
  ) {}

  /** True when state() would answer without building. */
  get ready(): boolean {
    return this.cached !== null && this.seenChanges === changesOf(this.db) && this.range?.start === modelRange(this.today()).start;
  }

  /** The current state, rebuilt if the workspace changed in ways not applied incrementally. */
  state(): CapacityState {
    const range = modelRange(this.today());
    if (!this.ready) {
      this.cached = buildCapacityState(loadCapacityInput(this.db, range), { reuse: this.cached ?? undefined });
      this.range = range;
      this.seenChanges = changesOf(this.db);
    }
    return this.cached!;
  }

  /**
   * Builds the state as soon as the event loop is free: called when a workspace opens, so that the
   * first build (a second or so for 5,000 people) overlaps the window loading instead of delaying
   * the first view that asks for figures. A failure is left for that first real read to report.
   */
  warmSoon(): void {
    setImmediate(() => {
      if (!this.db.open) return;
      try {
        this.state();
      } catch {
        // The next read builds again and reports the error where it can be shown.
      }
    });
  }

  /**
   * Runs a write that changes only the given bookings or time off, and applies it to the state
   * incrementally when the state was current before the write.
   */
  applyWrite<T>(write: () => T, changed: () => { bookings?: (Booking | Id)[]; timeOff?: (TimeOff | Id)[] }): T {
    const wasCurrent = this.cached !== null && this.seenChanges === changesOf(this.db);
    const result = write();
    if (!wasCurrent || !this.cached) return result;
    const { bookings = [], timeOff = [] } = changed();
    for (const b of bookings) {
      if (typeof b === 'number') removeBooking(this.cached, b);
      else upsertBooking(this.cached, b);
    }
    for (const t of timeOff) {
      if (typeof t === 'number') removeTimeOff(this.cached, t);
      else upsertTimeOff(this.cached, t);
    }
    this.seenChanges = changesOf(this.db);
    return result;
  }
}
