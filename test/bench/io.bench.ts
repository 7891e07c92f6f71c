// Import/export benchmark: exports a 26-week staffing plan to XLSX and imports 10,000 bookings from CSV.
// Uses /tmp/big.db when present (build/scripts/seed.ts), else generates a workspace through the repos.
// Prints one JSON line. Figures, not assertions.

import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace, type Db } from '../../electron/db/open';
import { installHistory, recordChange } from '../../electron/db/repos/history';
import { insertCampaign } from '../../electron/db/repos/campaigns';
import { insertPattern } from '../../electron/db/repos/patterns';
import { insertRole } from '../../electron/db/repos/roles';
import { insertBooking } from '../../electron/db/repos/bookings';
import { insertTalent, listTalent } from '../../electron/db/repos/talent';
import { listCampaigns } from '../../electron/db/repos/campaigns';
import { writePlan } from '../../electron/io/export/plan';
import { commitImport } from '../../electron/io/import/service';

const PEOPLE = Number(process.env.PEOPLE ?? 5000);
const dir = mkdtempSync(join(tmpdir(), 'cp-bench-io-'));
const path = join(dir, 'workspace.db');
const peakMB = () => process.memoryUsage().rss / 1e6;

function generate(db: Db): void {
  recordChange(db, 'seed', () => {
    const roles = ['Designer', 'Copywriter', 'Art director', 'Producer'].map((name) => insertRole(db, { name, utilisationTarget: 80, colour: '#64748b' }));
    const campaigns = Array.from({ length: 400 }, (_, i) =>
      insertCampaign(db, { externalId: `J-${i}`, name: `Campaign ${i}`, client: 'C', status: 'confirmed', probability: 100, priority: 3, budget: 1e5, currency: 'GBP', start: '2026-01-05', end: '2027-12-31', owner: '', colour: '#2563eb', notes: '' }),
    );
    for (let p = 0; p < PEOPLE; p++) {
      const id = insertTalent(db, { externalId: `E-${p}`, kind: 'staff', name: `Person ${p}`, email: `p${p}@example.com`, team: null, primaryRoleId: roles[p % 4], otherRoleIds: [], skills: [], tags: [], costRate: 40, billRate: 90, currency: 'GBP', utilisationTarget: null, holidayCountry: 'GB', holidayRegion: 'ENG', activeFrom: null, activeTo: null, headcount: 1, notes: '' });
      insertPattern(db, { talentId: id, effectiveFrom: '2000-01-01', hours: [7.5, 7.5, 7.5, 7.5, 7.5, 0, 0] });
      for (let k = 0; k < 20; k++) {
        const start = new Date(Date.UTC(2026, 0, 5 + ((p * 7 + k * 37) % 700)));
        const end = new Date(start.getTime() + 11 * 86_400_000);
        insertBooking(db, { talentId: id, campaignId: campaigns[(p + k) % 400], demandLineId: null, start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10), hoursPerDay: 4, status: k % 3 ? 'confirmed' : 'tentative', note: '' }, '2026-01-01T00:00:00Z');
      }
    }
  });
}

async function main() {
  if (existsSync('/tmp/big.db')) copyFileSync('/tmp/big.db', path);
  const db = openWorkspace(path);
  installHistory(db);
  if (!existsSync('/tmp/big.db')) generate(db);
  const people = listTalent(db).length;

  let peak = peakMB();
  const timer = setInterval(() => (peak = Math.max(peak, peakMB())), 20);
  let t = performance.now();
  await writePlan(db, { path: join(dir, 'plan.xlsx'), format: 'xlsx', range: { start: '2027-01-04', end: '2027-07-04' }, filter: {} });
  const exportXlsxMs = Math.round(performance.now() - t);
  const exportPeakMB = Math.round(Math.max(peak, peakMB()));

  const talent = listTalent(db).slice(0, 2000);
  const campaigns = listCampaigns(db).slice(0, 200);
  const lines = ['Email,Campaign external ID,Start,End,Hours per day,Status'];
  for (let i = 0; i < 10_000; i++) {
    const person = talent[i % talent.length];
    const campaign = campaigns[i % campaigns.length];
    const day = 1 + (i % 28);
    lines.push(`${person.email ?? ''},${campaign.externalId ?? ''},2028-02-${String(day).padStart(2, '0')},2028-03-${String(day).padStart(2, '0')},2,tentative`);
  }
  const csv = join(dir, 'bookings.csv');
  writeFileSync(csv, lines.join('\n'));
  peak = peakMB();
  t = performance.now();
  const result = await commitImport(db, { source: { path: csv }, entity: 'bookings', options: { createMissing: false, skipErrorRows: false } }, { backupDir: join(dir, 'backups'), now: new Date() });
  const importCsvMs = Math.round(performance.now() - t);
  const importPeakMB = Math.round(Math.max(peak, peakMB()));
  clearInterval(timer);
  console.log(JSON.stringify({ bench: 'io', people, exportXlsxMs, exportPeakMB, importRows: result.created, importCsvMs, importPeakMB }));
  db.close();
}

void main();
