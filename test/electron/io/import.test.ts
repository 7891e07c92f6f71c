import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { dumpWorkspace, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall, ioSend, writeTemp } from './helpers';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const TALENT_CSV = [
  'Full name,E-mail,Role,Skills,Tags,Bill rate,Cost rate,Country,Region,Start date,Kind,Working pattern',
  'Grace Hopper,grace@example.com,Designer,Figma:4,remote,100,60,GB,ENG,25/01/2026,staff,Mon–Thu 7.5',
  'Ada Lovelace,ADA@example.com,Copywriter,,,95,55,GB,,2026-01-01,freelancer,',
].join('\n');

async function expectUnchanged(path: string, entity: 'talent' | 'campaigns' | 'demandLines' | 'bookings' | 'timeOff', expected: RegExp, options = {}) {
  const before = dumpWorkspace(ws.db);
  const preview = await ioSend(ws, 'io:importPreview', { source: { path }, entity, options });
  const text = preview.ok ? preview.value.errors.map((e) => e.message).join('\n') : preview.error.message;
  expect(text).toMatch(expected);
  const commit = await ioSend(ws, 'io:importCommit', { source: { path }, entity, options });
  expect(commit.ok).toBe(false);
  expect(dumpWorkspace(ws.db)).toBe(before);
}

describe('import preview and commit', () => {
  it('guesses columns, previews creates and updates, then commits as one undoable step', async () => {
    await smallStudio(ws);
    const path = writeTemp(ws, 'people.csv', TALENT_CSV);
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'talent' });
    expect(preview.columns.map((c) => c.field)).toEqual(['name', 'email', 'primaryRole', 'skills', 'tags', 'billRate', 'costRate', 'holidayCountry', 'holidayRegion', 'activeFrom', 'kind', 'pattern']);
    expect(preview).toMatchObject({ create: 1, update: 1, errorRows: 0, dateOrder: 'dmy' });
    const backupsBefore = (await ws.call('backups:list', {})).backups.length;
    const progress: number[] = [];
    const result = await ioSend(ws, 'io:importCommit', { source: { path }, entity: 'talent', fingerprint: preview.fingerprint }, (f) => progress.push(f));
    expect(result).toMatchObject({ ok: true, value: { created: 1, updated: 1, label: 'Import 2 people' } });
    expect(progress.at(-1)).toBe(1);
    expect((await ws.call('backups:list', {})).backups.length).toBe(backupsBefore + 1);
    const grace = (await ws.call('talent:list', { text: 'grace' }))[0];
    expect(grace).toMatchObject({ billRate: 100, activeFrom: '2026-01-25', holidayRegion: 'ENG', tags: ['remote'] });
    expect((await ws.call('patterns:list', { talentId: grace.id }))[0].hours).toEqual([7.5, 7.5, 7.5, 7.5, 0, 0, 0]);
    const ada = (await ws.call('talent:list', { text: 'ada' }))[0];
    expect(ada).toMatchObject({ billRate: 95, kind: 'freelancer' });
    expect((await ws.call('history:undo', {})).done).toBe('Import 2 people');
    expect((await ws.call('talent:list', {})).map((t) => t.name)).toEqual(['Ada Lovelace']);
  });

  it('takes a mapping that overrides the guess', async () => {
    await smallStudio(ws);
    const path = writeTemp(ws, 'p.csv', 'Who,Job,Contact\nLinus,Designer,linus@example.com\n');
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'talent', mapping: { Who: 'name', Job: 'primaryRole', Contact: 'email' } });
    expect(preview).toMatchObject({ create: 1, errorCount: 0 });
  });

  it('names row, column and problem in words', async () => {
    await smallStudio(ws);
    const csv = ['Email,Campaign,Start,End,Hours per day', 'ada@example.com,Spring Launch,2027-03-01,2027-03-05,-8', 'ada@example.com,Spring Launch,2027-03-08,2027-03-09,6'].join('\n');
    const preview = await ioCall(ws, 'io:importPreview', { source: { path: writeTemp(ws, 'b.csv', csv) }, entity: 'bookings' });
    expect(preview.errors[0].message).toBe("Row 2, column 'Hours per day': must be a number of hours more than 0 and at most 24; got '-8'");
    expect(preview).toMatchObject({ create: 1, errorRows: 1 });
    const skipped = await ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 'b.csv', csv) }, entity: 'bookings', options: { skipErrorRows: true } });
    expect(skipped).toMatchObject({ created: 1, skipped: 1 });
  });

  it('imports campaigns, demand lines and time off by name and external id', async () => {
    await smallStudio(ws);
    await ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 'c.csv', 'Job number,Campaign name,Client,Start date,End date,Budget,Status\nJ-1,Autumn,Acme,2027-09-01,2027-10-31,"12,500",won\n') }, entity: 'campaigns' });
    const lines = await ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 'd.csv', 'Campaign external ID,Role,Skills,Hours,Start,End\nJ-1,Designer,Figma:3,80,2027-09-01,2027-09-30\n') }, entity: 'demandLines' });
    expect(lines.created).toBe(1);
    const off = await ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 't.csv', 'Email,From,To,Type\nada@example.com,02.08.2027,13.08.2027,holiday\n') }, entity: 'timeOff' });
    expect(off.created).toBe(1);
    const [autumn] = await ws.call('campaigns:list', { text: 'Autumn' });
    expect(autumn).toMatchObject({ externalId: 'J-1', budget: 12500, status: 'confirmed', demandHours: 80 });
  });
});

