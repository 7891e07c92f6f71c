// The main process's in-memory copy of the actuals: after each kind of write (hand entries, an
// import, a re-import that corrects hours, undo and redo, a person deleted, a rolled-back long
// write) it holds exactly what SQLite holds, in date order, as a fresh read would.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ActualColumns } from '@shared/actuals/types';
import { actualsModelFor } from '../../../electron/actuals/model';
import { allActualColumns, upsertActuals } from '../../../electron/db/repos/actuals';
import { recordLongChange } from '../../../electron/db/repos/history';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall, writeTemp } from '../io/helpers';
import { actualsStudio, harvestCsv, harvestRow, HARVEST_ROWS } from './files';

let ws: TestWorkspace;
let studio: Awaited<ReturnType<typeof actualsStudio>>;
beforeEach(async () => {
  ws = tempWorkspace();
  studio = await actualsStudio(ws);
});
afterEach(() => ws.close());

/** The rows as sorted text, and whether the days are in ascending order. */
function rowsOf(c: ActualColumns) {
  const rows: string[] = [];
  let ordered = true;
  for (let i = 0; i < c.length; i++) {
    rows.push(`${c.day[i]} ${c.talentId[i]} ${c.campaignId[i]} ${c.hours[i]}`);
    if (i > 0 && c.day[i] < c.day[i - 1]) ordered = false;
  }
  return { rows: rows.sort(), ordered };
}
const expectCurrent = () => {
  const held = rowsOf(actualsModelFor(ws.db).current());
  expect(held.ordered).toBe(true);
  expect(held.rows).toEqual(rowsOf(allActualColumns(ws.db)).rows);
  return held.rows.length;
};
const reads = () => ({ ...actualsModelFor(ws.db).reads });
const matches = () => [
  { kind: 'person' as const, name: 'Lukasz Z.', targetId: studio.lukasz.id },
  { kind: 'person' as const, name: 'Temp Freelancer', targetId: null },
];

describe('the in-memory actuals', () => {
  it('follows hand entries, an import, a corrected re-import, undo, redo and a deleted person', async () => {
    expect(expectCurrent()).toBe(0);
    await ws.call('actuals:set', { talentId: studio.ada.id, campaignId: studio.spring.id, date: '2026-11-20', hours: 3 });
    expect(expectCurrent()).toBe(1);
    // Earlier days than those held: merged into date order.
    await ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 'h.csv', harvestCsv()) }, entity: 'actuals', options: { matches: matches() } });
    expect(expectCurrent()).toBe(7);
    // Replacing and removing a hand entry (an update, then a delete of a row in the middle).
    await ws.call('actuals:set', { talentId: studio.ada.id, campaignId: studio.spring.id, date: '2026-11-20', hours: 5.5 });
    expectCurrent();
    await ws.call('actuals:set', { talentId: studio.ada.id, campaignId: studio.spring.id, date: '2026-11-20', hours: 0 });
    expect(expectCurrent()).toBe(6);
    // A re-import whose hours were corrected in the tracker, with a new row: updates and an insert.
    const corrected = [HARVEST_ROWS[0].replace('"7,5"', '"6,25"'), ...HARVEST_ROWS.slice(1), harvestRow('13.11.2026', 'Spring Launch', 'JOB-1001', 'Ada', 'Lovelace', 'EMP-001', '2')];
    await ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 'h2.csv', harvestCsv(corrected)) }, entity: 'actuals', options: { matches: matches() } });
    expect(expectCurrent()).toBe(7);
    expect((await ws.call('actuals:list', { range: { start: '2026-11-02', end: '2026-11-02' } }))[0].hours).toBe(6.25);
    // Undo puts the corrected hours back and takes the new row away; redo again; undo of the removal re-inserts a row by its old id.
    await ws.call('history:undo', {});
    expect(expectCurrent()).toBe(6);
    await ws.call('history:redo', {});
    expect(expectCurrent()).toBe(7);
    await ws.call('history:undo', {});
    await ws.call('history:undo', {});
    expect(expectCurrent()).toBe(7);
    // Deleting a person deletes their actuals (a cascade).
    await ws.call('talent:delete', { id: studio.lukasz.id });
    expect(expectCurrent()).toBe(5);
    // Only the first read and the undone removal (a row put back below the highest id, which no
    // trigger reports: the count finds it) read everything; the other eight reads merged the changes in.
    expect(reads()).toEqual({ whole: 2, changes: 8 });
  });

  it('reads everything again after a long write it read during is rolled back', async () => {
    await ws.call('actuals:set', { talentId: studio.ada.id, campaignId: studio.spring.id, date: '2026-11-20', hours: 3 });
    expect(expectCurrent()).toBe(1);
    const cancelled = recordLongChange(ws.db, 'Import 2 actuals', async () => {
      upsertActuals(ws.db, [
        { talentId: studio.zoe.id, campaignId: studio.web.id, date: '2026-11-04', hours: 4, source: 'file', sourceKey: 'a', note: '', cost: null, currency: null },
        { talentId: studio.zoe.id, campaignId: studio.web.id, date: '2026-11-06', hours: 4, source: 'file', sourceKey: 'b', note: '', cost: null, currency: null },
      ]);
      // A read between two parts of the write sees the rows written so far.
      expect(expectCurrent()).toBe(3);
      await Promise.resolve();
      throw new Error('cancelled');
    });
    await expect(cancelled).rejects.toThrow('cancelled');
    expect(expectCurrent()).toBe(1);
    expect(reads().whole).toBe(3);
    // Then changes alone again.
    await ws.call('actuals:set', { talentId: studio.ada.id, campaignId: studio.spring.id, date: '2026-11-21', hours: 2 });
    expect(expectCurrent()).toBe(2);
    expect(reads()).toEqual({ whole: 3, changes: 1 });
  });

  it('stays equal to SQLite through 150 random hand entries, replacements, removals and undos', async () => {
    let seed = 17;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const people = [studio.ada.id, studio.zoe.id, studio.lukasz.id];
    const campaigns = [studio.spring.id, studio.web.id];
    await ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 'h.csv', harvestCsv()) }, entity: 'actuals', options: { matches: matches() } });
    for (let step = 0; step < 150; step++) {
      if (next(10) === 0) await ws.call('history:undo', {});
      else {
        const date = `2026-11-${String(1 + next(20)).padStart(2, '0')}`;
        await ws.call('actuals:set', { talentId: people[next(3)], campaignId: campaigns[next(2)], date, hours: next(3) === 0 ? 0 : 1 + next(8) });
      }
      if (step % 3 === 0) expectCurrent();
    }
    expectCurrent();
    expect(reads().changes).toBeGreaterThan(40);
  });
});
