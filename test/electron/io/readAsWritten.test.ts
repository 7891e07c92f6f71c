// Imports read numbers, dates and percentages as people write them: German/French-style and
// UK/US-style files, CSV and XLSX, through the real handler table.

import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall, ioSend, writeTemp } from './helpers';

let ws: TestWorkspace;
let studio: Awaited<ReturnType<typeof smallStudio>>;
beforeEach(async () => {
  ws = tempWorkspace();
  studio = await smallStudio(ws);
});
afterEach(() => ws.close());

const campaignsNamed = async (...names: string[]) => {
  const all = await ws.call('campaigns:list', {});
  return names.map((n) => all.find((c) => c.name === n));
};

describe('decimal-comma files (Germany, France)', () => {
  const CAMPAIGNS = [
    'sep=;',
    'Job number;Campaign;Client;Start;End;Budget;Currency;Probability %',
    'J-201;Frühjahr;Nordwind GmbH;01.03.2027;30.04.2027;€ 20.000;EUR;80 %',
    'J-202;Herbst;Acme AG;01.09.2027;31.10.2027;7.500,50;EUR;37,5',
    'J-203;Winter;Acme AG;01.11.2027;15.12.2027;1.250.000;EUR;100',
    'J-204;Salon;Maison Dupont;02.11.2027;20.12.2027;12 400,00 €;EUR;50',
  ].join('\r\n');

  it('a sep=; file: 20.000 is twenty thousand because the column also has 7.500,50; percentages as written', async () => {
    const path = writeTemp(ws, 'kampagnen.csv', CAMPAIGNS);
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'campaigns' });
    expect(preview).toMatchObject({ create: 4, errorCount: 0, warningCount: 0, dateOrder: null });
    expect(preview.numberStyles).toEqual([
      { column: 'Probability %', style: 'comma', source: 'column' },
      { column: 'Budget', style: 'comma', source: 'column' },
    ]);
    await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'campaigns', fingerprint: preview.fingerprint });
    const [a, b, c, d] = await campaignsNamed('Frühjahr', 'Herbst', 'Winter', 'Salon');
    expect([a?.budget, b?.budget, c?.budget, d?.budget]).toEqual([20_000, 7_500.5, 1_250_000, 12_400]);
    expect([a?.probability, b?.probability, c?.probability]).toEqual([80, 37.5, 100]);
    expect(a).toMatchObject({ start: '2027-03-01', end: '2027-04-30', currency: 'EUR', externalId: 'J-201' });
  });

  it('1.200 hours beside 37,5 is 1,200 hours; a column with no evidence of its own follows the file, with a warning per value', async () => {
    await ioCall(ws, 'io:importCommit', { source: { path: writeTemp(ws, 'c.csv', CAMPAIGNS) }, entity: 'campaigns' });
    const lines = ['Campaign external ID;Role;Hours;Start;End;Priority', 'J-201;Designer;1.200;01.03.2027;30.04.2027;2', 'J-201;Designer;37,5;01.03.2027;05.03.2027;3'].join('\n');
    const linesPath = writeTemp(ws, 'bedarf.csv', lines);
    const preview = await ioCall(ws, 'io:importPreview', { source: { path: linesPath }, entity: 'demandLines' });
    expect(preview).toMatchObject({ create: 2, errorCount: 0, warningCount: 0 });
    await ioCall(ws, 'io:importCommit', { source: { path: linesPath }, entity: 'demandLines' });
    const [j201] = await campaignsNamed('Frühjahr');
    const hours = (await ws.call('demandLines:list', { campaignIds: [j201!.id] })).map((l) => l.hours).sort((x, y) => x - y);
    expect(hours).toEqual([37.5, 1200]);

    // Budget alone is ambiguous; the probability column of the same file shows a decimal comma.
    const onlyBudget = await ioCall(ws, 'io:importPreview', { source: { path: writeTemp(ws, 'b.csv', 'Campaign;Start;End;Budget;Probability\nSommer;01.06.2027;30.06.2027;20.000;37,5\n') }, entity: 'campaigns' });
    expect(onlyBudget).toMatchObject({ create: 1, errorCount: 0, warningCount: 1 });
    expect(onlyBudget.warnings[0].message).toBe(
      "Row 2, column 'Budget': '20.000' could be 20000 or 20; read as 20000 because the file's other numbers use a decimal comma (1.234,5), e.g. '37,5'. If that is wrong, choose how the file writes numbers.",
    );
  });

  it('nothing in the file decides: a ; file reads a decimal comma and says so; the user can choose the other style', async () => {
    const path = writeTemp(ws, 'k.csv', 'Campaign;Start;End;Budget\nSommer;2027-06-01;2027-06-30;7.500\nHerbst;2027-09-01;2027-09-30;20.000\n');
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'campaigns' });
    expect(preview).toMatchObject({ create: 2, errorCount: 0, warningCount: 2, numberStyles: [{ column: 'Budget', style: 'comma', source: 'delimiter' }] });
    expect(preview.warnings[0].message).toMatch(/^Row 2, column 'Budget': '7\.500' could be 7500 or 7\.5; read as 7500 because the file is separated by ';'/);
    const chosen = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'campaigns', options: { numberStyle: 'point' } });
    expect(chosen).toMatchObject({ warningCount: 0, numberStyles: [{ column: 'Budget', style: 'point', source: 'choice' }] });
    await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'campaigns', options: { numberStyle: 'point' } });
    expect((await campaignsNamed('Sommer', 'Herbst')).map((c) => c?.budget)).toEqual([7.5, 20]);
  });

  it('a value in the other style than its column is an error that says why, and nothing is written', async () => {
    const before = (await ws.call('campaigns:list', {})).length;
    const path = writeTemp(ws, 'x.csv', 'Campaign;Start;End;Budget\nA;2027-06-01;2027-06-30;1.500,50\nB;2027-06-01;2027-06-30;2.250,75\nC;2027-06-01;2027-06-30;3,000.25\n');
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'campaigns' });
    expect(preview.errors.map((e) => e.message)).toEqual([
      "Row 4, column 'Budget': '3,000.25' is written in the other style: this column's numbers use a decimal comma (1.234,5), like '1.500,50'. Write it the same way, or choose how the file writes numbers.",
    ]);
    expect((await ioSend(ws, 'io:importCommit', { source: { path }, entity: 'campaigns' })).ok).toBe(false);
    expect((await ws.call('campaigns:list', {})).length).toBe(before);
  });
});