describe('campaign statuses in words', () => {
  it('reads Lost, On hold, Paused and the rest, and names the statuses in words when a word is unknown', async () => {
    const rows = [['Lost', 'lost'], ['On hold', 'on_hold'], ['Paused', 'on_hold'], ['on-hold', 'on_hold'], ['Dead', 'lost'], ['Cancelled', 'cancelled'], ['In progress', 'in_progress'], ['Won', 'confirmed']];
    const csv = ['Campaign name,Client,Start date,End date,Budget,Status', ...rows.map(([word], i) => `Job ${i + 1},Acme,2027-09-01,2027-10-31,"1,500",${word}`)].join('\n');
    expect(await ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 's.csv', csv) }, entity: 'campaigns' })).toMatchObject({ created: rows.length });
    const got = await ws.call('campaigns:list', {});
    expect(Object.fromEntries(got.map((c) => [c.name, c.status]))).toEqual(Object.fromEntries(rows.map(([, status], i) => [`Job ${i + 1}`, status])));

    const bad = 'Campaign name,Start date,End date,Status\nMaybe Job,2027-09-01,2027-10-31,Maybe\n';
    const preview = await ioCall(ws, 'io:importPreview', { source: { path: writeTemp(ws, 'm.csv', bad) }, entity: 'campaigns' });
    expect(preview.errors[0].message).toBe("Row 2, column 'Status': must be one of Pipeline, Confirmed, In progress, On hold, Done, Lost, Cancelled; got 'Maybe'");
  });
});

describe('malformed files change nothing', () => {
  beforeEach(async () => {
    await smallStudio(ws);
  });
  it('broken CSV quoting', () => expectUnchanged(writeTemp(ws, 'q.csv', 'Name,Role\n"Grace,Designer\nAda,Designer\n'), 'talent', /Row \d+: the CSV is broken here \(a quoted value is never closed\)/));
  it('UTF-16 and invalid UTF-8', async () => {
    await expectUnchanged(writeTemp(ws, 'u16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Name,Role\n', 'utf16le')])), 'talent', /isn't UTF-8 text; save it as CSV UTF-8/);
    await expectUnchanged(writeTemp(ws, 'latin1.csv', Buffer.from('Name,Role\nJos\xe9,Designer\n', 'latin1')), 'talent', /isn't UTF-8 text/);
  });
  it('an XLSX that is not one', () => expectUnchanged(writeTemp(ws, 'x.xlsx', 'Name,Role\nGrace,Designer\n'), 'talent', /isn't an Excel workbook/));
  it('ambiguous dates without a date order, accepted with one', async () => {
    const path = writeTemp(ws, 'dates.csv', 'Name,Role,Start date\nGrace,Designer,04/05/2026\n');
    await expectUnchanged(path, 'talent', /Row 2, column 'Start date': '04\/05\/2026' is ambiguous: it could be 2026-05-04 \(day first\) or 2026-04-05 \(month first\)/);
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'talent', options: { dateOrder: 'mdy' } });
    expect(preview).toMatchObject({ create: 1, errorCount: 0, dateOrder: 'mdy' });
  });
  it('unknown roles, with a suggestion', () => expectUnchanged(writeTemp(ws, 'r.csv', 'Name,Role\nGrace,Desgner\n'), 'talent', /Row 2, column 'Role': Unknown role 'Desgner' — did you mean 'Designer'\?/));
  it('negative hours', () => expectUnchanged(writeTemp(ws, 'h.csv', 'Campaign,Role,Hours,Start,End\nSpring Launch,Designer,-8,2027-03-01,2027-03-05\n'), 'demandLines', /Row 2, column 'Hours': must be a number of hours more than 0 .*got '-8'/));
  it('duplicates inside the file', () =>
    expectUnchanged(writeTemp(ws, 'dup.csv', 'Name,Email,Role\nA,a@x.com,Designer\nB,b@x.com,Designer\nC,A@X.com,Designer\n'), 'talent', /Row 4: duplicates row 2 \(same email 'A@X.com'\)/));
  it('day rates are refused with a reason', () => expectUnchanged(writeTemp(ws, 'dr.csv', 'Name,Role,Day rate\nGrace,Designer,600\n'), 'talent', /Column 'Day rate': a day rate is imported as a rate with its unit/));
  it('a missing required column', () => expectUnchanged(writeTemp(ws, 'm.csv', 'Name\nGrace\n'), 'talent', /no 'Primary role' column/));
});

