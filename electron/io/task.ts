// Long imports and exports: progress events for the renderer, and a cancel flag the loops check.

import type { AppEvent } from '@shared/contract';
import { AppError } from '@shared/errors';

export type IoOperation = 'import' | 'export';
type Emit = (event: AppEvent) => void;

const EMIT_EVERY_MS = 100;
const YIELD_EVERY_MS = 40;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One running import or export. */
export class IoTask {
  private cancelled = false;
  private readonly cancelHooks: (() => void)[] = [];
  private lastEmit = 0;
  private lastYield = performance.now();

  constructor(
    readonly operation: IoOperation,
    readonly label: string,
    private readonly emit: Emit | undefined,
  ) {}

  cancel(): void {
    this.cancelled = true;
    for (const hook of this.cancelHooks.splice(0)) hook();
  }

  /** Runs `hook` on cancel (e.g. passes the cancel on to a worker thread doing the work). */
  onCancel(hook: () => void): void {
    if (this.cancelled) hook();
    else this.cancelHooks.push(hook);
  }

  /**
   * Call now and then from a loop: reports progress (throttled), gives the event loop a turn so
   * that an `io:cancel` can arrive, and throws a 'cancelled' AppError once cancelled.
   */
  async step(done: number, total: number, phase = this.label): Promise<void> {
    const now = performance.now();
    if (now - this.lastYield >= YIELD_EVERY_MS) {
      await turn();
      this.lastYield = performance.now();
    }
    this.throwIfCancelled();
    if (now - this.lastEmit >= EMIT_EVERY_MS) {
      this.lastEmit = now;
      this.emit?.({ type: 'progress', operation: this.operation, label: phase, done, total, finished: false });
    }
  }

  /** Progress from synchronous work (e.g. inside a transaction): emitted, throttled, with no turn of the event loop. */
  report(fraction: number, phase = this.label): void {
    this.progress(fraction, 1, phase);
  }

  /** Progress reported by work done elsewhere (a worker thread): emitted, throttled. */
  progress(done: number, total: number, phase = this.label): void {
    const now = performance.now();
    if (now - this.lastEmit < EMIT_EVERY_MS && done < total) return;
    this.lastEmit = now;
    this.emit?.({ type: 'progress', operation: this.operation, label: phase, done, total, finished: false });
  }

  throwIfCancelled(): void {
    if (this.cancelled) throw new AppError('cancelled', `${this.label} was cancelled. Nothing was written.`);
  }

  finish(): void {
    this.emit?.({ type: 'progress', operation: this.operation, label: this.label, done: 1, total: 1, finished: true });
  }
}

/** The running tasks of one handler table: `io:cancel` cancels them all. */
export class IoTasks {
  private readonly running = new Set<IoTask>();

  constructor(private readonly emit: () => Emit | undefined) {}

  /** Runs `work` as a task; one of each operation at a time (each export holds a worker and its figures in memory). */
  async run<T>(operation: IoOperation, label: string, work: (task: IoTask) => Promise<T>): Promise<T> {
    if ([...this.running].some((t) => t.operation === operation)) {
      throw new AppError('conflict', `${operation === 'export' ? 'An export' : 'An import'} is already running. Wait until it has finished, or cancel it.`);
    }
    const task = new IoTask(operation, label, this.emit());
    this.running.add(task);
    try {
      return await work(task);
    } finally {
      this.running.delete(task);
      task.finish();
    }
  }

  /** Cancels every running task; returns how many there were. */
  cancel(): number {
    for (const task of this.running) task.cancel();
    return this.running.size;
  }
}

/** For callers with no user to report to (scripts, benchmarks). */
export const silentTask = (label = 'Export') => new IoTask('export', label, undefined);
