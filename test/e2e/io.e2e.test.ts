import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { LIBREOFFICE, libreOfficeSheets, PDFTOTEXT, pdfText } from '../electron/io/realClients';
import { openWorkspace } from '../../electron/db/open';
import { setMeta } from '../../electron/db/repos/meta';
import { generateStudio } from '../../electron/demo/generate';
import { writeStudio } from '../../electron/demo/write';
import { startApp, type App } from './harness';

// Imports and exports, end to end: the import wizard with a talent file that has two bad rows
// and a column the guess can't place; then the export dialog writes the plan as XLSX, CSV and
// PDF and Ada's bookings as .ics, and the real clients read them: LibreOffice, pdftotext and
// Python's icalendar. The page's clock is fixed so the default export range is known.

const TODAY = '2027-03-03';
const dir = mkdtempSync(join(tmpdir(), 'cp-io-e2e-'));
const rendererDir = process.env.CP_RENDERER_DIR || undefined;
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

const TALENT_CSV = [
  'Name,Email,Craft,Kind,Cost rate',
  'Ada Lovelace,ada@example.com,Designer,staff,45',
  'Grace Hopper,grace@example.com,Copywriter,robot,40',
  'Alan Turing,alan@example.com,Designer,freelancer,60',
  'Katherine Johnson,katherine@example.com,Designer,staff,-5',
  'Mary Somerville,mary@example.com,Copywriter,staff,50',
].join('\n');

async function openPeople(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^People/ }).click();
}

async function setUp(app: App): Promise<void> {
  await app.bridge.call('workspace:startEmpty', {});
  await app.bridge.call('roles:create', { name: 'Designer', colour: '#7048e8' });
  await app.bridge.call('roles:create', { name: 'Copywriter', colour: '#0c8599' });
  await app.page.waitForLoadState('networkidle');
  await app.page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  await app.page.reload();
  await app.page.waitForLoadState('networkidle');
}

