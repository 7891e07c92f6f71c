#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, security gate, build, end-to-end tests — in that
// order, stopping at the first failure. Ends with a summary and a plain `N passed, N failed` line.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const BIN = join(ROOT, 'node_modules/.bin');
const OUT = join(ROOT, 'test-output');
const CI = /^(1|true)$/i.test(process.env.CI ?? '');
const GATE = join(ROOT, 'build/scripts/electronegativity-gate.mjs');

/** @type {{ name: string, status: 'passed' | 'failed' | 'skipped', ms: number, note?: string }[]} */
const results = [];
const counts = { passed: 0, failed: 0, skipped: 0 };

const banner = (text) => console.log(`\n━━━ ${text} ${'━'.repeat(Math.max(3, 70 - text.length))}`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Runs a command with the output shown live; resolves with its exit code and what it printed. */
function run(command, args, { env = {}, capture = false } = {}) {
  return new Promise((done) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      // Plain output when not on a terminal (CI logs): "Tests  N passed" without colour codes.
      env: { ...process.env, ...(process.stdout.isTTY ? {} : { NO_COLOR: '1' }), ...env },
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let text = '';
    if (capture) {
      child.stdout.on('data', (chunk) => { process.stdout.write(chunk); text += chunk; });
      child.stderr.on('data', (chunk) => { process.stderr.write(chunk); text += chunk; });
    }
    child.on('error', (error) => { console.error(`Could not start ${command}: ${error.message}`); done({ code: 127, text }); });
    child.on('close', (code, signal) => done({ code: code ?? (signal ? 128 : 1), text }));
  });
}

/** Test counts from vitest's JSON report, or from its closing "Tests  N passed | M failed" line. */
function vitestCounts(jsonFile, text) {
  try {
    const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
    return {
      passed: report.numPassedTests ?? 0,
      failed: (report.numFailedTests ?? 0) + (report.numFailedTestSuites > 0 && !report.numFailedTests ? report.numFailedTestSuites : 0),
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
    };
  } catch {
    // eslint-disable-next-line no-control-regex
    const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
    const line = plain.split('\n').reverse().find((l) => /^\s*Tests\s+\d/.test(l)) ?? '';
    const grab = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
    return { passed: grab('passed'), failed: grab('failed'), skipped: grab('skipped') + grab('todo') };
  }
}

async function step(name, command, args, options = {}) {
  banner(name);
  const started = Date.now();
  const { code, text } = await run(command, args, options);
  const ms = Date.now() - started;
  return { ok: code === 0, code, text, ms };
}

async function vitestStep(name, config, jsonName, env = {}) {
  const jsonFile = join(OUT, jsonName);
  rmSync(jsonFile, { force: true });
  const args = ['run', ...(config ? ['--config', config] : []), '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`];
  const outcome = await step(name, join(BIN, 'vitest'), args, { env, capture: true });
  const c = vitestCounts(jsonFile, outcome.text);
  counts.passed += c.passed;
  counts.failed += c.failed;
  counts.skipped += c.skipped;
  const note = `${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`;
  if (outcome.ok && c.passed + c.failed === 0) return { ...outcome, ok: false, note: 'no test ran' };
  return { ...outcome, note };
}

function record(name, outcome) {
  results.push({ name, status: outcome.ok ? 'passed' : 'failed', ms: outcome.ms, note: outcome.note });
  if (!outcome.ok) finish(`${name} failed${outcome.code !== undefined ? ` (exit ${outcome.code})` : ''}${outcome.note ? `: ${outcome.note}` : ''}`);
}

function skip(name, note, line = `${name} SKIPPED: ${note}`) {
  banner(name);
  console.log(line);
  results.push({ name, status: 'skipped', ms: 0, note });
}

function finish(failure) {
  banner('Summary');
  for (const r of results) {
    console.log(`  ${r.status.toUpperCase().padEnd(8)} ${r.name.padEnd(24)} ${seconds(r.ms).padStart(8)}${r.note ? `  ${r.note}` : ''}`);
  }
  const total = results.reduce((sum, r) => sum + r.ms, 0);
  console.log(`  total ${seconds(total)}`);
  const skipped = results.filter((r) => r.status === 'skipped').map((r) => r.name);
  const passedText = skipped.length ? `every step that ran succeeded (skipped: ${skipped.join(', ')})` : 'every step succeeded';
  console.log(failure ? `\nnpm test FAILED: ${failure}` : `\nnpm test passed: ${passedText}.`);
  console.log(`\n${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  process.exit(failure ? 1 : 0);
}

// Local convenience: `node build/scripts/test.mjs --from build` re-runs from one step on.
const STEPS = ['typecheck', 'lint', 'unit', 'gate', 'build', 'e2e'];
const fromArg = process.argv.find((a) => a.startsWith('--from='))?.slice(7) ?? (process.argv.includes('--from') ? process.argv[process.argv.indexOf('--from') + 1] : undefined);
if (fromArg !== undefined && !STEPS.includes(fromArg)) {
  console.error(`--from takes one of: ${STEPS.join(', ')}`);
  process.exit(2);
}
if (fromArg !== undefined && CI) {
  console.error('--from is for local runs only; CI runs every step.');
  process.exit(2);
}
const wanted = (id, name) => {
  if (!fromArg || STEPS.indexOf(id) >= STEPS.indexOf(fromArg)) return true;
  results.push({ name, status: 'skipped', ms: 0, note: `--from ${fromArg}` });
  return false;
};

mkdirSync(OUT, { recursive: true });

if (wanted('typecheck', 'typecheck')) record('typecheck', await step('typecheck: tsc --noEmit', join(BIN, 'tsc'), ['--noEmit', '-p', 'tsconfig.json']));
if (wanted('lint', 'lint')) record('lint', await step('lint: eslint .', join(BIN, 'eslint'), ['.']));
if (wanted('unit', 'unit tests')) record('unit tests', await vitestStep('unit tests: vitest run (node + dom)', null, 'vitest-unit.json'));

if (!wanted('gate', 'electronegativity gate')) {
  // skipped by --from
} else if (existsSync(GATE)) record('electronegativity gate', await step('security: electronegativity gate', process.execPath, [GATE]));
else skip('electronegativity gate', 'build/scripts/electronegativity-gate.mjs does not exist yet');

if (wanted('build', 'build')) record('build', await step('build: electron-vite build', join(BIN, 'electron-vite'), ['build']));

const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
if (chromium) {
  record('e2e tests', await vitestStep(`e2e tests: vitest (Chromium ${chromium})`, 'vitest.e2e.config.ts', 'vitest-e2e.json', { CHROMIUM_PATH: chromium }));
} else if (CI) {
  banner('e2e tests');
  console.log('End-to-end tests cannot run: no Chromium found (set CHROMIUM_PATH or install chromium). Under CI this is a failure.');
  record('e2e tests', { ok: false, ms: 0, note: 'no Chromium found under CI' });
} else {
  const note = 'no Chromium found (set CHROMIUM_PATH or install chromium)';
  skip('e2e tests', note, `End-to-end tests SKIPPED: ${note}`);
}

finish(null);
