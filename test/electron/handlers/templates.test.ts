import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '@shared/contract';
import { dumpWorkspace, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

/** A social launch: Brief → Concept → (Design, Copy) → Review, with role hours and handoffs. */
async function socialLaunch() {
  const studio = await smallStudio(ws);
  const { designer, writer, figma, ada } = studio;
  // The studio is closed on Wednesday 10 March 2027 (a one-off) and 24 Dec–1 Jan every year.
  await ws.call('closures:create', { date: '2027-03-10', name: 'Office move' });
  await ws.call('closures:create', { date: '2026-12-24', endDate: '2027-01-01', name: 'Winter break', repeatsYearly: true });
  const input: Input<'templates:create'> = {
    name: 'Social launch',
    description: 'Paid and organic social for a product launch',
    phases: [
      { name: 'Brief', durationDays: 2, roles: [{ roleId: writer.id, hours: 6 }], handoffRoleId: designer.id, handoffSlaDays: 1 },
      { name: 'Concept', durationDays: 3, dependsOn: [0], roles: [{ roleId: designer.id, hours: 22.5, skills: [{ skillId: figma.id, minLevel: 3 }], maxPeople: 2 }] },
      { name: 'Design', durationDays: 5, dependsOn: [1], roles: [{ roleId: designer.id, hours: 60, maxPeople: 2 }], handoffTalentId: ada.id, handoffSlaDays: 2 },
      { name: 'Copy', durationDays: 2, dependsOn: [1], roles: [{ roleId: writer.id, hours: 12.5 }] },
      { name: 'Review', durationDays: 1, dependsOn: [2, 3], roles: [{ roleId: designer.id, hours: 3 }, { roleId: writer.id, hours: 2 }] },
    ],
  };
  const template = await ws.call('templates:create', input);
  return { ...studio, template, input };
}

describe('templates', () => {
  it('round-trip phases, dependencies, role hours with skills and limits, and handoffs', async () => {
    const { template, designer, ada, figma } = await socialLaunch();
    const [stored] = await ws.call('templates:list');
    expect(stored).toEqual(template);
    expect(stored.phases.map((p) => p.name)).toEqual(['Brief', 'Concept', 'Design', 'Copy', 'Review']);
    expect(stored.phases[4].dependsOn).toEqual([2, 3]);
    expect(stored.phases[1].roles).toEqual([{ roleId: designer.id, hours: 22.5, skills: [{ skillId: figma.id, minLevel: 3 }], maxPeople: 2 }]);
    expect(stored.phases[2]).toMatchObject({ handoffTalentId: ada.id, handoffRoleId: null, handoffSlaDays: 2 });
  });

  it('update changes only what is sent; delete and undo bring it back whole', async () => {
    const { template } = await socialLaunch();
    const renamed = await ws.call('templates:update', { id: template.id, name: 'Social launch (EU)' });
    expect(renamed.phases.map((p) => p.durationDays)).toEqual([2, 3, 5, 2, 1]);
    const before = dumpWorkspace(ws.db);
    await ws.call('templates:delete', { id: template.id });
    expect(await ws.call('templates:list')).toEqual([]);
    await ws.call('history:undo', {});
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  const bad: [string, (input: Input<'templates:create'>) => unknown, string, RegExp][] = [
    ['a cycle', (t) => ({ ...t, phases: t.phases.map((p, i) => (i === 0 ? { ...p, dependsOn: [4] } : p)) }), 'phases.0.dependsOn', /circle: Brief → Concept → (Design|Copy) → Review → Brief/],
    ['a negative duration', (t) => ({ ...t, phases: t.phases.map((p, i) => (i === 2 ? { ...p, durationDays: -3 } : p)) }), 'phases.2.durationDays', /^Duration days: Cannot be negative/],
    ['a phase longer than 5 years', (t) => ({ ...t, phases: t.phases.map((p, i) => (i === 1 ? { ...p, durationDays: 1306 } : p)) }), 'phases.1.durationDays', /at most 1,305 working days \(5 years\)/],
    ['10,000 phases', (t) => ({ ...t, phases: Array.from({ length: 10_000 }, (_, i) => ({ name: `Phase ${i + 1}`, durationDays: 1 })) }), 'phases', /at most 100 phases/],
    ['a dependency on a phase that is not there', (t) => ({ ...t, phases: t.phases.map((p, i) => (i === 1 ? { ...p, dependsOn: [7] } : p)) }), 'phases.1.dependsOn.0', /no phase 8/],
    ['a phase depending on itself', (t) => ({ ...t, phases: t.phases.map((p, i) => (i === 1 ? { ...p, dependsOn: [1] } : p)) }), 'phases.1.dependsOn.0', /itself/],
    ['two phases with one name', (t) => ({ ...t, phases: t.phases.map((p, i) => (i === 3 ? { ...p, name: 'design' } : p)) }), 'phases.3.name', /already called/],
    ['a handoff to a role and a person', (t) => ({ ...t, phases: t.phases.map((p, i) => (i === 0 ? { ...p, handoffTalentId: 1 } : p)) }), 'phases.0.handoffTalentId', /not both/],
    ['a role that does not exist', (t) => ({ ...t, phases: t.phases.map((p, i) => (i === 4 ? { ...p, roles: [{ roleId: 999, hours: 3 }] } : p)) }), 'phases.4.roles.0.roleId', /choose a role/],
    ['no phases', (t) => ({ ...t, phases: [] }), 'phases', /at least one phase/],
  ];
  for (const [what, make, field, message] of bad) {
    it(`refuses ${what}, naming the field, and writes nothing`, async () => {
      const { input } = await socialLaunch();
      const before = dumpWorkspace(ws.db);
      const created = await ws.send('templates:create', { ...(make(input) as object), name: 'Another' });
      expect(created).toMatchObject({ ok: false, error: { field } });
      expect(created.ok === false && created.error.message).toMatch(message);
      const [template] = await ws.call('templates:list');
      const updated = await ws.send('templates:update', { id: template.id, phases: (make(input) as { phases: unknown }).phases });
      expect(updated).toMatchObject({ ok: false, error: { field } });
      expect(dumpWorkspace(ws.db)).toBe(before);
    });
  }
});

describe('a campaign from a template', () => {
  it('from a mid-week start: phases get dates on the studio calendar, role hours become demand lines in their windows', async () => {
    const { template, designer, writer, figma } = await socialLaunch();
    const { campaign, phases } = await ws.call('templates:createCampaign', {
      templateId: template.id, anchor: 'start', date: '2027-03-02', campaign: { name: 'Aurora launch', client: 'Northwind', currency: 'EUR', priority: 2 },
    });
    expect(campaign).toMatchObject({ name: 'Aurora launch', status: 'pipeline', currency: 'EUR', start: '2027-03-02', end: '2027-03-17' });
    expect(phases.map((p) => [p.name, p.start, p.end, p.durationDays])).toEqual([
      ['Brief', '2027-03-02', '2027-03-03', 2],
      ['Concept', '2027-03-04', '2027-03-08', 3],
      ['Design', '2027-03-09', '2027-03-16', 5],
      ['Copy', '2027-03-09', '2027-03-11', 2],
      ['Review', '2027-03-17', '2027-03-17', 1],
    ]);
    expect(phases[4].dependsOn).toEqual([phases[2].id, phases[3].id]);
    expect(phases[0]).toMatchObject({ handoffTo: 'Designer', handoffPlanned: '2027-03-03', handoffDue: '2027-03-04', handoffState: 'pending' });
    expect(phases[2]).toMatchObject({ handoffTo: 'Ada Lovelace', handoffPlanned: '2027-03-16', handoffDue: '2027-03-18' });
    expect(phases[3]).toMatchObject({ handoffTo: '', handoffPlanned: null, handoffState: null });
    const lines = await ws.call('demandLines:list', { campaignIds: [campaign.id] });
    expect(lines.map((l) => [l.roleId, l.hours, l.start, l.end, l.phaseId, l.maxPeople, l.priority]).sort()).toEqual(
      [
        [writer.id, 6, '2027-03-02', '2027-03-03', phases[0].id, null, 2],
        [designer.id, 22.5, '2027-03-04', '2027-03-08', phases[1].id, 2, 2],
        [designer.id, 60, '2027-03-09', '2027-03-16', phases[2].id, 2, 2],
        [writer.id, 12.5, '2027-03-09', '2027-03-11', phases[3].id, null, 2],
        [designer.id, 3, '2027-03-17', '2027-03-17', phases[4].id, null, 2],
        [writer.id, 2, '2027-03-17', '2027-03-17', phases[4].id, null, 2],
      ].sort(),
    );
    expect(lines.find((l) => l.hours === 22.5)!.skills).toEqual([{ skillId: figma.id, minLevel: 3 }]);
    // One step: one undo takes the campaign, its phases and its lines away.
    await ws.call('history:undo', {});
    expect(await ws.call('campaigns:list', { text: 'Aurora' })).toEqual([]);
    expect(ws.db.prepare('SELECT count(*) AS n FROM campaign_phases').get()).toEqual({ n: 0 });
  });

  it('back from a launch date across the winter closure', async () => {
    const { template } = await socialLaunch();
    const { campaign, phases } = await ws.call('templates:createCampaign', { templateId: template.id, anchor: 'launch', date: '2027-01-06', campaign: { name: 'New year sale' } });
    expect(campaign).toMatchObject({ start: '2026-12-14', end: '2027-01-06' });
    expect(phases.at(-1)).toMatchObject({ name: 'Review', start: '2027-01-06', end: '2027-01-06' });
    expect(phases[2]).toMatchObject({ name: 'Design', start: '2026-12-21', end: '2027-01-05', durationDays: 5 });
  });

  it('refuses a template that is not there, and a campaign with a bad field, writing nothing', async () => {
    const { template } = await socialLaunch();
    const before = dumpWorkspace(ws.db);
    expect(await ws.send('templates:createCampaign', { templateId: 999, anchor: 'start', date: '2027-03-01', campaign: { name: 'X' } })).toMatchObject({ ok: false, error: { code: 'not_found', field: 'templateId' } });
    expect(await ws.send('templates:createCampaign', { templateId: template.id, anchor: 'start', date: '2027-02-30', campaign: { name: 'X' } })).toMatchObject({ ok: false, error: { field: 'date' } });
    expect(await ws.send('templates:createCampaign', { templateId: template.id, anchor: 'start', date: '2027-03-01', campaign: { name: ' ' } })).toMatchObject({ ok: false, error: { field: 'campaign.name' } });
    expect(await ws.send('templates:createCampaign', { templateId: template.id, anchor: 'start', date: '2199-12-20', campaign: { name: 'Far' } })).toMatchObject({ ok: false, error: { field: 'date' } });
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});

describe('moving a phase', () => {
  async function aurora() {
    const studio = await socialLaunch();
    const made = await ws.call('templates:createCampaign', { templateId: studio.template.id, anchor: 'start', date: '2027-03-02', campaign: { name: 'Aurora launch' } });
    return { ...studio, ...made };
  }

  it('moves its dependants, their demand windows and (asked) their bookings, as one undoable step', async () => {
    const { campaign, phases, ada } = await aurora();
    const lines = await ws.call('demandLines:list', { campaignIds: [campaign.id] });
    const designLine = lines.find((l) => l.phaseId === phases[2].id)!;
    const briefLine = lines.find((l) => l.phaseId === phases[0].id)!;
    // Ada on Design, Tue 9 – Fri 12 March (the 10th is closed): 3 working days; and on the Brief.
    const onDesign = await ws.call('bookings:create', { talentId: ada.id, campaignId: campaign.id, demandLineId: designLine.id, start: '2027-03-09', end: '2027-03-12', hoursPerDay: 6 });
    const onBrief = await ws.call('bookings:create', { talentId: ada.id, campaignId: campaign.id, demandLineId: briefLine.id, start: '2027-03-02', end: '2027-03-03', hoursPerDay: 3 });
    const before = dumpWorkspace(ws.db);
    // Concept moves from Thursday 4 March to Thursday 11 March: 4 working days later (the 10th is closed).
    const result = await ws.call('phases:move', { id: phases[1].id, start: '2027-03-11', moveBookings: true });
    expect(result.movedPhaseIds).toEqual([phases[1].id, phases[2].id, phases[3].id, phases[4].id]);
    expect(result.phases.map((p) => [p.name, p.start, p.end, p.durationDays])).toEqual([
      ['Brief', '2027-03-02', '2027-03-03', 2],
      ['Concept', '2027-03-11', '2027-03-15', 3],
      ['Design', '2027-03-16', '2027-03-22', 5],
      ['Copy', '2027-03-16', '2027-03-17', 2],
      ['Review', '2027-03-23', '2027-03-23', 1],
    ]);
    expect(result.phases[2].handoffPlanned).toBe('2027-03-22');
    const moved = await ws.call('demandLines:list', { campaignIds: [campaign.id] });
    for (const p of result.phases) for (const l of moved.filter((x) => x.phaseId === p.id)) expect([l.start, l.end]).toEqual([p.start, p.end]);
    expect(await ws.call('campaigns:get', { id: campaign.id })).toMatchObject({ start: '2027-03-02', end: '2027-03-23' });
    expect(result.movedBookings).toBe(1);
    const design = await ws.call('bookings:get', { id: onDesign.id });
    // 4 working days on: Tue 16 – Thu 18, still 3 working days × 6 h, as before the move.
    expect(onDesign.totalHours).toBe(18);
    expect([design.start, design.end, design.totalHours]).toEqual(['2027-03-16', '2027-03-18', 18]);
    expect(await ws.call('bookings:get', { id: onBrief.id })).toMatchObject({ start: '2027-03-02', end: '2027-03-03' });
    expect((await ws.call('history:state')).undo).toBe('Move Concept and 3 phases after it');
    await ws.call('history:undo', {});
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('leaves bookings where they are unless asked', async () => {
    const { campaign, phases, ada } = await aurora();
    const line = (await ws.call('demandLines:list', { campaignIds: [campaign.id] })).find((l) => l.phaseId === phases[4].id)!;
    const b = await ws.call('bookings:create', { talentId: ada.id, campaignId: campaign.id, demandLineId: line.id, start: '2027-03-17', end: '2027-03-17', hoursPerDay: 3 });
    const result = await ws.call('phases:move', { id: phases[4].id, start: '2027-03-19' });
    expect(result.movedBookings).toBe(0);
    expect(await ws.call('bookings:get', { id: b.id })).toMatchObject({ start: '2027-03-17', end: '2027-03-17' });
  });

  it('refuses a start before a dependency finishes, and bookings that would over-allocate, writing nothing', async () => {
    const { campaign, phases, ada } = await aurora();
    const before0 = dumpWorkspace(ws.db);
    const early = await ws.send('phases:move', { id: phases[2].id, start: '2027-03-05' });
    expect(early).toMatchObject({ ok: false, error: { field: 'start', message: "Start: Design can't start before Concept has finished on 8 March 2027." } });
    expect(dumpWorkspace(ws.db)).toBe(before0);
    const line = (await ws.call('demandLines:list', { campaignIds: [campaign.id] })).find((l) => l.phaseId === phases[4].id)!;
    await ws.call('bookings:create', { talentId: ada.id, campaignId: campaign.id, demandLineId: line.id, start: '2027-03-17', end: '2027-03-17', hoursPerDay: 7.5 });
    await ws.call('bookings:create', { talentId: ada.id, campaignId: campaign.id, start: '2027-03-19', end: '2027-03-19', hoursPerDay: 7.5 });
    const before = dumpWorkspace(ws.db);
    const over = await ws.send('phases:move', { id: phases[4].id, start: '2027-03-19', moveBookings: true });
    expect(over).toMatchObject({ ok: false, error: { code: 'over_allocated' } });
    expect(dumpWorkspace(ws.db)).toBe(before);
    expect(await ws.send('phases:move', { id: phases[4].id, start: '2027-03-19', moveBookings: true, allowOverAllocation: true })).toMatchObject({ ok: true });
  });
});

describe('handoffs', () => {
  it('done records the day; late handoffs and SLA misses are counted', async () => {
    const { template } = await socialLaunch();
    const { campaign, phases } = await ws.call('templates:createCampaign', { templateId: template.id, anchor: 'start', date: '2026-11-02', campaign: { name: 'Autumn' } });
    // Today is 26 November 2026. Brief: planned 3 Nov, SLA to 4 Nov; Design planned 16 Nov, SLA to 18 Nov.
    expect(phases[0]).toMatchObject({ handoffPlanned: '2026-11-03', handoffState: 'overdue_sla' });
    const done = await ws.call('phases:handoffDone', { id: phases[0].id, done: '2026-11-04' });
    expect(done).toMatchObject({ handoffDone: '2026-11-04', handoffState: 'late' });
    expect(await ws.call('phases:handoffCounts', { campaignIds: [campaign.id] })).toEqual({
      total: { total: 2, done: 1, late: 2, slaMissed: 1 },
      campaigns: [{ campaignId: campaign.id, total: 2, done: 1, late: 2, slaMissed: 1 }],
    });
    expect(await ws.send('phases:handoffDone', { id: phases[3].id, done: '2026-11-10' })).toMatchObject({ ok: false, error: { field: 'id' } });
    await ws.call('history:undo', {});
    expect((await ws.call('phases:list', { campaignId: campaign.id }))[0].handoffDone).toBeNull();
  });

  it('deleting a campaign takes its phases with it', async () => {
    const { template } = await socialLaunch();
    const { campaign } = await ws.call('templates:createCampaign', { templateId: template.id, anchor: 'start', date: '2027-03-02', campaign: { name: 'Gone' } });
    await ws.call('campaigns:delete', { id: campaign.id });
    expect(ws.db.prepare('SELECT count(*) AS n FROM campaign_phases').get()).toEqual({ n: 0 });
    await ws.call('history:undo', {});
    expect(await ws.call('phases:list', { campaignId: campaign.id })).toHaveLength(5);
  });
});

describe('the lists templates use', () => {
  it('a role a template needs is refused for deletion, saying so; merging moves the template to the role kept', async () => {
    const { template, designer, writer } = await socialLaunch();
    const impact = await ws.call('roles:deleteImpact', { id: writer.id });
    expect(impact.blocked).toContain('used in 1 template');
    const art = await ws.call('roles:create', { name: 'Art Director' });
    await ws.call('roles:merge', { fromId: designer.id, intoId: art.id });
    const [after] = await ws.call('templates:list');
    expect(after.phases[1].roles[0].roleId).toBe(art.id);
    expect(after.phases[0].handoffRoleId).toBe(art.id);
    expect(after.id).toBe(template.id);
  });

  it('merging skills keeps the higher minimum level; deleting a skill takes it off the template', async () => {
    const { figma } = await socialLaunch();
    const ui = await ws.call('skills:create', { name: 'UI design' });
    await ws.call('skills:merge', { fromId: figma.id, intoId: ui.id });
    expect((await ws.call('templates:list'))[0].phases[1].roles[0].skills).toEqual([{ skillId: ui.id, minLevel: 3 }]);
    await ws.call('skills:delete', { id: ui.id });
    expect((await ws.call('templates:list'))[0].phases[1].roles[0].skills).toEqual([]);
  });

  it('deleting a person who receives handoffs leaves those handoffs with no receiver, in one undoable step', async () => {
    const { template, ada } = await socialLaunch();
    const { campaign } = await ws.call('templates:createCampaign', { templateId: template.id, anchor: 'start', date: '2027-03-02', campaign: { name: 'Aurora' } });
    const before = dumpWorkspace(ws.db);
    await ws.call('talent:delete', { id: ada.id });
    expect((await ws.call('templates:list'))[0].phases[2]).toMatchObject({ handoffTalentId: null, handoffSlaDays: null });
    expect((await ws.call('phases:list', { campaignId: campaign.id }))[2]).toMatchObject({ handoffTalentId: null, handoffState: null });
    await ws.call('history:undo', {});
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});