describe('import and export', () => {
  let app: App | undefined;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports a talent CSV: sees the errors, fixes the mapping, leaves out two bad rows, imports, and can undo', async () => {
    const file = join(dir, 'talent.csv');
    writeFileSync(file, TALENT_CSV);
    app = await startApp({ now: TODAY, rendererDir, dialogs: { open: file } });
    await setUp(app);
    const { page } = app;
    await openPeople(page);
    await page.getByRole('button', { name: 'Import…' }).click();
    const wizard = page.getByRole('dialog', { name: 'Import from a spreadsheet' });
    await wizard.getByRole('button', { name: 'Choose a file…' }).click();
    await expect.poll(() => wizard.getByText('talent.csv').count()).toBe(1);

    // 'Craft' is not a header the guess knows: the required role column is missing.
    const counts = wizard.getByTestId('import-counts');
    await expect.poll(() => counts.innerText()).toMatch(/0\s+to create[\s\S]*1\s+column problem/);
    await expect.poll(() => wizard.getByRole('table', { name: 'Problems' }).innerText()).toMatch(/no 'Primary role' column/);
    await expect.poll(() => wizard.getByRole('button', { name: /^Import/ }).isDisabled()).toBe(true);
    await app.screenshot('io-import-1-unmapped');

    // Fix the mapping: Craft → Primary role. Two bad rows remain, with their row and column.
    await wizard.getByLabel('Field for column Craft').selectOption({ label: 'Primary role *' });
    await expect.poll(() => counts.innerText()).toMatch(/3\s+to create[\s\S]*2\s+rows with errors/);
    const problems = wizard.getByRole('table', { name: 'Problems' });
    await expect.poll(() => problems.locator('tbody tr').count()).toBe(2);
    const rows = await problems.locator('tbody tr').allInnerTexts();
    expect(rows[0]).toMatch(/^3\s+Kind\s+.*robot/);
    expect(rows[1]).toMatch(/^5\s+Cost rate\s+/);
    await app.screenshot('io-import-2-mapped');

    await wizard.getByLabel(/Leave out rows with errors/).check();
    await expect.poll(() => wizard.getByRole('button', { name: 'Import 3 rows' }).isEnabled()).toBe(true);
    await wizard.getByRole('button', { name: 'Import 3 rows' }).click();
    await expect.poll(() => wizard.count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.locator('.title-count').innerText()).toBe('3 people');
    const names = (await app.bridge.call('talent:list', {})).map((t) => t.name).sort();
    expect(names).toEqual(['Ada Lovelace', 'Alan Turing', 'Mary Somerville']);
    await app.screenshot('io-import-3-done');

    // One undo step takes the whole import back.
    await page.getByRole('button', { name: /^Undo/ }).first().click();
    await expect.poll(async () => (await app!.bridge.call('talent:list', {})).length).toBe(0);
  });

  it('exports the plan as XLSX, CSV and PDF and bookings as .ics; the real clients read them', async () => {
    app = await startApp({ now: TODAY, rendererDir });
    await setUp(app);
    const call = app.bridge.call;
    const roles = await call('roles:list');
    const ada = await call('talent:create', { kind: 'staff', name: 'Ada Lovelace', email: 'ada@example.com', primaryRoleId: roles[0].id, costRate: 50 });
    const grace = await call('talent:create', { kind: 'freelancer', name: 'Grace Hopper', primaryRoleId: roles[1].id, costRate: 40 });
    const spring = await call('campaigns:create', { name: 'Spring Launch', client: 'Northwind', status: 'confirmed', start: '2027-03-01', end: '2027-05-28', budget: 20_000 });
    await call('bookings:create', { talentId: ada.id, campaignId: spring.id, start: '2027-03-08', end: '2027-03-12', hoursPerDay: 6, status: 'confirmed' });
    await call('bookings:create', { talentId: grace.id, campaignId: spring.id, start: '2027-03-15', end: '2027-03-26', hoursPerDay: 4, status: 'tentative' });
    const { page } = app;
    await openPeople(page);
    const open = async () => {
      await page.getByRole('button', { name: 'Export…' }).first().click();
      return page.getByRole('dialog', { name: 'Export' });
    };
    const exportTo = async (name: string) => {
      const path = join(dir, name);
      app!.bridge.platform.dialogs.save = path;
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await dialog.getByRole('button', { name: 'Export…' }).click();
      await expect.poll(() => dialog.count(), { timeout: 60_000 }).toBe(0);
      expect(existsSync(path)).toBe(true);
      return path;
    };

    // XLSX: the default range is the 26 weeks from this week's Monday.
    let dialog = await open();
    await expect.poll(() => dialog.getByLabel('From').inputValue()).toBe('2027-03-01');
    expect(await dialog.getByLabel('To', { exact: true }).inputValue()).toBe('2027-08-29');
    await app.screenshot('io-export-1-dialog');
    const xlsx = await exportTo('plan.xlsx');
    expect(app.bridge.platform.dialogCalls.at(-1)).toMatchObject({ kind: 'save', defaultName: 'staffing-plan-2027-03-01-to-2027-08-29.xlsx' });

    // CSV of the campaign table.
    dialog = await open();
    await dialog.getByLabel('Format').selectOption('csv');
    await dialog.getByLabel('Table').selectOption('campaign');
    const csv = await exportTo('plan.csv');
    expect(readFileSync(csv, 'utf8')).toMatch(/Spring Launch,Northwind,Confirmed,2027-03-01,2027-05-28,GBP,20000,0,70,0,3100,16900,no/);

    // PDF: progress shows while Chromium prints; a screenshot of the busy dialog.
    dialog = await open();
    await dialog.getByLabel('Format').selectOption('pdf');
    app.bridge.platform.dialogs.save = join(dir, 'plan.pdf');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    await expect.poll(() => dialog.getByRole('button', { name: 'Cancel export' }).count()).toBe(1).catch(() => undefined);
    await app.screenshot('io-export-2-busy');
    await expect.poll(() => dialog.count(), { timeout: 90_000 }).toBe(0);
    const pdf = join(dir, 'plan.pdf');
    expect(existsSync(pdf)).toBe(true);

    // ICS of Ada's bookings.
    dialog = await open();
    await dialog.getByText('Bookings calendar (.ics)').click();
    expect(await dialog.getByRole('radio', { name: /Bookings calendar/ }).isChecked()).toBe(true);
    await dialog.getByLabel('Person').selectOption({ label: 'Ada Lovelace' });
    await app.screenshot('io-export-3-ics');
    const ics = await exportTo('ada.ics');
    expect(app.bridge.platform.dialogCalls.at(-1)).toMatchObject({ defaultName: 'ada-lovelace-bookings.ics' });

    // The real clients.
    if (LIBREOFFICE) {
      const sheets = libreOfficeSheets(xlsx);
      const person = sheets.get('By person')!;
      const booked = person.find((r) => r[0] === 'Ada Lovelace' && r[4] === 'Booked')!;
      expect(Number(booked.at(-1))).toBe(30);
      expect(Number(person.find((r) => r[0] === 'Grace Hopper' && r[4] === 'Booked')!.at(-1))).toBe(40);
    } else console.warn('libreoffice is not installed: XLSX not checked by LibreOffice (apt-get install -y libreoffice-calc)');
    if (PDFTOTEXT) {
      const text = pdfText(pdf);
      expect(text).toContain('Staffing plan, 1 Mar 2027 to 29 Aug 2027');
      expect(text).toMatch(/Ada Lovelace/);
      expect(text).toMatch(/Grace Hopper/);
      expect(text).toMatch(/Page 1 of \d/);
      expect(text).toContain('Generated 3 Mar 2027');
    }
    const events = JSON.parse(
      execFileSync(PYTHON, ['-c', "import icalendar,sys,json\ncal=icalendar.Calendar.from_ical(open(sys.argv[1],'rb').read())\nprint(json.dumps([[str(e['SUMMARY']),e['DTSTART'].dt.isoformat()] for e in cal.walk('VEVENT')]))", ics], { encoding: 'utf8' }),
    );
    expect(events).toEqual([['Spring Launch — 6 h/day', '2027-03-08']]);
  });

  it('an export shows its progress and can be cancelled, leaving no file; a range over the limit is refused with the limit named', async () => {
    // A studio big enough that a two-year workbook takes a few seconds.
    const workspace = join(dir, 'big.db');
    const seeded = openWorkspace(workspace);
    writeStudio(seeded, generateStudio(11, TODAY, { people: 1000, campaigns: 100, demandLines: 400, bookings: 20_000, months: 24 }), `${TODAY}T09:00:00.000Z`);
    setMeta(seeded, 'onboarded', 'demo');
    seeded.close();
    const out = mkdtempSync(join(dir, 'out-'));
    app = await startApp({ now: TODAY, rendererDir, workspace, saveDir: out });
    const { page } = app;
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await page.reload();
    await openPeople(page);
    await page.getByRole('button', { name: 'Export…' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByLabel('From').fill('2027-03-01');
    await dialog.getByLabel('To', { exact: true }).fill('2029-02-28');
    app.bridge.platform.dialogs.save = join(out, 'plan.xlsx');
    await dialog.getByRole('button', { name: 'Export…' }).click();

    // Progress: what is being written, and how far.
    const status = dialog.getByRole('status');
    await expect.poll(() => status.innerText(), { timeout: 60_000 }).toMatch(/Writing by person · \d+%/);
    await app.screenshot('io-export-4-progress');
    await dialog.getByRole('button', { name: 'Cancel export' }).click();
    await expect.poll(() => page.getByText('Export cancelled. No file was written.').count(), { timeout: 30_000 }).toBe(1);
    expect(await dialog.getByRole('button', { name: 'Export…' }).isEnabled()).toBe(true);
    await expect.poll(() => readdirSync(out)).toEqual([]);

    // A PDF of two years: refused, with the limit and the range asked for, and nothing written.
    await dialog.getByLabel('Format').selectOption('pdf');
    app.bridge.platform.dialogs.save = join(out, 'plan.pdf');
    await dialog.getByRole('button', { name: 'Export…' }).click();
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toMatch(/covers at most 366 days \(1 year\); you asked for 1 March 2027 to 28 February 2029, 731 days \(2 years\)/);
    await app.screenshot('io-export-5-refused');
    expect(readdirSync(out)).toEqual([]);
  });

  it('a big import shows its progress while it writes, and Cancel import leaves the workspace as it was', async () => {
    const file = join(dir, 'many-people.csv');
    const lines = ['Name,Email,Primary role,Kind,Cost rate'];
    for (let i = 0; i < 20_000; i++) lines.push(`Person ${i},person${i}@example.org,Designer,${i % 5 ? 'staff' : 'freelancer'},${40 + (i % 25)}`);
    writeFileSync(file, lines.join('\n'));
    app = await startApp({ now: TODAY, rendererDir, dialogs: { open: file } });
    await setUp(app);
    const { page } = app;
    await openPeople(page);
    await page.getByRole('button', { name: 'Import…' }).click();
    const wizard = page.getByRole('dialog', { name: 'Import from a spreadsheet' });
    await wizard.getByRole('button', { name: 'Choose a file…' }).click();
    const importButton = wizard.getByRole('button', { name: 'Import 20,000 rows' });
    await expect.poll(() => importButton.isEnabled(), { timeout: 60_000 }).toBe(true);
    await importButton.click();

    await expect.poll(() => wizard.getByRole('status').innerText(), { timeout: 60_000 }).toMatch(/Writing rows · \d+%/);
    await app.screenshot('io-import-4-writing');
    // The window is answered meanwhile: the list of roles comes back while the rows are written.
    expect((await app.bridge.call('roles:list')).map((r) => r.name)).toContain('Designer');
    await wizard.getByRole('button', { name: 'Cancel import' }).click();
    await expect.poll(() => wizard.getByRole('alert').innerText(), { timeout: 30_000 }).toBe('Import was cancelled. Nothing was written.');
    expect(await app.bridge.call('talent:list', {})).toEqual([]);
    expect(await wizard.getByRole('button', { name: 'Cancel', exact: true }).isEnabled()).toBe(true);
  });
});

