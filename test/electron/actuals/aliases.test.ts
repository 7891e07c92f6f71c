// Settings → Name mappings through the handler table: the names an import remembered, listed in
// words with the tool, the day and the rows they matched; pointed elsewhere; forgotten (one undo
// step, announced), after which the next import lists the name as unmatched again.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { announcingWorkspace, FIXED_NOW, type AnnouncingWorkspace } from '../helpers/workspace';
import { ioCall, ioSend, writeTemp } from '../io/helpers';
import { actualsStudio, harvestCsv, HARVEST_ROWS, harvestRow } from './files';

let ws: AnnouncingWorkspace;
let studio: Awaited<ReturnType<typeof actualsStudio>>;
beforeEach(async () => {
  ws = announcingWorkspace();
  studio = await actualsStudio(ws);
});
afterEach(() => ws.close());

const unmatchedNames = async (path: string) => (await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'actuals' })).unmatched?.map((u) => u.name);

/** Imports the studio's Harvest file, mapping 'Lukasz Z.' to Łukasz and 'Website relaunch' to Web Relaunch, skipping 'Temp Freelancer'. */
async function importMapped() {
  const path = writeTemp(ws, 'harvest.csv', harvestCsv());
  const matches = [
    { kind: 'person' as const, name: 'Lukasz Z.', targetId: studio.lukasz.id },
    { kind: 'person' as const, name: 'Temp Freelancer', targetId: studio.ada.id },
    { kind: 'campaign' as const, name: 'Website relaunch', targetId: studio.web.id },
  ];
  await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'actuals', options: { matches } });
  return path;
}

