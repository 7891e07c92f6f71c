import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingColumnsOf, buildCapacityState, dayFromIso, NO_ID } from '@shared/capacity';
import { CapacityModel, loadCapacityInput, modelRange } from '../../../electron/capacity/model';
import { openWorkspace, type Db } from '../../../electron/db/open';
import { listBookingColumns, listBookings } from '../../../electron/db/repos/bookings';
import { loadDemoStudio } from '../../../electron/demo/load';

const TODAY = '2026-03-11';
let dir: string;
let db: Db;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'capacity-load-'));
  db = openWorkspace(join(dir, 'workspace.db'));
  loadDemoStudio(db, TODAY);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the capacity loader', () => {
  it('reads every booking as columns, field for field', () => {
    const columns = listBookingColumns(db);
    const bookings = listBookings(db);
    expect(columns.length).toBe(bookings.length);
    expect(bookings.length).toBeGreaterThan(100);
    const byId = new Map(bookings.map((b) => [b.id, b]));
    for (let i = 0; i < columns.length; i++) {
      const b = byId.get(columns.id[i])!;
      expect([columns.talentId[i], columns.campaignId[i], columns.demandLineId[i]]).toEqual([b.talentId, b.campaignId, b.demandLineId ?? NO_ID]);
      expect([columns.start[i], columns.end[i]]).toEqual([dayFromIso(b.start), dayFromIso(b.end)]);
      expect(columns.hoursPerDay[i]).toBe(b.hoursPerDay);
      expect(columns.tentative[i]).toBe(b.status === 'tentative' ? 1 : 0);
    }
  });

  it('builds the same state as the domain rows do', () => {
    const input = loadCapacityInput(db, modelRange(TODAY));
    const fromColumns = buildCapacityState(input);
    const fromRows = buildCapacityState({ ...input, bookings: listBookings(db) });
    expect(fromColumns.confirmed).toEqual(fromRows.confirmed);
    expect(fromColumns.tentative).toEqual(fromRows.tentative);
    expect(fromColumns.week.free).toEqual(fromRows.week.free);
    expect(fromColumns.lineBooked).toEqual(fromRows.lineBooked);
    expect(fromColumns.bookings.count).toBe(fromRows.bookings.count);
  });
});

describe('booking columns', () => {
  it('a repeated id replaces the earlier entry, as an upsert would', () => {
    const input = loadCapacityInput(db, modelRange(TODAY));
    const [first] = listBookings(db);
    const moved = { ...first, hoursPerDay: first.hoursPerDay / 2 };
    const twice = buildCapacityState({ ...input, bookings: bookingColumnsOf([...listBookings(db), moved]) });
    const once = buildCapacityState({ ...input, bookings: listBookings(db).map((b) => (b.id === first.id ? moved : b)) });
    expect(twice.confirmed).toEqual(once.confirmed);
    expect(twice.tentative).toEqual(once.tentative);
    expect(twice.bookings.count).toBe(once.bookings.count);
  });

  it('refuses an id that does not fit in 32 bits, instead of storing a wrong one', () => {
    const [first] = listBookings(db);
    expect(() => bookingColumnsOf([{ ...first, id: 2 ** 40 }])).toThrow(/out of range/);
  });
});

describe('the capacity model', () => {
  it('builds itself when the event loop is free after a workspace opens, and again after a write', async () => {
    const model = new CapacityModel(db, () => TODAY);
    expect(model.ready).toBe(false);
    model.warmSoon();
    expect(model.ready).toBe(false);
    await new Promise((resolve) => setImmediate(resolve));
    expect(model.ready).toBe(true);
    db.prepare("UPDATE talent SET name = name || ' ' WHERE id = (SELECT min(id) FROM talent)").run();
    expect(model.ready).toBe(false);
    expect(model.state().people.length).toBeGreaterThan(0);
    expect(model.ready).toBe(true);
  });
});
