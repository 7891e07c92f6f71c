// The backup kill test's child: opens a real workspace as the app does (which takes the start
// backup) and then backs up, restores and writes through the real handler table until the parent
// kills it. Before each step it prints `BEGIN <step as JSON>` with the counts the workspace will
// hold once the step is committed, and `DONE` after it (written synchronously, so a printed line is
// in the pipe before any kill).
//   node worker.cjs <workspace> <seed>, then GO on stdin

import { writeSync } from 'node:fs';
import type { BackupList } from '@shared/contract';
import { dispatch } from '../../../../electron/dispatch';
import { openWorkspaceForApp } from '../../../../electron/db/workspace';
import { countRows } from '../../../../electron/db/repos/meta';
import { createHandlers } from '../../../../electron/handlers';
import { rng } from '../crash/model';

const say = (line: string) => writeSync(1, `${line}\n`);

function waitForGo(): Promise<void> {
  return new Promise((resolve) => {
    let text = '';
    process.stdin.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      if (text.includes('GO\n')) resolve();
    });
    process.stdin.on('end', () => process.exit(0)); // the parent went away before GO
  });
}

async function main(): Promise<void> {
  const [path, seedArg] = process.argv.slice(2);
  const random = rng(Number(seedArg));
  say('LOADED');
  await waitForGo();
  say('BEGIN {"step":"open"}');
  const db = await openWorkspaceForApp(path, () => new Date());
  const handlers = createHandlers({ db, now: () => new Date(), app: { name: 'Capacity Planner', version: '0.0.0-kill', workspacePath: path } });
  const send = async (channel: string, input?: unknown) => {
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  say(`DONE ${JSON.stringify(countRows(db))}`);
  const ids = (sql: string) => (db.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  for (;;) {
    const counts = countRows(db);
    const roll = random();
    if (roll < 0.5) {
      say(`BEGIN ${JSON.stringify({ step: 'backup', after: counts })}`);
      await send('backups:create');
    } else if (roll < 0.9) {
      const { backups } = (await send('backups:list')) as BackupList;
      const target = pick(backups.filter((b) => b.status === 'ok'));
      if (!target) continue;
      say(`BEGIN ${JSON.stringify({ step: 'restore', file: target.file, after: target.counts })}`);
      await send('backups:restore', { file: target.file });
    } else if (roll < 0.95) {
      say(`BEGIN ${JSON.stringify({ step: 'person', after: { ...counts, talent: counts.talent + 1 } })}`);
      const roleId = pick(ids('SELECT id FROM roles'));
      await send('talent:create', { kind: 'freelancer', name: `Kill ${Date.now()}`, primaryRoleId: roleId, currency: 'EUR', costRate: 480 });
    } else {
      const held = ids("SELECT id FROM campaigns WHERE name = 'Held for the kill test'")[0];
      if (!held) {
        say(`BEGIN ${JSON.stringify({ step: 'campaign', after: { ...counts, campaigns: counts.campaigns + 1 } })}`);
        await send('campaigns:create', { name: 'Held for the kill test', status: 'confirmed', start: '2027-01-04', end: '2027-12-17' });
      } else {
        // People under contract all of February 2027 (a booking outside a contract is refused).
        const talent = pick(ids("SELECT id FROM talent WHERE (active_from IS NULL OR active_from <= '2027-02-01') AND (active_to IS NULL OR active_to >= '2027-02-28')"));
        say(`BEGIN ${JSON.stringify({ step: 'booking', after: { ...counts, bookings: counts.bookings + 1 } })}`);
        const day = 1 + Math.floor(random() * 27);
        await send('bookings:create', { allowOverAllocation: true, talentId: talent, campaignId: held, start: `2027-02-${String(day).padStart(2, '0')}`, end: '2027-02-28', hoursPerDay: 3.5 });
      }
    }
    say('DONE');
  }
}

main().catch((error: unknown) => {
  say(`FAILED ${(error as Error).message.replace(/\n/g, ' ')}`);
  process.exit(1);
});
