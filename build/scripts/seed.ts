// Writes a new workspace filled with a generated studio.
//   npm run seed -- --people 5000 --bookings 100000 --months 24 --out big.db [--campaigns N] [--lines N] [--seed 42] [--today YYYY-MM-DD] [--actuals N] [--force]
// Without size options it writes the demo studio. Progress goes to stderr; a one-line summary to stdout.
import { existsSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openWorkspace } from '../../electron/db/open';
import { setMeta } from '../../electron/db/repos/meta';
import { DEMO_SEED, DEMO_SIZE, generateStudio, type StudioSize } from '../../electron/demo/generate';
import { writeStudio } from '../../electron/demo/write';
import { writeActuals } from '../../electron/demo/actuals';
import { localIsoDate } from '../../electron/handlers/context';

const USAGE = 'Usage: npm run seed -- [--people N] [--bookings N] [--months N] [--campaigns N] [--lines N] [--seed N] [--today YYYY-MM-DD] [--actuals N] [--out file.db] [--force]';

function fail(message: string): never {
  process.stderr.write(`seed: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function whole(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) fail(`--${name} must be a whole number of at least ${min} (got “${value}”)`);
  return n;
}

/** The size to generate: the demo studio unless sizes are given, then scaled from the people count. */
function sizeFrom(o: { people?: number; bookings?: number; months?: number; campaigns?: number; lines?: number }): StudioSize {
  const custom = o.people !== undefined || o.lines !== undefined || o.campaigns !== undefined;
  const people = o.people ?? DEMO_SIZE.people;
  const months = o.months ?? DEMO_SIZE.months;
  const demandLines = o.lines ?? (custom ? Math.max(1, Math.round(people * 0.4)) : DEMO_SIZE.demandLines);
  const campaigns = o.campaigns ?? (demandLines === null ? DEMO_SIZE.campaigns : Math.max(15, Math.round(demandLines / 4)));
  const bookings = o.bookings ?? Math.round(((DEMO_SIZE.bookings / DEMO_SIZE.people) * people * months) / DEMO_SIZE.months);
  return { people, campaigns, demandLines, bookings, months };
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        people: { type: 'string' }, bookings: { type: 'string' }, months: { type: 'string' }, campaigns: { type: 'string' },
        lines: { type: 'string' }, seed: { type: 'string' }, actuals: { type: 'string' }, today: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (error) {
    fail((error as Error).message);
  }
  if (parsed.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const size = sizeFrom({
    people: whole('people', parsed.people, 1),
    bookings: whole('bookings', parsed.bookings, 0),
    months: whole('months', parsed.months, 1),
    campaigns: whole('campaigns', parsed.campaigns, 1),
    lines: whole('lines', parsed.lines, 0),
  });
  const seed = whole('seed', parsed.seed, 0) ?? DEMO_SEED;
  const today = parsed.today ?? localIsoDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) fail(`--today must be a date as YYYY-MM-DD (got “${today}”)`);
  const out = resolve(parsed.out ?? 'demo-studio.db');
  if (existsSync(out)) {
    if (!parsed.force) fail(`${out} already exists; pass --force to replace it`);
    for (const suffix of ['', '-wal', '-shm']) rmSync(out + suffix, { force: true });
  }

  const started = performance.now();
  const big = size.people >= 1000 || size.bookings >= 10_000;
  const log = (text: string) => big && process.stderr.write(`seed: ${text} (${Math.round(performance.now() - started)} ms)\n`);
  log(`generating ${size.people} people, ${size.campaigns} campaigns, ${size.bookings} bookings over ${size.months} months from ${today}`);
  const data = generateStudio(seed, today, size);
  log('generated; writing');
  const db = openWorkspace(out);
  try {
    db.pragma('cache_size = -131072');
    const counts = writeStudio(db, data, `${today}T09:00:00.000Z`, (stage, done, total) => log(`${stage} ${done}/${total}`));
    setMeta(db, 'onboarded', 'demo');
    // The plan's first year logged as worked (about 1,000,000 rows for 5,000 people: --actuals 1000000).
    const actualRows = whole('actuals', parsed.actuals, 0);
    if (actualRows) log(`wrote ${writeActuals(db, actualRows, today, seed)} actuals`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const ms = Math.round(performance.now() - started);
    const bytes = statSync(out).size;
    process.stdout.write(
      `seed: wrote ${out}: ${counts.talent} people, ${counts.patterns} patterns, ${counts.timeOff} time off, ${counts.closures} closures, ` +
        `${counts.campaigns} campaigns, ${counts.demandLines} demand lines, ${counts.bookings} bookings in ${ms} ms (${(bytes / 1048576).toFixed(1)} MB)\n`,
    );
  } finally {
    db.close();
  }
}

main();
