import { gunzipSync, gzipSync } from 'node:zlib';
import type { Snapshot, SnapshotFigures, SnapshotHeadline, SnapshotSettings, SnapshotSummary } from '@shared/contract';
import type { Id } from '@shared/domain';
import type { SnapshotPlan } from '@shared/actuals/accuracy';
import type { Db } from '../open';

// Snapshots are stored once and never changed: the figures are gzip-compressed JSON, one blob
// per section, and a trigger (migration 002) refuses updates to them. Only name and note change.

const SECTIONS = ['role_weeks', 'people', 'open_demand', 'campaigns', 'over_allocations'] as const;
type Section = (typeof SECTIONS)[number];
const SECTION_KEY: Record<Section, keyof SnapshotFigures> = {
  role_weeks: 'roles', people: 'people', open_demand: 'openDemand', campaigns: 'campaigns', over_allocations: 'overAllocations',
};
const SUMMARY_COLUMNS = 'id, name, note, taken_at, taken_on, app_version, automatic, settings, headline, figures_bytes';

interface SummaryRow {
  id: number;
  name: string;
  note: string;
  taken_at: string;
  taken_on: string;
  app_version: string;
  automatic: number;
  settings: string;
  headline: string;
  figures_bytes: number;
}
type FullRow = SummaryRow & Record<Section, Buffer>;

const pack = (value: unknown): Buffer => gzipSync(JSON.stringify(value), { level: 9 });
const unpack = <T>(blob: Buffer): T => JSON.parse(gunzipSync(blob).toString('utf8')) as T;

function toSummary(row: SummaryRow): SnapshotSummary {
  return {
    id: row.id, name: row.name, note: row.note, takenAt: row.taken_at, takenOn: row.taken_on, appVersion: row.app_version,
    automatic: row.automatic === 1, settings: JSON.parse(row.settings) as SnapshotSettings, headline: JSON.parse(row.headline) as SnapshotHeadline,
    bytes: row.figures_bytes,
  };
}

export interface NewSnapshot {
  name: string;
  takenAt: string;
  takenOn: string;
  appVersion: string;
  automatic: boolean;
  settings: SnapshotSettings;
  headline: SnapshotHeadline;
  figures: SnapshotFigures;
}

export function insertSnapshot(db: Db, snapshot: NewSnapshot): SnapshotSummary {
  const { weeks, ...rest } = snapshot.figures;
  const blobs = Object.fromEntries(
    SECTIONS.map((s) => [s, pack(s === 'role_weeks' ? { weeks, roles: rest.roles } : rest[SECTION_KEY[s] as Exclude<keyof SnapshotFigures, 'weeks'>])]),
  ) as Record<Section, Buffer>;
  const bytes = SECTIONS.reduce((sum, s) => sum + blobs[s].length, 0);
  const info = db
    .prepare(
      `INSERT INTO snapshots (name, taken_at, taken_on, app_version, automatic, settings, headline, ${SECTIONS.join(', ')}, figures_bytes)
       VALUES (@name, @takenAt, @takenOn, @appVersion, @automatic, @settings, @headline, ${SECTIONS.map((s) => `@${s}`).join(', ')}, @bytes)`,
    )
    .run({
      name: snapshot.name, takenAt: snapshot.takenAt, takenOn: snapshot.takenOn, appVersion: snapshot.appVersion,
      automatic: snapshot.automatic ? 1 : 0, settings: JSON.stringify(snapshot.settings), headline: JSON.stringify(snapshot.headline),
      ...blobs, bytes,
    });
  return getSnapshotSummary(db, Number(info.lastInsertRowid))!;
}

export function listSnapshots(db: Db): SnapshotSummary[] {
  return (db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM snapshots ORDER BY taken_at DESC, id DESC`).all() as SummaryRow[]).map(toSummary);
}

export function getSnapshotSummary(db: Db, id: Id): SnapshotSummary | undefined {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM snapshots WHERE id = ?`).get(id) as SummaryRow | undefined;
  return row && toSummary(row);
}

export function getSnapshot(db: Db, id: Id): Snapshot | undefined {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS}, ${SECTIONS.join(', ')} FROM snapshots WHERE id = ?`).get(id) as FullRow | undefined;
  if (!row) return undefined;
  const { weeks, roles } = unpack<{ weeks: string[]; roles: SnapshotFigures['roles'] }>(row.role_weeks);
  return {
    ...toSummary(row),
    figures: {
      weeks, roles, people: unpack(row.people), openDemand: unpack(row.open_demand), campaigns: unpack(row.campaigns),
      overAllocations: unpack(row.over_allocations),
    },
  };
}

/** The latest snapshot's summary, or undefined. */
export function latestSnapshot(db: Db): SnapshotSummary | undefined {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM snapshots ORDER BY taken_at DESC, id DESC LIMIT 1`).get() as SummaryRow | undefined;
  return row && toSummary(row);
}

export function renameSnapshot(db: Db, id: Id, name: string): boolean {
  return db.prepare('UPDATE snapshots SET name = ? WHERE id = ?').run(name, id).changes > 0;
}

export function annotateSnapshot(db: Db, id: Id, note: string): boolean {
  return db.prepare('UPDATE snapshots SET note = ? WHERE id = ?').run(note, id).changes > 0;
}

export function deleteSnapshot(db: Db, id: Id): boolean {
  return db.prepare('DELETE FROM snapshots WHERE id = ?').run(id).changes > 0;
}

/** Whether any snapshot was taken on or after the day (local calendar days). */
export function snapshotTakenSince(db: Db, day: string): boolean {
  return db.prepare('SELECT 1 FROM snapshots WHERE taken_on >= ? LIMIT 1').get(day) !== undefined;
}

/** Every snapshot's day, filter and role weeks (the small section), oldest first: what forecast accuracy reads. */
export function snapshotPlans(db: Db): SnapshotPlan[] {
  const rows = db.prepare('SELECT id, taken_on, settings, role_weeks FROM snapshots ORDER BY taken_on, id').all() as { id: number; taken_on: string; settings: string; role_weeks: Buffer }[];
  return rows.map((row) => {
    const { filter } = JSON.parse(row.settings) as SnapshotSettings;
    const { weeks, roles } = unpack<{ weeks: string[]; roles: SnapshotFigures['roles'] }>(row.role_weeks);
    return {
      id: row.id, takenOn: row.taken_on, narrowed: Boolean(filter.kinds?.length || filter.tag), roleId: filter.roleId, weeks,
      roles: roles.map((r) => ({ roleId: r.roleId, booked: r.booked })),
    };
  });
}
