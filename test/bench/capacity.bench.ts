// Capacity engine benchmark: prints ONE JSON line of medians (ms), side by side with a
// straightforward baseline (Maps keyed 'talentId|date') measured in the same run.
//
//   npm run bench:capacity                       synthetic workspace (5,000 × 730 days, 100,000 bookings)
//   npm run bench:capacity -- --db big.db        load a seeded workspace through the repositories
//   options: --people N --bookings N --days N --lines N --runs N --baseline-runs N
//
// Timings are figures, not assertions: these machines are shared and noisy (±30–50%).

/* eslint-disable no-useless-assignment -- `state = null` drops the old state so the GC can free it before a timed run. */
import { existsSync } from 'node:fs';
import type { Booking } from '@shared/domain';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  buildCapacityState,
  campaignCosts,
  demandLineFigures,
  overAllocationRuns,
  roleWeekReport,
  upsertBooking,
  upsertTimeOff,
  NO_ID,
  bookingColumnsOf,
  isBookingColumns,
  type BookingColumns,
  type CapacityInput,
  type ColumnarCapacityInput,
  type CapacityState,
} from '@shared/capacity/index';
import { dayFromIso, isoFromDay } from '@shared/dates';
import { baselineCompute } from './capacity-baseline';
import { generateCapacityInput, mulberry32 } from './capacity-input';
import { baselineSearch, engineSearch, fourWeeks } from './freeSearch';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const { values: args } = parseArgs({
  options: {
    db: { type: 'string' },
    people: { type: 'string', default: '5000' },
    bookings: { type: 'string', default: '100000' },
    days: { type: 'string', default: '730' },
    lines: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '7' },
    'baseline-runs': { type: 'string', default: '3' },
  },
});

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const round = (x: number): number => Math.round(x * 100) / 100;
/** CPU time of this process in ms (less sensitive than wall time to other processes on the machine). */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Collects until freed ArrayBuffers are really gone (their memory is released after the GC). */
const settle = async (): Promise<void> => {
  for (let k = 0; k < 3; k++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};
const heapMB = (): number => {
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1048576;
};

/** Booking objects from columns (for the baseline, which takes the workspace as domain objects). */
function bookingsOf(columns: BookingColumns): Booking[] {
  return Array.from({ length: columns.length }, (_, i) => ({
    id: columns.id[i],
    talentId: columns.talentId[i],
    campaignId: columns.campaignId[i],
    demandLineId: columns.demandLineId[i] === NO_ID ? null : columns.demandLineId[i],
    start: isoFromDay(columns.start[i]),
    end: isoFromDay(columns.end[i]),
    hoursPerDay: columns.hoursPerDay[i],
    status: columns.tentative[i] === 1 ? ('tentative' as const) : ('confirmed' as const),
    note: '',
    createdAt: '',
    updatedAt: '',
  }));
}

/**
 * The yardstick for this machine's speed: only summing each booking's hours into a
 * Float32Array people × days grid (no working days, no capacity, nothing else).
 */
function sumOnly(input: CapacityInput | ColumnarCapacityInput, days: number): number {
  const columns = isBookingColumns(input.bookings) ? input.bookings : bookingColumnsOf(input.bookings);
  const personOf = new Map(input.talent.map((t, p) => [t.id, p]));
  const first = dayFromIso(input.range.start);
  const grid = new Float32Array(input.talent.length * days);
  const t0 = performance.now();
  for (let i = 0; i < columns.length; i++) {
    const p = personOf.get(columns.talentId[i]);
    if (p === undefined) continue;
    const from = Math.max(0, columns.start[i] - first);
    const to = Math.min(days - 1, columns.end[i] - first);
    for (let d = p * days + from, last = p * days + to; d <= last; d++) grid[d] += columns.hoursPerDay[i];
  }
  return performance.now() - t0;
}

/** The full compute the views need: state (all rules) plus the role report, over-allocation, cost, lines. */
function fullCompute(input: CapacityInput | ColumnarCapacityInput, reuse?: CapacityState): CapacityState {
  const state = buildCapacityState(input, { reuse });
  roleWeekReport(state);
  overAllocationRuns(state);
  campaignCosts(state);
  demandLineFigures(state);
  return state;
}

async function main(): Promise<void> {
  const days = Number(args.days);
  const runs = Number(args.runs);
  const dbPath = args.db ?? process.env.BENCH_DB ?? (existsSync('big.db') ? 'big.db' : undefined);

  // 1. Data: load from a workspace file through the repos, or generate.
  // The engine reads `input` as the app loads it; the baseline and the incremental changes use
  // `domain`, the same workspace with a Booking object per booking.
  let input: CapacityInput | ColumnarCapacityInput;
  let domain: CapacityInput;
  let loadMs: number | null = null;
  let source: string;
  if (dbPath) {
    // Loaded lazily so that the synthetic bench needs no native addon.
    const { loadCapacityInput } = await import('./capacity-load');
    const times: number[] = [];
    input = loadCapacityInput(dbPath, days);
    for (let k = 0; k < 2; k++) {
      gc();
      const t0 = performance.now();
      input = loadCapacityInput(dbPath, days);
      times.push(performance.now() - t0);
    }
    loadMs = median(times);
    domain = { ...input, bookings: bookingsOf(input.bookings as BookingColumns) };
    source = `sqlite:${dbPath}`;
  } else {
    input = generateCapacityInput({
      people: Number(args.people),
      bookings: Number(args.bookings),
      days,
      demandLines: Number(args.lines),
    });
    domain = input;
    source = 'synthetic';
  }

  // 2. Warm-up (JIT, holiday tables), then what the state retains.
  const firstT0 = performance.now();
  let state: CapacityState | null = fullCompute(input);
  const firstMs = performance.now() - firstT0;
  state = null;
  await settle();
  const before = heapMB();
  state = fullCompute(input);
  await settle();
  const retainedMB = heapMB() - before;

  // 3. Full compute as the app's model rebuilds: into the previous state's typed arrays.
  const full: number[] = [];
  const fullCpu: number[] = [];
  for (let k = 0; k < runs; k++) {
    gc();
    const c0 = cpuMs();
    const t0 = performance.now();
    state = fullCompute(input, state!);
    full.push(performance.now() - t0);
    fullCpu.push(cpuMs() - c0);
  }
  // 3b. Full compute into fresh memory each time (the old state is dropped first): what the first
  // build after opening a workspace costs, page faults of ~80 MB of new arrays included.
  const fresh: number[] = [];
  for (let k = 0; k < runs; k++) {
    state = null;
    gc();
    const t0 = performance.now();
    state = fullCompute(input);
    fresh.push(performance.now() - t0);
  }

  // 3c. "Who's free?" over everyone for 4 weeks, as the handler answers it from the built state
  // (before the incremental changes below, so that the baseline, built from the same input, agrees).
  const freeQuery = fourWeeks(input.range);
  engineSearch(state!, freeQuery);
  const freeSearch: number[] = [];
  const freeCpu: number[] = [];
  for (let k = 0; k < 30; k++) {
    gc(); // as before each full compute: a collection owed by earlier runs is not this search's
    const c0 = cpuMs();
    const t0 = performance.now();
    engineSearch(state!, freeQuery);
    freeSearch.push(performance.now() - t0);
    freeCpu.push(cpuMs() - c0);
  }
  const freeSearchCpuMs = median(freeCpu);
  const freeTop = engineSearch(state!, freeQuery);

  // 4. Incremental: move a booking by one day / change its hours; change a time-off entry.
  const rnd = mulberry32(7);
  const incremental: number[] = [];
  const s = state!;
  for (let k = 0; k < 300 && domain.bookings.length > 0; k++) {
    const current = domain.bookings[Math.floor(rnd() * domain.bookings.length)];
    const shift = k % 2 ? 1 : -1;
    const changed = {
      ...current,
      start: isoFromDay(dayFromIso(current.start) + shift),
      end: isoFromDay(dayFromIso(current.end) + shift),
      hoursPerDay: current.hoursPerDay === 4 ? 3 : 4,
    };
    const t0 = performance.now();
    upsertBooking(s, changed);
    incremental.push(performance.now() - t0);
  }
  const timeOff: number[] = [];
  for (let k = 0; k < 100 && input.timeOff.length > 0; k++) {
    const t = input.timeOff[Math.floor(rnd() * input.timeOff.length)];
    const t0 = performance.now();
    upsertTimeOff(s, { ...t, hoursPerDay: k % 2 ? 2 : null });
    timeOff.push(performance.now() - t0);
  }

  // 4b. The yardstick, in the same run.
  const sums: number[] = [];
  for (let k = 0; k < runs; k++) sums.push(sumOnly(input, days));

  // 5. Baseline, same run.
  state = null;
  const base: number[] = [];
  const baseCpu: number[] = [];
  let agree: boolean | null = null;
  const freeBase: number[] = [];
  let freeAgrees: boolean | null = null;
  for (let k = 0; k < Number(args['baseline-runs']); k++) {
    gc();
    const c0 = cpuMs();
    const t0 = performance.now();
    const result = baselineCompute(domain);
    base.push(performance.now() - t0);
    baseCpu.push(cpuMs() - c0);
    const f0 = performance.now();
    const baseTop = baselineSearch(domain.talent, result, freeQuery.range);
    freeBase.push(performance.now() - f0);
    freeAgrees = (freeAgrees ?? true) && baseTop.length === freeTop.length && baseTop.every((h, i) => Math.abs(h - freeTop[i]) < 1e-6);
    if (agree === null) {
      // Cheap sanity check: same total capacity and booked hours as the engine.
      const check = buildCapacityState(input);
      let capE = 0;
      let bookedE = 0;
      for (let i = 0; i < check.capacity.length; i++) {
        capE += check.capacity[i];
        bookedE += check.confirmed[i] + check.tentative[i];
      }
      let capB = 0;
      let bookedB = 0;
      for (const v of result.capacity.values()) capB += v;
      for (const v of result.confirmed.values()) bookedB += v;
      for (const v of result.tentative.values()) bookedB += v;
      agree = Math.abs(capE / 3600 - capB) < 1e-3 && Math.abs(bookedE / 3600 - bookedB) < 1e-3;
    }
  }

  const fullMs = median(full);
  const baselineMs = base.length > 0 ? median(base) : null;
  process.stdout.write(
    `${JSON.stringify({
      bench: 'capacity',
      people: input.talent.length,
      days,
      bookings: input.bookings.length,
      demandLines: input.demandLines.length,
      source,
      fullMs: round(fullMs),
      fullFreshMs: round(median(fresh)),
      sumOnlyMs: round(median(sums)),
      fullVsSumOnly: round(fullMs / median(sums)),
      firstMs: round(firstMs),
      incrementalMs: round(median(incremental)),
      incrementalP95Ms: round([...incremental].sort((a, b) => a - b)[Math.floor(incremental.length * 0.95)] ?? 0),
      incrementalTimeOffMs: round(median(timeOff)),
      loadMs: loadMs === null ? null : round(loadMs),
      retainedMB: round(retainedMB),
      baselineMs: baselineMs === null ? null : round(baselineMs),
      ratio: baselineMs === null ? null : round(baselineMs / fullMs),
      ratioFresh: baselineMs === null ? null : round(baselineMs / median(fresh)),
      fullCpuMs: round(median(fullCpu)),
      baselineCpuMs: baseCpu.length > 0 ? round(median(baseCpu)) : null,
      ratioCpu: baseCpu.length > 0 ? round(median(baseCpu) / median(fullCpu)) : null,
      baselineAgrees: agree,
      freeSearchMs: round(median(freeSearch)),
      freeSearchP95Ms: round([...freeSearch].sort((a, b) => a - b)[Math.floor(freeSearch.length * 0.95)]),
      freeSearchCpuMs: round(freeSearchCpuMs),
      freeSearchBaselineMs: freeBase.length > 0 ? round(median(freeBase)) : null,
      freeSearchRatio: freeBase.length > 0 ? round(median(freeBase) / median(freeSearch)) : null,
      freeSearchAgrees: freeAgrees,
      freeSearchRange: freeQuery.range,
      runs,
    })}\n`,
  );
}

await main();
