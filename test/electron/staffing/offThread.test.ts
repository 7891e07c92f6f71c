import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workerScript } from '../../../electron/workers/runWorker';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { staffingStudio } from './studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const RANGE = { start: '2027-02-01', end: '2027-05-31' };

describe('a whole-line plan is solved in a worker thread', () => {
  it('answers other calls while it solves', async () => {
    await staffingStudio(ws);
    const order: string[] = [];
    const proposing = ws.call('staffing:propose', { range: RANGE, mode: 'whole', kinds: ['staff', 'freelancer'] }).then((p) => {
      order.push('propose');
      return p;
    });
    const info = ws.call('app:info').then(() => order.push('info'));
    const [plan] = await Promise.all([proposing, info]);
    // Solved on this thread, the plan would block app:info until it was done.
    expect(order).toEqual(['info', 'propose']);
    expect(plan.mode).toBe('whole');
    expect(plan.lines.length).toBeGreaterThan(0);
    expect(plan.bookings.length).toBeGreaterThan(0);
  });

  it('refuses to accept a plan when the workspace changed while it was being solved', async () => {
    await staffingStudio(ws);
    const proposing = ws.call('staffing:propose', { range: RANGE, mode: 'whole', kinds: ['staff', 'freelancer'] });
    await ws.call('campaigns:create', { name: 'Landed meanwhile', client: 'Acme', status: 'confirmed', probability: 100, start: '2027-03-01', end: '2027-03-31' });
    const plan = await proposing;
    const refused = await ws.send('staffing:accept', { proposalId: plan.id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('finds the built worker beside the main bundle or one folder up from a chunk, else runs the source', () => {
    const dir = mkdtempSync(join(tmpdir(), 'worker-script-'));
    try {
      mkdirSync(join(dir, 'chunks'));
      writeFileSync(join(dir, 'staffingWorker.js'), '');
      const source = new URL('../../../electron/staffing/solveWorker.ts', import.meta.url);
      expect(workerScript('staffingWorker', source, pathToFileURL(join(dir, 'index.js')).href)).toEqual({ path: join(dir, 'staffingWorker.js'), fromSource: false });
      expect(workerScript('staffingWorker', source, pathToFileURL(join(dir, 'chunks', 'handlers.js')).href)).toEqual({ path: join(dir, 'staffingWorker.js'), fromSource: false });
      expect(workerScript('otherWorker', source, pathToFileURL(join(dir, 'index.js')).href)).toEqual({ path: fileURLToPath(source), fromSource: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
