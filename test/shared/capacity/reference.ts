// A slow, obvious reference implementation of the capacity rules, for tests: Date objects,
// ISO strings, per-day loops and Maps keyed by 'talentId|date'. Not for production use.

import Holidays from 'date-holidays';
import type { Booking, Id, IsoDate, Talent } from '@shared/domain';
import type { CapacityInput } from '@shared/capacity/state';

const EPSILON = 1e-9;
const MS_PER_DAY = 86_400_000;

function dateOf(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function isoOf(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function refAddDays(iso: IsoDate, days: number): IsoDate {
  const d = dateOf(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return isoOf(d);
}

/** Every ISO date from start to end inclusive. */
export function refDates(start: IsoDate, end: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (const d = dateOf(start); isoOf(d) <= end; d.setUTCDate(d.getUTCDate() + 1)) out.push(isoOf(d));
  return out;
}

/** Monday = 0. */
export function refWeekday(iso: IsoDate): number {
  return (dateOf(iso).getUTCDay() + 6) % 7;
}

export function refWeekStart(iso: IsoDate): IsoDate {
  return refAddDays(iso, -refWeekday(iso));
}

const holidayCache = new Map<string, Set<IsoDate>>();

export function refIsPublicHoliday(country: string | null, region: string | null, iso: IsoDate): boolean {
  if (!country) return false;
  const year = Number(iso.slice(0, 4));
  for (const y of [year - 1, year]) {
    const key = `${country}|${region ?? ''}|${y}`;
    let set = holidayCache.get(key);
    if (!set) {
      set = new Set();
      const hd = region ? new Holidays(country, region) : new Holidays(country);
      for (const h of hd.getHolidays(y) || []) {
        if (h.type !== 'public') continue;
        const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / MS_PER_DAY));
        for (let k = 0; k < span; k++) set.add(refAddDays(h.date.slice(0, 10), k));
      }
      holidayCache.set(key, set);
    }
    if (set.has(iso)) return true;
  }
  return false;
}

export interface RefCell {
  capacity: number;
  confirmed: number;
  tentative: number;
}

export interface RefRoleWeek {
  demand: number;
  demandUnweighted: number;
  supply: number;
  free: number;
  otherSupply: number;
  otherFree: number;
}

export interface RefCampaign {
  confirmedHours: number;
  tentativeHours: number;
  confirmedCost: number;
  tentativeCost: number;
  confirmedCostReporting: number;
  tentativeCostReporting: number;
  missingHours: number;
  missingReportingHours: number;
}

export interface ReferenceResult {
  /** 'talentId|date' over the range. */
  cells: Map<string, RefCell>;
  bookingHours: Map<Id, number>;
  lineBooked: Map<Id, number>;
  /** 'roleId|weekStart' for weeks of the range (roleId −1 = unassigned). */
  roleWeeks: Map<string, RefRoleWeek>;
  campaigns: Map<Id, RefCampaign>;
  /** 'talentId|date' of over-allocated days in the range. */
  overAllocated: Set<string>;
  isWorkingDay(talentId: Id, iso: IsoDate): boolean;
}

export function referenceCompute(input: CapacityInput): ReferenceResult {
  const rangeDates = refDates(input.range.start, input.range.end);
  const closures = new Set(input.closures.map((c) => c.date));
  const talentById = new Map(input.talent.map((t) => [t.id, t]));

  const patternsByTalent = new Map<Id, { p: CapacityInput['patterns'][number]; i: number }[]>();
  for (const t of input.talent) {
    patternsByTalent.set(
      t.id,
      input.patterns
        .map((p, i) => ({ p, i }))
        .filter(({ p }) => p.talentId === t.id)
        .sort((a, b) => (a.p.effectiveFrom < b.p.effectiveFrom ? -1 : a.p.effectiveFrom > b.p.effectiveFrom ? 1 : a.i - b.i)),
    );
  }
  const patternOn = (t: Talent, iso: IsoDate): number => {
    const mine = patternsByTalent.get(t.id)!;
    if (mine.length === 0) return 0;
    // Before the first period the earliest applies (of equal starts, the later-listed one).
    let chosen = mine.filter(({ p }) => p.effectiveFrom === mine[0].p.effectiveFrom).pop()!.p;
    for (const { p } of mine) if (p.effectiveFrom <= iso) chosen = p;
    return chosen.hours[refWeekday(iso)];
  };
  const weekOn = (t: Talent, iso: IsoDate): number[] | null => {
    const mine = patternsByTalent.get(t.id)!;
    if (mine.length === 0) return null;
    let chosen = mine.filter(({ p }) => p.effectiveFrom === mine[0].p.effectiveFrom).pop()!.p;
    for (const { p } of mine) if (p.effectiveFrom <= iso) chosen = p;
    return chosen.hours;
  };
  const hourlyOn = (t: Talent, iso: IsoDate): number => {
    if (t.costRateUnit !== 'day') return t.costRate;
    const today = patternOn(t, iso);
    if (today > 0) return t.costRate / today;
    const working = (weekOn(t, iso) ?? []).filter((h) => h > 0);
    return t.costRate / (working.length === 0 ? 8 : working.reduce((a, b) => a + b, 0) / working.length);
  };
  const money = input.money ?? { reportingCurrency: 'GBP', rates: [] };
  const quote = (from: string, to: string, iso: IsoDate): number => {
    let best: { day: IsoDate; rate: number; direct: boolean } | null = null;
    for (const r of money.rates) {
      if (r.effectiveFrom > iso) continue;
      const direct = r.fromCurrency === from && r.toCurrency === to;
      if (!direct && !(r.fromCurrency === to && r.toCurrency === from)) continue;
      if (!best || r.effectiveFrom > best.day || (r.effectiveFrom === best.day && direct)) {
        best = { day: r.effectiveFrom, rate: direct ? r.rate : 1 / r.rate, direct };
      }
    }
    return best ? best.rate : Number.NaN;
  };
  const fxOn = (from: string, to: string, iso: IsoDate): number => {
    if (from === to) return 1;
    const own = quote(from, to, iso);
    if (!Number.isNaN(own)) return own;
    // One hop through another currency: the reporting currency first, then alphabetical.
    const r = money.reportingCurrency;
    const vias = [...new Set(money.rates.flatMap((x) => [x.fromCurrency, x.toCurrency]))]
      .filter((c) => c !== from && c !== to)
      .sort((a, b) => Number(b === r) - Number(a === r) || a.localeCompare(b));
    for (const via of vias) {
      const cross = quote(from, via, iso) * quote(via, to, iso);
      if (!Number.isNaN(cross)) return cross;
    }
    return Number.NaN;
  };
  const isWorking = (t: Talent, iso: IsoDate): boolean =>
    patternOn(t, iso) > 0 && !closures.has(iso) && !refIsPublicHoliday(t.holidayCountry, t.holidayRegion, iso);
  const capacityOn = (t: Talent, iso: IsoDate): number => {
    let cap = 0;
    const active = (t.activeFrom === null || iso >= t.activeFrom) && (t.activeTo === null || iso <= t.activeTo);
    if (active && isWorking(t, iso)) cap = Math.max(0, patternOn(t, iso) * Math.max(0, t.headcount));
    for (const off of input.timeOff) {
      if (off.talentId !== t.id || iso < off.start || iso > off.end) continue;
      cap = off.hoursPerDay === null ? 0 : cap - Math.min(off.hoursPerDay, cap);
    }
    return Math.max(0, cap);
  };

  const cells = new Map<string, RefCell>();
  for (const t of input.talent) {
    for (const iso of rangeDates) cells.set(`${t.id}|${iso}`, { capacity: capacityOn(t, iso), confirmed: 0, tentative: 0 });
  }

  const bookingDays = (b: Booking, t: Talent): IsoDate[] => {
    const all = b.end >= b.start ? refDates(b.start, b.end) : [];
    const working = all.filter((iso) => isWorking(t, iso));
    return working.length > 0 ? working : all;
  };
  const bookingHours = new Map<Id, number>();
  const lineBooked = new Map<Id, number>();
  const campaigns = new Map<Id, RefCampaign>(
    input.campaigns.map((c) => [c.id, {
      confirmedHours: 0, tentativeHours: 0, confirmedCost: 0, tentativeCost: 0, confirmedCostReporting: 0, tentativeCostReporting: 0,
      missingHours: 0, missingReportingHours: 0,
    }]),
  );
  for (const b of input.bookings) {
    const t = talentById.get(b.talentId);
    if (!t) {
      bookingHours.set(b.id, 0);
      continue;
    }
    const days = bookingDays(b, t);
    for (const iso of days) {
      const cell = cells.get(`${t.id}|${iso}`);
      if (!cell) continue;
      if (b.status === 'tentative') cell.tentative += b.hoursPerDay;
      else cell.confirmed += b.hoursPerDay;
    }
    const total = days.length * b.hoursPerDay;
    bookingHours.set(b.id, total);
    if (b.demandLineId !== null) lineBooked.set(b.demandLineId, (lineBooked.get(b.demandLineId) ?? 0) + total);
    const c = campaigns.get(b.campaignId);
    const campaign = input.campaigns.find((x) => x.id === b.campaignId);
    if (c && campaign) {
      const tentative = b.status === 'tentative';
      if (tentative) c.tentativeHours += total;
      else c.confirmedHours += total;
      for (const iso of days) {
        const own = fxOn(t.currency, campaign.currency, iso);
        const rep = fxOn(t.currency, money.reportingCurrency, iso);
        const cost = b.hoursPerDay * hourlyOn(t, iso);
        if (Number.isNaN(own)) c.missingHours += b.hoursPerDay;
        else if (tentative) c.tentativeCost += cost * own;
        else c.confirmedCost += cost * own;
        if (Number.isNaN(rep)) c.missingReportingHours += b.hoursPerDay;
        else if (tentative) c.tentativeCostReporting += cost * rep;
        else c.confirmedCostReporting += cost * rep;
      }
    }
  }

  const roleWeeks = new Map<string, RefRoleWeek>();
  const roleWeek = (roleId: Id, iso: IsoDate): RefRoleWeek => {
    const key = `${roleId}|${refWeekStart(iso)}`;
    let rw = roleWeeks.get(key);
    if (!rw) {
      rw = { demand: 0, demandUnweighted: 0, supply: 0, free: 0, otherSupply: 0, otherFree: 0 };
      roleWeeks.set(key, rw);
    }
    return rw;
  };
  for (const t of input.talent) {
    const others = [...new Set(t.otherRoleIds)].filter((r) => r !== t.primaryRoleId);
    for (const iso of rangeDates) {
      const cell = cells.get(`${t.id}|${iso}`)!;
      const free = Math.max(0, cell.capacity - cell.confirmed - cell.tentative);
      const own = roleWeek(t.primaryRoleId, iso);
      own.supply += cell.capacity;
      own.free += free;
      for (const r of others) {
        const rw = roleWeek(r, iso);
        rw.otherSupply += cell.capacity;
        rw.otherFree += free;
      }
    }
  }
  const campaignById = new Map(input.campaigns.map((c) => [c.id, c]));
  for (const line of input.demandLines) {
    const c = campaignById.get(line.campaignId);
    if (!c || !['pipeline', 'confirmed', 'in_progress'].includes(c.status)) continue;
    const weight = c.status === 'pipeline' ? c.probability / 100 : 1;
    const open = Math.max(0, line.hours - (lineBooked.get(line.id) ?? 0));
    const all = line.end >= line.start ? refDates(line.start, line.end) : [];
    const studio = all.filter((iso) => refWeekday(iso) < 5 && !closures.has(iso));
    const holders = input.talent.filter((t) => line.roleId !== null && (t.primaryRoleId === line.roleId || t.otherRoleIds.includes(line.roleId)));
    const inRange = (iso: IsoDate) => iso >= input.range.start && iso <= input.range.end;
    const roleCanWork = (iso: IsoDate) =>
      inRange(iso) ? holders.some((t) => cells.get(`${t.id}|${iso}`)!.capacity > 0) : refWeekday(iso) < 5 && !closures.has(iso);
    const workable = all.filter(roleCanWork);
    const days = workable.length > 0 ? workable : studio.length > 0 ? studio : all;
    for (const iso of days) {
      if (iso < input.range.start || iso > input.range.end) continue;
      const rw = roleWeek(line.roleId ?? -1, iso);
      rw.demand += (open / days.length) * weight;
      rw.demandUnweighted += open / days.length;
    }
  }

  const overAllocated = new Set<string>();
  for (const [key, cell] of cells) if (cell.confirmed + cell.tentative > cell.capacity + EPSILON) overAllocated.add(key);

  return {
    cells,
    bookingHours,
    lineBooked,
    roleWeeks,
    campaigns,
    overAllocated,
    isWorkingDay: (talentId, iso) => {
      const t = talentById.get(talentId);
      return t ? isWorking(t, iso) : false;
    },
  };
}
