import type { BookingView, CapacityGrid, WorkspaceChange } from '@shared/contract';
import type { Talent, TimeOff } from '@shared/domain';
import { call } from '../api';
import { bucketStart, dayFromIso, isoFromDay, nextBucket } from '../features/schedule/days';
import type { Load, Zoom } from '../features/schedule/types';
import type { ScheduleState } from './scheduleSlice';
import type { StoreState } from './types';

// The Schedule's windowed data: bookings, load and time off are fetched for the rows in view and
// the visible dates plus a margin, and remembered per person with the day range they cover.

type Span = [number, number];

export interface ScheduleCover {
  bookings: Map<number, Span>;
  loads: Map<number, Span>;
  holidays: Map<string, Span>;
  zoom: Zoom;
  /** The rows and days on screen, so a change knows what to refetch. */
  view: { ids: number[]; from: number; to: number };
  /** The first capacity:grid of a session can be slow; until one answered it waits for the bookings. */
  gridWarm: boolean;
  rowsSeq: number;
  openLinesAsked: boolean;
  /** The Schedule is on screen; while it isn't, changes only mark what they touch to be fetched again. */
  open: boolean;
  /** A change came while the Schedule was closed: open demand is asked for again on opening. */
  stale: boolean;
  /** Writes made by the Schedule whose announcement has not arrived yet; true when one is on a demand line. */
  ownWrites: boolean[];
}

export const emptyCover = (): ScheduleCover => ({
  bookings: new Map(),
  loads: new Map(),
  holidays: new Map(),
  zoom: 'day',
  view: { ids: [], from: 0, to: 0 },
  gridWarm: false,
  rowsSeq: 0,
  openLinesAsked: false,
  open: false,
  stale: false,
  ownWrites: [],
});

/** What the fetchers need from the store. */
export interface ScheduleIo {
  get: () => StoreState;
  setSchedule: (patch: Partial<ScheduleState> | ((s: ScheduleState) => Partial<ScheduleState>)) => void;
  fail: (e: unknown) => void;
}

const covers = (s: Span | undefined, from: number, to: number) => !!s && s[0] <= from && s[1] >= to;

export function ensureWindow(io: ScheduleIo, ids: number[], from: number, to: number, zoom: Zoom): void {
  const cover = io.get().scheduleCover;
  cover.view = { ids, from, to };
  if (zoom !== cover.zoom) {
    cover.zoom = zoom;
    cover.loads.clear();
    io.setSchedule({ loads: new Map() });
  }
  const need = ids.filter((id) => !covers(cover.bookings.get(id), from, to) || !covers(cover.loads.get(id), from, to));
  if (need.length === 0) return;
  const margin = to - from + 1;
  const f = bucketStart(from - margin, zoom);
  const t = nextBucket(bucketStart(to + margin, zoom), zoom) - 1;
  for (const id of need) {
    cover.bookings.set(id, [f, t]);
    cover.loads.set(id, [f, t]);
  }
  void fetchRows(io, need, f, t, zoom).catch((e) => {
    for (const id of need) {
      cover.bookings.delete(id);
      cover.loads.delete(id);
    }
    io.fail(e);
  });
}

/** Bookings and time off are applied as soon as they arrive; the load shading follows with capacity:grid. */
async function fetchRows(io: ScheduleIo, ids: number[], f: number, t: number, zoom: Zoom): Promise<void> {
  const cover = io.get().scheduleCover;
  const bookingsDone = fetchBookings(io, ids, f, t);
  // Campaign names and open demand carry booked-hour figures that are slow on a cold workspace: asked for after the first rows.
  void bookingsDone.finally(() => askCampaignsOnce(io));
  if (!cover.gridWarm) await bookingsDone.catch(() => undefined);
  await Promise.all([bookingsDone, fetchShade(io, ids, f, t, zoom)]);
  const idSet = new Set(ids);
  void fetchHolidays(io, io.get().allPeople.filter((p) => idSet.has(p.id)), f, t);
}

/** Campaigns (names, colours) and open demand, the first time the Schedule needs them. */
export function askCampaignsOnce(io: ScheduleIo): void {
  const s = io.get();
  if (!s.allCampaignsLoaded) void s.loadAllCampaigns();
  if (!s.scheduleCover.openLinesAsked) void s.loadScheduleOpenLines();
}

/** Bookings (and time off) of `ids` over [f, t], replacing what was held for those rows and days. */
export async function fetchBookings(io: ScheduleIo, ids: number[], f: number, t: number, what: 'both' | 'bookings' | 'timeOff' = 'both'): Promise<void> {
  const from = isoFromDay(f);
  const to = isoFromDay(t);
  const idSet = new Set(ids);
  const [list, off] = await Promise.all([
    what === 'timeOff' ? null : call('bookings:list', { talentIds: ids, from, to }),
    what === 'bookings' ? null : call('timeOff:list', { talentIds: ids, from, to }),
  ]);
  io.setSchedule((s) => ({
    ...(list ? { bookings: mergeBookings(list, idSet, from, to, s.bookings) } : {}),
    ...(off ? { timeOff: mergeTimeOff(off, ids, from, to, s.timeOff) } : {}),
  }));
}

/** The load shading of `ids` over [f, t] (widened to whole buckets). */
export async function fetchShade(io: ScheduleIo, ids: number[], f: number, t: number, zoom: Zoom): Promise<void> {
  const start = bucketStart(f, zoom);
  const end = nextBucket(bucketStart(t, zoom), zoom) - 1;
  const grid = await call('capacity:grid', { range: { start: isoFromDay(start), end: isoFromDay(end) }, bucket: zoom, filter: { ids }, offset: 0, limit: ids.length });
  const cover = io.get().scheduleCover;
  cover.gridWarm = true;
  if (zoom !== cover.zoom) return;
  io.setSchedule((s) => ({ loads: mergeLoads(grid, s.loads) }));
  io.setSchedule((s) => prune(s, cover));
}

