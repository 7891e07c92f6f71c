import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { dumpWorkspace, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall, ioSend, writeTemp } from '../io/helpers';
import { actualsStudio, clockifyCsv, harvestCsv, HARVEST_ROWS, harvestRow, togglCsv } from './files';

let ws: TestWorkspace;
let studio: Awaited<ReturnType<typeof actualsStudio>>;
beforeEach(async () => {
  ws = tempWorkspace();
  studio = await actualsStudio(ws);
});
afterEach(() => ws.close());

const NOV = { start: '2026-11-01', end: '2026-11-30' };
const logged = async () => (await ws.call('actuals:list', { range: NOV })).map((a) => ({ talentId: a.talentId, campaignId: a.campaignId, date: a.date, hours: a.hours }));
const sum = (xs: { hours: number }[]) => Math.round(xs.reduce((s, x) => s + x.hours, 0) * 1e6) / 1e6;

describe('importing a Harvest detailed export', () => {
  it('recognises Harvest, reads dd.mm.yyyy and decimal commas, and lists the people and campaigns it can’t match', async () => {
    const path = writeTemp(ws, 'harvest.csv', harvestCsv());
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'actuals' });
    expect(preview.tool).toBe('harvest');
    expect(preview.errorCount).toBe(0);
    const field = (h: string) => preview.columns.find((c) => c.header === h)?.field;
    expect([field('Date'), field('Hours'), field('Hours Rounded'), field('Employee?'), field('Project Code')]).toEqual(['date', 'hours', null, null, 'campaignCode']);
    // Ada by employee id, Zoë by her name written without accents.
    expect(preview.create).toBe(4);
    expect(preview.unmatched).toEqual([
      { kind: 'person', name: 'Lukasz Z.', detail: null, rows: 2, hours: 11.75, firstRows: [6, 7] },
      { kind: 'person', name: 'Temp Freelancer', detail: null, rows: 1, hours: 3, firstRows: [8] },
      { kind: 'campaign', name: 'Website relaunch', detail: null, rows: 1, hours: 3, firstRows: [8] },
    ]);
    expect(preview.rows.filter((r) => r.action === 'unmatched').map((r) => r.row)).toEqual([6, 7, 8]);
  });

  it('refuses to commit while names are unmatched, then imports once they are mapped or skipped: one undo step', async () => {
    const path = writeTemp(ws, 'harvest.csv', harvestCsv());
    const before = dumpWorkspace(ws.db);
    const refused = await ioSend(ws, 'io:importCommit', { source: { path }, entity: 'actuals' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/3 rows name people or campaigns the workspace doesn't have \('Lukasz Z\.', 'Temp Freelancer', 'Website relaunch'\)/);
    expect(dumpWorkspace(ws.db)).toBe(before);

    const matches = [
      { kind: 'person' as const, name: 'Lukasz Z.', targetId: studio.lukasz.id },
      { kind: 'person' as const, name: 'Temp Freelancer', targetId: null },
    ];
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'actuals', options: { matches } });
    expect(preview).toMatchObject({ create: 6, unmatched: [], skippedRows: 1 });
    const result = await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'actuals', options: { matches }, fingerprint: preview.fingerprint });
    expect(result).toMatchObject({ created: 6, skipped: 1, label: 'Import 6 actuals' });
    const rows = await logged();
    expect(rows).toHaveLength(6);
    // Every hour of the file except the skipped row's 3, read from the file's own text.
    const fileHours = HARVEST_ROWS.map((r) => Number(Papa.parse<string[]>(r).data[0][6].replace(',', '.')));
    expect(sum(rows)).toBe(Math.round((fileHours.reduce((a, b) => a + b, 0) - 3) * 1e6) / 1e6);
    expect(rows.find((r) => r.date === '2026-11-03')).toMatchObject({ talentId: studio.ada.id, campaignId: studio.spring.id, hours: 8.25 });
    expect(rows.find((r) => r.date === '2026-11-04')).toMatchObject({ talentId: studio.zoe.id, campaignId: studio.web.id, hours: 6.5 });
    expect(rows.filter((r) => r.talentId === studio.lukasz.id).map((r) => r.hours)).toEqual([5.75, 6]);

    expect((await ws.call('history:undo', {})).done).toBe('Import 6 actuals');
    expect(await logged()).toEqual([]);
  });

  it('re-importing the same export adds nothing; an overlapping one adds only its new rows and updates edited hours', async () => {
    const matches = [
      { kind: 'person' as const, name: 'Lukasz Z.', targetId: studio.lukasz.id },
      { kind: 'person' as const, name: 'Temp Freelancer', targetId: null },
    ];
    const first = writeTemp(ws, 'first.csv', harvestCsv(HARVEST_ROWS.slice(0, 5)));
    await ioCall(ws, 'io:importCommit', { source: { path: first }, entity: 'actuals', options: { matches } });
    const afterFirst = await logged();

    const again = await ioCall(ws, 'io:importPreview', { source: { path: first }, entity: 'actuals' });
    expect(again).toMatchObject({ create: 0, update: 0, unchanged: 5, unmatched: [] });
    const refused = await ioSend(ws, 'io:importCommit', { source: { path: first }, entity: 'actuals' });
    expect(refused.ok || refused.error.message).toBe('Nothing was imported: all 5 rows are already in the workspace as they are.');
    expect(await logged()).toEqual(afterFirst);

    // The full export, with one of Ada's days corrected in Harvest since: the name mapped before is remembered.
    const edited = [...HARVEST_ROWS];
    edited[1] = harvestRow('03.11.2026', 'Spring Launch', 'JOB-1001', 'Ada', 'Lovelace', 'EMP-001', '6,75');
    const full = writeTemp(ws, 'full.csv', harvestCsv(edited));
    const preview = await ioCall(ws, 'io:importPreview', { source: { path: full }, entity: 'actuals', options: { matches: [matches[1]] } });
    expect(preview).toMatchObject({ create: 1, update: 1, unchanged: 4, unmatched: [], skippedRows: 1 });
    await ioCall(ws, 'io:importCommit', { source: { path: full }, entity: 'actuals', options: { matches: [matches[1]] } });
    const rows = await logged();
    expect(rows).toHaveLength(6);
    expect(rows.find((r) => r.date === '2026-11-03')!.hours).toBe(6.75);
  });

  it('rows alike but for their hours (three timers on one day) each keep their own key: a re-import adds none, an edited one is updated', async () => {
    const timer = (hours: string) => harvestRow('05.11.2026', 'Spring Launch', 'JOB-1001', 'Ada', 'Lovelace', 'EMP-001', hours, 'Storyboard 🎬');
    const path = writeTemp(ws, 'timers.csv', harvestCsv([timer('2,00'), timer('3,00'), timer('4,25')]));
    expect(await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'actuals' })).toMatchObject({ created: 3 });
    expect((await logged()).map((r) => r.hours).sort()).toEqual([2, 3, 4.25]);

    expect(await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'actuals' })).toMatchObject({ create: 0, update: 0, unchanged: 3 });
    const edited = writeTemp(ws, 'timers-edited.csv', harvestCsv([timer('2,00'), timer('3,50'), timer('4,25')]));
    expect(await ioCall(ws, 'io:importCommit', { source: { path: edited }, entity: 'actuals' })).toMatchObject({ created: 0, updated: 1 });
    expect((await logged()).map((r) => r.hours).sort()).toEqual([2, 3.5, 4.25]);
  });

  it('names the row and field of a bad value, and writes nothing', async () => {
    const rows = [...HARVEST_ROWS.slice(0, 2), harvestRow('31.02.2026', 'Spring Launch', 'JOB-1001', 'Ada', 'Lovelace', 'EMP-001', 'sieben')];
    const path = writeTemp(ws, 'bad.csv', harvestCsv(rows));
    const before = dumpWorkspace(ws.db);
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'actuals' });
    expect(preview.errors.map((e) => e.message)).toEqual([
      "Row 4, column 'Date': '31.02.2026' is not a real calendar day",
      "Row 4, column 'Hours': must be a number of hours between 0 and 168; got 'sieben'",
    ]);
    expect((await ioSend(ws, 'io:importCommit', { source: { path }, entity: 'actuals' })).ok).toBe(false);
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});

