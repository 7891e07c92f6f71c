// Actuals benchmark, on a copy of big.db (or BENCH_DB) seeded with a year of actuals:
//   npx tsx build/scripts/seed.ts --people 5000 --bookings 100000 --months 24 --actuals 1000000 --today 2026-12-07 --out big.db
// 1. Imports a 200,000-row Harvest detailed export (dd.mm.yyyy, decimal commas) through the handler
//    table (io:importCommit): rows a second and the peak RSS.
// 2. Planned against actual (actuals:compare) for all 5,000 people over the plan's first 52 weeks,
//    with the capacity state warm as in the app, beside a straightforward baseline (objects and
//    string-keyed maps) in the same run.
// 3. Forecast accuracy (actuals:accuracy) for 26 weekly snapshots of all 5,000 people (each 26 weeks
//    ahead, taken with the clock set to its Wednesday; taking them is set-up, not measured), beside a
//    straightforward baseline (every snapshot read whole, actuals as objects, string-keyed maps).
// Prints one JSON line. Figures, not assertions. `-- --import-only` stops after step 1.

import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plannedVsActual } from '@shared/actuals/compare';
import { addDaysIso, dayFromIso, isoFromDay, weekStartOfDay } from '@shared/dates';
import { dispatch } from '../../electron/dispatch';
import { openWorkspace } from '../../electron/db/open';
import { takeBackup } from '../../electron/db/backup';
import { allActualColumns } from '../../electron/db/repos/actuals';
import { createHandlers } from '../../electron/handlers';
import { CapacityModel } from '../../electron/capacity/model';
import { listCampaigns } from '../../electron/db/repos/campaigns';
import { listTalent } from '../../electron/db/repos/talent';
import { baselineAccuracy, baselineCompare } from './actuals-baseline';

const SOURCE = process.env.BENCH_DB ?? 'big.db';
if (!existsSync(SOURCE)) {
  console.error(`No ${SOURCE}: run npx tsx build/scripts/seed.ts --people 5000 --bookings 100000 --months 24 --actuals 1000000 --today 2026-12-07 --out big.db`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'cp-bench-actuals-'));
const path = join(dir, 'w.db');
copyFileSync(SOURCE, path);
const db = openWorkspace(path);
const first = db.prepare('SELECT min(date) FROM actuals').pluck().get() as string | null;
if (!first) {
  console.error(`${SOURCE} has no actuals: seed it with --actuals 1000000`);
  process.exit(1);
}
const RANGE = { start: isoFromDay(weekStartOfDay(dayFromIso(first))), end: addDaysIso(isoFromDay(weekStartOfDay(dayFromIso(first))), 52 * 7 - 1) };
const NOW = new Date(`${addDaysIso(RANGE.end, 14)}T10:00:00Z`);
let clock = NOW;
const handlers = createHandlers({ db, now: () => clock, app: { name: 'bench', version: '0', workspacePath: path } });
const call = async (channel: string, input: unknown) => {
  const e = await dispatch(handlers, channel, input);
  if (!e.ok) throw new Error(`${channel}: ${e.error.message}`);
  return e.value;
};

/** Wall and CPU milliseconds (the steadier figure on a shared, loaded machine) and the peak RSS while `work` ran. */
async function measure<T>(work: () => Promise<T> | T): Promise<{ ms: number; cpuMs: number; peakMB: number; value: T }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await work();
  const ms = performance.now() - t;
  const used = process.cpuUsage(cpu);
  clearInterval(timer);
  return { ms: Math.round(ms * 10) / 10, cpuMs: Math.round((used.user + used.system) / 1000), peakMB: Math.round(Math.max(peak, process.memoryUsage().rss) / 1e6), value };
}

/** A Harvest detailed export as a German-locale Harvest writes it, for people and campaigns of the workspace. */
function harvestFile(rows: number): string {
  const people = listTalent(db).slice(0, 3000);
  const campaigns = listCampaigns(db).slice(0, 300);
  const out = ['Date,Client,Project,Project Code,Task,Notes,Hours,Billable?,Invoiced?,Approved?,First Name,Last Name,Employee Id,Roles,Employee?,Billable Rate,Billable Amount,Cost Rate,Cost Amount,Currency,External Reference URL'];
  const start = dayFromIso('2029-01-01');
  for (let i = 0; i < rows; i++) {
    const p = people[i % people.length];
    const c = campaigns[(i * 7) % campaigns.length];
    const [firstName, ...last] = p.name.split(' ');
    const [y, m, d] = isoFromDay(start + (i % 360)).split('-');
    const hours = `"${(1 + (i % 30) / 4).toFixed(2).replace('.', ',')}"`;
    out.push(`${d}.${m}.${y},${c.client ?? ''},${c.name},${c.externalId ?? ''},Design,Row ${i},${hours},Yes,No,No,${firstName},${last.join(' ')},${p.externalId ?? ''},Designer,Yes,90,,50,,EUR,`);
  }
  return out.join('\r\n') + '\r\n';
}

