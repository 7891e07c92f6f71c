// One task in a worker thread, so that a long computation doesn't hold the main process (and with
// it every IPC call of the window) for seconds.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '@shared/errors';

/**
 * Where a worker's script is: the built file (out/main/<name>.js, beside the main bundle or one
 * folder up from a chunk), else its TypeScript source, run through tsx (tests and scripts run the
 * main process's code from source).
 */
export interface WorkerScript {
  path: string;
  /** A TypeScript source: the worker first registers tsx's loader, then imports it. */
  fromSource: boolean;
}

export function workerScript(name: string, source: URL, from: string = import.meta.url): WorkerScript {
  const here = dirname(fileURLToPath(from));
  for (const dir of [here, join(here, '..')]) {
    const built = join(dir, `${name}.js`);
    if (existsSync(built)) return { path: built, fromSource: false };
  }
  return { path: fileURLToPath(source), fromSource: true };
}

function startWorker(script: WorkerScript): Worker {
  if (!script.fromSource) return new Worker(script.path);
  // tsx's ESM entry (its CommonJS one can't register from inside a worker).
  const tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs');
  const boot = `(async () => {
    const { register } = await import(${JSON.stringify(pathToFileURL(tsx).href)});
    register();
    await import(${JSON.stringify(pathToFileURL(script.path).href)});
  })();`;
  return new Worker(boot, { eval: true });
}

/** Runs the worker on one message and resolves with its one answer; the worker then ends. */
export function runWorker<T>(script: WorkerScript, payload: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = startWorker(script);
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (answer: { ok: true; value: T } | { ok: false; message: string }) =>
      finish(() => (answer.ok ? resolve(answer.value) : reject(new AppError('internal', answer.message)))),
    );
    worker.once('error', (error) => finish(() => reject(new AppError('internal', `The computation failed: ${error.message}`))));
    worker.once('exit', (code) => finish(() => reject(new AppError('internal', `The computation stopped unexpectedly (exit code ${code}).`))));
    worker.postMessage(payload);
  });
}

/** The worker side: answers one message with `compute`'s result, or its error's message. */
export function serveOneTask<I, O>(port: { once(event: 'message', fn: (input: I) => void): void; postMessage(value: unknown): void }, compute: (input: I) => O): void {
  port.once('message', (input) => {
    try {
      port.postMessage({ ok: true, value: compute(input) });
    } catch (error) {
      port.postMessage({ ok: false, message: (error as Error).message });
    }
  });
}