export const placeKey = (p: Pick<Talent, 'holidayCountry' | 'holidayRegion'>) => (p.holidayCountry ? `${p.holidayCountry}/${p.holidayRegion ?? ''}` : '');

export async function fetchHolidays(io: ScheduleIo, people: Talent[], f: number, t: number): Promise<void> {
  const cover = io.get().scheduleCover;
  const places = new Map<string, { country: string; region: string | null }>();
  for (const p of people) {
    const key = placeKey(p);
    if (key && !covers(cover.holidays.get(key), f, t) && !places.has(key)) places.set(key, { country: p.holidayCountry as string, region: p.holidayRegion });
  }
  if (places.size === 0) return;
  const from = f - 180;
  const to = t + 180;
  for (const key of places.keys()) cover.holidays.set(key, [from, to]);
  try {
    const list = await call('holidays:list', { from: isoFromDay(from), to: isoFromDay(to), places: [...places.values()] });
    io.setSchedule((s) => {
      const holidays = new Map(s.holidays);
      for (const [key, place] of places) {
        const m = new Map([...(holidays.get(key) ?? [])].filter(([day]) => day < from || day > to));
        for (const h of list) if (h.country === place.country && (h.region === null || h.region === place.region)) m.set(dayFromIso(h.date), h.name);
        holidays.set(key, m);
      }
      return { holidays };
    });
  } catch {
    for (const key of places.keys()) cover.holidays.delete(key);
  }
}

/**
 * The rows and days a change touches among those held: the people it names (or the rows in view
 * when it names none; rows held off screen are forgotten and fetched again when scrolled to),
 * over its range clipped to what they cover. Null when it touches nothing held.
 */
export function changedSpan(cover: ScheduleCover, change: WorkspaceChange, spans: Map<number, Span>): { ids: number[]; from: number; to: number } | null {
  if (change.areas.includes('workspace') || !change.people) {
    const inView = new Set(cover.view.ids);
    for (const id of [...spans.keys()]) if (!inView.has(id)) spans.delete(id);
  }
  const named = change.people && !change.areas.includes('workspace') ? change.people : cover.view.ids;
  const ids = named.filter((id) => spans.has(id));
  if (ids.length === 0) return null;
  let from = Infinity;
  let to = -Infinity;
  for (const id of ids) {
    const s = spans.get(id) as Span;
    from = Math.min(from, s[0]);
    to = Math.max(to, s[1]);
  }
  if (change.range && !change.areas.includes('workspace')) {
    from = Math.max(from, dayFromIso(change.range.start));
    to = Math.min(to, dayFromIso(change.range.end));
  }
  return from <= to ? { ids, from, to } : null;
}

function mergeLoads(grid: CapacityGrid, into: Map<number, Map<number, Load>>): Map<number, Map<number, Load>> {
  const out = new Map(into);
  const nb = grid.buckets.length;
  const starts = grid.buckets.map((b) => dayFromIso(b.start));
  const rel = grid.capacity.length === grid.people.length * nb;
  grid.people.forEach((p, r) => {
    const row = (rel ? r : grid.offset + r) * nb;
    const m = new Map(out.get(p.id));
    for (let c = 0; c < nb; c++) {
      m.set(starts[c], { cap: grid.capacity[row + c] ?? 0, conf: grid.confirmed[row + c] ?? 0, tent: grid.tentative[row + c] ?? 0 });
    }
    out.set(p.id, m);
  });
  return out;
}

function mergeBookings(list: BookingView[], ids: Set<number>, from: string, to: string, into: Map<number, BookingView>): Map<number, BookingView> {
  const out = new Map(into);
  for (const [id, b] of out) if (id > 0 && ids.has(b.talentId) && b.end >= from && b.start <= to) out.delete(id);
  for (const b of list) out.set(b.id, b);
  return out;
}

function mergeTimeOff(list: TimeOff[], ids: number[], from: string, to: string, into: Map<number, TimeOff[]>): Map<number, TimeOff[]> {
  const out = new Map(into);
  for (const id of ids) out.set(id, (out.get(id) ?? []).filter((o) => o.end < from || o.start > to));
  for (const o of list) out.get(o.talentId)?.push(o);
  return out;
}

const KEEP_PEOPLE = 600;

/**
 * Forgets the data of people far from view once more than KEEP_PEOPLE are held, so memory stays
 * bounded however far the user scrolls (5,000 people × 730 days of load would be millions of cells).
 */
function prune(s: ScheduleState, cover: ScheduleCover): Partial<ScheduleState> {
  if (s.loads.size <= KEEP_PEOPLE) return {};
  const keep = new Set(cover.view.ids);
  const loads = new Map(s.loads);
  const timeOff = new Map(s.timeOff);
  const bookings = new Map(s.bookings);
  const { selection, saving } = s;
  for (const id of s.loads.keys()) {
    if (keep.has(id)) continue;
    loads.delete(id);
    timeOff.delete(id);
    cover.loads.delete(id);
    cover.bookings.delete(id);
  }
  for (const [id, b] of bookings) if (!keep.has(b.talentId) && !selection.has(id) && !saving.has(id)) bookings.delete(id);
  return { loads, timeOff, bookings };
}