async function main() {
  const rows = 200_000;
  const file = join(dir, 'harvest.csv');
  writeFileSync(file, harvestFile(rows));
  global.gc?.();
  // The import takes a checked backup first (integrity check of the copy): its share, measured alone.
  const backup = await measure(() => takeBackup(db, join(dir, 'backups'), 'import', NOW));
  const rssBefore = Math.round(process.memoryUsage().rss / 1e6);
  const imported = await measure(() => call('io:importCommit', { source: { path: file }, entity: 'actuals' }));
  const totalRows = db.prepare('SELECT count(*) FROM actuals').pluck().get() as number;
  if (process.argv.includes('--import-only')) {
    const figures = { rows: totalRows, importRowsPerS: Math.round(rows / (imported.ms / 1000)), importPeakMB: imported.peakMB, importMs: imported.ms, importCpuMs: imported.cpuMs };
    process.stdout.write(JSON.stringify({ bench: 'actuals', ...figures, backupMs: backup.ms, backupCpuMs: backup.cpuMs, rssBeforeImportMB: rssBefore }) + '\n');
    return finish();
  }

  // The app keeps the capacity state warm (built when the workspace opens): build it first.
  await call('capacity:roleWeeks', { range: RANGE });
  const cold = await measure(() => call('actuals:compare', { range: RANGE }));
  const runs: { ms: number; cpuMs: number }[] = [];
  for (let i = 0; i < 5; i++) runs.push(await measure(() => call('actuals:compare', { range: RANGE })));
  runs.sort((a, b) => a.ms - b.ms);
  const compare = cold.value as ReturnType<typeof plannedVsActual>;
  // Reading every actual from SQLite into the in-memory copy (once after each write to actuals; the first call above did it).
  const load = await measure(() => allActualColumns(db));
  const state = new CapacityModel(db, () => RANGE.start).stateFor(RANGE);
  const base = await measure(() => baselineCompare(db, state, RANGE));
  // The baseline must agree with the app's figures.
  const agrees = Math.abs(base.value.planned - compare.totals.plannedHours) < 0.5 && Math.abs(base.value.actual - compare.totals.actualHours) < 0.5;
  // The first comparison after a write (an hour and a half logged by hand): the in-memory actuals catch up.
  const [who] = listTalent(db);
  const [what] = listCampaigns(db);
  await call('actuals:set', { talentId: who.id, campaignId: what.id, date: RANGE.start, hours: 1.5 });
  const afterWrite = await measure(() => call('actuals:compare', { range: RANGE }));

  // Weekly snapshots from the plan's 14th week, as an automatic schedule takes them (set-up, not measured).
  const SNAPSHOTS = Number(process.env.BENCH_SNAPSHOTS ?? 26);
  const setup = await measure(async () => {
    for (let i = 0; i < SNAPSHOTS; i++) {
      const monday = addDaysIso(RANGE.start, (13 + i) * 7);
      clock = new Date(`${addDaysIso(monday, 2)}T09:00:00Z`);
      await call('snapshots:take', { name: `Weekly ${monday}`, range: { start: monday, end: addDaysIso(monday, 26 * 7 - 1) }, filter: {} });
    }
    clock = NOW;
  });
  const accRuns: { ms: number; cpuMs: number; value: unknown }[] = [];
  for (let i = 0; i < 5; i++) accRuns.push(await measure(() => call('actuals:accuracy', {})));
  accRuns.sort((a, b) => a.ms - b.ms);
  const accuracy = accRuns[2].value as { buckets: { weeksAhead: number; mape: number | null; roleWeeks: number }[] };
  const four = accuracy.buckets.find((b) => b.weeksAhead === 4)!;
  const accBase = await measure(() => baselineAccuracy(db, addDaysIso(RANGE.end, 14)));
  const accuracyAgrees = four.mape !== null && accBase.value.mape4 !== null && Math.abs(four.mape - accBase.value.mape4) < 1e-3;

  process.stdout.write(
    JSON.stringify({
      bench: 'actuals',
      rows: totalRows,
      importRowsPerS: Math.round(rows / (imported.ms / 1000)),
      importPeakMB: imported.peakMB,
      plannedVsActualMs: runs[2].ms,
      accuracyMs: accRuns[2].ms,
      baselineMs: base.ms,
      importMs: imported.ms,
      importCpuMs: imported.cpuMs,
      backupMs: backup.ms,
      backupCpuMs: backup.cpuMs,
      rssBeforeImportMB: rssBefore,
      plannedVsActualCpuMs: runs[2].cpuMs,
      baselineCpuMs: base.cpuMs,
      plannedVsActualFirstMs: cold.ms,
      plannedVsActualAfterWriteMs: afterWrite.ms,
      plannedVsActualAfterWriteCpuMs: afterWrite.cpuMs,
      loadActualsMs: load.ms,
      people: compare.people.length,
      weeks: compare.weeks.length,
      plannedHours: compare.totals.plannedHours,
      actualHours: compare.totals.actualHours,
      baselineAgrees: agrees,
      accuracySnapshots: SNAPSHOTS,
      accuracyCpuMs: accRuns[2].cpuMs,
      accuracyBaselineMs: accBase.ms,
      accuracyRoleWeeks4: four.roleWeeks,
      accuracyMape4: four.mape,
      accuracyBaselineAgrees: accuracyAgrees,
      snapshotsSetupMs: setup.ms,
    }) + '\n',
  );
  finish();
}

function finish() {
  db.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
