import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../electron/db/open';
import { countRows, getMeta } from '../../../electron/db/repos/meta';
import { listTalent } from '../../../electron/db/repos/talent';

const root = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const seed = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'build/scripts/seed.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 });

describe('build/scripts/seed.ts', () => {
  it('writes a new workspace with the requested counts, and refuses to overwrite it without --force', () => {
    const out = join(dir, 'small.db');
    const run = seed('--people', '50', '--bookings', '500', '--months', '3', '--out', out, '--today', '2026-03-11', '--seed', '42');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/50 people.*500 bookings in \d+ ms/);
    const db = openWorkspace(out);
    try {
      expect(countRows(db)).toEqual({ talent: 50, campaigns: 15, demandLines: 20, bookings: 500 });
      expect(getMeta(db, 'onboarded')).toBe('demo');
      const regions = new Set(listTalent(db).map((t) => `${t.holidayCountry}/${t.holidayRegion}`));
      expect(regions.size).toBeGreaterThanOrEqual(3);
    } finally {
      db.close();
    }
    const size = statSync(out).size;
    const again = seed('--people', '5', '--out', out);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already exists/);
    expect(statSync(out).size).toBe(size);
  }, 180_000);
});
