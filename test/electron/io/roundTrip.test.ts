// Every export that the importer reads (people, campaigns, and the plan's bookings, as CSV and
// XLSX) comes back as it left: names that start with =, +, -, @,
// a tab or a quote keep their exact text (the CSV formula guard's apostrophe is taken off again).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { ioCall } from './helpers';

const NAMES = ['=SUM(A1:A9)', '+44 Studio', '-Dash', '@Handle', '\tTabbed', "'Quoted", "'=Quoted formula", '"Double" quotes', 'Plain Name'];

let source: TestWorkspace;
beforeAll(async () => {
  source = tempWorkspace();
  const role = await source.call('roles:create', { name: '-Motion designer' });
  const skill = await source.call('skills:create', { name: '@Figma' });
  for (const [i, name] of NAMES.entries()) {
    const person = await source.call('talent:create', {
      kind: i % 3 === 0 ? 'freelancer' : 'staff', name, email: `${i % 2 ? '-' : ''}p${i}@example.com`, team: i % 2 ? '=Brand' : '+Content', primaryRoleId: role.id,
      skills: [{ skillId: skill.id, level: 3 }], tags: ['-remote', '@senior'], costRate: 40 + i * 1.25, billRate: 1200 + i, currency: i % 2 ? 'EUR' : 'GBP',
      utilisationTarget: 72.5, notes: `=HYPERLINK("x") ${i}`, externalId: i % 2 ? `-E${i}` : null,
    });
    const campaign = await source.call('campaigns:create', {
      name, client: '-Client', status: 'confirmed', start: '2027-03-01', end: '2027-03-31', budget: 20_000 + i * 0.5,
      currency: 'EUR', owner: '@owner', notes: '+note', externalId: `=J${i}`,
    });
    await source.call('bookings:create', { talentId: person.id, campaignId: campaign.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 7.5 - i * 0.25, status: i % 2 ? 'tentative' : 'confirmed' });
  }
}, 60_000);
afterAll(() => source.close());

/** People, campaigns and bookings by names (not ids), for comparing two workspaces. */
async function contents(ws: TestWorkspace) {
  const roles = new Map((await ws.call('roles:list', {})).map((r) => [r.id, r.name]));
  const skills = new Map((await ws.call('skills:list', {})).map((s) => [s.id, s.name]));
  const talent = (await ws.call('talent:list', {})).map(({ id: _id, primaryRoleId, otherRoleIds: _o, skills: sk, ...rest }) => ({ ...rest, role: roles.get(primaryRoleId), skills: sk.map((s) => `${skills.get(s.skillId)}:${s.level}`) }));
  const campaigns = (await ws.call('campaigns:list', {})).map(({ id: _id, demandHours: _d, bookedHours: _b, bookedCost: _c, ...rest }) => rest);
  const byId = new Map((await ws.call('campaigns:list', {})).map((c) => [c.id, c.name]));
  const people = new Map((await ws.call('talent:list', {})).map((t) => [t.id, t.name]));
  const bookings = (await ws.call('bookings:list', {})).map((b) => ({ person: people.get(b.talentId), campaign: byId.get(b.campaignId), start: b.start, end: b.end, hoursPerDay: b.hoursPerDay, status: b.status }));
  return { talent, campaigns, bookings };
}

describe('export, then import, gives the same records', () => {
  it('names as stored keep their first character (a leading tab is trimmed on entry, like any space)', async () => {
    expect((await source.call('talent:list', {})).map((t) => t.name).sort()).toEqual(NAMES.map((n) => n.trim()).sort());
  });

  it.each(['csv', 'xlsx'] as const)('talent and campaigns as %s, then the plan\'s bookings in the same format', async (format) => {
    const target = tempWorkspace();
    try {
      const talentFile = join(source.dir, `talent.${format}`);
      const campaignFile = join(source.dir, `campaigns.${format}`);
      await ioCall(source, 'io:exportEntity', { entity: 'talent', format, path: talentFile });
      await ioCall(source, 'io:exportEntity', { entity: 'campaigns', format, path: campaignFile });
      if (format === 'csv') expect(readFileSync(talentFile, 'utf8')).toContain(",'-Dash,"); // the guard is in the file…
      const people = await ioCall(target, 'io:importCommit', { source: { path: talentFile }, entity: 'talent', options: { createMissing: true } });
      expect(people).toMatchObject({ created: NAMES.length, rolesCreated: 1, skillsCreated: 1 });
      await ioCall(target, 'io:importCommit', { source: { path: campaignFile }, entity: 'campaigns' });

      // The plan's XLSX has four sheets, each under a title and a filter line: its "Bookings" sheet is read.
      const planFile = join(source.dir, `plan.${format}`);
      await ioCall(source, 'io:exportPlan', { path: planFile, format, range: { start: '2027-03-01', end: '2027-03-31' }, filter: {}, sheet: 'bookings' });
      const preview = await ioCall(target, 'io:importPreview', { source: { path: planFile }, entity: 'bookings' });
      expect(preview).toMatchObject({ create: NAMES.length, errorCount: 0, warningCount: 0 });
      await ioCall(target, 'io:importCommit', { source: { path: planFile }, entity: 'bookings' });

      const [a, b] = [await contents(source), await contents(target)];
      expect(b.talent.map((t) => t.name)).toContain('-Dash'); // …and not in the workspace it comes back to
      expect(b.talent).toEqual(a.talent);
      expect(b.campaigns).toEqual(a.campaigns);
      expect(b.bookings).toEqual(a.bookings);
    } finally {
      target.close();
    }
  });
});
