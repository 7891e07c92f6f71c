// Long tasks in worker threads (runWorkerTask / serveTask): progress comes back as the worker goes,
// a cancel reaches the worker, its AppErrors keep their code, and one that outgrows its memory
// limit is stopped with a message in words while this process goes on.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runWorkerTask, type WorkerScript } from '../../../electron/workers/runWorker';

const dir = mkdtempSync(join(tmpdir(), 'cp-worker-task-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A worker script serving one task with the real serveTask (run from source through tsx, as the app's workers are in tests). */
function script(name: string, body: string): WorkerScript {
  const runWorker = pathToFileURL(join(import.meta.dirname, '../../../electron/workers/runWorker.ts')).href;
  const path = join(dir, `${name}.mts`);
  writeFileSync(path, `import { parentPort } from 'node:worker_threads';\nimport { serveTask } from ${JSON.stringify(runWorker)};\nimport { AppError } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, '..', '..', '..', 'shared', 'errors.ts')).href)};\nserveTask(parentPort, async (input, channel) => {\n${body}\n});\n`);
  return { path, fromSource: true };
}

describe('tasks in a worker thread', () => {
  it('reports progress, and a cancel stops the worker at its next check', async () => {
    const counting = script('count', `
      let cancelled = false;
      channel.onCancel(() => (cancelled = true));
      for (let i = 1; ; i++) {
        channel.progress(i);
        await new Promise((r) => setTimeout(r, 5));
        if (cancelled) throw new AppError('cancelled', 'Stopped at ' + i);
      }`);
    const seen: number[] = [];
    let cancel = () => {};
    const run = runWorkerTask(counting, {}, { onProgress: (n) => seen.push(n as number), bindCancel: (c) => (cancel = c) });
    await expect.poll(() => seen.length, { timeout: 30_000 }).toBeGreaterThan(3);
    cancel();
    await expect(run).rejects.toMatchObject({ code: 'cancelled', message: expect.stringMatching(/^Stopped at \d+$/) });
    expect(seen.slice(0, 3)).toEqual([1, 2, 3]);
  }, 60_000);

  it('returns the value, and passes an AppError through with its code and field', async () => {
    expect(await runWorkerTask(script('double', 'return input * 2;'), 21)).toBe(42);
    await expect(runWorkerTask(script('refuse', "throw new AppError('invalid_input', 'Too many people', 'filter');"), 0)).rejects.toMatchObject({
      code: 'invalid_input', message: 'Too many people', field: 'filter',
    });
  }, 60_000);

  it('stops a worker that outgrows its memory limit, with a message in words', async () => {
    const hungry = script('hungry', 'const keep = []; for (;;) keep.push(new Array(100000).fill({ x: Math.random() }));');
    await expect(runWorkerTask(hungry, 0, { resourceLimits: { maxOldGenerationSizeMb: 64 } })).rejects.toMatchObject({
      code: 'internal', message: expect.stringMatching(/needed more memory than one task may use, so it was stopped\. Nothing was written/),
    });
  }, 60_000);
});
