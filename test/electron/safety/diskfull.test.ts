// Disk full and read-only: a write that can't be saved comes back as a clear 'workspace' error,
// and nothing saved before is lost.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/dispatch';
import { openWorkspace, type Db } from '../../../electron/db/open';
import { createHandlers } from '../../../electron/handlers';
import { dayAfter } from './crash/model';
import { dumpWorkspace, FIXED_NOW, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
let studio: Awaited<ReturnType<typeof smallStudio>>;
beforeEach(async () => {
  ws = tempWorkspace();
  studio = await smallStudio(ws);
  for (let i = 0; i < 20; i++) {
    await ws.call('bookings:create', { allowOverAllocation: true, talentId: studio.ada.id, campaignId: studio.spring.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 1 + (i % 8), note: `kept ${i}` });
  }
});
afterEach(() => ws.close());

const bigPerson = (id: number, n: number) => ({ kind: 'staff', name: `Person ${n}`, primaryRoleId: id, notes: 'x'.repeat(9_000) });
const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every write the UI makes often: one of each kind, all of which must fail cleanly. */
function writes(): [string, unknown][] {
  return [
    ['talent:create', bigPerson(studio.designer.id, 1)],
    ['campaigns:create', { name: 'Full', status: 'pipeline', start: '2027-05-01', end: '2027-05-31', notes: 'y'.repeat(9_000) }],
    ['bookings:create', { allowOverAllocation: true, talentId: studio.ada.id, campaignId: studio.spring.id, start: '2027-04-01', end: '2027-04-02', hoursPerDay: 4, note: 'z'.repeat(9_000) }],
  ];
}

describe('a full disk', () => {
  it('refuses writes with a typed "disk is full" error and loses nothing', async () => {
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = ws.db.pragma('page_count', { simple: true }) as number;
    const before = dumpWorkspace(ws.db);
    ws.db.pragma(`max_page_count = ${pages}`); // SQLite now behaves as if the disk had no room left
    let full = 0;
    for (const [channel, input] of writes()) {
      const result = await ws.send(channel, input);
      if (result.ok) continue; // a delete may fit in pages already there
      full += 1;
      expect(result.error.code, channel).toBe('workspace');
      expect(result.error.message).toMatch(/disk is full.*not saved.*nothing saved before was lost/i);
      expect(dumpWorkspace(ws.db)).toBe(before);
    }
    expect(full).toBe(3);
    // Room again: the app carries on, and the workspace is whole.
    ws.db.pragma('max_page_count = 1073741823');
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    await ws.call('talent:create', { kind: 'staff', name: 'After', primaryRoleId: studio.designer.id });
    expect((await ws.call('bookings:list', {})).filter((b) => b.note.startsWith('kept')).length).toBe(20);
  });

  it('rolls back a large import that runs out of room part way: all rows or none', async () => {
    const csv = ['Email,Campaign,Start,End,Hours per day,Note'];
    for (let i = 0; i < 2000; i++) {
      const start = dayAfter('2027-03-01', i % 60);
      csv.push(`ada@example.com,Spring Launch,${start},${dayAfter(start, Math.floor(i / 60))},${1 + (i % 8)},${'n'.repeat(200)}-${i}`);
    }
    const file = `${ws.dir}/big.csv`;
    writeFileSync(file, csv.join('\n'));
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = dumpWorkspace(ws.db);
    const pages = ws.db.pragma('page_count', { simple: true }) as number;
    ws.db.pragma(`max_page_count = ${pages + 20}`); // room for a few rows, not for 2,000
    const result = await ws.send('io:importCommit', { source: { path: file }, entity: 'bookings' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'workspace', message: expect.stringMatching(/disk is full/i) });
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});

describe('a read-only workspace', () => {
  it('refuses writes with a typed "read-only" error and leaves the file byte for byte as it was', async () => {
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = dumpWorkspace(ws.db);
    ws.db.close();
    const hash = fileHash(ws.path);
    // Root ignores file modes, so the file is opened read-only, as SQLite does for a read-only file.
    const ro: Db = openWorkspace(ws.path, { readonly: true });
    const handlers = createHandlers({ db: ro, now: () => FIXED_NOW, app: { name: 'Capacity Planner', version: '0', workspacePath: ws.path } });
    try {
      for (const [channel, input] of [...writes(), ['bookings:delete', { id: 1 }], ['campaigns:delete', { id: studio.spring.id }]] as [string, unknown][]) {
        const result = await dispatch(handlers, channel, input);
        expect(result.ok, channel).toBe(false);
        if (!result.ok) {
          expect(result.error.code, channel).toBe('workspace');
          expect(result.error.message).toMatch(/read-only.*not saved.*Nothing saved before was lost/);
        }
      }
      // Reading still works.
      expect(await dispatch(handlers, 'talent:list', {})).toMatchObject({ ok: true });
    } finally {
      ro.close();
    }
    expect(fileHash(ws.path)).toBe(hash);
    ws.db = openWorkspace(ws.path);
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});