describe('rates per day', () => {
  it('takes a rate per day from a rate and its unit', async () => {
    await smallStudio(ws);
    const path = writeTemp(ws, 'units.csv', 'Name,Role,Cost rate,Cost rate per,Currency\nGrace,Designer,450,day,EUR\nHal,Designer,55,h,GBP\n');
    await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'talent' });
    const people = (await ws.call('talent:list', {})).filter((t) => t.name === 'Grace' || t.name === 'Hal');
    expect(people.map((t) => [t.name, t.costRate, t.costRateUnit, t.currency])).toEqual([['Grace', 450, 'day', 'EUR'], ['Hal', 55, 'hour', 'GBP']]);
  });
});

describe('XLSX and round trip', () => {
  it('reads real dates and numbers from an XLSX', async () => {
    await smallStudio(ws);
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Bookings');
    sheet.addRow(['Email', 'Campaign', 'Start', 'End', 'Hours/day', 'Status']);
    const row = sheet.addRow(['ada@example.com', 'Spring Launch', new Date(Date.UTC(2027, 2, 1)), 46451, 6, 'confirmed']);
    row.getCell(4).numFmt = 'dd/mm/yyyy'; // a day number shown as a date is a date
    const path = `${ws.dir}/b.xlsx`;
    await wb.xlsx.writeFile(path);
    const result = await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'bookings' });
    expect(result.created).toBe(1);
    const [b] = await ws.call('bookings:list', {});
    expect(b).toMatchObject({ start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6, status: 'confirmed' });
  });

  for (const format of ['csv', 'xlsx'] as const) {
    it(`an export of talent (${format}) re-imported into an empty workspace gives the same talent`, async () => {
      const { ada } = await smallStudio(ws);
      await ws.call('patterns:update', { id: (await ws.call('patterns:list', { talentId: ada.id }))[0].id, talentId: ada.id, effectiveFrom: '2000-01-01', hours: [8, 8, 8, 8, 4, 0, 0] });
      const path = `${ws.dir}/talent.${format}`;
      await ioCall(ws, 'io:exportEntity', { entity: 'talent', format, path });
      const other = tempWorkspace();
      try {
        const refused = await ioSend(other, 'io:importCommit', { source: { path }, entity: 'talent' });
        expect(refused.ok).toBe(false);
        const result = await ioCall(other, 'io:importCommit', { source: { path }, entity: 'talent', options: { createMissing: true } });
        expect(result).toMatchObject({ created: 1, rolesCreated: 2, skillsCreated: 1 });
        const names = async (w: TestWorkspace) => {
          const roles = new Map((await w.call('roles:list', {})).map((r) => [r.id, r.name]));
          const skills = new Map((await w.call('skills:list', {})).map((s) => [s.id, s.name]));
          return Promise.all((await w.call('talent:list', {})).map(async ({ id, primaryRoleId, otherRoleIds, skills: sk, ...rest }) => ({
            ...rest, role: roles.get(primaryRoleId), others: otherRoleIds.map((r) => roles.get(r)), skills: sk.map((s) => [skills.get(s.skillId), s.level]),
            patterns: (await w.call('patterns:list', { talentId: id })).map((p) => [p.effectiveFrom, p.hours]),
          })));
        };
        expect(await names(other)).toEqual(await names(ws));
      } finally {
        other.close();
      }
    });
  }
});