describe('UK/US files', () => {
  it('1,200 beside 37.5 is 1,200; a quoted "20,000" alone reads as twenty thousand, with a warning', async () => {
    const path = writeTemp(ws, 'people.csv', ['Name,Email,Role,Cost rate,Bill rate,Utilisation target %,Mon,Tue,Wed,Thu,Fri', 'Grace Hopper,grace@example.com,Designer,"1,050.50",1200,80%,7.5,7.5,7.5,7.5,4', 'Linus Lee,linus@example.com,Designer,45,"1,200",75,8,8,8,8,0'].join('\n'));
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'talent' });
    expect(preview).toMatchObject({ create: 2, errorCount: 0 });
    // Bill rate "1,200" has no evidence in its column; the file's other numbers (1,050.50 and 7.5) use a decimal point.
    expect(preview.warnings.map((w) => w.message)).toEqual([
      "Row 3, column 'Bill rate': '1,200' could be 1200 or 1.2; read as 1200 because the file's other numbers use a decimal point (1,234.5), e.g. '1,050.50'. If that is wrong, choose how the file writes numbers.",
    ]);
    await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'talent' });
    const grace = (await ws.call('talent:list', { text: 'Grace' }))[0];
    const linus = (await ws.call('talent:list', { text: 'Linus' }))[0];
    expect(grace).toMatchObject({ costRate: 1050.5, billRate: 1200, utilisationTarget: 80 });
    expect(linus).toMatchObject({ costRate: 45, billRate: 1200, utilisationTarget: 75 });
    expect((await ws.call('patterns:list', { talentId: grace.id }))[0].hours).toEqual([7.5, 7.5, 7.5, 7.5, 4, 0, 0]);
  });

  it('a bare year or a number in a CSV date column is an error, not an Excel day number', async () => {
    const path = writeTemp(ws, 'c.csv', 'Campaign,Start,End\nLaunch,2027,2027-12-31\nRelaunch,2027-01-04,46451\n');
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'campaigns' });
    expect(preview.errors.map((e) => e.message)).toEqual([
      "Row 2, column 'Start': '2027' is a year, not a date: write the day, e.g. 2027-01-01",
      "Row 3, column 'End': '46451' is a number, not a date; use YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY",
    ]);
  });
});

