// One lane of the crash test: a workspace, a writer child started and SIGKILLed again and again,
// and after each kill the checks: it opens, integrity_check is ok, every committed step is there,
// and the one step in flight is there whole or not at all.

import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { listBackups, backupsDirFor } from '../../../../electron/db/backup';
import { workspaceId } from '../../../../electron/io/workspaceId';
import { openWorkspace } from '../../../../electron/db/open';
import { applyOp, readState, rng, stateKey, type Op, type OpKind, type State } from './model';

export type KillMode = 'startup' | 'random' | 'import' | 'campaignDelete' | 'accept';

export interface KillOutcome {
  mode: KillMode;
  /** The step the kill interrupted, if any. */
  inFlight: OpKind | null;
  /** Whether the interrupted step turned out committed (killed between commit and its line). */
  inFlightApplied: boolean;
  committedThisRun: number;
  bookings: number;
}

export interface WriterCommand {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

interface RunLog {
  lines: string[];
  stderr: string;
  exitedByItself: boolean;
  /** Milliseconds from spawn to READY (-1 if killed before), and to the kill. */
  readyMs: number;
  killMs: number;
}

interface Prepared {
  child: ChildProcessWithoutNullStreams;
  lines: string[];
  stderr: string;
  onLine: ((line: string) => void) | null;
  exited: Promise<void>;
}

/**
 * Starts a writer that loads its code and then waits for GO before it touches the workspace, so
 * the next one loads while the current one runs and is checked: loading is most of a run's time.
 */
function prepare(writer: WriterCommand, args: string[], cwd: string): Prepared {
  const child = spawn(writer.command, [...writer.args, ...args], { cwd, env: writer.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
  const p: Prepared = { child, lines: [], stderr: '', onLine: null, exited: new Promise((resolve) => child.on('exit', () => resolve())) };
  let buffer = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) {
      p.lines.push(line);
      p.onLine?.(line);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (p.stderr += chunk.toString('utf8')));
  child.stdin.on('error', () => undefined);
  return p;
}

async function runAndKill(p: Prepared, mode: KillMode, delay: number): Promise<RunLog> {
  let killed = false;
  let t0 = Date.now();
  let readyMs = -1;
  let killMs = -1;
  const kill = () => {
    if (killed) return;
    killed = true;
    killMs = Date.now() - t0;
    p.child.kill('SIGKILL');
  };
  const later = (ms: number) => setTimeout(kill, ms);
  const fallback = setTimeout(kill, 30_000);
  const go = () => {
    t0 = Date.now();
    p.child.stdin.write('GO\n');
    if (mode === 'startup') later(delay);
  };
  p.onLine = (line) => {
    if (line === 'LOADED') go();
    if (line === 'READY') readyMs = Date.now() - t0;
    if (line === 'READY' && mode === 'random') later(delay);
    if ((mode === 'import' || mode === 'campaignDelete' || mode === 'accept') && line.startsWith(`BEGIN {"kind":"${mode}"`)) later(delay);
  };
  if (p.lines.includes('LOADED')) go();
  await p.exited;
  clearTimeout(fallback);
  return { lines: p.lines.filter((l) => l !== 'LOADED'), stderr: p.stderr, exitedByItself: !killed, readyMs, killMs };
}

/** Replays the printed lines onto the model: committed steps applied, the last BEGIN without COMMITTED in flight. */
function replay(model: State, lines: string[]): { model: State; inFlight: Op | null; committed: number } {
  let inFlight: Op | null = null;
  let committed = 0;
  for (const line of lines) {
    if (line.startsWith('BEGIN ')) inFlight = JSON.parse(line.slice(6)) as Op;
    else if (line.startsWith('COMMITTED ')) {
      if (!inFlight) throw new Error(`COMMITTED without BEGIN: ${line}`);
      model = applyOp(model, inFlight);
      inFlight = null;
      committed += 1;
    } else if (line.startsWith('FAILED')) throw new Error(`the writer failed: ${line}`);
  }
  return { model, inFlight, committed };
}

export interface LaneOptions {
  path: string;
  seed: number;
  kills: number;
  writer: WriterCommand;
  initial: State;
  cwd: string;
  log?: (line: string) => void;
}

export async function runLane({ path, seed, kills, writer, initial, cwd, log }: LaneOptions): Promise<KillOutcome[]> {
  const random = rng(seed);
  const modes: KillMode[] = ['startup', 'random', 'random', 'import', 'import', 'campaignDelete', 'campaignDelete', 'accept', 'accept'];
  const plan = Array.from({ length: kills }, (_, k) => {
    const mode = modes[Math.floor(random() * modes.length)];
    // Startup kills land while opening, migrating or taking the start backup; the others while writing.
    const delay = Math.floor(random() * { startup: 1000, random: 1500, import: 1100, campaignDelete: 350, accept: 80 }[mode]);
    const args = [path, String(Math.floor(random() * 2 ** 31)), `${seed}x${k}`, mode === 'startup' || mode === 'random' ? 'any' : mode];
    return { mode, delay, args };
  });
  let model = initial;
  const outcomes: KillOutcome[] = [];
  // Writers load AHEAD runs ahead of their turn (they wait for GO before touching the workspace).
  const AHEAD = 2;
  const queue = plan.slice(0, AHEAD).map((p) => prepare(writer, p.args, cwd));
  try {
    for (let k = 0; k < kills; k++) {
      const { mode, delay } = plan[k];
      const current = queue.shift()!;
      if (k + AHEAD < kills) queue.push(prepare(writer, plan[k + AHEAD].args, cwd));
      const run = await runAndKill(current, mode, delay);
      if (run.exitedByItself) throw new Error(`the writer exited before it was killed:\n${run.lines.join('\n')}\n${run.stderr}`);
      const checked = checkAfterKill(path, model, run, `kill ${k} (${mode})`);
      model = checked.model;
      outcomes.push({ mode, ...checked.outcome });
      log?.(`kill ${k} ${mode} (ready ${run.readyMs} ms, killed ${run.killMs} ms): ${checked.summary}`);
    }
  } finally {
    for (const p of queue) p.child.kill('SIGKILL'); // those prepared ahead and never started, if a check failed
  }
  return outcomes;
}

/** Opens the workspace after a kill and checks it against the steps the writer reported. */
function checkAfterKill(path: string, before: State, run: RunLog, what: string): { model: State; outcome: Omit<KillOutcome, 'mode'>; summary: string } {
  const { model: committed, inFlight, committed: count } = replay(before, run.lines);
  const db = openWorkspace(path);
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`${what}: integrity_check said ${String(integrity)}`);
    const orphans = db.pragma('foreign_key_check') as unknown[];
    if (orphans.length) throw new Error(`${what}: ${orphans.length} rows break a foreign key`);
    const actual = stateKey(readState(db));
    let model = committed;
    let applied = false;
    if (actual !== stateKey(committed)) {
      const whole = inFlight ? applyOp(committed, inFlight) : null;
      if (!whole || actual !== stateKey(whole)) {
        throw new Error(`${what}, in flight ${JSON.stringify(inFlight)?.slice(0, 300)}: the workspace matches neither the committed steps nor them plus the one in flight\n${diff(stateKey(committed), actual)}`);
      }
      model = whole;
      applied = true;
    }
    if (inFlight?.kind === 'import') {
      const n = (db.prepare('SELECT count(*) AS n FROM bookings WHERE note LIKE ?').get(`${inFlight.marker}-%`) as { n: number }).n;
      if (n !== 0 && n !== inFlight.rows) throw new Error(`${what}: a half-written import: ${n} of ${inFlight.rows} rows`);
    }
    listBackups(backupsDirFor(path), workspaceId(db)); // a backup cut short by a kill must not break the list
    const outcome = { inFlight: inFlight?.kind ?? null, inFlightApplied: applied, committedThisRun: count, bookings: model.bookings.size };
    const summary = `in flight ${outcome.inFlight ?? '-'}${applied ? ' (committed before its line)' : ''}, committed this run ${count}, bookings ${outcome.bookings}`;
    return { model, outcome, summary };
  } finally {
    db.close();
  }
}

function diff(expected: string, actual: string): string {
  const e = new Set(expected.split('\n'));
  const a = new Set(actual.split('\n'));
  const missing = [...e].filter((l) => !a.has(l));
  const extra = [...a].filter((l) => !e.has(l));
  return `missing ${missing.length} (e.g. ${missing.slice(0, 3).join(' ; ')}), unexpected ${extra.length} (e.g. ${extra.slice(0, 3).join(' ; ')})`;
}
