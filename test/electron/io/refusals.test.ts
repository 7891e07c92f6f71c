import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpWorkspace, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

describe('exports refuse what does not exist', () => {
  it('an iCalendar export of an unknown person or campaign', async () => {
    await smallStudio(ws);
    const path = join(ws.dir, 'x.ics');
    expect(await ws.send('io:exportIcs', { path, talentId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'talentId' } });
    expect(await ws.send('io:exportIcs', { path, campaignId: 999 })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'campaignId' } });
  });

  it('a plan export or a snapshot filtered by an unknown role', async () => {
    await smallStudio(ws);
    const before = dumpWorkspace(ws.db);
    const range = { start: '2027-03-01', end: '2027-03-31' };
    const plan = await ws.send('io:exportPlan', { path: join(ws.dir, 'plan.csv'), format: 'csv', range, filter: { roleId: 999 } });
    expect(plan).toMatchObject({ ok: false, error: { code: 'not_found', field: 'filter.roleId' } });
    const snapshot = await ws.send('snapshots:take', { name: 'March', range, filter: { roleId: 999 } });
    expect(snapshot).toMatchObject({ ok: false, error: { code: 'not_found', field: 'filter.roleId' } });
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});

describe('CSV exports keep text as text', () => {
  it('neutralises cells a spreadsheet would run as formulas', async () => {
    const { designer } = await smallStudio(ws);
    await ws.call('talent:create', { kind: 'staff', name: '=HYPERLINK("http://evil","x")', primaryRoleId: designer.id, notes: '@SUM(1)' });
    const path = join(ws.dir, 'talent.csv');
    await ws.call('io:exportEntity', { entity: 'talent', format: 'csv', path });
    const text = readFileSync(path, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(text).toContain(`'@SUM(1)`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
