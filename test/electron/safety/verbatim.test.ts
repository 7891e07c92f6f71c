// SQL and HTML typed into text fields are data: stored verbatim, returned verbatim, never run.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpWorkspace, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

const SQL = "Robert'); DROP TABLE talent;--";
const HTML = '<img src=x onerror=alert(1)>';
const BOTH = `<b>bold</b><img src=x onerror="window.__xss=1"> '); DELETE FROM bookings; --`;
const QUOTES = `O'Brien "the \\ 'quoted' one" ; -- /* */ %_`;

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const tables = () => (ws.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);

describe('SQL and HTML in text fields', () => {
  it('round-trip exactly through every text field and leave every table intact', async () => {
    const { designer, figma, spring, line } = await smallStudio(ws);
    const tablesBefore = tables();
    const role = await ws.call('roles:create', { name: HTML });
    const skill = await ws.call('skills:create', { name: SQL });
    const person = await ws.call('talent:create', {
      kind: 'staff', name: SQL, team: HTML, externalId: BOTH.slice(0, 60), primaryRoleId: role.id, otherRoleIds: [designer.id],
      skills: [{ skillId: skill.id, level: 2 }, { skillId: figma.id, level: 3 }], tags: [HTML, SQL], notes: BOTH,
    });
    const campaign = await ws.call('campaigns:create', { name: HTML, client: SQL, owner: QUOTES, status: 'pipeline', start: '2027-05-01', end: '2027-05-31', notes: BOTH });
    const demand = await ws.call('demandLines:create', { campaignId: campaign.id, roleId: role.id, hours: 10, start: '2027-05-03', end: '2027-05-07', note: BOTH });
    const booking = await ws.call('bookings:create', { talentId: person.id, campaignId: spring.id, demandLineId: line.id, start: '2027-03-01', end: '2027-03-02', hoursPerDay: 3, note: BOTH });
    const off = await ws.call('timeOff:create', { talentId: person.id, start: '2027-06-01', end: '2027-06-02', type: 'other', note: SQL });
    const closure = await ws.call('closures:create', { date: '2027-12-31', name: HTML });

    expect(await ws.call('talent:get', { id: person.id })).toMatchObject({ name: SQL, team: HTML, tags: expect.arrayContaining([HTML, SQL]), notes: BOTH });
    expect((await ws.call('roles:list')).find((r) => r.id === role.id)?.name).toBe(HTML);
    expect((await ws.call('skills:list')).find((s) => s.id === skill.id)?.name).toBe(SQL);
    expect(await ws.call('campaigns:get', { id: campaign.id })).toMatchObject({ name: HTML, client: SQL, owner: QUOTES, notes: BOTH });
    expect((await ws.call('demandLines:list', { campaignIds: [campaign.id] }))[0]).toMatchObject({ id: demand.id, note: BOTH });
    expect(await ws.call('bookings:get', { id: booking.id })).toMatchObject({ note: BOTH });
    expect((await ws.call('timeOff:list', { talentIds: [person.id] })).find((t) => t.id === off.id)?.note).toBe(SQL);
    expect((await ws.call('closures:list', {})).find((c) => c.id === closure.id)?.name).toBe(HTML);
    expect(await ws.call('campaigns:clients')).toContain(SQL);

    // Searching with SQL finds the row that holds that text, and nothing else.
    expect((await ws.call('talent:list', { text: "'); DROP" })).map((t) => t.id)).toEqual([person.id]);
    expect(await ws.call('talent:list', { text: "' OR '1'='1" })).toEqual([]);
    expect((await ws.call('talent:list', { tag: HTML })).map((t) => t.id)).toEqual([person.id]);
    expect((await ws.call('campaigns:list', { text: '<img' })).map((c) => c.id)).toEqual([campaign.id]);
    expect(await ws.call('campaigns:list', { client: "x' OR 1=1 --" })).toEqual([]);

    expect(tables()).toEqual(tablesBefore);
    expect(ws.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((ws.db.prepare('SELECT count(*) AS n FROM talent').get() as { n: number }).n).toBe(2);
    expect((ws.db.prepare('SELECT count(*) AS n FROM bookings').get() as { n: number }).n).toBe(1);
  });

  it('is stored as the exact text in the file, not something escaped or rewritten', async () => {
    const { designer } = await smallStudio(ws);
    await ws.call('talent:create', { kind: 'staff', name: SQL, primaryRoleId: designer.id, notes: BOTH });
    const row = ws.db.prepare('SELECT name, notes FROM talent WHERE name = ?').get(SQL) as { name: string; notes: string };
    expect(row).toEqual({ name: SQL, notes: BOTH });
  });

  it('an update and an undo with such text restore it exactly', async () => {
    const { ada } = await smallStudio(ws);
    const before = dumpWorkspace(ws.db);
    const full = await ws.call('talent:get', { id: ada.id });
    const { id, createdAt: _c, updatedAt: _u, ...fields } = full as typeof full & { createdAt?: string; updatedAt?: string };
    await ws.call('talent:update', { ...(fields as object), id, name: SQL, notes: BOTH } as never);
    expect((await ws.call('talent:get', { id: ada.id })).name).toBe(SQL);
    await ws.call('history:undo');
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});
