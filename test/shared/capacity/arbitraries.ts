// fast-check generators of small random workspaces, and a comparison of the engine with the
// reference implementation.

import fc from 'fast-check';
import type { Booking, CampaignStatus, DemandLine, Talent, TimeOff, WeekHours, WorkPattern } from '@shared/domain';
import {
  bookingTotalHours,
  buildCapacityState,
  campaignCosts,
  demandLineFigures,
  overAllocationRuns,
  personDay,
  roleWeekReport,
  utilisationGrid,
  type CapacityInput,
  type CapacityState,
} from '@shared/capacity/index';
import { refAddDays, refDates, referenceCompute, refWeekStart } from './reference';
import { bookingOf, campaignOf, roleOf, talentOf } from './fixtures';

const ANCHORS = ['2026-03-02', '2026-12-14', '2027-03-15', '2027-12-20', '2028-02-21'];
const REGIONS: [string | null, string | null][] = [
  [null, null],
  ['GB', 'ENG'],
  ['DE', 'BY'],
  ['US', null],
];
const HOURS = [0, 0, 2, 3.5, 4, 6, 7.5, 8, 1.1];
const BOOKING_HOURS = [0.5, 1, 2.5, 4, 7.5, 8, 0.1, 3.3];
const STATUSES: CampaignStatus[] = ['pipeline', 'confirmed', 'in_progress', 'on_hold', 'done', 'lost', 'cancelled'];

const offset = fc.integer({ min: -12, max: 80 });
const span = fc.integer({ min: -1, max: 16 });
const weekHours = fc.tuple(...Array.from({ length: 7 }, () => fc.constantFrom(...HOURS))) as fc.Arbitrary<WeekHours>;

const personArb = fc.record({
  region: fc.constantFrom(...REGIONS),
  headcount: fc.constantFrom(1, 1, 1, 2, 3),
  primaryRole: fc.integer({ min: 1, max: 3 }),
  otherRoles: fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 2 }),
  costRate: fc.integer({ min: 0, max: 150 }),
  costRateUnit: fc.constantFrom<'hour' | 'day'>('hour', 'hour', 'day'),
  currency: fc.constantFrom('GBP', 'GBP', 'EUR', 'USD'),
  activeFrom: fc.option(offset, { freq: 4 }),
  activeTo: fc.option(offset, { freq: 4 }),
  patterns: fc.array(fc.record({ from: fc.integer({ min: -30, max: 80 }), hours: weekHours }), { maxLength: 3 }),
  timeOff: fc.array(
    fc.record({ from: offset, len: span, hours: fc.option(fc.constantFrom(1, 3.5, 4, 8), { freq: 2 }) }),
    { maxLength: 3 },
  ),
});

