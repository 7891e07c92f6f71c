import type { ActualColumns } from '@shared/actuals/types';
import type { Db } from '../db/open';
import { actualColumnsSince, actualsCount, actualsVersion, identifiedActualColumns, maxActualId, watchActualChanges, type IdentifiedColumns } from '../db/repos/actuals';

/** More rows changed than this since the last read: read them all again rather than one by one. */
const MAX_CHANGED = 100_000;

/**
 * Every actual in memory as columns (a year of 5,000 people is about a million rows, 20 MB), so
 * planned-against-actual reads typed arrays instead of SQLite. Read whole once; after a write (the
 * version the triggers keep has moved) only the rows added since (ids above the highest seen) and
 * those updated or deleted (reported by TEMP triggers) are read and merged in, in date order. A read
 * inside an open transaction (during a long import) reads everything, and so does the next one: a
 * rollback would take back rows it saw. A count that doesn't match reads everything too.
 */
export class ActualsModel {
  private rows: IdentifiedColumns | null = null;
  private version = -1;
  /** The highest id read: rows above it were added since. */
  private maxId = 0;
  /** Ids updated or deleted since the last read (null: too many to follow). */
  private changed: Set<number> | null = new Set();
  private readWholeNext = false;
  /** Row position by id (−1: none), built when first needed after each read. */
  private positions: Int32Array | null = null;

  /** How often everything was read, and how often only the changes (for tests and the benchmark). */
  readonly reads = { whole: 0, changes: 0 };

  constructor(private readonly db: Db) {
    watchActualChanges(db, (id) => {
      if (!this.changed) return;
      this.changed.add(id);
      if (this.changed.size > MAX_CHANGED) this.changed = null;
    });
  }

  current(): ActualColumns {
    const version = actualsVersion(this.db);
    if (!this.rows || version !== this.version) {
      const inTransaction = this.db.inTransaction;
      if (!this.rows || !this.changed || this.readWholeNext || inTransaction || !this.readChanges()) this.readWhole();
      this.readWholeNext = inTransaction;
      this.version = version;
    }
    return this.rows!.columns;
  }

  private readWhole(): void {
    this.reads.whole++;
    this.changed = new Set();
    this.setRows(identifiedActualColumns(this.db));
  }

  private setRows(rows: IdentifiedColumns): void {
    this.rows = rows;
    this.positions = null;
    this.maxId = maxActualId(this.db);
  }

  /** Merges the rows added, updated or deleted since the last read; false when the result doesn't add up. */
  private readChanges(): boolean {
    const old = this.rows!;
    const changed = [...this.changed!];
    this.changed = new Set();
    const fresh = actualColumnsSince(this.db, this.maxId, changed);
    const dropped: number[] = [];
    if (changed.length > 0) {
      const positions = this.positionsOf(old);
      for (const id of changed) {
        const at = id < positions.length ? positions[id] : -1;
        if (at >= 0) dropped.push(at);
      }
      dropped.sort((x, y) => x - y);
    }
    const merged = mergeByDay(old, dropped, fresh);
    if (merged.columns.length !== actualsCount(this.db)) return false;
    this.setRows(merged);
    this.reads.changes++;
    return true;
  }

  private positionsOf(rows: IdentifiedColumns): Int32Array {
    if (this.positions) return this.positions;
    let max = 0;
    for (const id of rows.ids) if (id > max) max = id;
    const positions = new Int32Array(max + 1).fill(-1);
    rows.ids.forEach((id, at) => (positions[id] = at));
    return (this.positions = positions);
  }
}

/** The first index in ascending `days` whose day is above `day`. */
function firstAfter(days: Int32Array, n: number, day: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * `old` without the rows at `dropped` (ascending positions), and `fresh`, both in day order, merged
 * in day order (a fresh row after the old rows of its day). The old rows between two changes are
 * copied as blocks: a write changes a few rows among a million.
 */
function mergeByDay(old: IdentifiedColumns, dropped: readonly number[], fresh: IdentifiedColumns): IdentifiedColumns {
  const a = old.columns;
  const b = fresh.columns;
  const n = a.length - dropped.length + b.length;
  const out = { ids: new Int32Array(n), talentId: new Int32Array(n), campaignId: new Int32Array(n), day: new Int32Array(n), hours: new Float64Array(n) };
  let k = 0;
  /** Copies old rows [from, to) to the end of `out`. */
  const block = (from: number, to: number) => {
    if (to <= from) return;
    out.ids.set(old.ids.subarray(from, to), k);
    out.talentId.set(a.talentId.subarray(from, to), k);
    out.campaignId.set(a.campaignId.subarray(from, to), k);
    out.day.set(a.day.subarray(from, to), k);
    out.hours.set(a.hours.subarray(from, to), k);
    k += to - from;
  };
  let i = 0; // next old row to copy
  let d = 0; // next dropped position
  for (let j = 0; j <= b.length; j++) {
    const at = j < b.length ? firstAfter(a.day, a.length, b.day[j]) : a.length;
    for (; d < dropped.length && dropped[d] < at; d++) {
      block(i, dropped[d]);
      i = dropped[d] + 1;
    }
    block(i, at);
    i = Math.max(i, at);
    if (j === b.length) break;
    out.ids[k] = fresh.ids[j];
    out.talentId[k] = b.talentId[j];
    out.campaignId[k] = b.campaignId[j];
    out.day[k] = b.day[j];
    out.hours[k] = b.hours[j];
    k++;
  }
  return { ids: out.ids, columns: { length: n, talentId: out.talentId, campaignId: out.campaignId, day: out.day, hours: out.hours } };
}

const models = new WeakMap<Db, ActualsModel>();
/** The one in-memory copy per workspace, shared by every handler that reads actuals. */
export function actualsModelFor(db: Db): ActualsModel {
  let model = models.get(db);
  if (!model) models.set(db, (model = new ActualsModel(db)));
  return model;
}
