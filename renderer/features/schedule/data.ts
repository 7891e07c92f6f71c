import type { BookingView, CapacityGrid } from '@shared/contract';
import { closureDaysIn } from '@shared/capacity/closures';
import type { Talent, TimeOff } from '@shared/domain';
import { call, errorMessage } from '../../api';
import { bucketStart, dayFromIso, isoFromDay, nextBucket } from './days';
import { getSchedule, setSchedule } from './store';
import type { Load, ScheduleFilters, Zoom } from './types';

// Windowed data: bookings, load and time off are fetched for the rows in view and the visible
// dates plus a margin, and remembered per person with the day range they cover.

type Span = [number, number];
const bookingCover = new Map<number, Span>();
const loadCover = new Map<number, Span>();
const holidayCover = new Map<string, Span>();
let loadZoom: Zoom = 'day';
let peopleRequest = 0;

/** The rows and days on screen, kept so a refresh after a change knows what to refetch. */
export const current = { ids: [] as number[], from: 0, to: 0 };

const covers = (s: Span | undefined, from: number, to: number) => !!s && s[0] <= from && s[1] >= to;

export function forgetCoverage(): void {
  bookingCover.clear();
  loadCover.clear();
  holidayCover.clear();
}

function fail(e: unknown): void {
  setSchedule({ error: errorMessage(e) });
}

export function talentFilter(f: ScheduleFilters) {
  return {
    kinds: f.kinds.length ? f.kinds : undefined,
    roleId: f.roleId ?? undefined,
    skillId: f.skillId ?? undefined,
    minLevel: f.skillId ? f.minLevel : undefined,
    tag: f.tag.trim() || undefined,
    text: f.text.trim() || undefined,
  };
}

export async function loadPeople(): Promise<void> {
  const ticket = ++peopleRequest;
  try {
    const people = await call('talent:list', talentFilter(getSchedule().filters));
    if (ticket === peopleRequest) setSchedule({ people, peopleLoaded: true, peopleError: null });
  } catch (e) {
    if (ticket === peopleRequest) setSchedule({ peopleLoaded: true, peopleError: errorMessage(e) });
  }
}

/** Roles, skills and closures: small and quick, asked for at once. */
export async function loadBasics(): Promise<void> {
  try {
    const [roles, skills, closures] = await Promise.all([call('roles:list', {}), call('skills:list', {}), call('closures:list', {})]);
    // Closures span days and may repeat yearly: the years around this one, day by day.
    const year = new Date().getFullYear();
    setSchedule({ roles, skills, closures: closureDaysIn(closures, dayFromIso(`${year - 5}-01-01`), dayFromIso(`${year + 6}-12-31`)) });
  } catch (e) {
    fail(e);
  }
}

let campaignsAsked = false;
let gridWarm = false;

/**
 * Campaigns (names, colours) and open demand. On a cold workspace their figures can take a while to
 * compute, so the first time they are asked for only after the first rows' bookings.
 */
export async function loadCampaigns(): Promise<void> {
  campaignsAsked = true;
  try {
    const [campaigns, openLines] = await Promise.all([call('campaigns:list', {}), call('demandLines:list', { openOnly: true })]);
    setSchedule({ campaigns: new Map(campaigns.map((c) => [c.id, c])), openLines });
  } catch (e) {
    fail(e);
  }
}

/** Asks for campaigns if nothing has yet (an empty workspace never fetches rows). */
export function ensureCampaigns(): void {
  if (!campaignsAsked) void loadCampaigns();
}

export async function loadLookups(): Promise<void> {
  await Promise.all([loadBasics(), loadCampaigns()]);
}

/** Makes sure the rows `ids` have data for [from, to]; fetches what's missing with a margin either side. */
export function ensureWindow(ids: number[], from: number, to: number, zoom: Zoom): void {
  current.ids = ids;
  current.from = from;
  current.to = to;
  if (zoom !== loadZoom) {
    loadZoom = zoom;
    loadCover.clear();
    setSchedule({ loads: new Map() });
  }
  const need = ids.filter((id) => !covers(bookingCover.get(id), from, to) || !covers(loadCover.get(id), from, to));
  if (need.length === 0) return;
  const margin = to - from + 1;
  const f = bucketStart(from - margin, zoom);
  const t = nextBucket(bucketStart(to + margin, zoom), zoom) - 1;
  for (const id of need) {
    bookingCover.set(id, [f, t]);
    loadCover.set(id, [f, t]);
  }
  void fetchRows(need, f, t, zoom).catch((e) => {
    for (const id of need) {
      bookingCover.delete(id);
      loadCover.delete(id);
    }
    fail(e);
  });
}

