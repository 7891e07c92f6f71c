// One task in a worker thread, so that a long computation doesn't hold the main process (and with
// it every IPC call of the window) for seconds.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { AppError, type ErrorCode } from '@shared/errors';

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

function startWorker(script: WorkerScript, resourceLimits?: ResourceLimits): Worker {
  if (!script.fromSource) return new Worker(script.path, { resourceLimits });
  // tsx's ESM entry (its CommonJS one can't register from inside a worker).
  const tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs');
  const boot = `(async () => {
    const { register } = await import(${JSON.stringify(pathToFileURL(tsx).href)});
    register();
    await import(${JSON.stringify(pathToFileURL(script.path).href)});
  })();`;
  return new Worker(boot, { eval: true, resourceLimits });
}

/** A worker's crash in words: running out of its memory limit is the one a user can do something about. */
function workerFailure(error: Error & { code?: string }): AppError {
  if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new AppError('internal', 'This needed more memory than one task may use, so it was stopped. Nothing was written. Choose a shorter range or fewer people.');
  }
  return new AppError('internal', `The work stopped with an error: ${error.message}`);
}

// Long tasks with progress and cancel: the parent sends `start`, then perhaps `cancel`; the worker
// sends any number of `progress` messages, then one `result`.
type ToWorker = { type: 'start'; payload: unknown } | { type: 'cancel' };
type FromWorker =
  | { type: 'progress'; value: unknown }
  | { type: 'result'; ok: true; value: unknown }
  | { type: 'result'; ok: false; code: ErrorCode; message: string; field?: string };

export interface WorkerTaskOptions {
  /** Each progress message of the worker. */
  onProgress?: (value: unknown) => void;
  /** Called with a function that cancels the task (the worker stops at its next check). */
  bindCancel?: (cancel: () => void) => void;
  /** Buffers of the payload moved to the worker rather than copied (the caller no longer uses them). */
  transfer?: ArrayBuffer[];
  /** The worker's heap limits: beyond them the worker stops with an error, and the app goes on. */
  resourceLimits?: ResourceLimits;
}

/** Runs a long task in a worker thread; its AppErrors (code, message, field) come back as they were thrown. */
export function runWorkerTask<T>(script: WorkerScript, payload: unknown, options: WorkerTaskOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = startWorker(script, options.resourceLimits);
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on('message', (m: FromWorker) => {
      if (m.type === 'progress') options.onProgress?.(m.value);
      else if (m.ok) finish(() => resolve(m.value as T));
      else finish(() => reject(new AppError(m.code, m.message, m.field)));
    });
    worker.once('error', (error) => finish(() => reject(workerFailure(error))));
    worker.once('exit', (code) => finish(() => reject(new AppError('internal', `The work stopped unexpectedly (exit code ${code}).`))));
    options.bindCancel?.(() => {
      if (!settled) worker.postMessage({ type: 'cancel' } satisfies ToWorker);
    });
    worker.postMessage({ type: 'start', payload } satisfies ToWorker, options.transfer);
  });
}

type Port = { on(event: 'message', fn: (message: ToWorker) => void): void; postMessage(value: unknown): void };

export interface TaskChannel {
  progress(value: unknown): void;
  /** Runs `hook` when the parent cancels. */
  onCancel(hook: () => void): void;
}

/** The worker side of runWorkerTask: runs `work` on the start message and answers with its result or its error. */
export function serveTask<I, O>(port: Port, work: (input: I, channel: TaskChannel) => Promise<O>): void {
  const cancelHooks: (() => void)[] = [];
  let cancelled = false;
  const channel: TaskChannel = {
    progress: (value) => port.postMessage({ type: 'progress', value } satisfies FromWorker),
    onCancel: (hook) => (cancelled ? hook() : cancelHooks.push(hook)),
  };
  port.on('message', (message) => {
    if (message.type === 'cancel') {
      cancelled = true;
      cancelHooks.splice(0).forEach((hook) => hook());
      return;
    }
    work(message.payload as I, channel).then(
      (value) => port.postMessage({ type: 'result', ok: true, value } satisfies FromWorker),
      (error: unknown) => {
        const e = error instanceof AppError ? error : new AppError('internal', (error as Error)?.message ?? String(error));
        port.postMessage({ type: 'result', ok: false, code: e.code, message: e.message, field: e.field } satisfies FromWorker);
      },
    );
  });
}