export const workspaceArb: fc.Arbitrary<CapacityInput> = fc
  .record({
    anchor: fc.constantFrom(...ANCHORS),
    shift: fc.integer({ min: 0, max: 6 }),
    length: fc.integer({ min: 1, max: 70 }),
    people: fc.array(personArb, { minLength: 1, maxLength: 4 }),
    closures: fc.uniqueArray(offset, { maxLength: 3 }),
    campaigns: fc.array(
      fc.record({ status: fc.constantFrom(...STATUSES), probability: fc.integer({ min: 0, max: 100 }), currency: fc.constantFrom('GBP', 'EUR', 'USD') }),
      { minLength: 1, maxLength: 3 },
    ),
    lines: fc.array(
      fc.record({
        campaign: fc.nat(),
        role: fc.option(fc.integer({ min: 1, max: 4 }), { freq: 4 }),
        hours: fc.integer({ min: 0, max: 200 }),
        from: offset,
        len: fc.integer({ min: -1, max: 30 }),
      }),
      { maxLength: 4 },
    ),
    // EUR→GBP from before the range, changing inside it; GBP→USD (or USD→GBP) from a day that may fall inside it.
    rates: fc.record({ eurChange: offset, eurRates: fc.tuple(fc.constantFrom(0.8, 0.86), fc.constantFrom(0.9, 0.84)), usdFrom: offset, usdInverse: fc.boolean() }),
    reporting: fc.constantFrom('GBP', 'GBP', 'EUR'),
    bookings: fc.array(
      fc.record({
        person: fc.integer({ min: 0, max: 4 }), // 4 may be unknown
        campaign: fc.nat(),
        line: fc.option(fc.nat(), { freq: 2 }),
        from: offset,
        len: span,
        hours: fc.constantFrom(...BOOKING_HOURS),
        tentative: fc.boolean(),
      }),
      { maxLength: 10 },
    ),
  })
  .map((w) => {
    const start = refAddDays(w.anchor, w.shift);
    const at = (k: number) => refAddDays(start, k);
    const talent: Talent[] = [];
    const patterns: WorkPattern[] = [];
    const timeOff: TimeOff[] = [];
    const input: CapacityInput = {
      range: { start, end: at(w.length - 1) },
      talent,
      patterns,
      timeOff,
      closures: w.closures.map((k, i) => ({ id: i + 1, date: at(k), endDate: at(k), name: 'Closed', repeatsYearly: false })),
      roles: [roleOf(1), roleOf(2), roleOf(3)],
      campaigns: w.campaigns.map((c, i) => campaignOf(i + 1, c)),
      demandLines: [],
      bookings: [],
      money: {
        reportingCurrency: w.reporting,
        rates: [
          { fromCurrency: 'EUR', toCurrency: 'GBP', rate: w.rates.eurRates[0], effectiveFrom: at(-60) },
          { fromCurrency: 'EUR', toCurrency: 'GBP', rate: w.rates.eurRates[1], effectiveFrom: at(w.rates.eurChange) },
          w.rates.usdInverse
            ? { fromCurrency: 'USD', toCurrency: 'GBP', rate: 0.79, effectiveFrom: at(w.rates.usdFrom) }
            : { fromCurrency: 'GBP', toCurrency: 'USD', rate: 1.27, effectiveFrom: at(w.rates.usdFrom) },
        ],
      },
    };
    w.people.forEach((p, i) => {
      const id = i + 1;
      talent.push(
        talentOf(id, {
          holidayCountry: p.region[0],
          holidayRegion: p.region[1],
          headcount: p.headcount,
          kind: p.headcount > 1 ? 'agency' : 'staff',
          primaryRoleId: p.primaryRole,
          otherRoleIds: p.otherRoles,
          costRate: p.costRate,
          costRateUnit: p.costRateUnit,
          currency: p.currency,
          activeFrom: p.activeFrom === null ? null : at(p.activeFrom),
          activeTo: p.activeTo === null ? null : at(p.activeTo),
        }),
      );
      for (const pat of p.patterns) {
        patterns.push({ id: patterns.length + 1, talentId: id, effectiveFrom: at(pat.from), hours: pat.hours });
      }
      for (const off of p.timeOff) {
        timeOff.push(timeOffArbEntry(timeOff.length + 1, id, at(off.from), at(off.from + off.len), off.hours));
      }
    });
    input.demandLines = w.lines.map(
      (l, i): DemandLine => ({
        id: i + 1,
        campaignId: (l.campaign % input.campaigns.length) + 1,
        roleId: l.role,
        skills: [],
        hours: l.hours,
        start: at(l.from),
        end: at(l.from + l.len),
        priority: 3,
        note: '',
      }),
    );
    input.bookings = w.bookings.map((b, i) => {
      const line = b.line === null || input.demandLines.length === 0 ? null : input.demandLines[b.line % input.demandLines.length];
      return bookingOf(i + 1, {
        talentId: b.person + 1,
        campaignId: line ? line.campaignId : (b.campaign % input.campaigns.length) + 1,
        demandLineId: line ? line.id : null,
        start: at(b.from),
        end: at(b.from + b.len),
        hoursPerDay: b.hours,
        status: b.tentative ? 'tentative' : 'confirmed',
      });
    });
    return input;
  });

function timeOffArbEntry(id: number, talentId: number, start: string, end: string, hours: number | null): TimeOff {
  return { id, talentId, start, end, hoursPerDay: hours, type: 'vacation', note: '' };
}

const TOLERANCE = 1e-6;

