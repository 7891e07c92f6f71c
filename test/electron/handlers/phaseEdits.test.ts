// Adding, editing and removing phases of a campaign made from a template, through the real handler
// table: "Aurora video" from the Product video template (Brief → Script → Animation and Voice-over →
// Review) from Wednesday 14 April 2027, the studio closed on Friday 16 April, on the messy delivery
// studio (part-timers, two holiday regions, a freelancer in USD, an EUR staffer).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpWorkspace, tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { productVideoCampaign } from '../delivery/studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const aurora = async () => {
  const made = await productVideoCampaign(ws, { hours: 90, maxPeople: 2 });
  const byName = (name: string) => made.phases.find((p) => p.name === name)!;
  return { ...made, byName };
};
const list = (campaignId: number) => ws.call('phases:list', { campaignId });
const dated = async (campaignId: number) => (await list(campaignId)).map((p) => `${p.name} ${p.start}–${p.end}`);
const linesOf = async (campaignId: number) => ws.call('demandLines:list', { campaignIds: [campaignId] });

describe('adding a phase to a campaign', () => {
  it('dates it after the phases it waits for, turns its role hours into demand lines in its window, and undoes in one step', async () => {
    const { campaign, byName, copy, producer, ae, pat } = await aurora();
    expect(await dated(campaign.id)).toEqual([
      'Brief 2027-04-14–2027-04-15', 'Script 2027-04-19–2027-04-21', 'Animation 2027-04-22–2027-04-29', 'Voice-over 2027-04-22–2027-04-23', 'Review 2027-04-30–2027-04-30',
    ]);
    const before = dumpWorkspace(ws.db);
    const added = await ws.call('phases:create', {
      campaignId: campaign.id, name: 'Legal check', durationDays: 3, dependsOn: [byName('Voice-over').id],
      roles: [{ roleId: copy.id, hours: 7.5, maxPeople: 1 }, { roleId: producer.id, hours: 2, skills: [{ skillId: ae.id, minLevel: 2 }] }],
      handoffTalentId: pat.id, handoffSlaDays: 2,
    });
    // The working day after Voice-over ends (Friday 23rd), three working days; placed after it in the list.
    expect(added.phases.map((p) => p.name)).toEqual(['Brief', 'Script', 'Animation', 'Voice-over', 'Legal check', 'Review']);
    const legal = added.phases.find((p) => p.id === added.phaseId)!;
    expect(legal).toMatchObject({ start: '2027-04-26', end: '2027-04-28', durationDays: 3, dependsOn: [byName('Voice-over').id], demandHours: 9.5 });
    // The handoff to Pat is planned on its last day; the SLA runs two working days on (the 30th).
    expect(legal).toMatchObject({ handoffTo: 'Pat Kim', handoffPlanned: '2027-04-28', handoffDue: '2027-04-30', handoffSlaDays: 2 });
    const lines = (await linesOf(campaign.id)).filter((l) => l.phaseId === legal.id);
    expect(lines.map((l) => ({ role: l.roleId, hours: l.hours, start: l.start, end: l.end, note: l.note, priority: l.priority, maxPeople: l.maxPeople, skills: l.skills }))).toEqual([
      { role: copy.id, hours: 7.5, start: '2027-04-26', end: '2027-04-28', note: 'Legal check', priority: 2, maxPeople: 1, skills: [] },
      { role: producer.id, hours: 2, start: '2027-04-26', end: '2027-04-28', note: 'Legal check', priority: 2, maxPeople: null, skills: [{ skillId: ae.id, minLevel: 2 }] },
    ]);
    expect((await ws.call('history:state', {})).undo).toBe('Add phase Legal check to Aurora video');
    await ws.call('history:undo', {});
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('with no dependencies it starts with the campaign; a campaign without phases gets its first one at its start', async () => {
    const { campaign } = await aurora();
    const kickoff = await ws.call('phases:create', { campaignId: campaign.id, name: 'Kick-off call', durationDays: 1 });
    expect(kickoff.phases.find((p) => p.id === kickoff.phaseId)).toMatchObject({ start: '2027-04-14', end: '2027-04-14', dependsOn: [] });
    expect(kickoff.phases.at(-1)!.name).toBe('Kick-off call');
    // A plain campaign starting on a Saturday: its first phase starts the Monday after and widens the campaign.
    const plain = await ws.call('campaigns:create', { name: 'Retail POS', status: 'pipeline', start: '2027-05-01', end: '2027-05-04' });
    const first = await ws.call('phases:create', { campaignId: plain.id, name: 'Shoot', durationDays: 5 });
    expect(first.phases).toMatchObject([{ name: 'Shoot', start: '2027-05-03', end: '2027-05-07', position: 0 }]);
    expect(await ws.call('campaigns:get', { id: plain.id })).toMatchObject({ start: '2027-05-01', end: '2027-05-07' });
  });
});

describe('editing a phase', () => {
  it('a new dependency that ends later pushes the phase later; its demand windows and (asked) bookings follow; one undo', async () => {
    const { campaign, byName, producer, pat } = await aurora();
    const legal = await ws.call('phases:create', { campaignId: campaign.id, name: 'Legal check', durationDays: 5, dependsOn: [byName('Voice-over').id] });
    const reviewLine = (await linesOf(campaign.id)).find((l) => l.phaseId === byName('Review').id && l.roleId === producer.id)!;
    const booking = await ws.call('bookings:create', { talentId: pat.id, campaignId: campaign.id, demandLineId: reviewLine.id, start: '2027-04-30', end: '2027-04-30', hoursPerDay: 4 });
    const before = dumpWorkspace(ws.db);
    const review = byName('Review');
    const input = { id: review.id, dependsOn: [...review.dependsOn, legal.phaseId], moveBookings: true };
    // Legal check runs Monday 26 – Friday 30 April, so Review moves to Monday 3 May: Pat's bank holiday (England).
    expect(await ws.send('phases:update', input)).toMatchObject({ ok: false, error: { code: 'over_allocated', message: expect.stringMatching(/Pat Kim would be over-allocated on 3 May 2027.*bank holiday/) } });
    expect(dumpWorkspace(ws.db)).toBe(before);
    const edited = await ws.call('phases:update', { ...input, allowOverAllocation: true });
    expect(edited.phases.find((p) => p.id === review.id)).toMatchObject({ start: '2027-05-03', end: '2027-05-03' });
    expect(edited.movedPhaseIds).toEqual([review.id]);
    expect(edited.movedBookings).toBe(1);
    for (const l of (await linesOf(campaign.id)).filter((x) => x.phaseId === review.id)) expect([l.start, l.end]).toEqual(['2027-05-03', '2027-05-03']);
    expect(await ws.call('bookings:get', { id: booking.id })).toMatchObject({ start: '2027-05-03', end: '2027-05-03', hoursPerDay: 4 });
    expect((await ws.call('campaigns:get', { id: campaign.id })).end).toBe('2027-05-03');
    await ws.call('history:undo', {});
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('a longer phase pushes what waits for it; a rename renames its lines; dropping a dependency moves nothing earlier', async () => {
    const { campaign, byName, lena, pat, producer } = await aurora();
    const lines = await linesOf(campaign.id);
    const animationLine = lines.find((l) => l.phaseId === byName('Animation').id)!;
    const reviewLine = lines.find((l) => l.phaseId === byName('Review').id && l.roleId === producer.id)!;
    const onAnimation = await ws.call('bookings:create', { talentId: lena.id, campaignId: campaign.id, demandLineId: animationLine.id, start: '2027-04-22', end: '2027-04-23', hoursPerDay: 2, allowOverAllocation: true });
    const onReview = await ws.call('bookings:create', { talentId: pat.id, campaignId: campaign.id, demandLineId: reviewLine.id, start: '2027-04-30', end: '2027-04-30', hoursPerDay: 4 });
    const longer = await ws.call('phases:update', { id: byName('Animation').id, durationDays: 8, moveBookings: true });
    // Animation only got longer: its booking stays; Review is pushed two working days, and so is its booking.
    expect(longer.movedBookings).toBe(1);
    expect(await ws.call('bookings:get', { id: onAnimation.id })).toMatchObject({ start: '2027-04-22', end: '2027-04-23' });
    expect(await ws.call('bookings:get', { id: onReview.id })).toMatchObject({ start: '2027-05-04', end: '2027-05-04', hoursPerDay: 4 });
    expect(await dated(campaign.id)).toEqual([
      'Brief 2027-04-14–2027-04-15', 'Script 2027-04-19–2027-04-21', 'Animation 2027-04-22–2027-05-03', 'Voice-over 2027-04-22–2027-04-23', 'Review 2027-05-04–2027-05-04',
    ]);
    expect(longer.movedPhaseIds).toEqual([byName('Animation').id, byName('Review').id]);
    const renamed = await ws.call('phases:update', { id: byName('Voice-over').id, name: 'Sound' });
    expect(renamed.phases.map((p) => p.name)).toEqual(['Brief', 'Script', 'Animation', 'Sound', 'Review']);
    expect((await linesOf(campaign.id)).filter((l) => l.phaseId === byName('Voice-over').id).map((l) => l.note)).toEqual(['Sound']);
    const freed = await ws.call('phases:update', { id: byName('Review').id, dependsOn: [byName('Voice-over').id] });
    expect(freed.phases.find((p) => p.name === 'Review')).toMatchObject({ start: '2027-05-04', dependsOn: [byName('Voice-over').id] });
    expect(freed.movedPhaseIds).toEqual([]);
  });

  it('refuses a circle naming the phases, and bad input naming the field, writing nothing', async () => {
    const { campaign, byName, blackFriday } = await aurora();
    const other = await ws.call('phases:create', { campaignId: (await ws.call('campaigns:create', { name: 'Other', status: 'pipeline', start: '2027-04-01', end: '2027-04-30' })).id, name: 'Elsewhere', durationDays: 1 });
    const before = dumpWorkspace(ws.db);
    const brief = byName('Brief');
    const cases: [unknown, string, RegExp][] = [
      [{ id: brief.id, dependsOn: [byName('Review').id] }, 'dependsOn', /circle: Brief → Script → (Animation|Voice-over) → Review → Brief/],
      [{ id: brief.id, dependsOn: [brief.id] }, 'dependsOn.0', /Brief can't wait for itself/],
      [{ id: brief.id, dependsOn: [other.phaseId] }, 'dependsOn.0', /not in this campaign/],
      [{ id: brief.id, dependsOn: [byName('Script').id, byName('Script').id] }, 'dependsOn.1', /already in the list/],
      [{ id: brief.id, dependsOn: Array.from({ length: 10_000 }, (_, i) => i + 1) }, 'dependsOn', /at most 100 phases/],
      [{ id: brief.id, durationDays: -2 }, 'durationDays', /Cannot be negative/],
      [{ id: brief.id, durationDays: 0 }, 'durationDays', /at least 1 working day/],
      [{ id: brief.id, durationDays: 1306 }, 'durationDays', /at most 1,305 working days/],
      [{ id: brief.id, durationDays: 2.5 }, 'durationDays', /whole number/],
      [{ id: brief.id, name: 'script' }, 'name', /already has a phase called “Script”/],
      [{ id: 99_999, name: 'Gone' }, 'id', /phase/i],
      [{ id: brief.id, handoffRoleId: 99_999 }, 'handoffRoleId', /choose a role/],
      [{ id: brief.id, handoffRoleId: brief.id, handoffTalentId: 1 }, 'handoffTalentId', /a role or to a person, not both/],
      [{ id: brief.id, handoffTalentId: 99_999 }, 'handoffTalentId', /no longer exists/],
      [{ id: brief.id, handoffTalentId: 1, handoffSlaDays: -1 }, 'handoffSlaDays', /Cannot be negative/],
    ];
    for (const [input, field, message] of cases) {
      const e = await ws.send('phases:update', input);
      expect(e, JSON.stringify(input).slice(0, 80)).toMatchObject({ ok: false, error: { field } });
      if (!e.ok) expect(e.error.message).toMatch(message);
    }
    const adds: [unknown, string, RegExp][] = [
      [{ campaignId: campaign.id, name: 'X', durationDays: 2, dependsOn: [99_999] }, 'dependsOn.0', /not in this campaign/],
      [{ campaignId: campaign.id, name: 'X', durationDays: 2, roles: [{ roleId: 99_999, hours: 4 }] }, 'roles.0.roleId', /choose a role/],
      [{ campaignId: campaign.id, name: 'X', durationDays: 2, roles: [{ roleId: byName('Brief').id, hours: -4 }] }, 'roles.0.hours', /./],
      [{ campaignId: blackFriday.id + 99_999, name: 'X', durationDays: 2 }, 'campaignId', /campaign/i],
      [{ campaignId: campaign.id, name: 'Review', durationDays: 2 }, 'name', /already has a phase called “Review”/],
      [{ campaignId: campaign.id, name: 'X', durationDays: 2, handoffRoleId: 99_999 }, 'handoffRoleId', /choose a role/],
      [{ campaignId: campaign.id, name: 'X', durationDays: 2, handoffRoleId: byName('Brief').id, handoffTalentId: 1 }, 'handoffTalentId', /a role or to a person, not both/],
      [{ campaignId: campaign.id, name: 'X', durationDays: 2, handoffTalentId: 1, handoffSlaDays: -1 }, 'handoffSlaDays', /Cannot be negative/],
    ];
    for (const [input, field, message] of adds) {
      const e = await ws.send('phases:create', input);
      expect(e, JSON.stringify(input)).toMatchObject({ ok: false, error: { field } });
      if (!e.ok) expect(e.error.message).toMatch(message);
    }
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});

describe('changing a phase’s handoff after the campaign is made', () => {
  it('gives a phase a handoff planned on its last day, moves it to another receiver keeping the day it was done, takes it away, and undoes each in one step', async () => {
    const { byName, pat, producer } = await aurora();
    const script = byName('Script');
    const before = dumpWorkspace(ws.db);
    const given = await ws.call('phases:update', { id: script.id, handoffTalentId: pat.id, handoffRoleId: null, handoffSlaDays: 1 });
    // Script ends on Wednesday 21 April; one working day of SLA runs to Thursday 22nd.
    expect(given.phases.find((p) => p.id === script.id)).toMatchObject({ handoffTo: 'Pat Kim', handoffPlanned: '2027-04-21', handoffDue: '2027-04-22', handoffSlaDays: 1, handoffDone: null });
    expect((await ws.call('history:state', {})).undo).toBe('Edit phase Script');
    await ws.call('phases:handoffDone', { id: script.id, done: '2027-04-22' });
    const moved = await ws.call('phases:update', { id: script.id, handoffRoleId: producer.id, handoffTalentId: null, handoffSlaDays: 3 });
    expect(moved.phases.find((p) => p.id === script.id)).toMatchObject({ handoffTo: 'Producer', handoffSlaDays: 3, handoffDone: '2027-04-22' });
    // Sending the handoff as it is changes nothing about it, and a longer Script carries its planned day along.
    const longer = await ws.call('phases:update', { id: script.id, durationDays: 4, handoffRoleId: producer.id, handoffTalentId: null, handoffSlaDays: 3 });
    expect(longer.phases.find((p) => p.id === script.id)).toMatchObject({ end: '2027-04-22', handoffPlanned: '2027-04-22', handoffDone: '2027-04-22' });
    const none = await ws.call('phases:update', { id: script.id, handoffRoleId: null, handoffTalentId: null, handoffSlaDays: null });
    expect(none.phases.find((p) => p.id === script.id)).toMatchObject({ handoffTo: '', handoffPlanned: null, handoffDone: null, handoffSlaDays: null });
    for (let i = 0; i < 5; i++) await ws.call('history:undo', {}); // four edits and the handoff marked done
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});

describe('removing a phase', () => {
  it('the phases after it wait for what it waited for; its unbooked lines go; nothing else moves; one undo', async () => {
    const { campaign, byName } = await aurora();
    const before = dumpWorkspace(ws.db);
    const datesBefore = await dated(campaign.id);
    const impact = await ws.call('phases:deleteImpact', { id: byName('Script').id });
    expect(impact).toEqual({
      message: 'Animation and Voice-over will wait for Brief instead, as Script did. Its 1 demand line (20 h) goes with it. No other phase moves.',
      bookedLines: 0,
      bookings: 0,
    });
    const removed = await ws.call('phases:delete', { id: byName('Script').id });
    expect(removed).toMatchObject({ removedLines: 1, keptLines: 0 });
    expect(removed.phases.map((p) => [p.name, p.dependsOn])).toEqual([
      ['Brief', []], ['Animation', [byName('Brief').id]], ['Voice-over', [byName('Brief').id]], ['Review', [byName('Animation').id, byName('Voice-over').id]],
    ]);
    expect(await dated(campaign.id)).toEqual(datesBefore.filter((d) => !d.startsWith('Script')));
    expect((await linesOf(campaign.id)).some((l) => l.phaseId === byName('Script').id)).toBe(false);
    await ws.call('history:undo', {});
    expect(dumpWorkspace(ws.db)).toBe(before);
  });

  it('a phase whose lines have bookings is removed only when the planner keeps those lines as campaign demand; its handoff goes too', async () => {
    const { campaign, byName, mia, lena } = await aurora();
    // Give Animation a handoff to check it goes with the phase.
    ws.db.prepare('UPDATE campaign_phases SET handoff_talent_id = ?, handoff_sla_days = 2, handoff_planned = end WHERE id = ?').run(lena.id, byName('Animation').id);
    const line = (await linesOf(campaign.id)).find((l) => l.phaseId === byName('Animation').id)!;
    await ws.call('bookings:create', { talentId: mia.id, campaignId: campaign.id, demandLineId: line.id, start: '2027-04-22', end: '2027-04-23', hoursPerDay: 1.5, allowOverAllocation: true });
    const before = dumpWorkspace(ws.db);
    const impact = await ws.call('phases:deleteImpact', { id: byName('Animation').id });
    expect(impact.message).toBe(
      'Review will wait for Script instead, as Animation did. 1 demand line of it has 1 booking: it stays on the campaign as demand without a phase, with its bookings. Its handoff to Lena Vogel goes too. No other phase moves.',
    );
    const refused = await ws.send('phases:delete', { id: byName('Animation').id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', field: 'keepBookedLines' } });
    expect(dumpWorkspace(ws.db)).toBe(before);
    const removed = await ws.call('phases:delete', { id: byName('Animation').id, keepBookedLines: true });
    expect(removed).toMatchObject({ removedLines: 0, keptLines: 1 });
    expect(removed.phases.find((p) => p.name === 'Review')!.dependsOn.sort()).toEqual([byName('Script').id, byName('Voice-over').id].sort());
    expect(removed.phases.some((p) => p.handoffTo === 'Lena Vogel')).toBe(false);
    const kept = (await linesOf(campaign.id)).find((l) => l.id === line.id)!;
    expect(kept).toMatchObject({ phaseId: null, hours: 90, start: '2027-04-22', end: '2027-04-29', maxPeople: 2 });
    expect((await ws.call('bookings:list', { campaignIds: [campaign.id] })).map((b) => b.demandLineId)).toEqual([line.id]);
    await ws.call('history:undo', {});
    expect(dumpWorkspace(ws.db)).toBe(before);
  });
});

describe('"When can we deliver?" after editing phases', () => {
  it('plans the added phase with its dependency and leaves the removed one out', async () => {
    const { campaign, byName, copy } = await aurora();
    const legal = await ws.call('phases:create', { campaignId: campaign.id, name: 'Legal check', durationDays: 2, dependsOn: [byName('Voice-over').id], roles: [{ roleId: copy.id, hours: 6 }] });
    await ws.call('phases:update', { id: byName('Review').id, dependsOn: [byName('Animation').id, legal.phaseId] });
    await ws.call('phases:delete', { id: byName('Voice-over').id });
    const a = await ws.call('delivery:answer', { campaignId: campaign.id, earliestStart: '2027-04-14' });
    expect(a.phases.map((p) => p.name)).toEqual(['Brief', 'Script', 'Animation', 'Legal check', 'Review']);
    const at = (name: string) => a.phases.find((p) => p.name === name)!;
    // Legal check now waits for Script (Voice-over's own dependency), and Review for Legal check.
    expect(at('Legal check').start! > at('Script').end!).toBe(true);
    expect(at('Review').start! > at('Legal check').end!).toBe(true);
    expect(at('Legal check').roles).toMatchObject([{ roleId: copy.id, hours: 6 }]);
  });
});