/** Fetches again the rows of `talentIds` over what they cover (after a change). */
export async function refreshTalents(talentIds: number[]): Promise<void> {
  const ids = [...new Set(talentIds)];
  let f = current.from;
  let t = current.to;
  for (const id of ids) {
    const s = bookingCover.get(id);
    if (s) {
      f = Math.min(f, s[0]);
      t = Math.max(t, s[1]);
    }
  }
  if (ids.length) await fetchRows(ids, bucketStart(f, loadZoom), nextBucket(bucketStart(t, loadZoom), loadZoom) - 1, loadZoom);
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

function mergeBookings(list: BookingView[], ids: Set<number>, f: number, t: number, into: Map<number, BookingView>): Map<number, BookingView> {
  const out = new Map(into);
  const fIso = isoFromDay(f);
  const tIso = isoFromDay(t);
  for (const [id, b] of out) if (ids.has(b.talentId) && b.end >= fIso && b.start <= tIso) out.delete(id);
  for (const b of list) out.set(b.id, b);
  return out;
}

const KEEP_PEOPLE = 600;

/**
 * Forgets the data of people far from view once more than KEEP_PEOPLE are held, so memory stays
 * bounded however far the user scrolls (5,000 people × 730 days of load would be millions of cells).
 */
function prune(s: ReturnType<typeof getSchedule>): Partial<ReturnType<typeof getSchedule>> {
  if (s.loads.size <= KEEP_PEOPLE) return {};
  const keep = new Set(current.ids);
  const loads = new Map(s.loads);
  const timeOff = new Map(s.timeOff);
  const bookings = new Map(s.bookings);
  const { selection, saving } = s;
  for (const id of s.loads.keys()) {
    if (keep.has(id)) continue;
    loads.delete(id);
    timeOff.delete(id);
    loadCover.delete(id);
    bookingCover.delete(id);
  }
  for (const [id, b] of bookings) if (!keep.has(b.talentId) && !selection.has(id) && !saving.has(id)) bookings.delete(id);
  return { loads, timeOff, bookings };
}

/** Bookings and time off are applied as soon as they arrive; the load shading follows with capacity:grid. */
async function fetchRows(ids: number[], f: number, t: number, zoom: Zoom): Promise<void> {
  const from = isoFromDay(f);
  const to = isoFromDay(t);
  const idSet = new Set(ids);
  const bookingsDone = Promise.all([call('bookings:list', { talentIds: ids, from, to }), call('timeOff:list', { talentIds: ids, from, to })]).then(([list, off]) => {
    setSchedule((s) => {
      const timeOff = new Map(s.timeOff);
      for (const id of ids) timeOff.set(id, []);
      for (const o of off) (timeOff.get(o.talentId) as TimeOff[]).push(o);
      return { bookings: mergeBookings(list, idSet, f, t, s.bookings), timeOff };
    });
  });
  if (!campaignsAsked) void bookingsDone.finally(() => !campaignsAsked && loadCampaigns());
  // The first capacity:grid of a session can be slow (the main process builds its model) and would
  // hold back the bookings' answer: until one has come back, ask for it only after the bookings.
  if (!gridWarm) await bookingsDone.catch(() => undefined);
  const gridDone = call('capacity:grid', { range: { start: from, end: to }, bucket: zoom, filter: { ids }, offset: 0, limit: ids.length }).then((grid) => {
    gridWarm = true;
    if (zoom === loadZoom) setSchedule((s) => ({ loads: mergeLoads(grid, s.loads) }));
    setSchedule(prune);
  });
  await Promise.all([bookingsDone, gridDone]);
  const people = getSchedule().people.filter((p) => idSet.has(p.id));
  void ensureHolidays(people, f, t);
}

const placeKey = (p: Pick<Talent, 'holidayCountry' | 'holidayRegion'>) => (p.holidayCountry ? `${p.holidayCountry}/${p.holidayRegion ?? ''}` : '');
export { placeKey };

async function ensureHolidays(people: Talent[], f: number, t: number): Promise<void> {
  const places = new Map<string, { country: string; region: string | null }>();
  for (const p of people) {
    const key = placeKey(p);
    if (key && !covers(holidayCover.get(key), f, t) && !places.has(key)) places.set(key, { country: p.holidayCountry as string, region: p.holidayRegion });
  }
  if (places.size === 0) return;
  const from = f - 180;
  const to = t + 180;
  for (const key of places.keys()) holidayCover.set(key, [from, to]);
  try {
    const list = await call('holidays:list', { from: isoFromDay(from), to: isoFromDay(to), places: [...places.values()] });
    setSchedule((s) => {
      const holidays = new Map(s.holidays);
      for (const [key, place] of places) {
        const m = new Map(holidays.get(key));
        for (const h of list) if (h.country === place.country && (h.region === null || h.region === place.region)) m.set(dayFromIso(h.date), h.name);
        holidays.set(key, m);
      }
      return { holidays };
    });
  } catch {
    for (const key of places.keys()) holidayCover.delete(key);
  }
}
