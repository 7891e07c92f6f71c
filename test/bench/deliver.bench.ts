// "When can we deliver?" on the 5,000-person, 100,000-booking workspace: `npm run bench:deliver`.
// Needs big.db (`npx tsx build/scripts/seed.ts --people 5000 --bookings 100000 --months 24 --out
// big.db`, or BENCH_DB). Times delivery:answer through the real handler table (warm capacity
// state: the app keeps it current), and the day-by-day baseline over rows read from SQLite in the
// same run, then "Book it" (delivery:book: the answer as tentative bookings, one undo step); prints one JSON line. Figures, not assertions: these machines vary run to run.
// answerAfterChangeMs: the median answer right after a booking changed in place (nothing kept from before).
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DeliveryAnswer, DeliveryPhase } from '@shared/contract';
import { deliveryHorizon } from '@shared/delivery/answer';
import { dispatch } from '../../electron/dispatch';
import { openWorkspace, type Db } from '../../electron/db/open';
import { createHandlers } from '../../electron/handlers';
import { baselineFinish } from './deliver-baseline';

const SOURCE = process.env.BENCH_DB ?? 'big.db';
const RUNS = 40;
const CHANGES = 20;
const TODAY = '2027-02-01';

function roleId(db: Db, name: string): number {
  const row = db.prepare('SELECT id FROM roles WHERE name = ?').get(name) as { id: number } | undefined;
  if (!row) throw new Error(`The workspace has no role ${name}`);
  return row.id;
}

/** A 6-phase campaign across 5 roles, with a skill on the motion work and team limits. */
function phases(db: Db): DeliveryPhase[] {
  const [strategist, copy, designer, motion, producer] = ['Strategist', 'Copywriter', 'Designer', 'Motion Designer', 'Producer'].map((n) => roleId(db, n));
  const ae = (db.prepare("SELECT id FROM skills WHERE name = 'After Effects'").get() as { id: number }).id;
  const need = (id: number, hours: number, maxPeople: number | null = null, skills: { skillId: number; minLevel: number }[] = []) => ({ roleId: id, hours, maxPeople, skills });
  return [
    { id: 'brief', name: 'Brief', durationDays: 3, dependsOn: [], roles: [need(strategist, 40, 2), need(producer, 16, 1)] },
    { id: 'concept', name: 'Concept', durationDays: 5, dependsOn: ['brief'], roles: [need(copy, 120, 4), need(designer, 160, 5)] },
    { id: 'design', name: 'Design', durationDays: 10, dependsOn: ['concept'], roles: [need(designer, 900, 12)] },
    { id: 'scripts', name: 'Scripts', durationDays: 5, dependsOn: ['concept'], roles: [need(copy, 150, 3)] },
    { id: 'motion', name: 'Motion', durationDays: 10, dependsOn: ['design', 'scripts'], roles: [need(motion, 560, 8, [{ skillId: ae, minLevel: 3 }])] },
    { id: 'delivery', name: 'Delivery', durationDays: 3, dependsOn: ['motion'], roles: [need(producer, 40, 2), need(copy, 16, 1)] },
  ];
}

async function main() {
  if (!existsSync(SOURCE)) {
    console.error(`No workspace at ${SOURCE}: npx tsx build/scripts/seed.ts --people 5000 --bookings 100000 --months 24 --out ${SOURCE}`);
    process.exit(1);
  }
  const dir = mkdtempSync(join(tmpdir(), 'cp-bench-deliver-'));
  const path = join(dir, 'big.db');
  copyFileSync(SOURCE, path);
  const db = openWorkspace(path);
  try {
    const handlers = createHandlers({ db, now: () => new Date(`${TODAY}T10:00:00Z`), app: { name: 'bench', version: '0', workspacePath: path } });
    const campaignId = (db.prepare("SELECT id FROM campaigns WHERE status = 'pipeline' ORDER BY id LIMIT 1").get() as { id: number }).id;
    const people = (db.prepare('SELECT count(*) n FROM talent').get() as { n: number }).n;
    const bookings = (db.prepare('SELECT count(*) n FROM bookings').get() as { n: number }).n;
    const input = { campaignId, phases: phases(db), earliestStart: '2027-03-03', requestedDate: '2027-04-09', tentativeIsTaken: true };
    const ask = async () => {
      const r = await dispatch(handlers, 'delivery:answer', input);
      if (!r.ok) throw new Error(r.error.message);
      return r.value as DeliveryAnswer;
    };
    const c0 = performance.now();
    const first = await ask(); // builds the capacity state, as the app's first question does
    const coldMs = performance.now() - c0;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await ask();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    // The first answer after a change: a booking's hours changed in place (its free rows are computed again).
    const booking = db.prepare("SELECT id, hours_per_day h FROM bookings WHERE start >= '2027-03-03' ORDER BY id LIMIT 1").get() as { id: number; h: number };
    const afterChange: number[] = [];
    for (let i = 0; i < CHANGES; i++) {
      const changed = await dispatch(handlers, 'bookings:update', { id: booking.id, hoursPerDay: i % 2 ? booking.h : booking.h / 2, allowOverAllocation: true });
      if (!changed.ok) throw new Error(changed.error.message);
      const t0 = performance.now();
      await ask();
      afterChange.push(performance.now() - t0);
    }
    afterChange.sort((a, b) => a - b);
    const b0 = performance.now();
    const base = baselineFinish(db, { ...input, phases: input.phases, requestedDate: input.requestedDate, priority: 3, ownBookingsFree: true }, deliveryHorizon(input.earliestStart).end);
    const baselineMs = performance.now() - b0;
    const k0 = performance.now();
    const booked = await dispatch(handlers, 'delivery:book', input);
    const bookItMs = performance.now() - k0;
    if (!booked.ok) throw new Error(booked.error.message);
    const round = (n: number) => Math.round(n * 10) / 10;
    console.log(JSON.stringify({ bench: 'deliver', people, bookings, phases: input.phases.length, answerMs: round(times[Math.floor(RUNS / 2)]), answerP95Ms: round(times[Math.min(RUNS - 1, Math.floor(RUNS * 0.95))]), answerAfterChangeMs: round(afterChange[CHANGES >> 1]), bookItMs: round(bookItMs), baselineMs: round(baselineMs) }));
    console.error(`${(booked.value as { label: string }).label}; finish ${first.finish} (baseline ${base}), ${first.workingDaysLate ?? 0} working days late, exact ${first.exact}, cold ${round(coldMs)} ms; ${first.binding.sentence}`);
    for (const w of first.waysOut) console.error(`  ${w.sentence}`);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
void main();
