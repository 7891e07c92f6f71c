import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dumpWorkspace, smallStudio, tempWorkspace, type TestWorkspace } from '../helpers/workspace';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

describe('talent', () => {
  it('round-trips every field, with roles, skills and tags', async () => {
    const { ada, designer, writer, figma } = await smallStudio(ws);
    const stored = await ws.call('talent:get', { id: ada.id });
    expect(stored).toMatchObject({
      kind: 'freelancer', name: 'Ada Lovelace', email: 'ada@example.com', primaryRoleId: designer.id, otherRoleIds: [writer.id],
      skills: [{ skillId: figma.id, level: 4 }], tags: ['senior'], costRate: 50, billRate: 90, holidayCountry: 'GB', holidayRegion: 'ENG', headcount: 1,
    });
    const patterns = await ws.call('patterns:list', { talentId: ada.id });
    expect(patterns).toHaveLength(1);
    expect(patterns[0].hours).toEqual([7.5, 7.5, 7.5, 7.5, 7.5, 0, 0]);
  });

  it('filters by kind, role (primary or other), skill with minimum level, tag and text', async () => {
    const { designer, writer, figma, copy } = await smallStudio(ws);
    await ws.call('talent:create', { kind: 'staff', name: 'Grace Hopper', primaryRoleId: writer.id, skills: [{ skillId: copy.id, level: 5 }, { skillId: figma.id, level: 2 }], tags: ['remote'] });
    await ws.call('talent:create', { kind: 'agency', name: 'Pixel Foundry', primaryRoleId: designer.id, headcount: 3, team: 'Brand' });
    const names = async (filter: object) => (await ws.call('talent:list', filter)).map((t) => t.name);
    expect(await names({})).toEqual(['Ada Lovelace', 'Grace Hopper', 'Pixel Foundry']);
    expect(await names({ kinds: ['agency'] })).toEqual(['Pixel Foundry']);
    expect(await names({ roleId: writer.id })).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(await names({ skillId: figma.id, minLevel: 3 })).toEqual(['Ada Lovelace']);
    expect(await names({ skillId: figma.id })).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(await names({ tag: 'REMOTE' })).toEqual(['Grace Hopper']);
    expect(await names({ text: 'brand' })).toEqual(['Pixel Foundry']);
    expect(await names({ text: '100%_' })).toEqual([]);
  });

  it('refuses a duplicate email, naming the field', async () => {
    const { designer } = await smallStudio(ws);
    const result = await ws.send('talent:create', { kind: 'staff', name: 'Other Ada', email: 'ADA@example.com', primaryRoleId: designer.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', field: 'email' } });
  });

  it('deleting a person says what happens to their bookings, and does exactly that', async () => {
    const { ada, spring, line } = await smallStudio(ws);
    await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, demandLineId: line.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6 });
    await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, start: '2027-03-08', end: '2027-03-09', hoursPerDay: 6 });
    const impact = await ws.call('talent:deleteImpact', { id: ada.id });
    expect(impact.bookings).toBe(2);
    expect(impact.message).toBe('Deleting Ada Lovelace also deletes their 2 bookings; the 1 booking on demand lines become open demand again.');
    await ws.call('talent:delete', { id: ada.id });
    expect(await ws.call('bookings:list', {})).toEqual([]);
    expect(await ws.call('talent:list', {})).toEqual([]);
    const [open] = await ws.call('demandLines:list', { campaignIds: [spring.id] });
    expect(open.openHours).toBe(120);
  });
});

