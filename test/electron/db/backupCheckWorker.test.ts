// A workspace over 16 MB has its backup's full check run in a worker thread (from source here,
// through tsx): the backup is still checked, renamed into place and listed with its counts.

import { statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupsDirFor, listBackups, takeBackup } from '../../../electron/db/backup';
import { workspaceId } from '../../../electron/io/workspaceId';
import { smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

describe('the backup of a big workspace', () => {
  it('is checked in a worker thread, and listed whole with its counts', async () => {
    await smallStudio(ws);
    // 17 MB of notes on one campaign: a big file (the worker's threshold is 16 MB).
    ws.db.prepare("UPDATE campaigns SET notes = ? WHERE name = 'Spring Launch'").run('x'.repeat(17 * 1024 * 1024));
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(statSync(ws.path).size).toBeGreaterThan(16 * 1024 * 1024);
    const root = backupsDirFor(ws.path);
    let workers = 0;
    const counted = () => workers++;
    process.on('worker', counted);
    const path = await takeBackup(ws.db, root, 'import', new Date('2026-12-05T04:00:00Z'));
    process.off('worker', counted);
    expect(workers).toBe(1);
    expect(statSync(path).size).toBeGreaterThan(16 * 1024 * 1024);
    expect(listBackups(root, workspaceId(ws.db))).toEqual([expect.objectContaining({ reason: 'import', status: 'ok', counts: { talent: 1, campaigns: 1, demandLines: 1, bookings: 0 } })]);
  }, 60_000);
});
