// Import/export benchmark: exports a 26-week staffing plan to XLSX and imports 10,000 bookings
// from CSV, each beside the pre-issue-7 path (test/bench/io-baseline.ts) in the same run; then
// sends the widest valid request of every channel and prints its time and memory beside the
// bounds (test/bench/io-extreme.ts). `npm run bench:io -- --extreme` runs only the latter.
// Uses big.db, or the file named by BENCH_DB (npx tsx build/scripts/seed.ts --people 5000 --bookings 100000 --months 24 --out big.db).
// Prints one JSON line. Figures, not assertions.

import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CapacityModel } from '../../electron/capacity/model';
import { openWorkspace, type Db } from '../../electron/db/open';
import { installHistory } from '../../electron/db/repos/history';
import { listCampaigns } from '../../electron/db/repos/campaigns';
import { listTalent } from '../../electron/db/repos/talent';
import { planState, writePlan } from '../../electron/io/export/plan';
import { commitImport } from '../../electron/io/import/service';
import { baselineExport, baselineImport } from './io-baseline';
import { runExtreme } from './io-extreme';

const SOURCE = process.env.BENCH_DB ?? 'big.db';
if (!existsSync(SOURCE)) {
  console.error(`No ${SOURCE}: run npx tsx build/scripts/seed.ts --people 5000 --bookings 100000 --months 24 --out big.db`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'cp-bench-io-'));
const RANGE = { start: '2027-01-04', end: '2027-07-04' };
const TODAY = '2026-06-01';

function open(name: string): Db {
  const path = join(dir, name);
  copyFileSync(SOURCE, path);
  const db = openWorkspace(path);
  installHistory(db);
  return db;
}

/**
 * Runs `work`, returning its wall milliseconds, the CPU milliseconds of this process (a steadier
 * figure on a shared, loaded machine) and the peak RSS (MB) seen while it ran.
 */
async function measure(work: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number; peakMB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const cpu = process.cpuUsage();
  const t = performance.now();
  await work();
  const ms = Math.round(performance.now() - t);
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  return { ms, cpuMs: Math.round((used.user + used.system) / 1000), peakMB: Math.round(Math.max(peak, process.memoryUsage().rss) / 1e6) };
}

function bookingsCsv(db: Db): string {
  const talent = listTalent(db).slice(0, 2000);
  const campaigns = listCampaigns(db).slice(0, 200);
  const lines = ['Email,Campaign external ID,Start,End,Hours per day,Status'];
  for (let i = 0; i < 10_000; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(`${talent[i % talent.length].email ?? ''},${campaigns[i % campaigns.length].externalId ?? ''},2028-02-${day},2028-03-${day},2,tentative`);
  }
  const csv = join(dir, 'bookings.csv');
  writeFileSync(csv, lines.join('\n'));
  return csv;
}

async function main() {
  const db = open('new.db');
  const people = listTalent(db).length;
  const model = new CapacityModel(db, () => TODAY);
  const xlsx = join(dir, 'plan.xlsx');
  // Cold: the model's state is built inside the timing (the app's first export before any view).
  const cold = await measure(() => writePlan(planState(db, model, RANGE), { path: xlsx, format: 'xlsx', range: RANGE, filter: {} }));
  // Warm: the model is current (the usual case in the app: the capacity views built it).
  const warm = await measure(() => writePlan(planState(db, model, RANGE), { path: xlsx, format: 'xlsx', range: RANGE, filter: {} }));
  const exportBytes = statSync(xlsx).size;
  const csv = bookingsCsv(db);
  let importRows = 0;
  const imp = await measure(async () => {
    importRows = (await commitImport(db, { source: { path: csv }, entity: 'bookings', options: { createMissing: false, skipErrorRows: false } }, { backupDir: join(dir, 'backups'), now: new Date() })).created;
  });
  db.close();

  const old = open('old.db');
  const oldExport = await measure(() => baselineExport(old, join(dir, 'old.xlsx'), RANGE));
  const oldImport = await measure(() => baselineImport(old, csv, join(dir, 'backups-old'), new Date()));
  old.close();
  rmSync(dir, { recursive: true, force: true });

  console.log(JSON.stringify({
    bench: 'io', people,
    exportXlsxMs: cold.ms, exportXlsxCpuMs: cold.cpuMs, exportWarmMs: warm.ms, exportWarmCpuMs: warm.cpuMs, exportPeakMB: cold.peakMB, exportBytes,
    baselineExportXlsxMs: oldExport.ms, baselineExportXlsxCpuMs: oldExport.cpuMs, baselineExportPeakMB: oldExport.peakMB,
    importRows, importCsvMs: imp.ms, importCsvCpuMs: imp.cpuMs, importPeakMB: imp.peakMB, baselineImportCsvMs: oldImport.ms, baselineImportCsvCpuMs: oldImport.cpuMs,
  }));
}

/** The first Monday on or after the workspace's first booking: the generated data starts there. */
function firstMonday(): string {
  const db = openWorkspace(SOURCE, { readonly: true });
  const { start } = db.prepare('SELECT min(start) AS start FROM bookings').get() as { start: string };
  db.close();
  const day = new Date(`${start}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + ((8 - day.getUTCDay()) % 7));
  return day.toISOString().slice(0, 10);
}

async function extreme() {
  const results = await runExtreme(SOURCE, firstMonday());
  console.log(JSON.stringify({ bench: 'io-extreme', results }));
}

if (!process.argv.includes('--extreme')) await main();
await extreme();
process.exit(0);