/** Every difference between the engine and the reference, as readable strings (empty = equal). */
export function differencesFromReference(input: CapacityInput, state: CapacityState = buildCapacityState(input)): string[] {
  const ref = referenceCompute(input);
  const out: string[] = [];
  const near = (what: string, a: number, b: number) => {
    if (!(Math.abs(a - b) < TOLERANCE)) out.push(`${what}: engine ${a} reference ${b}`);
  };
  const dates = refDates(input.range.start, input.range.end);
  input.talent.forEach((t, p) => {
    for (const iso of dates) {
      const e = personDay(state, p, iso)!;
      const r = ref.cells.get(`${t.id}|${iso}`)!;
      near(`capacity ${t.id} ${iso}`, e.capacity, r.capacity);
      near(`confirmed ${t.id} ${iso}`, e.confirmed, r.confirmed);
      near(`tentative ${t.id} ${iso}`, e.tentative, r.tentative);
    }
  });
  for (const b of input.bookings) near(`booking ${b.id} hours`, bookingTotalHours(state, b), ref.bookingHours.get(b.id)!);
  for (const l of demandLineFigures(state)) near(`line ${l.demandLineId} booked`, l.booked, ref.lineBooked.get(l.demandLineId) ?? 0);
  for (const c of campaignCosts(state)) {
    const r = ref.campaigns.get(c.campaignId)!;
    near(`campaign ${c.campaignId} confirmed hours`, c.confirmedHours, r.confirmedHours);
    near(`campaign ${c.campaignId} tentative hours`, c.tentativeHours, r.tentativeHours);
    near(`campaign ${c.campaignId} confirmed cost`, c.confirmedCost, r.confirmedCost);
    near(`campaign ${c.campaignId} tentative cost`, c.tentativeCost, r.tentativeCost);
    near(`campaign ${c.campaignId} confirmed cost (reporting)`, c.confirmedCostReporting, r.confirmedCostReporting);
    near(`campaign ${c.campaignId} tentative cost (reporting)`, c.tentativeCostReporting, r.tentativeCostReporting);
    near(`campaign ${c.campaignId} hours without a rate`, c.missingHours, r.missingHours);
    near(`campaign ${c.campaignId} hours without a reporting rate`, c.missingReportingHours, r.missingReportingHours);
  }
  const zero = { demand: 0, demandUnweighted: 0, supply: 0, free: 0, otherSupply: 0, otherFree: 0 };
  const plain = roleWeekReport(state);
  const flagged = roleWeekReport(state, { weighted: false, includeOtherRoles: true });
  const seen = new Set<string>();
  plain.forEach((row, k) => {
    const key = `${row.roleId}|${row.weekStart}`;
    seen.add(key);
    const r = ref.roleWeeks.get(key) ?? zero;
    near(`demand ${key}`, row.demand, r.demand);
    near(`supply ${key}`, row.supply, r.supply);
    near(`free ${key}`, row.free, r.free);
    near(`shortfall ${key}`, row.shortfall, r.demand - r.free);
    near(`unweighted demand ${key}`, flagged[k].demand, r.demandUnweighted);
    near(`supply+others ${key}`, flagged[k].supply, r.supply + r.otherSupply);
    near(`free+others ${key}`, flagged[k].free, r.free + r.otherFree);
  });
  for (const key of ref.roleWeeks.keys()) if (!seen.has(key)) out.push(`role week ${key} missing from the engine's report`);
  const over = new Set(
    overAllocationRuns(state).flatMap((run) => run.days.map((d) => `${run.talentId}|${d.date}`)),
  );
  for (const key of over) if (!ref.overAllocated.has(key)) out.push(`over-allocated only in engine: ${key}`);
  for (const key of ref.overAllocated) if (!over.has(key)) out.push(`over-allocated only in reference: ${key}`);
  for (const bucket of ['week', 'month'] as const) {
    const grid = utilisationGrid(state, { bucket });
    grid.talentIds.forEach((id, row) => {
      grid.buckets.forEach((b, col) => {
        let cap = 0;
        let conf = 0;
        let tent = 0;
        for (const iso of refDates(b.start, b.end)) {
          const r = ref.cells.get(`${id}|${iso}`)!;
          cap += r.capacity;
          conf += r.confirmed;
          tent += r.tentative;
        }
        const cell = row * grid.buckets.length + col;
        near(`${bucket} capacity ${id} ${b.start}`, grid.capacity[cell], cap);
        near(`${bucket} confirmed ${id} ${b.start}`, grid.confirmed[cell], conf);
        near(`${bucket} tentative ${id} ${b.start}`, grid.tentative[cell], tent);
      });
    });
  }
  // The week buckets must be ISO weeks.
  for (const b of utilisationGrid(state, { bucket: 'week' }).buckets.slice(1)) {
    if (refWeekStart(b.start) !== b.start) out.push(`week bucket ${b.start} is not a Monday`);
  }
  return out;
}

export type Change =
  | { kind: 'upsertBooking'; booking: Booking }
  | { kind: 'removeBooking'; id: number }
  | { kind: 'upsertTimeOff'; entry: TimeOff }
  | { kind: 'removeTimeOff'; id: number };

