// "When can we deliver?" through the real handler table on a messy studio: the answer, its reason
// and ways out, and the dates it gives booked for real without over-allocating anyone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeliveryAnswer } from '@shared/contract';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { deliveryStudio } from './studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

/** Books every run of the answer as tentative bookings, refused on any over-allocation. */
async function bookAnswer(answer: DeliveryAnswer, campaignId: number): Promise<number> {
  let n = 0;
  for (const phase of answer.phases) {
    for (const role of phase.roles) {
      for (const p of role.people) {
        for (const r of p.runs) {
          await ws.call('bookings:create', { talentId: p.id, campaignId, start: r.start, end: r.end, hoursPerDay: r.hoursPerDay, status: 'tentative' });
          n++;
        }
      }
    }
  }
  return n;
}

describe('delivery:answer', () => {
  it('answers a late campaign with the binding constraint in words and ways out that bring the date forward', async () => {
    const s = await deliveryStudio(ws);
    const a = await ws.call('delivery:answer', { campaignId: s.summer.id, phases: s.phases, earliestStart: '2027-03-24', requestedDate: '2027-04-23' });
    expect(a.finish).not.toBeNull();
    expect(a.onTime).toBe(false);
    expect(a.workingDaysLate).toBeGreaterThan(0);
    expect(a.exact).toBe(true);
    // Brief starts on the (mid-week) earliest start; each phase after the one it depends on.
    expect(a.phases[0].start).toBe('2027-03-24');
    for (let i = 1; i < a.phases.length; i++) expect(a.phases[i].start! > a.phases[i - 1].end!).toBe(true);
    const production = a.phases[2];
    expect(production.waitDays).toBeGreaterThan(0);
    expect(production.roles[0].people.length).toBeLessThanOrEqual(3);
    expect(production.roles[0].people.reduce((s2, p) => s2 + p.hours, 0)).toBeCloseTo(120, 6);
    expect(a.binding.phaseId).toBe('motion');
    expect(a.binding.sentence).toMatch(/^Motion designer is [\d.]+ h short in weeks? [\d–]+ \(3 of 4 motion designers are booked on Black Friday/);
    expect(a.binding.campaigns[0]).toMatchObject({ name: 'Black Friday', people: 3 });
    const kinds = a.waysOut.map((w) => w.kind);
    expect(kinds).toContain('freelance');
    const freelance = a.waysOut.find((w) => w.kind === 'freelance')!;
    expect(freelance.finish! <= '2027-04-23').toBe(true);
    expect(freelance.freelance!.every((r) => r.roleName === 'Motion designer' && r.hours > 0)).toBe(true);
    const move = a.waysOut.find((w) => w.kind === 'moveTentative');
    expect(move?.bookings?.map((b) => b.campaign)).toEqual(['Spring Teaser']);
    expect(move!.finish! < a.finish!).toBe(true);
    const overtime = a.waysOut.find((w) => w.kind === 'overtime');
    expect(overtime?.overtime?.people.length).toBeGreaterThan(0);
    expect(overtime!.finish! < a.finish!).toBe(true);
  });

  it('gives dates that book for real without over-allocating anyone', async () => {
    const s = await deliveryStudio(ws);
    const a = await ws.call('delivery:answer', { campaignId: s.summer.id, phases: s.phases, earliestStart: '2027-03-24', requestedDate: '2027-04-23' });
    expect(await bookAnswer(a, s.summer.id)).toBeGreaterThan(0);
    const over = await ws.call('capacity:overallocations', { range: { start: '2027-03-01', end: '2027-06-30' } });
    expect(over).toEqual([]);
  });

  it('counts tentative bookings as free when asked, which is never later', async () => {
    const s = await deliveryStudio(ws);
    const taken = await ws.call('delivery:answer', { campaignId: s.summer.id, phases: s.phases, earliestStart: '2027-03-24', tentativeIsTaken: true });
    const free = await ws.call('delivery:answer', { campaignId: s.summer.id, phases: s.phases, earliestStart: '2027-03-24', tentativeIsTaken: false });
    expect(free.finish! <= taken.finish!).toBe(true);
  });

  it("plans a campaign's demand lines, one phase each from its window's start, when no phases are given", async () => {
    const s = await deliveryStudio(ws);
    await ws.call('demandLines:create', { campaignId: s.summer.id, roleId: s.copy.id, hours: 30, start: '2027-03-24', end: '2027-03-31', note: 'Scripts' });
    await ws.call('demandLines:create', { campaignId: s.summer.id, roleId: s.motion.id, skills: [{ skillId: s.ae.id, minLevel: 3 }], hours: 60, start: '2027-04-01', end: '2027-04-09', note: 'Animation' });
    const a = await ws.call('delivery:answer', { campaignId: s.summer.id, earliestStart: '2027-03-24' });
    expect(a.phases.map((p) => p.name)).toEqual(['Scripts', 'Animation']);
    // Each line's phase starts no earlier than its window.
    expect(a.phases[0].start).toBe('2027-03-24');
    expect(a.phases[1].start! >= '2027-04-01').toBe(true);
    expect(a.phases[1].roles[0].people.reduce((t, p) => t + p.hours, 0)).toBeCloseTo(60, 6);
    // With the campaign's own bookings counted as taken ("Book it"), only the hours still open are planned.
    const [, animation] = await ws.call('demandLines:list', { campaignIds: [s.summer.id] });
    await ws.call('bookings:create', { talentId: s.omar.id, campaignId: s.summer.id, demandLineId: animation.id, start: '2027-05-10', end: '2027-05-13', hoursPerDay: 5, status: 'confirmed' });
    const open = await ws.call('delivery:answer', { campaignId: s.summer.id, earliestStart: '2027-03-24', ownBookingsFree: false });
    expect(open.phases[1].roles[0].people.reduce((t, p) => t + p.hours, 0)).toBeCloseTo(40, 6);
  });

  it('books the answer as tentative bookings in one undoable step, beside the campaign’s own bookings', async () => {
    const s = await deliveryStudio(ws);
    await ws.call('bookings:create', { talentId: s.pat.id, campaignId: s.summer.id, start: '2027-03-24', end: '2027-03-26', hoursPerDay: 4, status: 'confirmed' });
    const q = { campaignId: s.summer.id, phases: s.phases, earliestStart: '2027-03-24', requestedDate: '2027-04-23' };
    const plan = await ws.call('delivery:answer', { ...q, ownBookingsFree: false });
    const before = (await ws.call('bookings:list', { campaignIds: [s.summer.id] })).length;
    const r = await ws.call('delivery:book', q);
    const runs = plan.phases.flatMap((p) => p.roles.flatMap((x) => x.people.flatMap((y) => y.runs)));
    expect(r.created.length).toBe(runs.length);
    expect(r.label).toBe(`Book Summer Launch's delivery: ${runs.length} tentative bookings`);
    const after = await ws.call('bookings:list', { campaignIds: [s.summer.id] });
    expect(after.length).toBe(before + runs.length);
    expect(after.filter((b) => r.created.includes(b.id)).every((b) => b.status === 'tentative')).toBe(true);
    expect(await ws.call('capacity:overallocations', { range: { start: '2027-03-01', end: '2027-06-30' } })).toEqual([]);
    const history = await ws.call('history:state');
    expect(history.undo).toBe(r.label);
    await ws.call('history:undo', { step: history.undoStep! });
    expect((await ws.call('bookings:list', { campaignIds: [s.summer.id] })).length).toBe(before);
  });

  it('refuses bad questions naming the field, and a circle naming its phases', async () => {
    const s = await deliveryStudio(ws);
    const bad = async (input: unknown) => {
      const e = await ws.send('delivery:answer', input);
      if (e.ok) throw new Error('accepted');
      return e.error;
    };
    const base = { earliestStart: '2027-03-24', phases: s.phases };
    expect((await bad({ ...base, phases: [{ ...s.phases[0], durationDays: -2 }] })).field).toBe('phases.0.durationDays');
    expect((await bad({ ...base, phases: [{ ...s.phases[0], durationDays: 1500 }] })).message).toMatch(/At most 260 working days/);
    expect((await bad({ ...base, requestedDate: '2027-03-01' })).field).toBe('requestedDate');
    expect((await bad({ earliestStart: '2027-03-24' })).field).toBe('phases');
    expect((await bad({ ...base, phases: [{ ...s.phases[0], dependsOn: ['nope'] }] })).field).toBe('phases.0.dependsOn.0');
    const circle = await bad({ ...base, phases: [{ ...s.phases[0], dependsOn: ['review'] }, ...s.phases.slice(1)] });
    expect(circle.message).toMatch(/circle: "Brief", "Concept", "Production", "Review"/);
    expect((await bad({ ...base, phases: Array.from({ length: 10_000 }, (_, i) => ({ ...s.phases[0], id: `p${i}` })) })).field).toBe('phases');
  });
});