describe('importing Toggl Track and Clockify exports', () => {
  it('reads Toggl’s BOM and hh:mm:ss durations, over 24 h too, matching people by email', async () => {
    const path = writeTemp(ws, 'toggl.csv', togglCsv());
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'actuals' });
    expect(preview).toMatchObject({ tool: 'toggl', create: 3, errorCount: 0, unmatched: [] });
    expect(preview.warnings.map((w) => w.message)).toEqual(['Row 4: 26.25 h in one entry, more than a day; it counts on Monday 9 November 2026, the day it started.'].map((m) => expect.stringContaining(m.slice(0, 40))));
    await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'actuals' });
    const rows = await logged();
    expect(rows.map((r) => [r.talentId, r.date, r.hours])).toEqual([
      [studio.zoe.id, '2026-11-06', 7.5],
      [studio.zoe.id, '2026-11-09', 4.25],
      [studio.lukasz.id, '2026-11-09', 26.25],
    ]);
    expect((await ws.call('actuals:list', { range: NOV, talentId: studio.lukasz.id }))[0]).toMatchObject({ source: 'toggl', note: 'Render, overnight' });
  });

  it('reads Clockify’s month-first dates and its decimal duration', async () => {
    const path = writeTemp(ws, 'clockify.csv', clockifyCsv());
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'actuals' });
    expect(preview).toMatchObject({ tool: 'clockify', create: 2, dateOrder: 'mdy', errorCount: 0 });
    await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'actuals' });
    expect((await logged()).map((r) => [r.date, r.hours])).toEqual([['2026-11-10', 7.5], ['2026-11-13', 2]]);
  });

  it('takes any XLSX sheet with person, date, hours and campaign mapped by hand', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Timesheet');
    sheet.addRow(['Wer', 'Tag', 'Stunden', 'Job']);
    sheet.addRow(['ada@example.com', new Date(Date.UTC(2026, 10, 16)), 7.5, 'JOB-1001']);
    sheet.addRow(['lukasz@studio.eu', new Date(Date.UTC(2026, 10, 17)), 3.5, 'Web Relaunch']);
    const path = writeTemp(ws, 'sheet.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const mapping = { Wer: 'email', Tag: 'date', Stunden: 'hours', Job: 'campaignName' };
    const unmapped = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'actuals' });
    expect(unmapped.errors[0].message).toMatch(/no 'Date' column/);
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'actuals', mapping });
    // 'JOB-1001' in a campaign column matches no name: listed, not dropped.
    expect(preview).toMatchObject({ tool: null, create: 1, unmatched: [{ kind: 'campaign', name: 'JOB-1001', rows: 1 }] });
    const fixed = { ...mapping, Job: 'campaignCode' };
    await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'actuals', mapping: fixed });
    expect((await logged()).map((r) => [r.talentId, r.campaignId, r.hours])).toEqual([[studio.ada.id, studio.spring.id, 7.5], [studio.lukasz.id, studio.web.id, 3.5]]);
  });
});

describe('actuals entered by hand', () => {
  it('sets, replaces and removes a person’s hours on a campaign and day, each one undo step', async () => {
    const input = { talentId: studio.zoe.id, campaignId: studio.web.id, date: '2026-11-18' };
    expect((await ws.call('actuals:set', { ...input, hours: 5 })).actual).toMatchObject({ hours: 5, source: 'hand' });
    await ws.call('actuals:set', { ...input, hours: 6.5, note: 'Client call ran long' });
    expect(await logged()).toEqual([{ ...input, hours: 6.5 }]);
    expect((await ws.call('history:state', {})).undo).toBe('Log 6.5 h for Zoë Brontë on Web Relaunch, 18 November 2026');
    await ws.call('actuals:set', { ...input, hours: 0 });
    expect(await logged()).toEqual([]);
    await ws.call('history:undo', {});
    expect(await logged()).toEqual([{ ...input, hours: 6.5 }]);
    const refused = await ws.send('actuals:set', { ...input, hours: 25 });
    expect(refused.ok).toBe(false);
  });
});