/** A workspace and a sequence of booking/time-off changes to apply to it. */
export const workspaceWithChangesArb: fc.Arbitrary<{ input: CapacityInput; changes: Change[] }> = workspaceArb.chain((input) => {
  const at = (k: number) => refAddDays(input.range.start, k);
  const bookingIds = fc.integer({ min: 1, max: input.bookings.length + 3 });
  const timeOffIds = fc.integer({ min: 1, max: input.timeOff.length + 2 });
  const change: fc.Arbitrary<Change> = fc.oneof(
    fc
      .record({
        id: bookingIds,
        person: fc.integer({ min: 1, max: input.talent.length }),
        from: offset,
        len: span,
        hours: fc.constantFrom(...BOOKING_HOURS),
        tentative: fc.boolean(),
        line: fc.option(fc.integer({ min: 1, max: Math.max(1, input.demandLines.length) }), { freq: 2 }),
      })
      .map(({ id, person, from, len, hours, tentative, line }): Change => {
        const l = line === null ? undefined : input.demandLines[line - 1];
        return {
          kind: 'upsertBooking',
          booking: bookingOf(id, {
            talentId: person,
            campaignId: l ? l.campaignId : 1,
            demandLineId: l ? l.id : null,
            start: at(from),
            end: at(from + len),
            hoursPerDay: hours,
            status: tentative ? 'tentative' : 'confirmed',
          }),
        };
      }),
    bookingIds.map((id): Change => ({ kind: 'removeBooking', id })),
    fc
      .record({
        id: timeOffIds,
        person: fc.integer({ min: 1, max: input.talent.length }),
        from: offset,
        len: span,
        hours: fc.option(fc.constantFrom(1, 3.5, 8), { freq: 2 }),
      })
      .map(({ id, person, from, len, hours }): Change => ({
        kind: 'upsertTimeOff',
        entry: timeOffArbEntry(id, person, at(from), at(from + len), hours),
      })),
    timeOffIds.map((id): Change => ({ kind: 'removeTimeOff', id })),
  );
  return fc.array(change, { minLength: 1, maxLength: 8 }).map((changes) => ({ input, changes }));
});

/** The input after the changes (what a fresh build should see). */
export function applyChangesToInput(input: CapacityInput, changes: readonly Change[]): CapacityInput {
  let bookings = [...input.bookings];
  let timeOff = [...input.timeOff];
  for (const c of changes) {
    if (c.kind === 'upsertBooking') {
      const i = bookings.findIndex((b) => b.id === c.booking.id);
      if (i >= 0) bookings[i] = c.booking;
      else bookings.push(c.booking);
    } else if (c.kind === 'removeBooking') bookings = bookings.filter((b) => b.id !== c.id);
    else if (c.kind === 'upsertTimeOff') {
      const i = timeOff.findIndex((t) => t.id === c.entry.id);
      if (i >= 0) timeOff[i] = c.entry;
      else timeOff.push(c.entry);
    } else timeOff = timeOff.filter((t) => t.id !== c.id);
  }
  return { ...input, bookings, timeOff };
}

/** Differences between two states' figures (grids exactly, aggregates to 1e-6). */
export function stateDifferences(a: CapacityState, b: CapacityState): string[] {
  const out: string[] = [];
  const exact = (what: string, x: ArrayLike<number>, y: ArrayLike<number>) => {
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return out.push(`${what}[${i}]: ${x[i]} vs ${y[i]}`);
  };
  const near = (what: string, x: ArrayLike<number>, y: ArrayLike<number>) => {
    for (let i = 0; i < x.length; i++) if (!(Math.abs(x[i] - y[i]) < TOLERANCE)) return out.push(`${what}[${i}]: ${x[i]} vs ${y[i]}`);
  };
  exact('capacity', a.capacity, b.capacity);
  exact('confirmed', a.confirmed, b.confirmed);
  exact('tentative', a.tentative, b.tentative);
  exact('working', a.working, b.working);
  exact('weekOverDays', a.weekOverDays, b.weekOverDays);
  for (const k of ['capacity', 'confirmed', 'tentative', 'free'] as const) {
    near(`week.${k}`, a.week[k], b.week[k]);
  }
  for (const k of ['supply', 'free', 'otherSupply', 'otherFree', 'demand', 'demandUnweighted'] as const) {
    near(`role.${k}`, a.role[k], b.role[k]);
  }
  near('lineBooked', a.lineBooked, b.lineBooked);
  near('campaignConfirmedHours', a.campaignConfirmedHours, b.campaignConfirmedHours);
  near('campaignTentativeHours', a.campaignTentativeHours, b.campaignTentativeHours);
  near('campaignConfirmedCost', a.campaignConfirmedCost, b.campaignConfirmedCost);
  near('campaignTentativeCost', a.campaignTentativeCost, b.campaignTentativeCost);
  near('campaignConfirmedCostReporting', a.campaignConfirmedCostReporting, b.campaignConfirmedCostReporting);
  near('campaignTentativeCostReporting', a.campaignTentativeCostReporting, b.campaignTentativeCostReporting);
  near('campaignMissingHours', a.campaignMissingHours, b.campaignMissingHours);
  return out;
}
