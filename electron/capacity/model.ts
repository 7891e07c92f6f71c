import {
  buildCapacityState, removeBooking, removeTimeOff, upsertBooking, upsertTimeOff, type CapacityState, type ColumnarCapacityInput,
} from '@shared/capacity';
import type { Booking, Id, TimeOff } from '@shared/domain';
import { AppError } from '@shared/errors';
import { horizonProblem } from '@shared/horizon';
import type { Db } from '../db/open';
import { listBookingColumns } from '../db/repos/bookings';
import { listCampaigns } from '../db/repos/campaigns';
import { listClosures } from '../db/repos/closures';
import { listDemandLines } from '../db/repos/demandLines';
import { listHolidayOverrides } from '../db/repos/holidayOverrides';
import { getReportingCurrency, listRates } from '../db/repos/money';
import { listPatterns } from '../db/repos/patterns';
import { listRoles } from '../db/repos/roles';
import { listTalent } from '../db/repos/talent';
import { listTimeOff } from '../db/repos/timeOff';
import { defaultYears, grownYears, rangeOfYears, sameYears, yearsOf, yearsToCover, type YearSpan } from '@shared/capacity/modelYears';

/** The whole workspace as the capacity core takes it. */
export function loadCapacityInput(db: Db, range: { start: string; end: string }): ColumnarCapacityInput {
  return {
    range,
    talent: listTalent(db),
    patterns: listPatterns(db),
    timeOff: listTimeOff(db),
    closures: listClosures(db),
    holidayOverrides: listHolidayOverrides(db),
    roles: listRoles(db),
    campaigns: listCampaigns(db),
    demandLines: listDemandLines(db),
    bookings: listBookingColumns(db),
    money: { reportingCurrency: getReportingCurrency(db), rates: listRates(db) },
  };
}

/** The default range: from a year before today to the end of the year after next. */
export function modelRange(today: string): { start: string; end: string } {
  return rangeOfYears(defaultYears(today));
}

const changesOf = (db: Db) => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

/**
 * The main process's capacity state for one workspace, kept current: rebuilt when anything was
 * written since, except for the bookings and time off whose handlers update it incrementally.
 * Its grids hold whole calendar years: the default window, grown to the years a request or a
 * written booking touches (see years.ts), so every range within the horizon gets real figures.
 * Grown years are kept while the state stays current; a rebuild after another change starts again
 * from the default window (plus the years of bookings written since), so it costs no more.
 */
export class CapacityModel {
  private cached: CapacityState | null = null;
  private seenChanges = -1;
  /** The years the cached state holds. */
  private built: YearSpan | null = null;
  /** Years of bookings written since the last build, for the next build to hold (null: none). */
  private written: YearSpan | null = null;

  constructor(
    private readonly db: Db,
    private readonly today: () => string,
  ) {}

  /** True when state() would answer without building. */
  get ready(): boolean {
    return this.isCurrent() && sameYears(this.built, this.yearsFor(this.isCurrent()));
  }

  /** The years the cached state spans (null before the first build). */
  get years(): YearSpan | null {
    return this.built && { ...this.built };
  }

  /** Bytes the cached state's arrays hold (0 before the first build). */
  get bytes(): number {
    return this.cached ? stateBytes(this.cached) : 0;
  }

  /** The current state, rebuilt if the workspace changed in ways not applied incrementally. */
  state(): CapacityState {
    return this.stateFor();
  }

  /**
   * The current state, holding every day of `range`: grown (or, far from the years held, rebuilt
   * around it) first when it doesn't. A range longer than the horizon is refused.
   */
  stateFor(range?: { start: string; end: string }): CapacityState {
    if (range) {
      const problem = horizonProblem(range.start, range.end);
      if (problem) throw new AppError('invalid_input', problem);
    }
    const current = this.isCurrent();
    const years = this.yearsFor(current, range && yearsOf(range));
    if (!current || !sameYears(this.built, years)) {
      // Arrays are recycled only for the same years: a state handed out for other years (a plan
      // being solved) must not change under its holder because a view asked for another range.
      const reuse = sameYears(this.built, years) ? (this.cached ?? undefined) : undefined;
      this.cached = buildCapacityState(loadCapacityInput(this.db, rangeOfYears(years)), { reuse });
      this.built = years;
      this.written = null;
      this.seenChanges = changesOf(this.db);
    }
    return this.cached!;
  }

  private isCurrent(): boolean {
    return this.cached !== null && this.seenChanges === changesOf(this.db);
  }

  /**
   * The years to hold: today's default window, with the years held when the state is current,
   * those of bookings written since, and `needed` when given.
   */
  private yearsFor(current: boolean, needed?: YearSpan): YearSpan {
    const base = defaultYears(this.today());
    let held = current && this.built ? yearsToCover(this.built, base, base) : base;
    if (this.written) held = grownYears(held, this.written) ?? held;
    return needed ? yearsToCover(held, needed, base) : held;
  }

  /** Makes the next build hold a written booking's years too, when that stays within the limit. */
  private include(range: { start: string; end: string }): void {
    const years = yearsOf(range);
    this.written = this.written ? (grownYears(this.written, years) ?? this.written) : years;
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
    const wasCurrent = this.ready;
    const result = write();
    const { bookings = [], timeOff = [] } = changed();
    for (const b of bookings) if (typeof b !== 'number') this.include(b);
    // A booking outside the years held widens them: the next read builds the wider state.
    if (!wasCurrent || !this.cached || !sameYears(this.built, this.yearsFor(true))) return result;
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

/** Bytes held by a state's typed arrays (grids, week and role figures, the booking table, calendars shared by region). */
export function stateBytes(state: CapacityState): number {
  const seen = new Set<ArrayBufferView>();
  const add = (value: unknown) => {
    if (ArrayBuffer.isView(value)) seen.add(value);
    else if (Array.isArray(value)) value.forEach(add);
  };
  for (const part of [state, state.week, state.role, state.bookings]) Object.values(part).forEach(add);
  let bytes = 0;
  for (const view of seen) bytes += view.byteLength;
  return bytes;
}
