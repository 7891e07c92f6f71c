// The widest valid request of every channel on the benchmark workspace: time, peak memory of the
// process above what it held before, and the longest the main thread answered nothing, each beside
// its bound (README, "Limits per request"). Prints a table to stderr and returns the figures.

import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace } from '../../electron/db/open';
import { installHistory } from '../../electron/db/repos/history';
import { testPlatform } from '../e2e/bridge/platform';
import { BOUNDS, extremeRequests, measureAll, useBuiltWorker, type Measured } from '../electron/io/extreme/requests';

const pad = (s: string | number, n: number) => String(s).padStart(n);

export async function runExtreme(source: string, today: string, only?: RegExp): Promise<Measured[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cp-bench-extreme-'));
  const path = join(dir, 'workspace.db');
  copyFileSync(source, path);
  // As the app opens it: the file locked to this connection (so a worker can't read it).
  const db = openWorkspace(path, { exclusive: true });
  installHistory(db);
  try {
    const requests = extremeRequests(db, dir, today).filter((r) => !only || only.test(r.label));
    const built = useBuiltWorker();
    const idleMB = Math.round(process.memoryUsage().rss / 1048576);
    if (!built) process.stderr.write('out/main/exportWorker.js is missing (npx electron-vite build): the export worker runs from source through tsx, with more memory than in the app\n');
    process.stderr.write(`extreme requests (idle process ${idleMB} MB; bounds: ${BOUNDS.memoryMB} MB above idle, exports ${BOUNDS.exportMs / 1000} s (a PDF ${BOUNDS.pdfMs / 1000} s) with the main thread never stalled over ${BOUNDS.exportStallMs} ms, other channels ${BOUNDS.viewMs / 1000} s)\n`);
    process.stderr.write(`${'request'.padEnd(52)} ${pad('ms', 7)} ${pad('peak MB', 8)} ${pad('stall ms', 9)}  verdict\n`);
    const now = new Date(`${today}T10:00:00Z`);
    const byLabel = new Map(requests.map((r) => [r.label, r]));
    return await measureAll({ db, now: () => now, app: { name: 'bench', version: '0', workspacePath: path }, platform: testPlatform(dir) }, requests, (m) => {
      const r = byLabel.get(m.label)!;
      const limitMs = r.channel === 'io:exportPlan' && /pdf/i.test(m.label) ? BOUNDS.pdfMs : r.offThread ? BOUNDS.exportMs : BOUNDS.viewMs;
      const within = m.peakMB <= BOUNDS.memoryMB && m.ms <= limitMs && (!r.offThread || m.stallMs <= BOUNDS.exportStallMs);
      const verdict = r.refused ? (!m.ok && r.refused.test(m.message ?? '') ? 'refused as it should be' : 'NOT REFUSED') : m.ok ? (within ? 'within bounds' : 'OVER A BOUND') : 'FAILED';
      process.stderr.write(`${m.label.padEnd(52)} ${pad(m.ms, 7)} ${pad(m.peakMB, 8)} ${pad(m.stallMs, 9)}  ${verdict}${m.ok ? '' : `: ${m.message}`}\n`);
    });
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
