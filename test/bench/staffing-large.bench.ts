// Times staffing:propose through the handler table on a copy of a large workspace file:
// `npm run bench:staffing-large -- /tmp/big.db 2026-12-07 26` (file, today, weeks).
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../electron/dispatch';
import { openWorkspace } from '../../electron/db/open';
import { createHandlers } from '../../electron/handlers';

async function main() {
  const [src, today, weeks] = [process.argv[2], process.argv[3], Number(process.argv[4] ?? 26)];
  const path = join(mkdtempSync(join(tmpdir(), 'cp-plan-')), 'w.db');
  copyFileSync(src, path);
  const db = openWorkspace(path);
  const handlers = createHandlers({ db, now: () => new Date(`${today}T10:00:00Z`), app: { name: 'x', version: '0', workspacePath: path } });
  const end = new Date(`${today}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + weeks * 7 - 1);
  const range = { start: today, end: end.toISOString().slice(0, 10) };
  await dispatch(handlers, 'capacity:grid', { range, bucket: 'week', limit: 1 });
  for (const mode of ['split', 'split', 'whole'] as const) {
    const t0 = performance.now();
    const r = await dispatch(handlers, 'staffing:propose', { range, mode, kinds: ['staff', 'freelancer', 'agency'], maxSeconds: 5 });
    const ms = performance.now() - t0;
    if (!r.ok) { console.log(mode, r.error); continue; }
    const v = r.value as { bookings: unknown[]; lines: unknown[]; staffedHours: number; quality: string };
    console.log(JSON.stringify({ mode, ms: Math.round(ms), lines: v.lines.length, bookings: v.bookings.length, staffed: Math.round(v.staffedHours), quality: v.quality }));
  }
  db.close();
}
void main();