describe('campaigns, demand lines and bookings', () => {
  it('summarises demand, booked hours and booked cost', async () => {
    const { ada, spring, line } = await smallStudio(ws);
    await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, demandLineId: line.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6 });
    const [summary] = await ws.call('campaigns:list', {});
    expect(summary).toMatchObject({ name: 'Spring Launch', demandHours: 120, bookedHours: 30, bookedCost: 1500 });
    const [lineSummary] = await ws.call('demandLines:list', { campaignIds: [spring.id] });
    expect(lineSummary).toMatchObject({ bookedHours: 30, openHours: 90 });
  });

  it('filters campaigns by status, client and overlapping dates', async () => {
    await smallStudio(ws);
    await ws.call('campaigns:create', { name: 'Autumn', client: 'Acme', status: 'pipeline', probability: 40, start: '2027-09-01', end: '2027-10-31' });
    const names = async (filter: object) => (await ws.call('campaigns:list', filter)).map((c) => c.name);
    expect(await names({ statuses: ['pipeline'] })).toEqual(['Autumn']);
    expect(await names({ client: 'northwind' })).toEqual(['Spring Launch']);
    expect(await names({ from: '2027-04-15', to: '2027-09-01' })).toEqual(['Spring Launch', 'Autumn']);
    expect(await names({ from: '2027-05-01', to: '2027-08-31' })).toEqual([]);
  });

  it('filters bookings by range, talent, campaign and status', async () => {
    const { ada, spring } = await smallStudio(ws);
    const a = await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6, status: 'confirmed' });
    const b = await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, start: '2027-04-01', end: '2027-04-02', hoursPerDay: 4 });
    const ids = async (filter: object) => (await ws.call('bookings:list', filter)).map((x) => x.id);
    expect(await ids({ from: '2027-03-05', to: '2027-03-31' })).toEqual([a.id]);
    expect(await ids({ statuses: ['tentative'] })).toEqual([b.id]);
    expect(await ids({ talentIds: [ada.id], campaignIds: [spring.id] })).toEqual([a.id, b.id]);
    expect(await ids({ talentIds: [999] })).toEqual([]);
  });

  it('refuses a booking tied to another campaign’s demand line, and a stale update', async () => {
    const { ada, spring, line } = await smallStudio(ws);
    const other = await ws.call('campaigns:create', { name: 'Other', status: 'confirmed', start: '2027-03-01', end: '2027-03-31' });
    const before = dumpWorkspace(ws.db);
    const wrong = await ws.send('bookings:create', { talentId: ada.id, campaignId: other.id, demandLineId: line.id, start: '2027-03-01', end: '2027-03-02', hoursPerDay: 6 });
    expect(wrong).toMatchObject({ ok: false, error: { field: 'demandLineId' } });
    expect(dumpWorkspace(ws.db)).toBe(before);
    const booking = await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, start: '2027-03-01', end: '2027-03-02', hoursPerDay: 6 });
    const stale = await ws.send('bookings:update', { ...pick(booking), hoursPerDay: 4, expectedUpdatedAt: '2000-01-01T00:00:00.000Z' });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('deleting a campaign removes its demand lines and bookings, as it says', async () => {
    const { ada, spring, line } = await smallStudio(ws);
    await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, demandLineId: line.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6 });
    const impact = await ws.call('campaigns:delete', { id: spring.id });
    expect(impact.message).toBe('Deleting “Spring Launch” also deletes its 1 demand line and 1 booking.');
    expect(await ws.call('campaigns:list', {})).toEqual([]);
    expect(await ws.call('bookings:list', {})).toEqual([]);
    expect(await ws.call('demandLines:list', {})).toEqual([]);
  });

  it('deleting a demand line keeps its bookings on the campaign', async () => {
    const { ada, spring, line } = await smallStudio(ws);
    const booking = await ws.call('bookings:create', { talentId: ada.id, campaignId: spring.id, demandLineId: line.id, start: '2027-03-01', end: '2027-03-05', hoursPerDay: 6 });
    await ws.call('demandLines:delete', { id: line.id });
    expect(await ws.call('bookings:get', { id: booking.id })).toMatchObject({ campaignId: spring.id, demandLineId: null });
  });
});

describe('managed lists', () => {
  it('refuses to delete a role still in use; a deleted skill comes off the people who list it', async () => {
    const { designer, figma, copy } = await smallStudio(ws);
    expect(await ws.send('roles:delete', { id: designer.id })).toMatchObject({ ok: false, error: { code: 'constraint' } });
    expect(await ws.send('skills:delete', { id: figma.id })).toEqual({ ok: true, value: undefined });
    expect((await ws.call('talent:list', {})).some((t) => t.skills.some((s) => s.skillId === figma.id))).toBe(false);
    expect(await ws.send('skills:delete', { id: copy.id })).toEqual({ ok: true, value: undefined });
  });

  it('keeps at least one working pattern per person', async () => {
    const { ada } = await smallStudio(ws);
    const [only] = await ws.call('patterns:list', { talentId: ada.id });
    expect(await ws.send('patterns:delete', { id: only.id })).toMatchObject({ ok: false, error: { code: 'constraint' } });
    const partTime = await ws.call('patterns:create', { talentId: ada.id, effectiveFrom: '2027-03-01', hours: [7.5, 7.5, 7.5, 7.5, 0, 0, 0] });
    expect((await ws.call('patterns:list', { talentId: ada.id })).map((p) => p.effectiveFrom)).toEqual(['2000-01-01', '2027-03-01']);
    await ws.call('patterns:delete', { id: partTime.id });
  });

  it('stores closures and time off', async () => {
    const { ada } = await smallStudio(ws);
    await ws.call('closures:create', { date: '2027-12-29', name: 'Studio closed' });
    await ws.call('timeOff:create', { talentId: ada.id, start: '2027-03-10', end: '2027-03-10', hoursPerDay: 3.5, type: 'other' });
    expect(await ws.call('closures:list', { from: '2027-12-01' })).toMatchObject([{ date: '2027-12-29' }]);
    expect(await ws.call('timeOff:list', { talentIds: [ada.id] })).toMatchObject([{ hoursPerDay: 3.5, type: 'other' }]);
  });
});

function pick(b: { id: number; talentId: number; campaignId: number; demandLineId: number | null; start: string; end: string; hoursPerDay: number; status: 'tentative' | 'confirmed'; note: string }) {
  return { id: b.id, talentId: b.talentId, campaignId: b.campaignId, demandLineId: b.demandLineId, start: b.start, end: b.end, hoursPerDay: b.hoursPerDay, status: b.status, note: b.note };
}
