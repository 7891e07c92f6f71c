import { describe, expect, it } from 'vitest';
import { DEMO_SEED, generateStudio } from '../../../electron/demo/generate';

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
});