describe('remembered name mappings', () => {
  it('lists each mapping an import made: the name as the file wrote it, who or what it is, the tool, when, and the rows it matched', async () => {
    await importMapped();
    const list = await ws.call('actuals:aliases', {});
    // The rows each name matched, counted from the file's own rows.
    const rowsNaming = (text: string) => HARVEST_ROWS.filter((r) => r.includes(text)).length;
    expect(list).toEqual([
      { kind: 'person', sourceName: 'lukasz z.', shownName: 'Lukasz Z.', targetId: studio.lukasz.id, targetName: 'Łukasz Żółć 🎬', tool: 'harvest', madeAt: FIXED_NOW.toISOString(), rows: rowsNaming('Lukasz,Z.'), usedAt: FIXED_NOW.toISOString() },
      { kind: 'person', sourceName: 'temp freelancer', shownName: 'Temp Freelancer', targetId: studio.ada.id, targetName: 'Ada Lovelace', tool: 'harvest', madeAt: FIXED_NOW.toISOString(), rows: 1, usedAt: FIXED_NOW.toISOString() },
      { kind: 'campaign', sourceName: 'website relaunch', shownName: 'Website relaunch', targetId: studio.web.id, targetName: 'Web Relaunch', tool: 'harvest', madeAt: FIXED_NOW.toISOString(), rows: rowsNaming('Website relaunch'), usedAt: FIXED_NOW.toISOString() },
    ]);
    expect(list[0].rows).toBe(2);
  });

  it('counts the rows a remembered name matched in the last import that used it', async () => {
    await importMapped();
    const more = [
      harvestRow('16.11.2026', 'Web Relaunch', 'JOB-1002', 'Lukasz', 'Z.', '', '7'),
      harvestRow('17.11.2026', 'Web Relaunch', 'JOB-1002', 'Lukasz', 'Z.', '', '7'),
      harvestRow('18.11.2026', 'Web Relaunch', 'JOB-1002', 'Lukasz', 'Z.', '', '2,5'),
    ];
    const path = writeTemp(ws, 'later.csv', harvestCsv(more));
    expect(await unmatchedNames(path)).toEqual([]);
    await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'actuals' });
    const lukasz = (await ws.call('actuals:aliases', {})).find((m) => m.sourceName === 'lukasz z.');
    expect(lukasz).toMatchObject({ shownName: 'Lukasz Z.', rows: 3, tool: 'harvest' });
    const logged = await ws.call('actuals:list', { range: { start: '2026-11-16', end: '2026-11-18' }, talentId: studio.lukasz.id });
    expect(logged.map((a) => a.hours)).toEqual([7, 7, 2.5]);
  });

  it('forgets a mapping as one announced undo step: the next import lists the name as unmatched again; Undo remembers it', async () => {
    const path = await importMapped();
    expect(await unmatchedNames(path)).toEqual([]);
    const before = ws.changes().length;
    const { forgotten } = await ws.call('actuals:forgetAlias', { kind: 'person', sourceName: ' LUKASZ  z. ' });
    expect(forgotten).toMatchObject({ shownName: 'Lukasz Z.', targetName: 'Łukasz Żółć 🎬' });
    expect(ws.changes().slice(before)).toEqual([expect.objectContaining({ areas: ['actuals'] })]);
    expect((await ws.call('history:state', {})).undo).toBe('Forget that ‘Lukasz Z.’ is Łukasz Żółć 🎬');
    expect((await ws.call('actuals:aliases', {})).map((m) => m.shownName)).toEqual(['Temp Freelancer', 'Website relaunch']);
    // Its rows were imported before (the same rows are "already imported" by key), but the name is asked again.
    expect(await unmatchedNames(path)).toEqual(['Lukasz Z.']);

    expect((await ws.call('history:undo', {})).done).toBe('Forget that ‘Lukasz Z.’ is Łukasz Żółć 🎬');
    expect((await ws.call('actuals:aliases', {}))[0]).toMatchObject({ shownName: 'Lukasz Z.', targetId: studio.lukasz.id, rows: 2, tool: 'harvest' });
    expect(await unmatchedNames(path)).toEqual([]);
  });

  it('points a mapping at someone else (one undo step); later imports follow it, rows imported before stay until their file comes again', async () => {
    await importMapped();
    const changed = await ws.call('actuals:setAlias', { kind: 'person', sourceName: 'Lukasz Z.', targetId: studio.zoe.id });
    expect(changed).toMatchObject({ shownName: 'Lukasz Z.', targetId: studio.zoe.id, targetName: 'Zoë Brontë', rows: 2 });
    expect((await ws.call('history:state', {})).undo).toBe('Map ‘Lukasz Z.’ to Zoë Brontë');
    const path = writeTemp(ws, 'later.csv', harvestCsv([harvestRow('16.11.2026', 'Web Relaunch', 'JOB-1002', 'Lukasz', 'Z.', '', '7')]));
    await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'actuals' });
    const nov = { start: '2026-11-01', end: '2026-11-30' };
    expect((await ws.call('actuals:list', { range: nov, talentId: studio.zoe.id })).filter((a) => a.date === '2026-11-16').map((a) => a.hours)).toEqual([7]);
    expect((await ws.call('actuals:list', { range: nov, talentId: studio.lukasz.id })).map((a) => a.hours)).toEqual([5.75, 6]);
  });

  it('refuses an unknown name or target (naming the field) and an unknown kind, changing nothing', async () => {
    await importMapped();
    const noName = await ws.send('actuals:forgetAlias', { kind: 'person', sourceName: 'Nobody' });
    expect(noName).toMatchObject({ ok: false, error: { code: 'not_found', field: 'sourceName' } });
    const noTarget = await ws.send('actuals:setAlias', { kind: 'person', sourceName: 'Lukasz Z.', targetId: 999_999 });
    expect(noTarget).toMatchObject({ ok: false, error: { code: 'not_found', field: 'targetId' } });
    const badKind = await ws.send('actuals:setAlias', { kind: 'client', sourceName: 'Lukasz Z.', targetId: studio.ada.id });
    expect(badKind).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    // Nothing changed.
    expect((await ws.call('actuals:aliases', {})).find((m) => m.sourceName === 'lukasz z.')?.targetId).toBe(studio.lukasz.id);
    expect((await ioSend(ws, 'io:importPreview', { source: { path: writeTemp(ws, 'again.csv', harvestCsv()) }, entity: 'actuals' })).ok).toBe(true);
  });
});
