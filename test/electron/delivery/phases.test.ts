// "When can we deliver?" for a campaign made from a template: the engine plans the campaign's own
// phases (their working days, dependencies, role hours and people-at-once limits), through the real
// handler table, on a messy studio (part-timers, two holiday regions, a closure, a mid-week start).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { productVideoCampaign } from './studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const fromTemplate = () => productVideoCampaign(ws, { hours: 90, maxPeople: 2 });

const ask = (campaignId: number) => ws.call('delivery:answer', { campaignId, earliestStart: '2027-04-14' });

describe('delivery:answer for a campaign with phases', () => {
  it('plans the campaign phases in dependency order, with their durations, limits and a word on demand without a role', async () => {
    const { campaign, phases, motion, ae } = await fromTemplate();
    await ws.call('demandLines:create', { campaignId: campaign.id, roleId: null, skills: [{ skillId: ae.id, minLevel: 2 }], hours: 12, start: '2027-04-14', end: '2027-04-30', note: 'Stills' });
    const a = await ask(campaign.id);
    expect(a.phases.map((p) => p.name)).toEqual(['Brief', 'Script', 'Animation', 'Voice-over', 'Review']);
    expect(a.phases.map((p) => p.id)).toEqual(phases.map((p) => `phase-${p.id}`));
    const byName = new Map(a.phases.map((p) => [p.name, p]));
    for (const p of phases) {
      const got = byName.get(p.name)!;
      expect(got.start! >= p.start).toBe(true); // never before its planned start
      for (const d of p.dependsOn) expect(got.start! > byName.get(phases.find((q) => q.id === d)!.name)!.end!).toBe(true);
    }
    // Brief starts mid-week on the earliest start and skips the closure on Friday.
    expect(a.phases[0]).toMatchObject({ start: '2027-04-14', end: '2027-04-15' });
    const animation = byName.get('Animation')!;
    expect(animation.roles[0]).toMatchObject({ roleId: motion.id, hours: 90 });
    expect(animation.roles[0].people.length).toBeLessThanOrEqual(2);
    expect(animation.roles[0].people.reduce((s, p) => s + p.hours, 0)).toBeCloseTo(90, 6);
    expect(byName.get('Script')!.roles[0].people).toHaveLength(1);
    expect(byName.get('Review')!.roles.map((r) => r.hours)).toEqual([4, 3]);
    expect(a.finish).toBe(a.phases.reduce((m, p) => (p.end! > m ? p.end! : m), ''));
    expect(a.leftOut).toBe('12 h of demand has no role yet and is left out: give those lines a role to plan them.');
  });

  it('moving a phase moves the answer; a line without a phase stays a phase of its own', async () => {
    const { campaign, phases, copy } = await fromTemplate();
    const before = await ask(campaign.id);
    expect(before.leftOut).toBeNull();
    const script = phases.find((p) => p.name === 'Script')!;
    await ws.call('phases:move', { id: script.id, start: '2027-05-10' });
    const after = await ask(campaign.id);
    const startOf = (a: typeof before, name: string) => a.phases.find((p) => p.name === name)!.start!;
    expect(startOf(after, 'Script') >= '2027-05-10').toBe(true);
    expect(startOf(after, 'Animation') > startOf(before, 'Animation')).toBe(true);
    expect(after.finish! > before.finish!).toBe(true);
    const extra = await ws.call('demandLines:create', { campaignId: campaign.id, roleId: copy.id, hours: 5, start: '2027-04-19', end: '2027-04-20', note: 'Captions' });
    const withLine = await ask(campaign.id);
    expect(withLine.phases.map((p) => p.name)).toEqual(['Brief', 'Script', 'Animation', 'Voice-over', 'Review', 'Captions']);
    expect(withLine.phases.at(-1)).toMatchObject({ id: `line-${extra.id}`, start: '2027-04-19' });
  });

  it('"Book it" books each phase role on its own demand line, and then nothing is left to book', async () => {
    const { campaign } = await fromTemplate();
    const lines = await ws.call('demandLines:list', { campaignIds: [campaign.id] });
    const { created } = await ws.call('delivery:book', { campaignId: campaign.id, earliestStart: '2027-04-14' });
    expect(created.length).toBeGreaterThan(0);
    const booked = (await ws.call('bookings:list', { campaignIds: [campaign.id] })) as { demandLineId: number | null }[];
    const phaseLines = new Set(lines.filter((l) => l.phaseId !== null).map((l) => l.id));
    expect(booked.every((b) => b.demandLineId !== null && phaseLines.has(b.demandLineId))).toBe(true);
    const again = await ws.send('delivery:book', { campaignId: campaign.id, earliestStart: '2027-04-14' });
    expect(again.ok === false && again.error.message).toMatch(/fully booked/);
  });

  it('says when a phase held to its planned day sets the date, not capacity', async () => {
    const producer = await ws.call('roles:create', { name: 'Producer' });
    await ws.call('talent:create', { kind: 'staff', name: 'Pat Kim', primaryRoleId: producer.id, holidayCountry: 'GB', holidayRegion: 'ENG' });
    const template = await ws.call('templates:create', {
      name: 'Quick post',
      phases: [
        { name: 'Draft', durationDays: 2, roles: [{ roleId: producer.id, hours: 4 }] },
        { name: 'Sign-off', durationDays: 1, dependsOn: [0], roles: [{ roleId: producer.id, hours: 1 }] },
      ],
    });
    const { campaign, phases } = await ws.call('templates:createCampaign', { templateId: template.id, anchor: 'start', date: '2027-04-14', campaign: { name: 'Quick post' } });
    expect((await ask(campaign.id)).binding.sentence).toBe("No role is short: the phases' own durations set the date (Draft → Sign-off, 3 working days).");
    await ws.call('phases:move', { id: phases[1].id, start: '2027-04-26' });
    const a = await ask(campaign.id);
    expect(a.finish).toBe('2027-04-26');
    expect(a.binding.sentence).toBe("No role is short: Sign-off starts on its planned day, 26 April 2027, and the phases' durations from there set the date (Sign-off, 1 working day).");
  });
});
