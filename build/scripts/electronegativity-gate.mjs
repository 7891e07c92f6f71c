#!/usr/bin/env node
// Security gate: runs electronegativity over the app's own sources and fails on any finding that
// build/electronegativity-allowlist.json doesn't justify. (electronegativity itself exits 0
// whatever it finds, so its report is parsed here: SARIF from a scan, whose JSON is stable, where
// its CSV mangles samples differently from run to run; or a CSV given with --report.)
//
//   node build/scripts/electronegativity-gate.mjs [--report <existing.csv>] [--allowlist <file>] [--root <project>]
//
// Scanned: electron/ (main, preload, IPC — the TypeScript sources) and renderer/ (its index.html
// carries the CSP <meta>). Not out/: it is a bundle of the same main/preload sources plus minified
// third-party renderer code, so it would only repeat findings at meaningless places.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCANNED = ['electron', 'renderer'];
const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs|html|htm)$/;
// It can't know which Electron releases exist offline; Electron updates are tracked elsewhere.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

function parseArgs(argv) {
  const args = { report: undefined, allowlist: undefined, root: repo };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--report') args.report = resolve(argv[++i]);
    else if (argv[i] === '--allowlist') args.allowlist = resolve(argv[++i]);
    else if (argv[i] === '--root') args.root = resolve(argv[++i]);
    else throw new Error(`Unknown option ${argv[i]}`);
  }
  args.allowlist ??= join(args.root, 'build', 'electronegativity-allowlist.json');
  return args;
}

/** RFC 4180-ish: quoted fields may hold commas, newlines and doubled quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim() !== ''));
}

function findings(csv) {
  const [header, ...rows] = parseCsv(csv);
  const names = header.map((h) => h.trim().toLowerCase());
  const col = (name) => {
    const index = names.indexOf(name);
    if (index < 0) throw new Error(`The electronegativity report has no "${name}" column (columns: ${names.join(', ')}).`);
    return index;
  };
  const at = { check: col('issue'), severity: col('severity'), confidence: col('confidence'), file: col('filename'), location: col('location'), sample: col('sample'), description: col('description') };
  return rows.map((r) => Object.fromEntries(Object.entries(at).map(([key, index]) => [key, (r[index] ?? '').trim()])));
}

function loadAllowlist(path) {
  const entries = JSON.parse(readFileSync(path, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${path} must be an array of { check, file, justification }.`);
  entries.forEach((e, i) => {
    if (typeof e.check !== 'string' || typeof e.file !== 'string' || typeof e.justification !== 'string' || e.justification.trim().length < 10) {
      throw new Error(`${path} entry ${i} needs a check id, a file and a one-line justification.`);
    }
  });
  return entries;
}

const matches = (entry, finding) =>
  entry.check === finding.check && entry.file === finding.file.replaceAll('\\', '/') && (entry.sample === undefined || finding.sample.includes(entry.sample));

/** Findings from a SARIF report; each sample is the flagged source line, as the CSV would give it. */
function findingsFromSarif(sarif, sourceDir) {
  const results = JSON.parse(sarif).runs?.[0]?.results ?? [];
  const LEVEL = { error: 'HIGH', warning: 'MEDIUM', note: 'LOW' };
  return results.map((r) => {
    const where = r.locations?.[0]?.physicalLocation ?? {};
    const file = where.artifactLocation?.uri ?? 'N/A';
    const line = where.region?.startLine ?? 0;
    const path = join(sourceDir, file);
    const sample = line > 0 && existsSync(path) ? (readFileSync(path, 'utf8').split('\n')[line - 1] ?? '').trim() : 'N/A';
    return { check: r.ruleId, severity: LEVEL[r.level] ?? String(r.level ?? '').toUpperCase(), confidence: 'SARIF', file, location: `${line}:${where.region?.startColumn ?? 0}`, sample, description: r.message?.text ?? '' };
  });
}

/** Copies the scanned folders' sources into one folder, so one run covers them (the CLI takes one input). */
function scan(root) {
  const bin = createRequire(import.meta.url).resolve('@doyensec/electronegativity/dist/index.js');
  const work = mkdtempSync(join(tmpdir(), 'cp-electronegativity-'));
  try {
    const input = join(work, 'src');
    mkdirSync(input);
    for (const dir of SCANNED) {
      if (!existsSync(join(root, dir))) continue;
      cpSync(join(root, dir), join(input, dir), { recursive: true, filter: (p) => !p.includes('node_modules') && (!/\.[a-z0-9]+$/i.test(p) || SOURCE.test(p)) });
    }
    const report = join(work, 'report.sarif');
    const args = [bin, '-i', input, '-r', '-e', readElectronVersion(), '-x', EXCLUDED_CHECKS.join(','), '-o', report];
    const result = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 5 * 60_000, maxBuffer: 64 * 1024 * 1024 });
    if (result.status !== 0 || !existsSync(report)) {
      throw new Error(`electronegativity did not produce a report (exit ${result.status ?? result.error?.message}):\n${(result.stderr || result.stdout || '').slice(-2000)}`);
    }
    return findingsFromSarif(readFileSync(report, 'utf8'), input);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function readElectronVersion() {
  return JSON.parse(readFileSync(join(repo, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
}

function main() {
  const started = Date.now();
  const args = parseArgs(process.argv.slice(2));
  const allowlist = loadAllowlist(args.allowlist);
  const all = args.report ? findings(readFileSync(args.report, 'utf8')) : scan(args.root);
  const used = new Set();
  const open = all.filter((finding) => {
    const entry = allowlist.find((e) => matches(e, finding));
    if (entry) used.add(entry);
    return !entry;
  });
  for (const f of open) {
    console.error(`  ✗ ${f.check} [${f.severity}${f.confidence === 'SARIF' ? '' : `/${f.confidence}`}] ${f.file}:${f.location} — ${f.description}${f.sample && f.sample !== 'N/A' ? `\n      ${f.sample.slice(0, 160)}` : ''}`);
  }
  for (const entry of allowlist.filter((e) => !used.has(e))) {
    console.warn(`  ! unused allowlist entry: ${entry.check} in ${entry.file} (remove it if the finding is gone)`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = `electronegativity: ${all.length} finding(s), ${all.length - open.length} justified, ${open.length} not justified (${seconds}s)`;
  if (open.length > 0) {
    console.error(`${summary}. Fix them, or justify each in build/electronegativity-allowlist.json.`);
    process.exit(1);
  }
  console.log(summary);
}

try {
  main();
} catch (error) {
  console.error(`electronegativity gate: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
