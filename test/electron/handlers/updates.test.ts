// The update rule, for every `*:update` channel: only the fields sent change. A field left out
// keeps its value, the merged record is checked as a whole, and unknown keys are refused.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames } from '@shared/contract';
import { smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
let studio: Awaited<ReturnType<typeof smallStudio>>;
beforeEach(async () => {
  ws = tempWorkspace();
  studio = await smallStudio(ws);
});
afterEach(() => ws.close());

async function refused(channel: string, input: unknown) {
  const e = await ws.send(channel, input);
  expect(e.ok, `${channel} ${JSON.stringify(input)}`).toBe(false);
  return e.ok ? null : e.error;
}

describe('updates change only the fields sent', () => {
  it('every update channel is covered here', () => {
    // templates:update is covered in templates.test.ts.
    const covered = ['talent', 'patterns', 'timeOff', 'roles', 'skills', 'closures', 'campaigns', 'demandLines', 'bookings', 'rates', 'templates', 'marketingChannels', 'retros', 'phases'].map((a) => `${a}:update`);
    expect(channelNames.filter((c) => c.endsWith(':update')).sort()).toEqual(covered.sort());
  });

  it('talent:update: a new name keeps the email, tags, skills, rates and region', async () => {
    const before = await ws.call('talent:get', { id: studio.ada.id });
    const after = await ws.call('talent:update', { id: studio.ada.id, name: 'Ada King' });
    expect(after).toEqual({ ...before, name: 'Ada King' });
    expect(after).toMatchObject({ email: 'ada@example.com', tags: ['senior'], costRate: 50, billRate: 90, holidayRegion: 'ENG', otherRoleIds: [studio.writer.id] });
    // A whole record, as the window sends it, still works.
    const { id: _id, ...whole } = after;
    expect(await ws.call('talent:update', { ...whole, id: studio.ada.id, team: 'Brand' })).toMatchObject({ team: 'Brand', email: 'ada@example.com' });
    // The merged record is checked as a whole: a region needs a country.
    expect(await refused('talent:update', { id: studio.ada.id, holidayCountry: null })).toMatchObject({ code: 'invalid_input', field: 'holidayCountry' });
    expect(await refused('talent:update', { id: studio.ada.id, headcount: 3 })).toMatchObject({ field: 'headcount' });
    expect(await refused('talent:update', { id: studio.ada.id, nickname: 'A' })).toMatchObject({ code: 'invalid_input' });
    expect(await refused('talent:update', { name: 'No id' })).toMatchObject({ field: 'id' });
    expect(await refused('talent:update', { id: 999_999, name: 'Nobody' })).toMatchObject({ code: 'not_found' });
    expect((await ws.call('talent:get', { id: studio.ada.id })).team).toBe('Brand');
  });

  it('campaigns:update: a new end keeps the budget and client; an end before the start is refused', async () => {
    const after = await ws.call('campaigns:update', { id: studio.spring.id, end: '2027-05-31' });
    expect(after).toMatchObject({ name: 'Spring Launch', client: 'Northwind', budget: 20_000, start: '2027-03-01', end: '2027-05-31', status: 'confirmed' });
    expect(await refused('campaigns:update', { id: studio.spring.id, end: '2027-02-01' })).toMatchObject({ code: 'invalid_input', field: 'end' });
    expect(await refused('campaigns:update', { id: studio.spring.id, name: '' })).toMatchObject({ field: 'name' });
  });

  it('demandLines:update: new hours keep the role, skills and window', async () => {
    const after = await ws.call('demandLines:update', { id: studio.line.id, hours: 80 });
    expect(after).toMatchObject({ hours: 80, roleId: studio.designer.id, skills: [{ skillId: studio.figma.id, minLevel: 3 }], start: '2027-03-01', end: '2027-03-31' });
    expect(await refused('demandLines:update', { id: studio.line.id, start: '2027-04-01' })).toMatchObject({ field: 'end' });
  });

  it('bookings:update: new hours keep the person, line, status and note; a move keeps the hours', async () => {
    const b = await ws.call('bookings:create', { talentId: studio.ada.id, campaignId: studio.spring.id, demandLineId: studio.line.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6, status: 'confirmed', note: 'kick-off' });
    const changed = await ws.call('bookings:update', { id: b.id, hoursPerDay: 4 });
    expect(changed).toMatchObject({ hoursPerDay: 4, talentId: studio.ada.id, demandLineId: studio.line.id, status: 'confirmed', note: 'kick-off', start: '2027-03-01', totalHours: 20 });
    const moved = await ws.call('bookings:update', { id: b.id, start: '2027-03-08', end: '2027-03-09', expectedUpdatedAt: changed.updatedAt });
    expect(moved).toMatchObject({ hoursPerDay: 4, start: '2027-03-08', end: '2027-03-09', note: 'kick-off', totalHours: 8 });
    expect(await refused('bookings:update', { id: b.id, end: '2027-03-01' })).toMatchObject({ field: 'end' });
    expect(await refused('bookings:update', { id: b.id, note: 'x', expectedUpdatedAt: '2020-01-01T00:00:00.000Z' })).toMatchObject({ code: 'conflict' });
  });

  it('rates:update: a new rate keeps the currencies and the date; the same currency twice is refused', async () => {
    const rate = await ws.call('rates:create', { fromCurrency: 'EUR', toCurrency: 'GBP', rate: 0.86, effectiveFrom: '2026-01-01' });
    expect(await ws.call('rates:update', { id: rate.id, rate: 0.85 })).toMatchObject({ fromCurrency: 'EUR', toCurrency: 'GBP', rate: 0.85, effectiveFrom: '2026-01-01' });
    expect(await refused('rates:update', { id: rate.id, toCurrency: 'EUR' })).toMatchObject({ field: 'toCurrency' });
  });

  it('time off, patterns, roles, skills and closures keep what is not sent', async () => {
    const off = await ws.call('timeOff:create', { talentId: studio.ada.id, start: '2027-08-02', end: '2027-08-06', hoursPerDay: 3.5, type: 'sick', note: 'flu' });
    expect(await ws.call('timeOff:update', { id: off.id, end: '2027-08-04' })).toMatchObject({ start: '2027-08-02', end: '2027-08-04', hoursPerDay: 3.5, type: 'sick', note: 'flu' });
    expect(await refused('timeOff:update', { id: off.id, start: '2027-08-10' })).toMatchObject({ field: 'end' });

    const [pattern] = await ws.call('patterns:list', { talentId: studio.ada.id });
    expect(await ws.call('patterns:update', { id: pattern.id, hours: [8, 8, 8, 8, 4, 0, 0] })).toMatchObject({ effectiveFrom: pattern.effectiveFrom, talentId: studio.ada.id, hours: [8, 8, 8, 8, 4, 0, 0] });

    const role = await ws.call('roles:create', { name: 'Producer', utilisationTarget: 65, colour: '#445566' });
    expect(await ws.call('roles:update', { id: role.id, name: 'Senior producer' })).toMatchObject({ name: 'Senior producer', utilisationTarget: 65, colour: '#445566' });
    expect(await ws.call('roles:update', { id: role.id, utilisationTarget: 70 })).toMatchObject({ name: 'Senior producer', utilisationTarget: 70 });

    expect(await ws.call('skills:update', { id: studio.figma.id })).toMatchObject({ name: 'Figma' });
    expect(await ws.call('skills:update', { id: studio.figma.id, name: 'Figma (UI)' })).toMatchObject({ name: 'Figma (UI)' });

    const channel = await ws.call('marketingChannels:create', { name: 'Paid social' });
    expect(await ws.call('marketingChannels:update', { id: channel.id })).toMatchObject({ name: 'Paid social' });
    expect(await ws.call('marketingChannels:update', { id: channel.id, name: 'Paid social (Meta)' })).toMatchObject({ name: 'Paid social (Meta)' });

    const closure = await ws.call('closures:create', { date: '2027-12-24', name: 'Studio closed' });
    expect(await ws.call('closures:update', { id: closure.id, date: '2027-12-27' })).toMatchObject({ date: '2027-12-27', name: 'Studio closed' });
  });

  it('retros:update: new notes keep the title, range and campaign', async () => {
    const r = await ws.call('retros:create', { title: 'Spring, looking back', campaignId: studio.spring.id, worked: 'Pairing' });
    const after = await ws.call('retros:update', { id: r.id, stalled: 'Copy came late' });
    expect(after).toEqual({ ...r, stalled: 'Copy came late', updatedAt: after.updatedAt });
    expect(after).toMatchObject({ title: 'Spring, looking back', worked: 'Pairing', campaignId: studio.spring.id, start: '2027-03-01' });
    expect(await refused('retros:update', { id: r.id, title: '' })).toMatchObject({ field: 'title' });
    expect(await refused('retros:update', { id: 999_999, title: 'Nobody' })).toMatchObject({ code: 'not_found' });
  });

  it('phases:update: a new name keeps the working days, dates, dependencies and handoff; an empty name is refused', async () => {
    const { designer, ada } = studio;
    const t = await ws.call('templates:create', {
      name: 'Social launch',
      phases: [
        { name: 'Brief', durationDays: 2 },
        { name: 'Design', durationDays: 3, dependsOn: [0], roles: [{ roleId: designer.id, hours: 20 }], handoffTalentId: ada.id, handoffSlaDays: 2 },
      ],
    });
    const { phases } = await ws.call('templates:createCampaign', { templateId: t.id, anchor: 'start', date: '2027-03-03', campaign: { name: 'Aurora' } });
    const after = await ws.call('phases:update', { id: phases[1].id, name: 'Key visuals' });
    expect(after.phases[1]).toEqual({ ...phases[1], name: 'Key visuals' });
    expect(after.phases[1]).toMatchObject({ start: '2027-03-05', durationDays: 3, dependsOn: [phases[0].id], handoffTo: 'Ada Lovelace' });
    expect(await refused('phases:update', { id: phases[1].id, name: '' })).toMatchObject({ field: 'name' });
  });

  it('the snapshot schedule keeps its weekday when only switched off and on', async () => {
    expect(await ws.call('snapshots:setSchedule', { enabled: true, weekday: 4 })).toMatchObject({ enabled: true, weekday: 4 });
    expect(await ws.call('snapshots:setSchedule', { enabled: false })).toMatchObject({ enabled: false, weekday: 4 });
    expect(await ws.call('snapshots:setSchedule', { enabled: true })).toMatchObject({ enabled: true, weekday: 4 });
  });
});

describe('blank external ids mean none', () => {
  it('two people and two campaigns with a blank external id are both stored with none', async () => {
    const base = { kind: 'staff' as const, primaryRoleId: studio.designer.id };
    const a = await ws.call('talent:create', { ...base, name: 'Grace', externalId: '' });
    const b = await ws.call('talent:create', { ...base, name: 'Linus', externalId: '   ' });
    expect([a.externalId, b.externalId]).toEqual([null, null]);
    expect((await ws.call('talent:update', { id: studio.ada.id, externalId: '' })).externalId).toBeNull();
    const c = { status: 'pipeline' as const, start: '2027-06-01', end: '2027-06-30' };
    const x = await ws.call('campaigns:create', { ...c, name: 'X', externalId: '' });
    const y = await ws.call('campaigns:create', { ...c, name: 'Y', externalId: '' });
    expect([x.externalId, y.externalId]).toEqual([null, null]);
  });
});

describe('bookings:check refuses what does not exist', () => {
  const booking = () => ({ talentId: studio.ada.id, campaignId: studio.spring.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 20 });
  it('an unknown person, campaign, demand line or booking is refused, naming the field', async () => {
    expect((await ws.call('bookings:check', booking())).message).toMatch(/Ada Lovelace: 20 h booked of 7\.5 h/);
    expect(await refused('bookings:check', { ...booking(), talentId: 987_654 })).toMatchObject({ code: 'not_found', field: 'talentId' });
    expect(await refused('bookings:check', { ...booking(), campaignId: 987_654 })).toMatchObject({ code: 'not_found', field: 'campaignId' });
    expect(await refused('bookings:check', { ...booking(), demandLineId: 987_654 })).toMatchObject({ code: 'not_found', field: 'demandLineId' });
    expect(await refused('bookings:check', { ...booking(), id: 987_654 })).toMatchObject({ code: 'not_found', field: 'id' });
  });
});
