// One rule for who can work on a demand line (shared/eligibility.ts): the role when the line has one,
// and every required skill at its level. Through the real handler table, on the messy delivery studio
// (part-timers, two holiday regions, a closure, Black Friday booking most motion designers) plus two
// free motion designers who cannot do the Animation line (Sam: no After Effects; Iris, a part-timer
// with time off: After Effects level 2) and an illustrator with After Effects level 4.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempWorkspace, type TestWorkspace } from '../helpers/workspace';
import { productVideoCampaign } from './studio';

let ws: TestWorkspace;
beforeEach(() => {
  ws = tempWorkspace();
});
afterEach(() => ws.close());

const week = (h: number, days: number[]) => [0, 1, 2, 3, 4, 5, 6].map((d) => (days.includes(d) ? h : 0)) as [number, number, number, number, number, number, number];
const question = (campaignId: number) => ({ campaignId, earliestStart: '2027-04-14', tentativeIsTaken: true });

async function studio() {
  const s = await productVideoCampaign(ws, { hours: 75, maxPeople: 3 });
  const illustrator = await ws.call('roles:create', { name: 'Illustrator', utilisationTarget: 80 });
  const person = (name: string, roleId: number, hours: number, days: number[], ae: number | null) =>
    ws.call('talent:create', {
      kind: 'staff',
      name,
      primaryRoleId: roleId,
      skills: ae === null ? [] : [{ skillId: s.ae.id, level: ae }],
      currency: 'GBP',
      holidayCountry: 'GB',
      holidayRegion: 'ENG',
      patterns: [{ effectiveFrom: '2026-01-01', hours: week(hours, days) }],
    });
  // Free all spring while Black Friday holds the others: the old loose rule ("the role, whatever the skills") books them.
  const sam = await person('Sam Reed', s.motion.id, 8, [0, 1, 2, 3, 4], null);
  const iris = await person('Iris Lund', s.motion.id, 6, [0, 1, 2, 3], 2);
  await ws.call('timeOff:create', { talentId: iris.id, start: '2027-04-26', end: '2027-04-27', type: 'vacation' });
  const kai = await person('Kai Brandt', illustrator.id, 7.5, [0, 1, 2, 3, 4], 4);
  const lines = await ws.call('demandLines:list', { campaignIds: [s.campaign.id] });
  const animation = lines.find((l) => l.roleId === s.motion.id)!;
  const qualified = new Set([s.mia.id, s.noah.id, s.lena.id, s.omar.id]);
  return { ...s, sam, iris, kai, animation, qualified };
}

describe('who can work on a line: the role and every required skill at its level', () => {
  for (const mode of ['split', 'whole'] as const) {
    it(`Book it (${mode}) books on the Animation line only motion designers with After Effects level 3+, as the answer lists`, async () => {
      const s = await studio();
      const answer = await ws.call('delivery:answer', { ...question(s.campaign.id), ownBookingsFree: false });
      const listed = answer.phases.find((p) => p.name === 'Animation')!.roles.flatMap((r) => r.people.map((p) => p.id));
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.every((id) => s.qualified.has(id))).toBe(true);

      const p = await ws.call('delivery:propose', { ...question(s.campaign.id), mode });
      const onAnimation = p.bookings.filter((b) => b.demandLineId === s.animation.id);
      expect(onAnimation.length).toBeGreaterThan(0);
      for (const b of onAnimation) expect(s.qualified.has(b.talentId), `${b.name} booked on Animation`).toBe(true);
      await ws.call('staffing:accept', { proposalId: p.id });
      const booked = await ws.call('bookings:list', { campaignIds: [s.campaign.id] });
      const bookedOnAnimation = new Set(booked.filter((b) => b.demandLineId === s.animation.id).map((b) => b.talentId));
      expect([...bookedOnAnimation].every((id) => s.qualified.has(id))).toBe(true);
      expect(bookedOnAnimation.has(s.sam.id) || bookedOnAnimation.has(s.iris.id)).toBe(false);
      // The lines without skills still take anyone with the role (Copywriters, Producers).
      expect(booked.some((b) => b.talentId === s.ava.id || b.talentId === s.ben.id)).toBe(true);
    });
  }

  it('staffing:propose on the role + skill line proposes only people who qualify', async () => {
    const s = await studio();
    const p = await ws.call('staffing:propose', { range: { start: '2027-04-01', end: '2027-05-31' }, lines: [{ id: s.animation.id, start: '2027-04-26', end: '2027-05-07' }] });
    expect(p.bookings.length).toBeGreaterThan(0);
    for (const b of p.bookings) expect(s.qualified.has(b.talentId), `${b.name} proposed`).toBe(true);
  });

  it('a line with skills and no role is staffed by anyone with the skills, whatever their role', async () => {
    const s = await studio();
    const line = await ws.call('demandLines:create', { campaignId: s.summer.id, roleId: null, skills: [{ skillId: s.ae.id, minLevel: 3 }], hours: 300, start: '2027-05-03', end: '2027-05-14' });
    const withSkill = new Set([...s.qualified, s.kai.id]);
    const p = await ws.call('staffing:propose', { range: { start: '2027-05-01', end: '2027-05-31' }, lines: [{ id: line.id, start: '2027-05-03', end: '2027-05-14' }] });
    expect(p.lines[0].staffed).toBeGreaterThan(200);
    for (const b of p.bookings) expect(withSkill.has(b.talentId), `${b.name} proposed`).toBe(true);
    // More hours than the four motion designers have in those two weeks: Kai, an illustrator with After Effects 4, is booked too.
    expect(p.bookings.some((b) => b.talentId === s.kai.id)).toBe(true);

    const r = await ws.call('staffing:rank', { demandLineId: line.id });
    expect(new Set(r.candidates.map((c) => c.talentId))).toEqual(withSkill);
    expect(r.eligible).toBe(withSkill.size);
    expect(r.candidates.every((c) => c.match === 'skills' && c.missing === null)).toBe(true);
  });

  it('Find a person lists near matches below every full match, saying in words what they miss', async () => {
    const s = await studio();
    const r = await ws.call('staffing:rank', { demandLineId: s.animation.id });
    const full = r.candidates.filter((c) => c.missing === null);
    const near = r.candidates.filter((c) => c.missing !== null);
    expect(new Set(full.map((c) => c.talentId))).toEqual(s.qualified);
    expect(r.eligible).toBe(s.qualified.size);
    expect(r.candidates.slice(0, full.length)).toEqual(full);
    const byName = new Map(near.map((c) => [c.name, c]));
    expect([...byName.keys()].sort()).toEqual(['Iris Lund', 'Kai Brandt', 'Sam Reed']);
    expect(byName.get('Sam Reed')!.missing).toBe('missing After Effects level 3');
    expect(byName.get('Iris Lund')!.missing).toBe('missing After Effects level 3');
    expect(byName.get('Kai Brandt')!.missing).toBe('missing the Motion designer role');
    expect(byName.get('Sam Reed')!.reason).toContain('· missing After Effects level 3');
  });
});
