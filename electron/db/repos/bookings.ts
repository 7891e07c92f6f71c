import type { Db } from '../open';
import { int32Id } from '@shared/capacity/bookings';
import { NO_ID, type BookingColumns } from '@shared/capacity/state';
import type { Booking, BookingStatus, Id } from '@shared/domain';

interface BookingRow {
  id: number;
  talent_id: number;
  campaign_id: number;
  demand_line_id: number | null;
  start: string;
  end: string;
  hours_per_day: number;
  status: BookingStatus;
  note: string;
  created_at: string;
  updated_at: string;
}

export type BookingFields = Omit<Booking, 'id' | 'createdAt' | 'updatedAt'>;

export interface BookingFilter {
  ids?: Id[];
  /** Bookings overlapping [from, to]. */
  from?: string;
  to?: string;
  talentIds?: Id[];
  campaignIds?: Id[];
  demandLineIds?: Id[];
  statuses?: BookingStatus[];
}

const toBooking = (r: BookingRow): Booking => ({
  id: r.id,
  talentId: r.talent_id,
  campaignId: r.campaign_id,
  demandLineId: r.demand_line_id,
  start: r.start,
  end: r.end,
  hoursPerDay: r.hours_per_day,
  status: r.status,
  note: r.note,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toParams = (f: BookingFields) => ({
  talent_id: f.talentId,
  campaign_id: f.campaignId,
  demand_line_id: f.demandLineId,
  start: f.start,
  end: f.end,
  hours_per_day: f.hoursPerDay,
  status: f.status,
  note: f.note,
});

const json = (list: unknown[] | undefined) => (list ? JSON.stringify(list) : null);

export function listBookings(db: Db, filter: BookingFilter = {}): Booking[] {
  const rows = db
    .prepare(
      `SELECT * FROM bookings
       WHERE (@ids IS NULL OR id IN (SELECT value FROM json_each(@ids)))
         AND (@from IS NULL OR end >= @from) AND (@to IS NULL OR start <= @to)
         AND (@talent IS NULL OR talent_id IN (SELECT value FROM json_each(@talent)))
         AND (@campaign IS NULL OR campaign_id IN (SELECT value FROM json_each(@campaign)))
         AND (@line IS NULL OR demand_line_id IN (SELECT value FROM json_each(@line)))
         AND (@statuses IS NULL OR status IN (SELECT value FROM json_each(@statuses)))
       ORDER BY start, id`,
    )
    .all({
      ids: json(filter.ids),
      from: filter.from ?? null,
      to: filter.to ?? null,
      talent: json(filter.talentIds),
      campaign: json(filter.campaignIds),
      line: json(filter.demandLineIds),
      statuses: filter.statuses?.length ? JSON.stringify(filter.statuses) : null,
    }) as BookingRow[];
  return rows.map(toBooking);
}

/**
 * Every booking as columns for the capacity core: dates as day indexes, no object per booking.
 * SQLite builds one JSON array per column, which JSON.parse reads far faster than 100,000 rows
 * through the row API (about 0.15 s instead of 1 s for 100,000 bookings).
 */
export function listBookingColumns(db: Db): BookingColumns {
  const columns = db
    .prepare(
      `SELECT json_group_array(id), json_group_array(talent_id), json_group_array(campaign_id),
              json_group_array(ifnull(demand_line_id, ${NO_ID})),
              json_group_array(unixepoch(start) / 86400), json_group_array(unixepoch(end) / 86400),
              json_group_array(hours_per_day), json_group_array(status = 'tentative')
       FROM bookings`,
    )
    .raw(true)
    .get() as string[];
  const [id, talentId, campaignId, demandLineId, start, end, hoursPerDay, tentative] = columns.map((c) => JSON.parse(c) as number[]);
  const ids = (list: number[]) => Int32Array.from(list, int32Id);
  return {
    length: id.length,
    id: ids(id),
    talentId: ids(talentId),
    campaignId: ids(campaignId),
    demandLineId: ids(demandLineId),
    start: Int32Array.from(start),
    end: Int32Array.from(end),
    hoursPerDay: Float64Array.from(hoursPerDay),
    tentative: Uint8Array.from(tentative),
  };
}

export function getBooking(db: Db, id: Id): Booking | undefined {
  const row = db.prepare('SELECT * FROM bookings WHERE id = ?').get(id) as BookingRow | undefined;
  return row && toBooking(row);
}

export function insertBooking(db: Db, f: BookingFields, now: string): Id {
  return Number(
    db
      .prepare(
        `INSERT INTO bookings (talent_id, campaign_id, demand_line_id, start, end, hours_per_day, status, note, created_at, updated_at)
         VALUES (@talent_id, @campaign_id, @demand_line_id, @start, @end, @hours_per_day, @status, @note, @now, @now)`,
      )
      .run({ ...toParams(f), now }).lastInsertRowid,
  );
}

export function updateBooking(db: Db, id: Id, f: BookingFields, now: string): boolean {
  return (
    db
      .prepare(
        `UPDATE bookings SET talent_id = @talent_id, campaign_id = @campaign_id, demand_line_id = @demand_line_id, start = @start, end = @end,
           hours_per_day = @hours_per_day, status = @status, note = @note, updated_at = @now WHERE id = @id`,
      )
      .run({ ...toParams(f), now, id }).changes > 0
  );
}

export function deleteBooking(db: Db, id: Id): boolean {
  return db.prepare('DELETE FROM bookings WHERE id = ?').run(id).changes > 0;
}

export interface BookingCounts {
  bookings: number;
  /** Bookings that fill a demand line: deleting them reopens those hours. */
  onDemandLines: number;
}

export function countBookingsOf(db: Db, by: { talentId?: Id; campaignId?: Id; demandLineId?: Id }): BookingCounts {
  return db
    .prepare(
      `SELECT count(*) AS bookings, count(demand_line_id) AS onDemandLines FROM bookings
       WHERE (@talent IS NULL OR talent_id = @talent) AND (@campaign IS NULL OR campaign_id = @campaign) AND (@line IS NULL OR demand_line_id = @line)`,
    )
    .get({ talent: by.talentId ?? null, campaign: by.campaignId ?? null, line: by.demandLineId ?? null }) as BookingCounts;
}

export function deleteBookingsOf(db: Db, by: { talentId?: Id; campaignId?: Id }): number {
  if (by.talentId === undefined && by.campaignId === undefined) throw new Error('deleteBookingsOf needs a talent or a campaign');
  return db
    .prepare('DELETE FROM bookings WHERE (@talent IS NULL OR talent_id = @talent) AND (@campaign IS NULL OR campaign_id = @campaign)')
    .run({ talent: by.talentId ?? null, campaign: by.campaignId ?? null }).changes;
}

export function detachBookingsFromLine(db: Db, demandLineId: Id, now: string): number {
  return db.prepare('UPDATE bookings SET demand_line_id = NULL, updated_at = ? WHERE demand_line_id = ?').run(now, demandLineId).changes;
}

/** Bulk insert with one prepared statement (call inside a transaction): for imports and generated workspaces. */
export function insertBookingsBatch(db: Db, list: BookingFields[], now: string): Id[] {
  const insert = db.prepare(
    `INSERT INTO bookings (talent_id, campaign_id, demand_line_id, start, end, hours_per_day, status, note, created_at, updated_at)
     VALUES (@talent_id, @campaign_id, @demand_line_id, @start, @end, @hours_per_day, @status, @note, @now, @now)`,
  );
  return list.map((f) => Number(insert.run({ ...toParams(f), now }).lastInsertRowid));
}