describe('XLSX: number formats decide', () => {
  async function workbook(rows: (ExcelJS.CellValue | { value: ExcelJS.CellValue; numFmt: string })[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Sheet1');
    for (const r of rows) {
      const row = sheet.addRow(r.map((c) => (c && typeof c === 'object' && 'numFmt' in c ? c.value : c)));
      r.forEach((c, i) => c && typeof c === 'object' && 'numFmt' in c && (row.getCell(i + 1).numFmt = c.numFmt));
    }
    const path = `${ws.dir}/book-${Math.random().toString(36).slice(2)}.xlsx`;
    await wb.xlsx.writeFile(path);
    return path;
  }

  it('a date-formatted cell is a date, a plain number in a date column is not, a percent cell showing 80 % is 80', async () => {
    const path = await workbook([
      ['Campaign', 'Client', 'Start', 'End', 'Probability %', 'Budget'],
      ['Frühjahr', 'Nordwind', new Date(Date.UTC(2027, 2, 1)), { value: 46507, numFmt: 'dd.mm.yyyy' }, { value: 0.8, numFmt: '0%' }, 20000],
      ['Herbst', 'Acme', new Date(Date.UTC(2027, 8, 1)), { value: 46691, numFmt: 'd mmm yyyy' }, { value: 0.375, numFmt: '0.0 %' }, { value: '7.500,50', numFmt: '@' }],
      ['Winter', 'Acme', 2027, new Date(Date.UTC(2027, 11, 15)), 60, 1000],
    ]);
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'campaigns' });
    expect(preview.errors.map((e) => e.message)).toEqual(["Row 4, column 'Start': '2027' is a number, not a date: format the cell as a date, or write the date as YYYY-MM-DD"]);
    await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'campaigns', options: { skipErrorRows: true } });
    const [a, b, c] = await campaignsNamed('Frühjahr', 'Herbst', 'Winter');
    expect(a).toMatchObject({ start: '2027-03-01', end: '2027-04-30', probability: 80, budget: 20_000 });
    expect(b).toMatchObject({ start: '2027-09-01', end: '2027-10-31', probability: 37.5, budget: 7_500.5 });
    expect(c).toBeUndefined();
  });

  it('a percent cell in a utilisation column, and text numbers in a decimal-comma workbook', async () => {
    const path = await workbook([
      ['Name', 'Email', 'Role', 'Cost rate', 'Utilisation target %'],
      ['Ada Lovelace', 'ada@example.com', 'Designer', '1.200', { value: 0.75, numFmt: '0%' }],
      ['Grace Hopper', 'grace@example.com', 'Designer', '37,5', 0.8],
    ]);
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'talent' });
    expect(preview).toMatchObject({ create: 1, update: 1, errorCount: 0 });
    // A plain 0.8 in a percent column is 0.8 %: read as written, but flagged.
    expect(preview.warnings.map((w) => w.message)).toEqual([
      "Row 3, column 'Utilisation target %': '0.8' reads as 0.8 %. If it means 80 %, write 80 or format the cell as a percentage.",
    ]);
    await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'talent' });
    expect(await ws.call('talent:get', { id: studio.ada.id })).toMatchObject({ costRate: 1200, utilisationTarget: 75, email: 'ada@example.com', tags: ['senior'] });
    expect((await ws.call('talent:list', { text: 'Grace' }))[0]).toMatchObject({ costRate: 37.5, utilisationTarget: 0.8 });
  });
});

