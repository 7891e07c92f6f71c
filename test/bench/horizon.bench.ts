// The capacity model beyond its first window: how long growing takes and what it holds, on a
// seeded workspace, through the real capacity handlers. Prints ONE JSON line.
//
//   npm run seed -- --people 5000 --bookings 100000 --months 24 --out /tmp/horizon-big.db
//   npx tsx test/bench/horizon.bench.ts --db /tmp/horizon-big.db [--today 2026-11-26]

import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { CapacityModel } from '../../electron/capacity/model';
import { openWorkspace } from '../../electron/db/open';
import { bookingHandlers } from '../../electron/handlers/bookings';
import { capacityHandlers } from '../../electron/handlers/capacity';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const { values: args } = parseArgs({ options: { db: { type: 'string' }, today: { type: 'string', default: '2026-11-26' } } });
if (!args.db) throw new Error('Give a seeded workspace: --db path');

const db = openWorkspace(args.db, { readonly: true, migrate: false });
const today = args.today!;
const model = new CapacityModel(db, () => today);
const benchCtx = { db, now: () => new Date(`${today}T10:00:00Z`), app: { name: 'bench', version: '0', workspacePath: args.db } };
const handlers = { ...capacityHandlers(benchCtx, model), ...bookingHandlers(benchCtx, model) };

const MB = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10;
/** Heap and array buffers after collecting until freed buffers are really gone. */
const held = async () => {
  for (let k = 0; k < 3; k++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const m = process.memoryUsage();
  return MB(m.heapUsed + m.arrayBuffers);
};
const timed = <T>(run: () => T): [T, number] => {
  const t0 = performance.now();
  const value = run();
  return [value, Math.round((performance.now() - t0) * 10) / 10];
};
const grid = (start: string, end: string) =>
  handlers['capacity:grid']({ range: { start, end }, bucket: 'week', filter: {}, offset: 0, limit: 200 });

const idleMB = await held();
const [, firstMs] = timed(() => grid('2026-11-23', '2027-02-21'));
const first = { years: model.years, stateMB: MB(model.bytes), heldMB: await held() };
const [, normalMs] = timed(() => grid('2026-11-23', '2027-02-21'));
const [, growMs] = timed(() => grid('2031-03-03', '2031-06-01'));
const grown = { years: model.years, stateMB: MB(model.bytes), heldMB: await held() };
const [, normalAfterGrowthMs] = timed(() => grid('2026-11-23', '2027-02-21'));
const [runs, overMs] = timed(() => handlers['capacity:overallocations']({ range: { start: '2031-01-01', end: '2031-12-31' }, filter: {} }));
const [, checkMs] = timed(() =>
  handlers['bookings:check']({ talentId: 1, campaignId: 1, demandLineId: null, start: '2031-05-05', end: '2031-05-09', hoursPerDay: 20, status: 'tentative' }),
);
const [, farMs] = timed(() => grid('2045-01-02', '2045-03-26'));
const far = { years: model.years, stateMB: MB(model.bytes), heldMB: await held() };
const [, backMs] = timed(() => grid('2026-11-23', '2027-02-21'));

console.log(
  JSON.stringify({
    bench: 'horizon',
    source: args.db,
    people: model.state().people.length,
    idleMB,
    first: { ...first, ms: firstMs },
    normalMs,
    grown: { ...grown, ms: growMs },
    normalAfterGrowthMs,
    overallocations2031: { runs: runs.length, ms: overMs },
    check2031Ms: checkMs,
    farAway: { ...far, ms: farMs },
    backToFirstWindowMs: backMs,
  }),
);
db.close();
