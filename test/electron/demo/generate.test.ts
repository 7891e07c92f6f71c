import { describe, expect, it } from 'vitest';
import type { DemandLine, Talent } from '@shared/domain';
import { DEMO_SEED, generateStudio } from '../../../electron/demo/generate';
import { attainableLines } from '../../../electron/demo/attainable';

/** Delivery's rule: the line's role (primary or other) when it has one, and every skill at its level. */
const canDo = (t: Talent, l: DemandLine) =>
  (l.roleId === null || t.primaryRoleId === l.roleId || t.otherRoleIds.includes(l.roleId)) && l.skills.every((r) => t.skills.some((s) => s.skillId === r.skillId && s.level >= r.minLevel));

describe('generateStudio', () => {
  it('is deterministic for a seed and today', () => {
    expect(generateStudio(42, '2026-03-11')).toEqual(generateStudio(42, '2026-03-11'));
  });

  it('changes with the seed and moves with today', () => {
    const a = generateStudio(DEMO_SEED, '2026-03-11');
    expect(generateStudio(DEMO_SEED + 1, '2026-03-11').talent).not.toEqual(a.talent);
    const later = generateStudio(DEMO_SEED, '2026-05-04');
    expect(later.bookings.every((b) => b.start >= '2026-05-04' && b.end <= '2026-11-03')).toBe(true);
  });

  it('scales to the requested size with the people split and every reference in range', () => {
    const data = generateStudio(7, '2026-01-05', { people: 400, campaigns: 40, demandLines: 160, bookings: 6000, months: 12 });
    const kinds = (k: string) => data.talent.filter((t) => t.kind === k).length;
    expect(data.talent).toHaveLength(400);
    expect(kinds('staff') / 400).toBeCloseTo(0.6, 1);
    expect(kinds('freelancer') / 400).toBeCloseTo(0.35, 1);
    expect(kinds('agency')).toBeGreaterThan(10);
    expect(data.campaigns).toHaveLength(40);
    expect(data.demandLines).toHaveLength(160);
    expect(data.bookings).toHaveLength(6000);
    const people = new Set(data.timeOff.map((t) => t.talentId));
    expect(people.size / 400).toBeGreaterThan(0.35);
    for (const b of data.bookings) {
      expect(b.talentId).toBeGreaterThanOrEqual(1);
      expect(b.talentId).toBeLessThanOrEqual(400);
      expect(b.start <= b.end && b.start >= '2026-01-05' && b.end < '2027-01-05').toBe(true);
      expect(b.hoursPerDay).toBeGreaterThan(0);
      expect(b.hoursPerDay).toBeLessThanOrEqual(24);
      if (b.demandLineId !== null) expect(data.demandLines[b.demandLineId - 1].campaignId).toBe(b.campaignId);
    }
    const meanDays = data.bookings.reduce((s, b) => s + (Date.parse(b.end) - Date.parse(b.start)) / 86_400_000 + 1, 0) / data.bookings.length;
    expect(meanDays).toBeGreaterThan(5);
    expect(meanDays).toBeLessThan(20);
  });

  it('asks on every line only for what someone with its role can do, easing no line that someone could already do', () => {
    for (const [seed, today] of [[DEMO_SEED, '2026-11-26'], [7, '2026-01-05']] as const) {
      const data = generateStudio(seed, today);
      for (const line of data.demandLines) expect(data.talent.some((t) => canDo(t, line)), `line ${line.id}`).toBe(true);
    }
    const person = (id: number, roleId: number, skills: [number, number][]): Talent =>
      ({ id, name: `P${id}`, primaryRoleId: roleId, otherRoleIds: [], skills: skills.map(([skillId, level]) => ({ skillId, level })) }) as unknown as Talent;
    const line = (roleId: number | null, skills: [number, number][]): DemandLine =>
      ({ id: 1, campaignId: 1, roleId, skills: skills.map(([skillId, minLevel]) => ({ skillId, minLevel })), hours: 40, start: '2026-01-05', end: '2026-01-30', priority: 3, note: '' }) as DemandLine;
    // A motion designer at After Effects 3 and Cinema 4D 2, another at After Effects 2 only; a copywriter at After Effects 5.
    const people = [person(1, 1, [[10, 3], [11, 2]]), person(2, 1, [[10, 2]]), person(3, 2, [[10, 5]])];
    const [kept, eased, dropped] = attainableLines([line(1, [[10, 3]]), line(1, [[10, 4], [11, 4]]), line(1, [[12, 3]])], people);
    expect(kept.skills).toEqual([{ skillId: 10, minLevel: 3 }]);
    expect(eased.skills).toEqual([{ skillId: 10, minLevel: 3 }, { skillId: 11, minLevel: 2 }]);
    expect(dropped.skills).toEqual([]);
  });
});
