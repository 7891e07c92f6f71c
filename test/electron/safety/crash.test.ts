// Crash safety, proven: a child process writes to a real workspace through the real handler table
// (a 3,000-row bookings import, staffing-plan acceptances, campaign deletes of 3,000 bookings in one
// transaction, and a stream of booking creates, updates and deletes) and is SIGKILLed at seeded random moments, at least 50
// times. After every kill the workspace must open, pass integrity_check, hold every step reported
// committed, and hold the step in flight whole or not at all.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/dispatch';
import { openWorkspace } from '../../../electron/db/open';
import { createHandlers } from '../../../electron/handlers';
import { bundleChild } from './crash/bundle';
import { runLane, type KillOutcome, type WriterCommand } from './crash/lane';
import { BASE_CAMPAIGN, PEOPLE, readState } from './crash/model';

const ROOT = resolve(import.meta.dirname, '../../..');
const LANES = 3;
const KILLS = Number(process.env.CRASH_KILLS ?? 51);
const SEED = Number(process.env.CRASH_SEED ?? 20261126);

let dir: string;
let writer: WriterCommand;

async function seedWorkspace(path: string): Promise<void> {
  const db = openWorkspace(path);
  const handlers = createHandlers({ db, now: () => new Date(), app: { name: 'Capacity Planner', version: '0.0.0-crash', workspacePath: path } });
  const call = async (channel: string, input: unknown) => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as { id: number };
  };
  const role = await call('roles:create', { name: 'Designer' });
  for (const email of PEOPLE) await call('talent:create', { kind: 'staff', name: email.split('@')[0], email, primaryRoleId: role.id });
  await call('campaigns:create', { name: BASE_CAMPAIGN, status: 'confirmed', start: '2027-01-01', end: '2029-12-31' });
  db.close();
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cp-crash-'));
  writer = await bundleChild(join(ROOT, 'test/electron/safety/crash/writer.ts'), join(dir, 'writer.cjs'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('crash safety', () => {
  it(`survives ${KILLS} SIGKILLs mid-write with every committed step kept and no step half-written`, async () => {
    const started = Date.now();
    const perLane = Math.ceil(KILLS / LANES);
    const lanes = await Promise.all(
      Array.from({ length: LANES }, async (_, lane) => {
        const laneDir = mkdtempSync(join(dir, `lane${lane}-`));
        const path = join(laneDir, 'workspace.db');
        await seedWorkspace(path);
        const db = openWorkspace(path);
        const initial = readState(db);
        db.close();
        return runLane({ path, seed: SEED + lane, kills: perLane, writer, initial, cwd: ROOT, log: process.env.CRASH_VERBOSE ? (l) => console.log(`[lane ${lane}] ${l}`) : undefined });
      }),
    );
    const outcomes: KillOutcome[] = lanes.flat();
    console.log(`${summarise(outcomes)}\n  in ${((Date.now() - started) / 1000).toFixed(1)} s over ${LANES} workspaces`);
    expect(outcomes.length).toBeGreaterThanOrEqual(KILLS);
    // The kills must have landed inside the big transactions, not only between small ones.
    expect(outcomes.filter((o) => o.inFlight === 'import').length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.inFlight === 'campaignDelete').length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.inFlight === 'accept').length).toBeGreaterThan(0);
  }, 600_000);
});

function summarise(outcomes: KillOutcome[]): string {
  const count = new Map<string, number>();
  for (const o of outcomes) {
    const key = `${o.mode.padEnd(14)} in flight: ${(o.inFlight ?? 'none').padEnd(14)} ${o.inFlight ? (o.inFlightApplied ? 'found committed' : 'rolled back') : ''}`;
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  const committed = outcomes.reduce((n, o) => n + o.committedThisRun, 0);
  return [
    `crash test: ${outcomes.length} kills, ${committed} committed steps checked, all opened with integrity_check ok`,
    ...[...count.entries()].sort().map(([k, n]) => `  ${String(n).padStart(3)} × ${k}`),
  ].join('\n');
}
