// The straightforward way, for comparison: the same rules with Maps keyed 'talentId|date'
// (ISO strings), per-day loops and string keys for weeks. Same outputs as the engine's full
// compute: day figures, booking totals, per-line booked hours, role × week demand/supply/free,
// campaign cost and the over-allocated days.

import type { Id, IsoDate, Talent } from '@shared/domain';
import { dayFromIso, isoFromDay, weekdayOfDay, weekStartOfDay } from '@shared/dates';
import { defaultHolidayProvider } from '@shared/capacity/holidays';
import type { CapacityInput } from '@shared/capacity/state';

export interface BaselineResult {
  capacity: Map<string, number>;
  confirmed: Map<string, number>;
  tentative: Map<string, number>;
  roleWeeks: Map<string, { demand: number; supply: number; free: number }>;
  lineBooked: Map<Id, number>;
  campaignCost: Map<Id, number>;
  overAllocated: string[];
}

export function baselineCompute(input: CapacityInput): BaselineResult {
  const start = dayFromIso(input.range.start);
  const end = dayFromIso(input.range.end);
  const dates: IsoDate[] = [];
  for (let d = start; d <= end; d++) dates.push(isoFromDay(d));
  const closures = new Set(input.closures.map((c) => c.date));
  const holidaySets = new Map<string, Set<IsoDate>>();
  const holidaysOf = (t: Talent): Set<IsoDate> => {
    const key = `${t.holidayCountry}|${t.holidayRegion}`;
    let set = holidaySets.get(key);
    if (!set) {
      set = new Set();
      if (t.holidayCountry) {
        for (let y = Number(input.range.start.slice(0, 4)) - 1; y <= Number(input.range.end.slice(0, 4)) + 1; y++) {
          for (const d of defaultHolidayProvider.publicHolidayDays(t.holidayCountry, t.holidayRegion, y)) set.add(isoFromDay(d));
        }
      }
      holidaySets.set(key, set);
    }
    return set;
  };
  const patternsOf = new Map<Id, CapacityInput['patterns'][number][]>();
  for (const p of input.patterns) {
    if (!patternsOf.has(p.talentId)) patternsOf.set(p.talentId, []);
    patternsOf.get(p.talentId)!.push(p);
  }
  for (const list of patternsOf.values()) list.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const hoursOn = (t: Talent, iso: IsoDate): number => {
    const list = patternsOf.get(t.id);
    if (!list || list.length === 0) return 0;
    let chosen = list[0];
    for (const p of list) if (p.effectiveFrom <= iso) chosen = p;
    return chosen.hours[weekdayOfDay(dayFromIso(iso))];
  };
  const isWorking = (t: Talent, iso: IsoDate): boolean => hoursOn(t, iso) > 0 && !closures.has(iso) && !holidaysOf(t).has(iso);

  const capacity = new Map<string, number>();
  const working = new Map<string, boolean>();
  const talentById = new Map(input.talent.map((t) => [t.id, t]));
  for (const t of input.talent) {
    for (const iso of dates) {
      const key = `${t.id}|${iso}`;
      const w = isWorking(t, iso);
      working.set(key, w);
      const active = (!t.activeFrom || iso >= t.activeFrom) && (!t.activeTo || iso <= t.activeTo);
      capacity.set(key, w && active ? hoursOn(t, iso) * t.headcount : 0);
    }
  }
  for (const off of input.timeOff) {
    for (let d = dayFromIso(off.start); d <= dayFromIso(off.end); d++) {
      const key = `${off.talentId}|${isoFromDay(d)}`;
      const cap = capacity.get(key);
      if (cap === undefined) continue;
      capacity.set(key, off.hoursPerDay === null ? 0 : Math.max(0, cap - off.hoursPerDay));
    }
  }

  const confirmed = new Map<string, number>();
  const tentative = new Map<string, number>();
  const lineBooked = new Map<Id, number>();
  const campaignCost = new Map<Id, number>();
  for (const b of input.bookings) {
    const t = talentById.get(b.talentId);
    if (!t) continue;
    const all: IsoDate[] = [];
    for (let d = dayFromIso(b.start); d <= dayFromIso(b.end); d++) all.push(isoFromDay(d));
    const workDays = all.filter((iso) => working.get(`${t.id}|${iso}`) ?? isWorking(t, iso));
    const days = workDays.length > 0 ? workDays : all;
    const target = b.status === 'tentative' ? tentative : confirmed;
    for (const iso of days) {
      const key = `${t.id}|${iso}`;
      if (capacity.has(key)) target.set(key, (target.get(key) ?? 0) + b.hoursPerDay);
    }
    const total = days.length * b.hoursPerDay;
    if (b.demandLineId !== null) lineBooked.set(b.demandLineId, (lineBooked.get(b.demandLineId) ?? 0) + total);
    campaignCost.set(b.campaignId, (campaignCost.get(b.campaignId) ?? 0) + total * t.costRate);
  }

  const roleWeeks = new Map<string, { demand: number; supply: number; free: number }>();
  const roleWeek = (roleId: Id, iso: IsoDate) => {
    const key = `${roleId}|${isoFromDay(weekStartOfDay(dayFromIso(iso)))}`;
    let rw = roleWeeks.get(key);
    if (!rw) roleWeeks.set(key, (rw = { demand: 0, supply: 0, free: 0 }));
    return rw;
  };
  const overAllocated: string[] = [];
  for (const t of input.talent) {
    for (const iso of dates) {
      const key = `${t.id}|${iso}`;
      const cap = capacity.get(key)!;
      const booked = (confirmed.get(key) ?? 0) + (tentative.get(key) ?? 0);
      const rw = roleWeek(t.primaryRoleId, iso);
      rw.supply += cap;
      rw.free += Math.max(0, cap - booked);
      if (booked > cap + 1e-9) overAllocated.push(key);
    }
  }
  const campaignById = new Map(input.campaigns.map((c) => [c.id, c]));
  for (const line of input.demandLines) {
    const c = campaignById.get(line.campaignId);
    if (!c || c.status === 'cancelled' || c.status === 'done') continue;
    const weight = c.status === 'pipeline' ? c.probability / 100 : 1;
    const open = Math.max(0, line.hours - (lineBooked.get(line.id) ?? 0));
    const all: IsoDate[] = [];
    for (let d = dayFromIso(line.start); d <= dayFromIso(line.end); d++) all.push(isoFromDay(d));
    const studio = all.filter((iso) => weekdayOfDay(dayFromIso(iso)) < 5 && !closures.has(iso));
    const days = studio.length > 0 ? studio : all;
    for (const iso of days) {
      if (iso < input.range.start || iso > input.range.end) continue;
      roleWeek(line.roleId ?? -1, iso).demand += (open / days.length) * weight;
    }
  }
  return { capacity, confirmed, tentative, roleWeeks, lineBooked, campaignCost, overAllocated };
}