describe('XLSX: the sheet and the header row', () => {
  it('reads the sheet named for what is imported, below its title lines, and names rows as the spreadsheet numbers them', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Notes').addRow(['Exported from the HR system', 'not data']);
    const sheet = wb.addWorksheet('Campaigns');
    sheet.addRow(['Campaign list, Q3 2027']);
    sheet.addRow(['Filter: confirmed']);
    sheet.addRow([]);
    sheet.addRow(['Campaign', 'Start', 'End', 'Budget']);
    sheet.addRow(['Autumn', new Date(Date.UTC(2027, 8, 1)), new Date(Date.UTC(2027, 9, 31)), 12_500]);
    sheet.addRow(['Winter', new Date(Date.UTC(2027, 10, 1)), 'soon', 800]);
    const path = `${ws.dir}/titled.xlsx`;
    await wb.xlsx.writeFile(path);
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'campaigns' });
    expect(preview.columns.map((c) => c.header)).toEqual(['Campaign', 'Start', 'End', 'Budget']);
    expect(preview).toMatchObject({ rowCount: 2, create: 1, errorRows: 1 });
    expect(preview.errors.map((e) => e.message)).toEqual(["Row 6, column 'End': 'soon' is not a date; use YYYY-MM-DD, DD/MM/YYYY or DD.MM.YYYY"]);
  });
});

describe('Runn-style people files', () => {
  it('first and last name make one name; job title gives way to the default role; cost and charge-out rates are read', async () => {
    const csv = [
      'First Name,Last Name,Email,Job Title,Default Role Name,Team,Cost to Business (per hour),Charge Out Rate,Start Date,End Date,Employment Type,Tags',
      'Grace,Hopper,grace@example.com,Senior Designer,Designer,Brand,55.5,120,2027-01-04,,Employee,"remote, senior"',
      'Linus,,linus@example.com,Writer,Copywriter,Content,40,95,2027-02-01,2027-07-30,Contractor,',
    ].join('\n');
    const path = writeTemp(ws, 'runn-people.csv', csv);
    const preview = await ioCall(ws, 'io:importPreview', { source: { path }, entity: 'talent' });
    expect(preview.columns.map((c) => c.field)).toEqual(['firstName', 'lastName', 'email', null, 'primaryRole', 'team', 'costRate', 'billRate', 'activeFrom', 'activeTo', 'kind', 'tags']);
    expect(preview).toMatchObject({ create: 2, errorCount: 0 });
    await ioCall(ws, 'io:importCommit', { source: { path }, entity: 'talent' });
    const grace = (await ws.call('talent:list', { text: 'grace' }))[0];
    expect(grace).toMatchObject({ name: 'Grace Hopper', primaryRoleId: studio.designer.id, costRate: 55.5, billRate: 120, kind: 'staff', team: 'Brand', tags: ['remote', 'senior'], activeFrom: '2027-01-04' });
    expect((await ws.call('talent:list', { text: 'linus' }))[0]).toMatchObject({ name: 'Linus', kind: 'freelancer', primaryRoleId: studio.writer.id, activeTo: '2027-07-30' });
  });

  it('a file with neither a name nor first and last names says which columns it needs', async () => {
    const preview = await ioCall(ws, 'io:importPreview', { source: { path: writeTemp(ws, 'n.csv', 'Email,Role\na@x.com,Designer\n') }, entity: 'talent' });
    expect(preview.errors[0].message).toBe("The file has no 'Name' column (or 'First name' and 'Last name'), which is required. Rename a column or map one to it.");
  });
});
